/**
 * What the article says about names, read in one pass before any speaker is linked (resolve-actors.ts): acronyms
 * and their expansions, the full name each surname stands for, documents' authors, who holds which title, the names
 * written as a sentence's subject; and whether a name is a person's (personNamed).
 */
import type { Segmented } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { nameIn } from './find-sources.js';
import { textOf } from './tokens.js';

/** Work done between two yields of the sliced form. */
const TOKENS_PER_SLICE = 10_000;
/** Tokens of the longest name collectNames reads ("Ms. María de los Ángeles Fernández-Castillo Ruiz"). */
const LONGEST_NAME_TOKENS = 16;
export interface ArticleNames {
  /** Acronym → its expansion as written ("CEC" → "Central Election Commission"). */
  acronyms: Map<string, string>;
  /** Surname by its key (nameKeyOf: lower case) → the fullest name ending with it ("pamfilova" → "Ella Pamfilova"). */
  fullNames: Map<string, string>;
  /** Token of a document noun → the author named right after it. */
  authorAt: Map<number, { name: string; description?: string }>;
  /** Lower-case title → the names written after it ("mayor" → {"Lena Ortiz"} from "Mayor Lena Ortiz"). */
  titled: Map<string, Set<string>>;
  /**
   * Names written as a sentence's subject, in text order: "Ed Brookover spoke to reporters …", "On Wednesday, Clinton
   * bashed …". A later "he" or "she" may point to one of them though they have not spoken yet.
   */
  subjects: SubjectMention[];
}

/** A name at the head of its sentence, as written, with the title before it (for its gender). */
export interface SubjectMention {
  at: number;
  /** One past the name's last token. */
  end: number;
  name: string;
  title: string;
  /** The word right after the name, lower case ('' for punctuation). */
  next: string;
}

/** One pass over the article: acronym definitions, multi-word names, documents' authors. */
export function* collectNames(seg: Segmented): Generator<void, ArticleNames> {
  const { tokens, lexicon: lex } = seg;
  const acronyms = new Map<string, string>();
  const fullNames = new Map<string, string>();
  const authorAt = new Map<number, { name: string; description?: string }>();
  const titled = new Map<string, Set<string>>();
  const subjects: SubjectMention[] = [];
  let runFirst = -1;
  const particles = lex.FULL_NAME_PARTICLES === true ? lex.NAME_PARTICLES : undefined;
  for (let t = 0; t <= tokens.length; t++) {
    if (t % TOKENS_PER_SLICE === TOKENS_PER_SLICE - 1) yield;
    const tok = tokens[t];
    // (a subordinator opening a clause is no part of a name: "Grosbliederstroff Wenn Helmut Kohl …")
    const inRun = tok !== undefined && tok.kind === 'word' && (runFirst < 0 || tokens[t - 1]?.block === tok.block) &&
      !(tok.cap && lex.SUBORDINATORS.has(tok.lower)) && (tok.cap ||
      // "Lula da Silva": a name particle between two capitalised words
      (runFirst >= 0 && particles?.has(tok.lower) === true && tokens[t + 1]?.cap === true && tokens[t + 1]?.block === tok.block));
    if (inRun) { if (runFirst < 0) runFirst = t; continue; }
    // only a run's last words can be a name: a wall of capitalised words would otherwise be read whole, at once
    const readFrom = Math.max(runFirst, t - LONGEST_NAME_TOKENS);
    // the name of a run of two words or more is read here once, for the full names and for the subject mentions
    const named = runFirst >= 0 && t - runFirst >= 2 ? nameIn(seg, readFrom, t) : undefined;
    if (runFirst >= 0) {
      const subject = subjectMention(seg, readFrom, t, named);
      if (subject !== null) subjects.push(subject);
    }
    if (named !== undefined) {
      if (named !== null && named.end - named.first >= 2) {
        // the surname names the person alone; "Andrés Manuel López Obrador": with two surnames, "López" does too (not a
        // first name: "María Jesús Montero")
        const words = named.name.toLowerCase().split(' ').filter((w) => particles?.has(w) !== true);
        const first = words[words.length - 2] ?? '';
        const two = lex.SECOND_SURNAMES && words.length > 2 && !(lex.MALE_FIRST_NAMES.has(first) || lex.FEMALE_FIRST_NAMES.has(first));
        // "Luiz Inácio Lula da Silva": the word before a particle after three words is a surname too ("Lula")
        const all = named.name.toLowerCase().split(' ');
        const at = particles === undefined ? -1 : all.findIndex((w, i) => i >= 3 && particles.has(w));
        // (a body's name read across a particle, "Assembleia Legislativa do Rio de Janeiro", is no person's: no key)
        const body = particles !== undefined && words.length < all.length && all.some((w) => lex.ORGANISATION_NOUNS.has(w));
        // "Capo Unrwa" is no person surnamed Unrwa ("Unrwa" alone stays the body): the title alone names them, as in
        // "L'Ambasciatore ha poi spiegato" after "Ambasciatore Israele: …"
        const keys = lex.isTitleOfABody?.(named.name) === true ? words.slice(0, 1)
          : body ? [] : at > 0 ? [...words.slice(two ? -2 : -1), all[at - 1] ?? ''] : words.slice(two ? -2 : -1);
        for (const surname of keys.map((w) => nameKeyOf(lex, w))) {
          const known = fullNames.get(surname);
          if (known === undefined || extendsName(known, named.name)) fullNames.set(surname, named.name);
        }
        // "Mayor Lena Ortiz": the title the name was written after
        const title = tokens[named.first - 1]?.lower.replace(/\.$/, '') ?? '';
        if (named.first > runFirst && lex.TITLES.has(title)) titled.set(title, (titled.get(title) ?? new Set()).add(named.name));
      }
    }
    runFirst = -1;
    if (tok === undefined) continue;
    // a capitalised word opening a block right after one that ended on a capital starts a run of its own (a heading
    // "… durch die Opposition", then "Ekaterina Duntzowa hat …")
    if (tok.kind === 'word' && tok.cap && !lex.SUBORDINATORS.has(tok.lower)) { runFirst = t; continue; }
    // "Central Election Commission (CEC)"
    if (tok.text === '(' && tokens[t + 2]?.text === ')') {
      const acr = tokens[t + 1];
      if (acr !== undefined && acr.kind === 'word' && acr.text.length >= 2 && acr.text === acr.text.toUpperCase()) {
        const expansion = expandAcronym(seg, t, acr.text);
        if (expansion !== null) acronyms.set(acr.text, expansion);
      }
    }
    // "the appeal, which was penned by Russia’s Federation Council, the upper house …"
    if (tok.kind === 'word' && lex.DOCUMENT_NOUNS.has(tok.lower)) {
      let i = t + 1;
      if (tokens[i]?.text === ',') i++;
      if (lex.RELATIVE_PRONOUNS.has(tokens[i]?.lower ?? '')) i++;
      while (lex.AUTHORED_AUXILIARIES.has(tokens[i]?.lower ?? '')) i++;
      if (lex.AUTHORED_VERBS.has(tokens[i]?.lower ?? '') && lex.AGENT_WORDS.has(tokens[i + 1]?.lower ?? '')) {
        let e = i + 2;
        while (e < tokens.length && e - i < 10 && tokens[e]?.kind === 'word' && tokens[e]?.block === tok.block) e++;
        const named = nameIn(seg, i + 2, e);
        if (named !== null) {
          let description: string | undefined;
          if (tokens[e]?.text === ',' && lex.DEFINITE_ARTICLES.has(tokens[e + 1]?.lower ?? '')) {
            let d = e + 2;
            while (d < tokens.length && d - e < 14 && tokens[d]?.kind === 'word' && tokens[d]?.block === tok.block) d++;
            description = textOf(seg, e + 2, d);
          }
          authorAt.set(t, { name: named.name, description });
        }
      }
    }
  }
  return { acronyms, fullNames, authorAt, titled, subjects };
}

/**
 * Whether `longer` is `name` written more fully ("Ella Pamfilova" → "Ella A. Pamfilova", "Hillary Clinton" →
 * "Hillary Rodham Clinton"): longer, and holding every word of it in order. Two people of one surname ("Hori Parata",
 * then his son "Te Kaurinui Robert Parata") are not: the surname alone stays the first one's, as news writes it.
 */
function extendsName(name: string, longer: string): boolean {
  if (longer.length <= name.length) return false;
  const words = longer.split(' ');
  let at = 0;
  for (const word of name.split(' ')) {
    at = words.indexOf(word, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The name in the capitalised run [first, end) when it is its sentence's subject: at the sentence's head (titles
 * before it allowed) or right after the comma that closes an opening phrase ("On Wednesday, Clinton bashed …"), and
 * followed by a verb or an apposition (a lower-case word or a comma), not by "'s" or a quotation.
 */
function subjectMention(seg: Segmented, first: number, end: number, read?: ReturnType<typeof nameIn>): SubjectMention | null {
  const { tokens, lexicon: lex } = seg;
  const sentence = seg.sentences[seg.sentenceOf[first] ?? -1];
  // a name inside a quotation is the speaker's words, not the article's subject
  if (sentence === undefined || seg.quoteOf[first] !== -1) return null;
  const after = tokens[end];
  if (after === undefined || after.block !== tokens[first]?.block || !(after.text === ',' || (after.kind === 'word' && !after.cap))) return null;
  // (cheaply first: most capitalised runs stand mid-clause, far from a sentence's head or an opening phrase's comma)
  let reach = first - 1;
  while (reach >= sentence.first && first - reach <= SUBJECT_LEAD_TOKENS && tokens[reach]?.text !== ',' &&
    (tokens[reach]?.kind === 'word' || tokens[reach]?.text === '.')) reach--;
  if (reach >= sentence.first && tokens[reach]?.text !== ',') return null;
  const named = read === undefined ? nameIn(seg, first, end) : read;
  if (named === null || named.first < sentence.first || lex.POSSESSIVE_ENDING.test(tokens[named.end - 1]?.text ?? '')) return null;
  // "I" is nobody's name ("… Jim Eastland I've …"): nor is any of the writer's pronouns, contracted or not
  for (let t = named.first; t < named.end; t++) {
    const lower = tokens[t]?.lower ?? '';
    if (lex.CONTRACTED_PRONOUN.test(lower) && lex.WRITER_PRONOUNS.has(lex.CONTRACTED_PRONOUN.exec(lower)?.[1] ?? '')) return null;
  }
  // back from the name over its title and a short description ("Clinton campaign manager Robby Mook", "skipper
  // Wade Bassi", "Mr. Trump") to the sentence's head or the comma closing an opening phrase
  let lead = named.first - 1;
  while (lead >= sentence.first && named.first - lead <= SUBJECT_LEAD_TOKENS) {
    const tok = tokens[lead];
    // "le maire Paul Girard": in a language that writes an article before a title, the article opens the subject
    if (lex.ARTICLE_BEFORE_TITLE === true && tok !== undefined && tok.kind === 'word' && lex.ARTICLES.has(tok.lower) &&
      lex.TITLES.has(tokens[lead + 1]?.lower ?? '')) {
      lead--;
      break;
    }
    if (tok === undefined || tok.text === ',' || (tok.kind === 'word' && (lex.PREPOSITIONS.has(tok.lower) || lex.ARTICLES.has(tok.lower) ||
      lex.POSSESSIVES.has(tok.lower) || lex.PERSONAL_PRONOUNS.has(tok.lower) || lex.NEGATIONS.has(tok.lower)))) break;
    if (tok.kind !== 'word' && tok.text !== '.') return null;
    // a verb before the name makes it an object or a clause's subject ("Bob Gunnell says Ali was …"); a title or a
    // connective that ends as one does is none ("o deputado Rui Tavares", "…, mas Girão tenta")
    if (tok.kind === 'word' && !tok.cap && verbEnding(lex, tok.lower) && !lex.TITLES.has(tok.lower) &&
      !lex.SENTENCE_CONNECTIVES.has(tok.lower)) return null;
    lead--;
  }
  if (lead >= sentence.first && tokens[lead]?.text !== ',') return null;
  // after a comma: the first of the sentence, before a verb ("On Wednesday, Clinton bashed …"), or the comma before a
  // second clause's "but" ("…, but Mr. Obama learned …"), or the apposition naming a subject the sentence opened with
  // ("The minister of the economy, Mr. Guajardo Villarreal, argues …"); not a list ("Georgia, Virginia, Arkansas")
  // nor a place's apposition ("in Buffalo, New York, that …")
  if (lead >= sentence.first) {
    const joined = lex.SENTENCE_CONNECTIVES.has(tokens[lead + 1]?.lower ?? '') && tokens[lead + 1]?.cap === false;
    let firstComma = true;
    for (let t = sentence.first; t < lead; t++) if (tokens[t]?.text === ',') firstComma = false;
    let opensWithDescription = lex.ARTICLES.has(tokens[sentence.first]?.lower ?? '') && lead - sentence.first <= SUBJECT_LEAD_TOKENS;
    for (let t = sentence.first; t < lead && opensWithDescription; t++) {
      const w = tokens[t];
      // "The plan passed in Westport, New Haven, …": a verb makes the opening a clause, not a description
      if (w !== undefined && w.kind === 'word' && !w.cap && verbEnding(lex, w.lower)) opensWithDescription = false;
    }
    const apposition = firstComma && after.text === ',' && opensWithDescription;
    // after a longer opening ("From the deck of his schooner, undergoing an overhaul, skipper Wade Bassi has …") a
    // name is the subject only when an auxiliary follows it at once
    const auxiliaryNext = after.kind === 'word' && lex.MODEL_AUXILIARIES.has(after.lower);
    if (!joined && !apposition && (after.text === ',' || (!firstComma && !auxiliaryNext))) return null;
  }
  let titleAt = named.first - 1;
  if (tokens[titleAt]?.text === '.') titleAt--;
  // (the title stands in the name's sentence: "…, so der Kremlchef. Es handele …" gives "Es" no title)
  const title = titleAt >= sentence.first && tokens[titleAt]?.kind === 'word' ? tokens[titleAt]?.lower.replace(/\.$/, '') ?? '' : '';
  return { at: named.first, end: named.end, name: named.name, title, next: after.kind === 'word' ? after.lower : '' };
}

/** A lower-case word ending as a finite verb does ("-s", "-ed"), not as "-ss" ("says", "passed"; not "press"). */
export function verbEnding(lex: Lexicon, lower: string): boolean {
  return lex.PLURAL_ENDING.test(lower) || lex.PAST_ENDING.test(lower);
}

/** Words between a sentence's head (or an opening phrase's comma) and a subject's name: title and description. */
const SUBJECT_LEAD_TOKENS = 6;

/** The words before "(" whose initials spell the acronym, skipping "of", "the", … */
function expandAcronym(seg: Segmented, paren: number, acronym: string): string | null {
  const letters = acronym.toLowerCase();
  let k = letters.length - 1;
  let t = paren - 1;
  let first = -1;
  const block = seg.tokens[paren]?.block;
  while (t >= 0 && k >= 0 && paren - t <= acronym.length * 3) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word' || tok.block !== block) break;
    if (seg.lexicon.ACRONYM_SKIPPED.has(tok.lower)) { t--; continue; }
    if (tok.lower.charAt(0) !== letters.charAt(k)) break;
    first = t;
    k--;
    t--;
  }
  if (k >= 0 || first < 0) return null;
  return textOf(seg, first, paren);
}

/**
 * The key a name is looked up by: the lexicon's (Lexicon.nameKey: a declining language takes "Путина" for "Путин"),
 * else the name in lower case.
 */
export function nameKeyOf(lex: Lexicon, name: string): string {
  return lex.nameKey?.(name) ?? name.toLowerCase();
}

/**
 * The person a subject mention names, with their gender when a title or first name tells it, or null when nothing
 * says the name is a person's: a known first name, a personal title, or a surname the article gives in full with one.
 */
export function personNamed(lex: Lexicon, mention: SubjectMention, names: ArticleNames): { name: string; gender: 'f' | 'm' | null } | null {
  const full = mention.name.includes(' ') ? mention.name : names.fullNames.get(mention.name.toLowerCase()) ?? mention.name;
  const first = full.split(' ')[0]?.toLowerCase() ?? '';
  const title = mention.title;
  const male = lex.MALE_TITLES.has(title) || lex.MALE_FIRST_NAMES.has(first);
  const female = lex.FEMALE_TITLES.has(title) || lex.FEMALE_FIRST_NAMES.has(first);
  // a name of two or three words none of which names a body ("Robby Mook", not "Green Party") reads as a person's
  const words = full.split(' ');
  const personLike = words.length >= 2 && words.length <= 3 && !lex.DETERMINERS.has(words[0]?.toLowerCase() ?? '') &&
    words.every((w) => /^\p{Lu}(?:[’']\p{Lu})?[\p{Ll}-]+$/u.test(w) &&
    !lex.ORGANISATION_NOUNS.has(w.toLowerCase()) && !lex.DOCUMENT_NOUNS.has(w.toLowerCase()) && !lex.TITLES.has(w.toLowerCase()) &&
    !lex.MONTHS_AND_DAYS.has(w));
  // (and a plural noun after it makes it a modifier: "New York officials say …"; an -s verb the corpus knows as a
  // cue, "says", "argues", is a verb)
  const modifier = lex.PLURAL_ENDING.test(mention.next) && !Object.hasOwn(lex.LEARNED_CUES ?? {}, mention.next) &&
    !lex.MODEL_AUXILIARIES.has(mention.next);
  if (!male && !female && !lex.PERSON_TITLES.has(title) && !(personLike && !modifier)) return null;
  return { name: full, gender: male && !female ? 'm' : female && !male ? 'f' : null };
}

