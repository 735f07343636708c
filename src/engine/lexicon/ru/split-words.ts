/**
 * Russian token reading (Lexicon.splitTokens, called by step 1 on each block), so that the constructions every
 * language shares read Russian's direct speech:
 * - inside a «…» quotation, the inner marks „…“ (and straight quotes) quote within it: part of its content, not a
 *   quotation of their own;
 * - a hyphen or en dash standing alone between spaces, as wires write the dash of direct speech ("…", - приводит
 *   издание), reads as the dash "—" it stands for;
 * - the dash that opens direct speech ("— Мы готовы, — пояснил он. — Но …") is its opening quotation mark, and the
 *   dash of its incise after a comma its closing one: the speech is a quotation like «…», the sentence before a dash
 *   ends at its full stop, the speech after the incise goes on with the same quotation, and the paragraph's end
 *   closes it (a mark of no width);
 * - the comma between a quotation and the dash of its incise ("«…», — заявил он") is no token: the quotation ends
 *   right before the incise, as "“…,” he said" does;
 * - a past-tense cue closing an incise with no subject ("— …, — добавила.") is followed by the pronoun its ending
 *   agrees with ("она"), a word of no width: the speaker is then found as a pronoun's is, by gender and number.
 * - a body's name in guillemets after its noun ("агентство «Балтика-Инфо»", "движения «Голос»") is a name, not a
 *   quotation: one word token from mark to mark, read (in lower case) without them;
 * - a capitalised word right before a known first name ("президент России Владимир Путин", "глава Минфина Антон
 *   Силуанов") is the title's body, not part of the name: it is read as a word without its capital;
 * - "по его словам" is read as "по он словам": the possessive is the pronoun of its source, the noun of report a
 *   postposition after it (ACCORDING_TO), as German's "X zufolge";
 * - the locative after a plural or impersonal cue ("…, — сообщили в пресс-службе", "…, говорится в заявлении") is
 *   read as "в:", the opening of its source (speaker-phrases.ts), not as a preposition;
 * - initials written without spaces ("В.В. Путин") are read letter by letter, as "В. В. Путин" is;
 * - "г." after a number is the year ("в 2015 г. Она …"), which ends a sentence, not the city ("г. Москва"): it reads
 *   as the word "год".
 * One pass over the block's tokens, after adjuncts.ts's. Here rather than in segment.ts so that other languages carry
 * none of it.
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, UNNAMED_SOURCE_NOUNS } from './actor-words.js';
import { readAdjuncts } from './adjuncts.js';
import { CITED_WORDS, CITING_VERB_FORMS, cueGenderOf } from './cue-verbs.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import { SOURCE_MARK } from './function-words.js';

const OUTER_OPEN = '«';
const OUTER_CLOSE = '»';
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
/** The pronoun a cue's ending agrees with. */
const PRONOUN_OF: Readonly<Record<string, string>> = { m: 'он', f: 'она', p: 'они' };

const isDash = (tok: Token | undefined): boolean => tok !== undefined && tok.kind !== 'word' && tok.text === '—';
const isFirstName = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'word' && tok.cap &&
  (MALE_FIRST_NAMES.has(tok.lower) || FEMALE_FIRST_NAMES.has(tok.lower));
/** Initials joined by full stops, as the tokenizer keeps them in one word: "В.В", "А.Г". */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** The prepositions of a locative source, and the mark that makes one a source's rather than a preposition. */
const LOCATIVES: ReadonlySet<string> = new Set(['в', 'во']);
/** Possessives that name the source of "по его словам", and the pronoun each stands for. */
const POSSESSIVE_SOURCES: Readonly<Record<string, string>> = { его: 'он', ее: 'она', её: 'она', их: 'они' };
/** The nouns of report after them (ACCORDING_TO reads each as a postposition after its source). */
const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['словам', 'мнению', 'данным', 'оценке', 'информации']);
/** Nouns of someone's words an outlet cites ("приводит издание слова министра"), and how many words may stand before them. */
const CITED_NOUNS: ReadonlySet<string> = new Set(['слова', 'высказывания', 'высказывание', 'цитату', 'цитаты', 'заявление',
  'заявления', 'комментарий']);
const CITING_REACH = 4;

/**
 * "приводит издание высказывания представителя министерства": the index of the noun of words cited after a citing verb
 * at i, with only words (the outlet) between; -1 when none follows.
 */
function citedWordsAfter(rest: readonly Token[], i: number): number {
  if (!CITING_VERB_FORMS.has((rest[i]?.lower ?? '').replace(/ё/gu, 'е'))) return -1;
  for (let k = i + 1; k < rest.length && k - i <= CITING_REACH; k++) {
    const tok = rest[k];
    if (tok === undefined || tok.kind !== 'word') return -1;
    if (CITED_NOUNS.has(tok.lower)) return k;
  }
  return -1;
}

/** The longest name in guillemets read as a name ("«Северо-Западная пароходная компания»"). */
const MAX_QUOTED_NAME = 3;

/**
 * Whether rest[i] opens «…» around a body's name: after a noun of a body, a document or a group, one to three words, the
 * first capitalised, then the closing mark.
 */
function quotedName(rest: readonly Token[], i: number): number {
  const before = rest[i - 1]?.lower ?? '';
  if (!(ORGANISATION_NOUNS.has(before) || DOCUMENT_NOUNS.has(before) || UNNAMED_SOURCE_NOUNS.has(before))) return -1;
  if (rest[i + 1]?.cap !== true) return -1;
  for (let k = i + 1; k <= i + 1 + MAX_QUOTED_NAME; k++) {
    const tok = rest[k];
    if (tok === undefined) return -1;
    if (tok.kind === 'quote') return tok.text === OUTER_CLOSE && k > i + 1 ? k : -1;
    if (tok.kind !== 'word' && tok.text !== '-') return -1;
  }
  return -1;
}

/** The words of rest[first..last] as written, one space between ("приводит издание высказывания"). */
function textBetween(rest: readonly Token[], first: number, last: number): string {
  return rest.slice(first, last + 1).map((w) => w.text).join(' ');
}

/** Reads the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  const rest = readAdjuncts(tokens.splice(from));
  let outerOpen = false;
  let speechOpen = false;
  for (let i = 0; i < rest.length; i++) {
    let tok = rest[i];
    if (tok === undefined) continue;
    // a body's name in guillemets: one word token from mark to mark, read without them
    if (tok.kind === 'quote' && tok.text === OUTER_OPEN && !outerOpen) {
      const close = quotedName(rest, i);
      const closing = rest[close];
      if (closing !== undefined) {
        const words = rest.slice(i + 1, close).map((w) => w.text);
        tokens.push({ ...tok, end: closing.end, text: `«${words.join(' ')}»`, lower: words.join(' ').toLowerCase(), kind: 'word', cap: true, quoteRole: undefined });
        i = close;
        continue;
      }
    }
    // "приводит издание высказывания X": one cue from the verb to the noun of words, whose speaker X follows
    const cited = tok.kind === 'word' ? citedWordsAfter(rest, i) : -1;
    const citedNoun = rest[cited];
    if (citedNoun !== undefined) {
      const verb = tok.lower.replace(/ё/gu, 'е');
      tokens.push({ ...tok, end: citedNoun.end, text: textBetween(rest, i, cited), lower: `${verb} ${CITED_WORDS}` });
      i = cited;
      continue;
    }
    if (tok.kind === 'word' && tok.cap && isFirstName(rest[i + 1]) && !isFirstName(tok) && rest[i - 1] !== undefined) tok = { ...tok, cap: false };
    if (tok.kind === 'word' && tok.lower === 'г' && /^[0-9]+$/u.test(rest[i - 1]?.text ?? '')) tok = { ...tok, lower: 'год' };
    // "…, — сообщили в пресс-службе ведомства": the locative after a plural or impersonal cue names its source
    const agreement = cueGenderOf(tokens[tokens.length - 1]?.lower ?? '');
    if (tok.kind === 'word' && LOCATIVES.has(tok.lower) && (agreement === 'p' || agreement === 'n')) tok = { ...tok, lower: `${tok.lower}${SOURCE_MARK}` };
    // "по его словам": the possessive is the source, read as its pronoun before the noun of report ("его" → "он")
    const pronoun = POSSESSIVE_SOURCES[tok.lower];
    if (pronoun !== undefined && rest[i - 1]?.lower === 'по' && ACCOUNT_NOUNS.has(rest[i + 1]?.lower ?? '')) tok = { ...tok, lower: pronoun };
    if (tok.kind === 'quote') {
      if (tok.text === OUTER_OPEN) outerOpen = true;
      else if (tok.text === OUTER_CLOSE) outerOpen = false;
      else if (outerOpen) tok = { ...tok, kind: 'punct', quoteRole: undefined };
      tokens.push(tok);
      continue;
    }
    const prev = rest[i - 1];
    const next = rest[i + 1];
    if (tok.kind === 'punct' && (tok.text === '-' || tok.text === '–')) {
      // standing alone: a space on each side (or the block's edge), never inside a range ("1941 - 1945" keeps its digits apart anyway)
      const spacedBefore = prev === undefined || prev.end < tok.start;
      const spacedAfter = next === undefined || tok.end < next.start;
      if (spacedBefore && spacedAfter) tok = { ...tok, text: '—', lower: '—' };
    }
    const last = tokens[tokens.length - 1];
    // the dash opening direct speech, at the block's start or after a sentence's end before a capital, opens it as a
    // quotation mark would; the dash of its incise after a comma closes it ("— Мы готовы, — пояснил он. — Но …")
    const opensSpeech = isDash(tok) && next?.kind === 'word' && next.cap && (tokens.length === from || (last !== undefined && SENTENCE_ENDS.has(last.text)));
    if (opensSpeech) {
      speechOpen = true;
      tokens.push({ ...tok, kind: 'quote', quoteRole: 'open' });
      continue;
    }
    if (speechOpen && isDash(tok) && (last?.text === ',' || last?.text === '!' || last?.text === '?') && next?.kind === 'word' && !next.cap) {
      speechOpen = false;
      tokens.push({ ...tok, kind: 'quote', quoteRole: 'close' });
      continue;
    }
    // the comma between a closing quotation mark and the dash of the incise
    if (tok.kind === 'punct' && tok.text === ',' && last?.kind === 'quote' && (isDash(next) || next?.text === '-' || next?.text === '–')) continue;
    // initials written without spaces ("В.В. Путин", "А.Г. Лукашенко") are read as "В. В.": each initial ends no sentence
    if (tok.kind === 'word' && INITIALS.test(tok.text)) {
      for (let k = 0; k < tok.text.length; k++) {
        const text = tok.text.charAt(k);
        const initial = text !== '.';
        tokens.push({ ...tok, start: tok.start + k, end: tok.start + k + 1, text, lower: text.toLowerCase(), kind: initial ? 'word' : 'punct', cap: initial });
      }
      continue;
    }
    tokens.push(tok);
    // "— …, — добавила.": the pronoun the cue agrees with, of no width, right after it
    const after = rest[i + 1];
    if (tok.kind === 'word' && isDash(last) && (after === undefined || SENTENCE_ENDS.has(after.text))) {
      const pronoun = PRONOUN_OF[cueGenderOf(tok.lower) ?? ''];
      if (pronoun !== undefined) {
        tokens.push({ block: tok.block, start: tok.end, end: tok.end, text: pronoun, lower: pronoun, kind: 'word', cap: false, quoteRole: undefined });
      }
    }
  }
  // direct speech after a dash ends with its paragraph: a closing mark of no width, so it runs into no other paragraph
  const end = tokens[tokens.length - 1];
  if (speechOpen && end !== undefined && tokens.length > from) {
    tokens.push({ block: end.block, start: end.end, end: end.end, text: '—', lower: '—', kind: 'quote', cap: false, quoteRole: 'close' });
  }
}
