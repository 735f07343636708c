/**
 * Italian words as the steps read them (Lexicon.splitTokens, called by step 1 on each block's tokens), in one pass:
 *  - an elided article, preposition or pronoun before an apostrophe is a token of its own ("l'esercito", "dell'Oms",
 *    "un'altra"), as French's are;
 *  - a two-word verb of saying is one token ("fa sapere", "ha reso noto": "reso noto" after its auxiliary);
 *  - "«…». Lo ha detto il ministro.": the object clitic that opens a sentence stands for the sentence before it, so
 *    the stop before the clitic goes and the clitic is read as a comma — "«…», ha detto il ministro", an inverted
 *    incise;
 *  - a clause that opens with its verb of saying and no subject ("Ha detto che …", "Hanno spiegato: «…»") gets the
 *    pronoun Italian leaves out, as a token of no width ("egli", "essi"), which step 5 resolves as any pronoun.
 * Here rather than in segment.ts, so that an English click carries none of it.
 */
import type { LexiconToken as Token } from '../lexicon.js';
import { COMPOUND_PARTICIPLES, lemmaOf, PARTICIPLE_FORMS, READ_CUE, VERBLESS_CUE } from './cue-verbs.js';
import { TITLES } from './actor-words.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import { BETWEEN_SUBJECT_AND_CUE, ELISIONS, FEMININE_ARTICLES, MASCULINE_ARTICLES, PERFECT_AUXILIARIES, PREPOSITIONS } from './function-words.js';
import { PRO_DROP_FEMALE, PRO_DROP_PLURAL, PRO_DROP_SINGULAR } from './pronouns.js';
import { FEMALE_TITLES } from './seam-words.js';

/** Two-word verbs of saying, joined into one token: their forms as cue-verbs.ts lists them. */
const JOINED = new Set(['fa sapere', 'fanno sapere', 'faceva sapere', 'facevano sapere', 'fece sapere', 'fecero sapere',
  'farà sapere', 'fatto sapere', 'facendo sapere', 'rende noto', 'rendono noto', 'rendeva noto', 'rese noto', 'resero noto',
  'renderà noto', 'reso noto', 'rendendo noto']);
/** The first words of JOINED, to test a pair only when it may be one. */
const JOINED_FIRST = new Set([...JOINED].map((pair) => pair.split(' ')[0] ?? ''));

/** Object clitics standing for what was just said: "Lo ha detto", "L'ha confermato". */
const ANAPHORIC_CLITICS = new Set(['lo', "l'"]);
/** Plural auxiliaries and endings: "Hanno detto", "Spiegano", "Riferiscono". */
const PLURAL_AUXILIARIES = new Set(['hanno', 'avevano', 'avrebbero', 'ebbero']);
/** What may follow a verb of saying whose subject was left out: a clause, an infinitive, a colon or a quotation. */
const CONTENT_OPENERS = new Set(['che', 'di', "d'", ':', '«', '“', '"']);
/**
 * Words that may follow an incise's verb when no speaker does: "«…», ha aggiunto in un comunicato.", "…, ha affermato
 * durante la visita", and a gerund ("ha affermato spiegando di …"); not "a"/"al", which may open a hearer before the
 * speaker ("…, ha detto all'ANSA il ministro").
 */
const AFTER_SPEAKERLESS_INCISE = new Set(['in', 'durante', 'nel', 'nella', 'con', 'dopo', 'tramite', 'su', 'sui', 'sul', 'sulla',
  'nei', 'nelle', 'mentre', 'prima', 'poi', 'ieri', 'oggi', 'stamani', 'stamattina']);
/** The article inside a preposition joined to it: "al" is "a il", "degli" "di gli", "dall'" "da l'". */
const ARTICLE_INSIDE = new Map<string, string>(['', 'llo', 'lla', "ll'", 'i', 'gli', 'lle'].flatMap((ending, k) => {
  const article = ['il', 'lo', 'la', "l'", 'i', 'gli', 'le'][k] ?? 'il';
  const forms = ending === '' ? ['al', 'del', 'dal'] : ending === 'i' ? ['ai', 'dei', 'dai'] : ['a', 'de', 'da'].map((p) => p + ending);
  return forms.map((form): [string, string] => [form, article]);
}));
/** The last word of an according-to phrase before such a preposition ("stando", "a detta", "secondo quanto riferito"). */
const SOURCE_PHRASE_ENDS = new Set(['stando', 'detta', 'riferito', 'riportato', 'dichiarato', 'affermato', 'annunciato', 'spiegato',
  'scritto', 'comunicato', 'rivelato', 'reso noto']);
/** A gerund: "spiegando", "aggiungendo". */
const GERUND = /[^aeiou](?:ando|endo)$/u;
/** "secondo il quale", "secondo la quale", "secondo i quali": the relative's article and pronoun. */
const RELATIVE_ARTICLES = new Set(['il', 'la', 'i', 'le']);
const RELATIVE_QUALE = new Set(['quale', 'quali']);
/** "si legge in una nota", "nella nota", "nel comunicato": the preposition after "si legge" → the article inside it. */
const READ_IN = new Map<string, string>([['in', ''], ['nel', 'il'], ['nella', 'la'], ['nello', 'lo'], ["nell'", "l'"], ['nei', 'i'],
  ['negli', 'gli'], ['nelle', 'le']]);
const INDEFINITE = new Set(['un', 'uno', 'una', "un'"]);
/** How far a verbless attribution reaches, and the words that would make it a clause of its own. */
const VERBLESS_REACH = 30;
const SPEAKER_ARTICLES = new Set(['il', 'lo', 'la', "l'", 'i', 'gli', 'le']);
const COPULA_FORMS = new Set(['è', 'sono', 'era', 'erano', 'sarà', 'sarebbe', 'fu', 'ha', 'hanno']);
/** The openers of an adjunct between a subject and its verb ("in un'intervista", "durante la visita", "parlando a …"). */
const ADJUNCT_OPENERS = new Set(['in', 'nel', 'nella', 'durante', 'parlando', 'intervistato', 'intervistata', 'ospite', 'dopo']);
const ADJUNCT_REACH = 12;
/** Dashes around an incise, and how far the closing one may stand from the opening one. */
const DASHES = new Set(['-', '–', '—']);
const DASH_INCISE_REACH = 16;
/** How far back (in tokens) the person a left-out subject stands for is looked for. */
const GENDER_REACH = 400;
/** "È quanto riferisce X", "E' quanto scrive X". */
const COPULAS = new Set(['è', "e'"]);
/** Prepositions opening a hearer before a verb with no subject: "Ad Adnkronos spiega …", "Al Corriere racconta …". */
const HEARER_OPENERS = new Set(['a', 'ad', 'al', 'alla', "all'", 'ai', 'agli', 'alle']);
/** Words that name a source before its clause ("secondo la Bbc sono …", "stando al Post sono …"). */
const SOURCE_PREPOSITIONS = new Set(['secondo', 'stando', 'detta']);
const ARTICLES_AFTER_SOURCE = new Set(['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'a', 'al', 'allo', 'alla', "all'", 'ai', 'agli',
  'alle', 'di', 'del', 'della', "dell'", 'dei', 'degli', 'delle']);
/** The finite verbs that open the clause after such a source with no comma: "sono", "è", "ha", "sarebbero". */
const CLAUSE_VERBS_AFTER_SOURCE = new Set(['è', 'sono', 'era', 'erano', 'sarebbe', 'sarebbero', 'sarà', 'saranno', 'ha', 'hanno',
  'aveva', 'avevano', 'avrebbe', 'avrebbero', 'resta', 'restano', 'risultano', 'risulta', 'ci', 'si', 'non']);
/** Clitics of a hearer before a verb of saying: "Gli ha detto", "Ci ha spiegato". */
const HEARER_CLITICS = new Set(['gli', 'le', 'ci', 'mi', 'vi', 'ti']);
/** How far after an auxiliary its participle may stand ("Ha poi anche aggiunto"). */
const AUXILIARY_REACH = 3;

/** Splits and joins the tokens of one block from `from` to the end of `tokens`, in place. */
export function splitTokens(tokens: Token[], from: number): void {
  const words = joined(elided(tokens.splice(from)));
  // the stops seen, and how many there were at the last "Lo ha detto X" read: one more, and this "Lo" follows it
  let stops = 0;
  let stopsAtLastReport = -2;
  // the sentence being read: whether it opened with a subject's article or name, and whether a comma stood in it yet
  let opensWithSubject = false;
  let commaSeen = false;
  for (let i = 0; i < words.length; i++) {
    const tok = words[i];
    if (tok === undefined) continue;
    const prev = tokens.length === from ? undefined : tokens[tokens.length - 1];
    const opensSentence = prev === undefined || (prev.kind === 'punct' && /^[.!?…:]$/u.test(prev.text)) ||
      (prev.kind === 'quote' && tokens.length - 2 >= from && /^[.!?…]$/u.test(tokens[tokens.length - 2]?.text ?? ''));
    // "È quanto riferisce l'emittente": as "Lo riferisce", the copula and "quanto" stand for the sentence before
    if (opensSentence && tok.kind === 'word') {
      opensWithSubject = SPEAKER_ARTICLES.has(tok.lower) || (tok.cap && !PREPOSITIONS.has(tok.lower) && !ANAPHORIC_CLITICS.has(tok.lower) &&
        cueEndFrom(words, i) < 0);
      commaSeen = false;
    }
    // "Il capo di Stato maggiore Herzi Halevi, ha affermato che …": the comma a writer puts between a subject named at
    // length and its verb of saying goes, when the clause after the verb is its content (an inverted incise has its
    // speaker there: "…, ha detto il ministro"); the first comma of a sentence opened by an article or a name only
    if (tok.kind === 'punct' && tok.text === ',' && !commaSeen && opensWithSubject && prev?.kind === 'word' && prev.cap &&
      subjectlessReportFrom(words, i + 1)) {
      commaSeen = true;
      continue;
    }
    if (tok.kind === 'punct' && tok.text === ',') commaSeen = true;
    const quanto = tok.kind === 'word' && opensSentence && COPULAS.has(tok.lower) && words[i + 1]?.lower === 'quanto' &&
      reportFollows(words, i + 2);
    if (quanto) i++;
    if (quanto || (tok.kind === 'word' && opensSentence && ANAPHORIC_CLITICS.has(tok.lower) && reportFollows(words, i + 1))) {
      // "… Libano. Lo rende noto l'esercito." → "… Libano , rende noto l'esercito.": the stop goes (the report is one
      // sentence now) and the clitic is read as the comma of an incise; after a word, a comma of no width stands where
      // the stop stood, so that "…, uccidendo 15 persone, riferisce" is not read as an apposition of the speaker
      // (but "… Lo ha detto Peskov. Lo riporta Ria Novosti.": a report of the report keeps its stop, and reports no
      // content of its own, lest it take the first report's speaker into its own)
      const chained = stops === stopsAtLastReport + 1;
      if (prev !== undefined && prev.kind === 'punct' && !chained) {
        tokens.pop();
        const before = tokens[tokens.length - 1];
        if (tokens.length > from && before?.kind === 'word') tokens.push({ ...prev, end: prev.start, text: ',', lower: ',' });
      }
      if (!chained) stops--;
      stopsAtLastReport = stops;
      // (capitalised, the comma of a report of the report still opens its sentence)
      tokens.push({ ...tok, text: ',', lower: ',', kind: 'punct', cap: chained });
      continue;
    }
    if (tok.kind === 'punct' && /^[.!?…]$/u.test(tok.text)) stops++;
    // "«…», si legge nella nota del ministero": the document read is the speaker, "si legge" the cue; the preposition
    // goes and the article inside it is written out, of no width ("si legge [la] nota del ministero")
    const where = words[i + 2];
    if (tok.kind === 'word' && tok.lower === 'si' && words[i + 1]?.lower === 'legge' && where !== undefined) {
      const article = READ_IN.get(where.lower);
      const noun = words[i + 3];
      // (not "si legge in una nota": a document named by no one is no speaker to show)
      if (article !== undefined && noun !== undefined && noun.kind === 'word' && !noun.cap && !INDEFINITE.has(noun.lower)) {
        const legge = words[i + 1];
        if (legge !== undefined) tokens.push({ ...tok, end: legge.end, text: `${tok.text} ${legge.text}`, lower: READ_CUE });
        if (article !== '') tokens.push({ ...noun, end: noun.start, text: '', lower: article });
        i += 2;
        continue;
      }
    }
    // "Per Salvini «il ponte si farà»": "Per X" opening a sentence before a quotation takes the comma it leaves out
    if (tok.kind === 'word' && tok.lower === 'per' && opensSentence) {
      let k = i + 1;
      if (SPEAKER_ARTICLES.has(words[k]?.lower ?? '')) k++;
      const end = k < i + 2 ? capitalsFrom(words, k) : k + 1;
      const quote = words[end];
      const last = words[end - 1];
      if (end > k && quote?.kind === 'quote' && quote.quoteRole !== 'close' && last !== undefined && last.kind === 'word') {
        for (let w = i; w < end; w++) { const word = words[w]; if (word !== undefined) tokens.push(word); }
        tokens.push({ ...last, kind: 'punct', start: last.end, text: ',', lower: ',', cap: false });
        i = end - 1;
        continue;
      }
    }
    // "«…». Così l'ambasciatore israeliano, in un'intervista.": "Così" after a quotation, before a speaker and no verb
    // of its own, attributes the quotation (the stop before it goes, as before "Lo ha detto")
    if (tok.kind === 'word' && tok.lower === 'così' && opensSentence && prev?.kind === 'punct' && tokens[tokens.length - 2]?.kind === 'quote' &&
      verblessSpeakerFrom(words, i + 1)) {
      tokens.pop();
      tokens.push({ ...tok, lower: VERBLESS_CUE, cap: false });
      continue;
    }
    // "riporta Al Jazeera", "l'emittente Al Manar": inside a sentence a capitalised "Al" before a name is part of it,
    // not the preposition "al" (which is written in lower case there)
    if (tok.kind === 'word' && tok.text === 'Al' && !opensSentence && words[i + 1]?.cap === true) {
      tokens.push({ ...tok, lower: 'al-' });
      continue;
    }
    // "Il ministro Orazio Schillaci, in un'intervista al Corriere della Sera ha spiegato che …": an adjunct after the
    // subject's comma closes with a comma of no width before the verb, as when the writer puts one there
    if (tok.kind === 'word' && !opensSentence && prev?.kind === 'word' && PERFECT_AUXILIARIES.has(tok.lower) && cueEndFrom(words, i) >= 0 &&
      adjunctSinceComma(tokens, from)) {
      tokens.push({ ...tok, kind: 'punct', end: tok.start, text: ',', lower: ',', cap: false });
    }
    const subject = tok.kind === 'word' && tok.cap && opensSentence ? leftOutSubject(words, i) : null;
    if (subject !== null) {
      // the pronoun opens the sentence now: the verb after it is read as inside it ("[egli] ha detto")
      tokens.push({ ...tok, end: tok.start, text: '', lower: subject === 'singular' ? lastNamedGender(tokens) : PRO_DROP_PLURAL, cap: true },
        { ...tok, cap: false });
      continue;
    }
    // "Ad Adnkronos spiega di …": a hearer opens the sentence, the verb after it has no subject
    const hearerEnd = tok.kind === 'word' && tok.cap && opensSentence && HEARER_OPENERS.has(tok.lower) ? capitalsFrom(words, i + 1) : -1;
    if (hearerEnd > i + 1 && leftOutSubject(words, hearerEnd) === 'singular') {
      for (let k = i; k < hearerEnd; k++) { const word = words[k]; if (word !== undefined) tokens.push(word); }
      const verb = words[hearerEnd];
      if (verb !== undefined) tokens.push({ ...verb, end: verb.start, text: '', lower: lastNamedGender(tokens), cap: true });
      i = hearerEnd - 1;
      continue;
    }
    // "Lo riporta Al Jazeera, secondo cui il servizio …": a sentence of its own (a stop of no width before it), whose
    // source is the relative (whom "cui" stands for, step 5 reads: the speaker just named), written as a name so that
    // "secondo" takes it, with a comma of no width closing it
    // ("secondo il quale", "secondo la quale": the relative's article goes, its pronoun stands for the speaker)
    const articled = RELATIVE_ARTICLES.has(words[i + 1]?.lower ?? '') && RELATIVE_QUALE.has(words[i + 2]?.lower ?? '');
    const relative = words[articled ? i + 2 : i + 1];
    if (tok.kind === 'word' && tok.lower === 'secondo' && relative !== undefined && (relative.lower === 'cui' || articled)) {
      // (a comma before it becomes the stop: "…, riporta Al Jazeera, ." would leave the speaker no end)
      const comma = tokens[tokens.length - 1];
      if (tokens.length > from && comma?.text === ',') tokens[tokens.length - 1] = { ...comma, text: '.', lower: '.' };
      else tokens.push({ ...tok, kind: 'punct', end: tok.start, text: '.', lower: '.', cap: false });
      tokens.push({ ...tok, cap: true }, { ...relative, lower: 'cui', cap: true },
        { ...relative, kind: 'punct', start: relative.end, text: ',', lower: ',', cap: false });
      i += articled ? 2 : 1;
      continue;
    }
    // "Lo ha detto il generale Rossi aggiungendo che …", "ha affermato spiegando di …": a gerund that goes on with the
    // report before it, written with no comma, gets one of no width, as the steps read ", aggiungendo che …"
    if (tok.kind === 'word' && prev?.kind === 'word' && PARTICIPLE_FORMS.has(tok.lower) && CONTENT_OPENERS.has(words[i + 1]?.lower ?? '')) {
      tokens.push({ ...tok, kind: 'punct', end: tok.start, text: ',', lower: ',', cap: false });
    }
    tokens.push(tok);
    // "Secondo la Bbc sono almeno 17 …": a source with no comma after it before its clause's verb gets one of no width
    if (tok.kind === 'word' && SOURCE_PREPOSITIONS.has(tok.lower)) {
      let k = i + 1;
      if (ARTICLES_AFTER_SOURCE.has(words[k]?.lower ?? '')) k++;
      const end = capitalsFrom(words, k);
      const verb = words[end];
      const last = words[end - 1];
      if (end > k && verb !== undefined && verb.kind === 'word' && !verb.cap && CLAUSE_VERBS_AFTER_SOURCE.has(verb.lower) && last !== undefined) {
        for (let w = i + 1; w < end; w++) { const word = words[w]; if (word !== undefined) tokens.push(word); }
        tokens.push({ ...last, kind: 'punct', start: last.end, text: ',', lower: ',', cap: false });
        i = end - 1;
      }
      continue;
    }
    // "stando al rapporto", "a detta degli esperti", "secondo quanto riferito dal ministero": the article inside the
    // preposition is written out, with no width, so the source opens with it as after "secondo il rapporto"
    const article = ARTICLE_INSIDE.get(tok.lower);
    const after = words[i + 1];
    if (article !== undefined && after !== undefined && after.kind === 'word' && !after.cap && SOURCE_PHRASE_ENDS.has(words[i - 1]?.lower ?? '')) {
      tokens.push({ ...after, end: after.start, text: '', lower: article });
      continue;
    }
    // "«…», ha aggiunto.": an incise with no speaker after its verb gets the pronoun left out
    if (tok.kind === 'word' && after !== undefined && lemmaOf(tok.lower) !== tok.lower && (after.text === '.' || after.text === ';' ||
      AFTER_SPEAKERLESS_INCISE.has(after.lower) || (after.kind === 'word' && GERUND.test(after.lower))) && inciseWithoutSpeaker(words, i)) {
      tokens.push({ ...tok, start: tok.end, text: '', lower: lastNamedGender(tokens), cap: true });
    }
  }
}

/** Each elided word before an apostrophe split off: "l'", "dell'", "un'" (the lower form has the apostrophe made straight). */
function elided(rest: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const tok of rest) {
    const apostrophe = tok.kind === 'word' ? tok.lower.indexOf("'") : -1;
    const prefix = apostrophe < 0 ? undefined : ELISIONS.find((p) => tok.lower.length > p.length && tok.lower.startsWith(p));
    if (prefix === undefined) out.push(tok);
    else out.push(piece(tok, 0, prefix.length), piece(tok, prefix.length, tok.text.length));
  }
  return out;
}

/** "fa sapere", "ha reso noto": a two-word verb of saying as one token. */
function joined(words: readonly Token[]): Token[] {
  const out: Token[] = [];
  // "Se servirà - ha aggiunto Halevi - l'esercito è pronto": an incise between dashes is read as one between commas,
  // the way the steps know it ("…, ha aggiunto Halevi, …"); inside a quotation ("«La situazione è disperata - scrive
  // l'agenzia - I nostri rifugi …»") the quotation is closed before it and opened again after it, marks of no width
  let closeBy = -1;
  let inQuote = false;
  let reopen = false;
  for (let i = 0; i < words.length; i++) {
    const tok = words[i];
    const next = words[i + 1];
    if (tok === undefined) continue;
    if (tok.kind === 'quote') inQuote = tok.quoteRole === 'open' || (tok.quoteRole === 'either' && !inQuote);
    if (tok.kind === 'punct' && DASHES.has(tok.text) && closeBy >= i) {
      out.push({ ...tok, text: ',', lower: ',' });
      if (reopen) out.push({ ...tok, kind: 'quote', quoteRole: 'open', start: tok.end, text: '', lower: '' });
      closeBy = -1;
      reopen = false;
      continue;
    }
    if (tok.kind === 'punct' && DASHES.has(tok.text) && cueEndFrom(joinedFrom(words, i + 1), 0) >= 0) {
      if (inQuote) out.push({ ...tok, kind: 'quote', quoteRole: 'close', end: tok.start, text: '', lower: '' });
      out.push({ ...tok, text: ',', lower: ',' });
      closeBy = i + DASH_INCISE_REACH;
      reopen = inQuote;
      continue;
    }
    if (tok.kind === 'word' && next !== undefined && next.kind === 'word' && next.start === tok.end + 1 &&
      JOINED_FIRST.has(tok.lower) && JOINED.has(`${tok.lower} ${next.lower}`)) {
      out.push({ ...tok, end: next.end, text: `${tok.text} ${next.text}`, lower: `${tok.lower} ${next.lower}` });
      i++;
    } else {
      out.push(tok);
    }
  }
  return out;
}

/** The words from i with the next two-word verb joined ("fa sapere"), enough to test whether a report opens there. */
function joinedFrom(words: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k < i + AUXILIARY_REACH + 2 && k < words.length; k++) {
    const tok = words[k];
    const next = words[k + 1];
    if (tok === undefined) break;
    if (next !== undefined && JOINED.has(`${tok.lower} ${next.lower}`)) {
      out.push({ ...tok, end: next.end, lower: `${tok.lower} ${next.lower}` });
      k++;
    } else {
      out.push(tok);
    }
  }
  return out;
}

/** Whether the word at i is the cue of an incise after a comma, with no speaker after it: "«…», ha aggiunto." */
function inciseWithoutSpeaker(words: readonly Token[], i: number): boolean {
  const cue = words[i];
  if (cue === undefined || lemmaOf(cue.lower) === cue.lower) return false;
  let k = i - 1;
  while (k >= 0 && words[k]?.kind === 'word' && BETWEEN_SUBJECT_AND_CUE.has(words[k]?.lower ?? '') && i - k <= AUXILIARY_REACH) k--;
  return words[k]?.text === ',' && (k < i - 1 || !COMPOUND_PARTICIPLES.has(cue.lower));
}

/** Whether a speaker opens at i (an article or a name) and no verb follows before the sentence's stop: "Così il ministro, ieri." */
function verblessSpeakerFrom(words: readonly Token[], i: number): boolean {
  const first = words[i];
  if (first === undefined || first.kind !== 'word' || !(first.cap || SPEAKER_ARTICLES.has(first.lower))) return false;
  for (let k = i; k < words.length && k < i + VERBLESS_REACH; k++) {
    const word = words[k];
    if (word === undefined || (word.kind === 'punct' && /^[.!?…]$/u.test(word.text))) return true;
    if (word.kind === 'word' && (PERFECT_AUXILIARIES.has(word.lower) || COPULA_FORMS.has(word.lower) || lemmaOf(word.lower) !== word.lower)) return false;
  }
  return true;
}

/** Whether the tokens read so far end in ", in un'intervista al Corriere": a comma, an adjunct's opener, no other stop. */
function adjunctSinceComma(tokens: readonly Token[], from: number): boolean {
  for (let k = tokens.length - 1; k >= from && tokens.length - k <= ADJUNCT_REACH; k--) {
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== 'word') return tok?.text === ',' && ADJUNCT_OPENERS.has(tokens[k + 1]?.lower ?? '') && k + 1 < tokens.length - 1;
  }
  return false;
}

/** Whether a verb of saying opens at i: an auxiliary and its participle ("ha detto"), or a finite form ("riferisce"). */
function reportFollows(words: readonly Token[], i: number): boolean {
  return cueEndFrom(words, i) >= 0;
}

/** The index of the cue word of a report opening at i ("ha poi detto": of "detto"), or -1. */
function cueEndFrom(words: readonly Token[], i: number): number {
  const first = words[i];
  if (first === undefined || first.kind !== 'word') return -1;
  if (PERFECT_AUXILIARIES.has(first.lower)) {
    for (let k = i + 1; k <= i + AUXILIARY_REACH; k++) {
      const word = words[k];
      if (word === undefined || word.kind !== 'word') return -1;
      if (COMPOUND_PARTICIPLES.has(word.lower)) return k;
      if (!BETWEEN_SUBJECT_AND_CUE.has(word.lower)) return -1;
    }
    return -1;
  }
  return lemmaOf(first.lower) !== first.lower && !COMPOUND_PARTICIPLES.has(first.lower) ? i : -1;
}

/** Whether a verb of saying opens at i and its content follows it at once ("ha affermato che …", "ha spiegato: «…»"). */
function subjectlessReportFrom(words: readonly Token[], i: number): boolean {
  const cue = cueEndFrom(words, i);
  return cue >= 0 && CONTENT_OPENERS.has(words[cue + 1]?.lower ?? '');
}

/**
 * The pronoun a clause opening at i leaves out, when it opens with a verb of saying and goes on with its content
 * ("Ha detto che …", "Aggiunge: «…»"), not with a subject after the verb ("Ha detto il ministro che …"); else null.
 */
function leftOutSubject(words: readonly Token[], i: number): 'singular' | 'plural' | null {
  // "Gli ha detto", "Le ha spiegato": a hearer's clitic before the verb
  let verb = i;
  while (HEARER_CLITICS.has(words[verb]?.lower ?? '')) verb++;
  const cue = cueEndFrom(words, verb);
  if (cue < 0) return null;
  // "Ha detto loro che …", "Gli ha detto": a hearer after the verb is no subject
  let k = cue + 1;
  if (words[k]?.lower === 'loro') k++;
  const after = words[k];
  if (after === undefined || !CONTENT_OPENERS.has(after.lower)) return null;
  const opener = words[verb]?.lower ?? '';
  const plural = PLURAL_AUXILIARIES.has(opener) || /(?:ano|ono|ranno|ebbero|arono|irono|erono)$/u.test(opener);
  return plural ? 'plural' : 'singular';
}

/** The end of a run of capitalised words (a name) from i, or i when none starts there. */
function capitalsFrom(words: readonly Token[], i: number): number {
  let k = i;
  while (words[k]?.kind === 'word' && words[k]?.cap === true) k++;
  return k;
}

/**
 * The pronoun a clause with no subject leaves out, by the gender of the person last named before it: "la portavoce
 * …, Maria Zakharova. … Ha aggiunto" is "ella", else "egli" (Italian marks no gender on "ha detto"). A woman is told
 * by her first name, her title's article ("la ministra", "una portavoce") or a woman's title ("Sig.ra").
 */
function lastNamedGender(tokens: readonly Token[]): string {
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= GENDER_REACH; k--) {
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== 'word') continue;
    if (tok.text === '' && (tok.lower === PRO_DROP_FEMALE || tok.lower === PRO_DROP_SINGULAR)) return tok.lower;
    if (tok.cap && FEMALE_FIRST_NAMES.has(tok.lower)) return PRO_DROP_FEMALE;
    if (tok.cap && MALE_FIRST_NAMES.has(tok.lower)) return PRO_DROP_SINGULAR;
    if (FEMALE_TITLES.has(tok.lower)) return PRO_DROP_FEMALE;
    if (TITLES.has(tok.lower)) {
      const article = tokens[k - 1]?.lower ?? '';
      if (FEMININE_ARTICLES.has(article)) return PRO_DROP_FEMALE;
      if (MASCULINE_ARTICLES.has(article)) return PRO_DROP_SINGULAR;
    }
  }
  return PRO_DROP_SINGULAR;
}

/** The part [from, to) of a word token, as a word token of its own. */
function piece(tok: Token, from: number, to: number): Token {
  const text = tok.text.slice(from, to);
  const first = text.charAt(0);
  return { block: tok.block, start: tok.start + from, end: tok.start + to, text, lower: text.toLowerCase().replace(/’/g, "'"), kind: 'word',
    cap: first !== first.toLowerCase(), quoteRole: undefined };
}
