/**
 * How step 7 (roles.ts) reads words for a role: a name, a description or a phrase of the text as words (lower case,
 * a possessive ending dropped and remembered), the role word a phrase turns on (the lexicon's ROLE_WORDS), and the
 * evidence quoted back to the reader.
 */
import type { Token } from './tokens.js';
import type { Lexicon, RoleWord } from './lexicon/lexicon.js';

/** Longest evidence phrase quoted in roleEvidence. */
const EVIDENCE_CHARS = 100;

/** A word as the role reader sees it: lower case, a possessive ending dropped and remembered. */
export interface Word {
  w: string;
  possessive: boolean;
}

/** A role word found in a phrase, and the words it was found as. */
export interface Hit {
  word: RoleWord;
  key: string;
}

/** A word without its possessive ending; "-owned" words as one ("Amazon-owned Whole Foods": the owned is a business). */
/** A word without its possessive ending ("council's" → "council"); the test first, since most words have none. */
export function possessiveStripped(lex: Lexicon, lower: string): string {
  return lex.POSSESSIVE_ENDING.test(lower) ? lower.replace(lex.POSSESSIVE_ENDING, '') : lower;
}

function baseWord(lex: Lexicon, lower: string): string {
  if (lex.POSSESSIVE_ENDING.test(lower)) return lower.replace(lex.POSSESSIVE_ENDING, '');
  if (lex.PLURAL_POSSESSIVE_ENDING?.test(lower) === true) return lower.slice(0, -1);
  if (lex.OWNED_SUFFIX !== undefined && lower.endsWith(lex.OWNED_SUFFIX)) return lex.OWNED_SUFFIX;
  return lower;
}

/** A word as the role reader sees it (see Word). */
export function unpossessed(lex: Lexicon, lower: string): Word {
  return { w: baseWord(lex, lower), possessive: lex.POSSESSIVE_ENDING.test(lower) || lex.PLURAL_POSSESSIVE_ENDING?.test(lower) === true };
}

/** The words of a name or description as written in the actor (straight apostrophes, no punctuation). */
export function wordsOfText(lex: Lexicon, text: string): Word[] {
  const out: Word[] = [];
  for (const raw of text.toLowerCase().replace(/[’‘]/g, "'").split(/[\s,;:()"“”!?]+/)) {
    let w = raw;
    while (w.endsWith('.')) w = w.slice(0, -1);
    if (w !== '') out.push(unpossessed(lex, w));
  }
  return out;
}

/** The words of tokens [first, end) of the text, as the role reader sees them. */
export function wordsOfTokens(lex: Lexicon, tokens: readonly Token[], first: number, end: number): Word[] {
  const out: Word[] = [];
  for (let t = first; t < end; t++) {
    const tok = tokens[t];
    if (tok !== undefined && tok.kind === 'word') out.push(unpossessed(lex, tok.lower));
  }
  return out;
}

/** Per table of role words, the first words of those written with several ("press secretary": "press"). */
const MULTI_WORD_FIRSTS = new WeakMap<ReadonlyMap<string, RoleWord>, ReadonlySet<string>>();

function multiWordFirsts(table: ReadonlyMap<string, RoleWord>): ReadonlySet<string> {
  let firsts = MULTI_WORD_FIRSTS.get(table);
  if (firsts === undefined) {
    const set = new Set<string>();
    for (const key of table.keys()) {
      const space = key.indexOf(' ');
      if (space >= 0) set.add(key.slice(0, space));
    }
    firsts = set;
    MULTI_WORD_FIRSTS.set(table, firsts);
  }
  return firsts;
}

/**
 * The role word a phrase turns on. A possessive before a job names the body the person belongs to ("the council's
 * engineer", "The trust's director"), so a role word up to it wins; before a body it only classifies it ("the
 * fishermen's cooperative", "The mayor's office"), so it is dropped. Otherwise a strong word beats a weak one, and
 * between two of one strength the head decides: the last in a name or a title before a name ("State Department
 * deputy spokesperson"); in an apposition, the head of its first noun phrase ("a former U.S. ambassador | to …"),
 * then the first of what follows ("director | at the Committee for …, a research and advocacy organization").
 */
export function readRole(lex: Lexicon, words: readonly Word[], headFinal: boolean): Hit | null {
  const hits: { hit: Hit; at: number; end: number }[] = [];
  const firsts = multiWordFirsts(lex.ROLE_WORDS);
  for (let i = 0; i < words.length;) {
    let found: { hit: Hit; at: number; end: number } | null = null;
    // a word that opens no role word of several words is looked up alone: no longer key is built for it (each was
    // a new string per word of every phrase read, most of an article's words, for nothing)
    const w = words[i]?.w ?? '';
    const longest = w !== '' && !w.includes(' ') && !firsts.has(w) ? 1 : Math.min(lex.ROLE_WORDS_MAX, words.length - i);
    for (let k = longest; k >= 1 && found === null; k--) {
      let key = '';
      for (let j = i; j < i + k; j++) key += (j > i ? ' ' : '') + (words[j]?.w ?? '');
      const word = lex.ROLE_WORDS.get(key);
      if (word !== undefined) found = { hit: { word, key }, at: i, end: i + k };
    }
    if (found !== null) { hits.push(found); i = found.end; } else i++;
  }
  if (hits.length === 0) return null;
  let candidates = hits;
  const possessor = words.findIndex((w) => w.possessive);
  if (possessor >= 0) {
    // the possessor's own noun phrase: "department head for | MIT's …" owns nothing before "for"
    let npStart = possessor;
    while (npStart > 0 && !lex.APPOSITION_HEAD_ENDS.has(words[npStart - 1]?.w ?? '')) npStart--;
    const owned = hits.filter((h) => h.at >= npStart && h.end <= possessor + 1);
    const ownedBy = hits.find((h) => h.at > possessor);
    const classifier = ownedBy !== undefined && lex.ROLE_BODY_WORDS.has(words[ownedBy.at]?.w ?? '');
    const last = owned[owned.length - 1];
    if (classifier) candidates = hits.filter((h) => h !== last);
    else if (last !== undefined) return last.hit;
  }
  const strong = candidates.filter((h) => h.hit.word.strong);
  const weak = candidates.filter((h) => !h.hit.word.strong);
  // a name's head stands before its first "of", "at", "for" too: "Parliamentary Assembly | of the Council of Europe"
  // (a coordination in a name has two heads and the last decides: "Military officers and government officials")
  let headEnd = words.findIndex((w, i) => i > 0 && lex.APPOSITION_HEAD_ENDS.has(w.w) && !(headFinal && lex.AND_WORDS.has(w.w)));
  if (headEnd < 0) headEnd = words.length;
  const inHead = (list: typeof hits): Hit | undefined => list.filter((h) => h.end <= headEnd).pop()?.hit;
  const afterHead = (list: typeof hits): Hit | undefined =>
    (headFinal ? list.filter((h) => h.end > headEnd).pop() : list.find((h) => h.end > headEnd))?.hit;
  return inHead(strong) ?? afterHead(strong) ?? inHead(weak) ?? afterHead(weak) ?? null;
}

/** A phrase as roleEvidence quotes it, cut to EVIDENCE_CHARS. */
export function quoted(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > EVIDENCE_CHARS ? `${t.slice(0, EVIDENCE_CHARS - 1)}…` : t}”`;
}

/** Whether a text starts with a capital. */
export function startsUpper(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}
