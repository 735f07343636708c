/**
 * Part-of-speech tagging over the engine's own tokens: a greedy left-to-right averaged perceptron (weights learned by
 * scripts/train-pos.ts from Stanford CoreNLP tags of PolNeAR train, in weights.generated.ts). Owns the tag set, the
 * feature templates (shared with the trainer, so training and tagging cannot drift apart) and the tagging loop.
 * Pure and DOM-free: it runs in the content script.
 *
 * Why it is fast: every feature but the two previous tags and one capitalisation flag depends on a single word —
 * the token itself or one of its neighbours — so the summed weights of a word in each of its five roles (self,
 * previous, next, two before, two after) are computed once per distinct word form and cached, and the tag-history
 * weights are summed once per pair of previous tags. Tagging a token is then one Map look-up and five 24-wide vector
 * additions (seven when the weights use the words two away); no strings, no allocation.
 */
import type { Token } from '../../tokens.js';
import { POS_WEIGHTS } from './weights.generated.js';

/**
 * The collapsed tag set (Penn Treebank → ~20 classes the attribution model needs). Verb forms stay apart (said VBD vs
 * says VBZ vs saying VBG), names stay apart from common nouns, plural nouns from singular ones (they agree with VBP).
 */
export const POS_TAGS = ['PUNCT', 'NOUN', 'NOUNS', 'PROPN', 'VB', 'VBD', 'VBN', 'VBG', 'VBZ', 'VBP', 'MD', 'ADJ', 'ADV',
  'DET', 'PRON', 'PRP$', 'ADP', 'TO', 'CC', 'WH', 'NUM', 'POS', 'PRT', 'X'] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const TAG_COUNT: number = POS_TAGS.length;

/** Tag ids by name: `tags[i] === TAG.VBD`. */
export const TAG: Readonly<Record<PosTag, number>> = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<PosTag, number>;

const PENN: Readonly<Record<string, PosTag>> = {
  NN: 'NOUN', NNS: 'NOUNS', NNP: 'PROPN', NNPS: 'PROPN', VB: 'VB', VBD: 'VBD', VBN: 'VBN', VBG: 'VBG', VBZ: 'VBZ',
  VBP: 'VBP', MD: 'MD', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV', RBS: 'ADV', DT: 'DET', PDT: 'DET',
  PRP: 'PRON', EX: 'PRON', 'PRP$': 'PRP$', IN: 'ADP', TO: 'TO', CC: 'CC', WP: 'WH', WDT: 'WH', WRB: 'WH', 'WP$': 'WH',
  CD: 'NUM', POS: 'POS', RP: 'PRT', FW: 'X', UH: 'X', LS: 'X', SYM: 'X', '#': 'X', $: 'X',
};

/** The collapsed id of a Penn Treebank tag; punctuation tags (, . : `` '' -LRB- …) are PUNCT. */
export function tagOfPenn(penn: string): number {
  return TAG[PENN[penn] ?? 'PUNCT'];
}

export function isVerbTag(tag: number): boolean {
  return tag >= TAG.VB && tag <= TAG.MD;
}

/** The fields of a token the tagger reads (engine Tokens have them all). */
export type TaggableToken = Pick<Token, 'block' | 'text' | 'lower' | 'kind' | 'cap'>;

// ---- feature templates -------------------------------------------------------------------------------------------
// A feature's key is its template's character followed by its value. Word roles: the token itself (w a b c p h), the
// previous word (P Q), the next (N O), two before (R), two after (M). Context: previous tag (t), previous two tags (u),
// capitalised × after a sentence-like boundary (k), bias (B).
export const SELF_TEMPLATES = 'wabcph';
/** Per role (self, previous, next, two before, two after): its templates. */
export const ROLE_TEMPLATES = ['wabcph', 'PQ', 'NO', 'R', 'M'] as const;
export const ROLE_COUNT = ROLE_TEMPLATES.length;
/** The word value of a neighbour beyond the sequence's start or end (no token can read like this). */
export const BEFORE_START = '<s>';
export const AFTER_END = '</s>';
/** The "tag" before the first token, in the t and u templates. */
export const START_TAG: number = TAG_COUNT;

const LONGEST_SHAPE = 5;

/** The word's shape: X upper, x lower, d digit, other characters as they are; runs collapsed ("McCain" → XxXx). */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < text.length && shape.length < LONGEST_SHAPE; i++) {
    const unit = text.charCodeAt(i);
    let c: string;
    if (unit >= 65 && unit <= 90) c = 'X';
    else if (unit >= 97 && unit <= 122) c = 'x';
    else if (unit >= 48 && unit <= 57) c = 'd';
    else if (unit < 128) c = text.charAt(i);
    else {
      const ch = text.charAt(i);
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : unit >= 0x2000 && unit < 0x2070 ? ch : 'x';
    }
    if (c !== last) { shape += c; last = c; }
  }
  return shape;
}

/**
 * The feature keys of one word form in one role (`role` indexes ROLE_TEMPLATES). Suffixes and the prefix only for
 * words longer than they are (otherwise they repeat the word feature). Only on the slow path: once per word form.
 */
export function roleFeatureKeys(role: number, text: string, lower: string, out: string[]): void {
  out.length = 0;
  if (text === BEFORE_START || text === AFTER_END) {
    if (role !== 0) out.push(`${(ROLE_TEMPLATES[role] ?? '').charAt(0)}${text}`);
    return;
  }
  const n = lower.length;
  switch (role) {
    case 0:
      out.push(`w${lower}`);
      if (n > 1) out.push(`a${lower.slice(n - 1)}`);
      if (n > 2) out.push(`b${lower.slice(n - 2)}`);
      if (n > 3) out.push(`c${lower.slice(n - 3)}`);
      if (n > 1) out.push(`p${lower.charAt(0)}`);
      out.push(`h${shapeOf(text)}`);
      return;
    case 1:
      out.push(`P${lower}`);
      if (n > 3) out.push(`Q${lower.slice(n - 3)}`);
      return;
    case 2:
      out.push(`N${lower}`);
      if (n > 3) out.push(`O${lower.slice(n - 3)}`);
      return;
    case 3:
      out.push(`R${lower}`);
      return;
    default:
      out.push(`M${lower}`);
  }
}

/** A token that ends a sentence-like stretch, after which capitalisation says little. */
function isBoundary(tok: TaggableToken | undefined): boolean {
  if (tok === undefined || tok.kind === 'quote') return true;
  if (tok.kind !== 'punct') return false;
  const t = tok.text;
  return t === '.' || t === '?' || t === '!' || t === ':' || t === ';' || t === '(' || t === '—' || t === '–' || t === '…' ||
    t === '-' || t === '‘';
}

/** The k feature's value: 2 when capitalised, +1 when after a boundary (or at the start). */
export function capContext(tok: TaggableToken, prev: TaggableToken | undefined): number {
  return (tok.cap ? 2 : 0) + (isBoundary(prev) ? 1 : 0);
}

export const tagKey = (prev: number): string => `t${prev}`;
export const tagPairKey = (prev2: number, prev: number): string => `u${prev2}.${prev}`;
export const capKey = (k: number): string => `k${k}`;
export const BIAS_KEY = 'B';

// ---- the weights' text form -------------------------------------------------------------------------------------
// One feature a line: its key, a space, then (tag, weight) pairs of two characters each — the tag as 'A' + id, the
// weight as one character of WEIGHT_ALPHABET (centre = 0). Printable ASCII without '"' and '\' so the JSON string
// literal needs no escapes but in keys. Lines are sorted, so gzip sees long shared prefixes.
export const WEIGHT_ALPHABET = (() => {
  let s = '';
  for (let c = 35; c < 127; c++) if (c !== 92) s += String.fromCharCode(c);
  return s;
})();
export const MAX_WEIGHT = (WEIGHT_ALPHABET.length - 1) >> 1;

// ---- the tagger ---------------------------------------------------------------------------------------------------

export interface PosTagger {
  /**
   * Tags tokens[from, to): `out[i]` becomes the tag id (index in POS_TAGS) of token i; other entries are untouched.
   * Tokens that are not words are PUNCT. Context runs within one block: the previous tags start afresh at `from` and
   * at each block's first token; neighbouring words are read across `from`/`to` but never across blocks.
   */
  tag(tokens: readonly TaggableToken[], from?: number, to?: number, out?: Uint8Array): Uint8Array;
}

/** Beyond this many cached word forms the cache starts over (bounds memory on endless pages). */
const CACHE_LIMIT = 200_000;

/** A tagger over weights in the text form above. Parsing is deferred to the first call. */
export function createPosTagger(weights: string): PosTagger {
  const T = TAG_COUNT;
  const ROW = ROLE_COUNT * T;
  let rows: Map<string, number> | null = null;
  let table = new Int8Array(0);
  // per word form: its five role vectors, ROW ints, in `pool`; entries 0 and 1 are the start and end sentinels
  const cache = new Map<string, number>();
  let pool = new Int32Array(0);
  let poolUsed = 0;
  const S = START_TAG + 1;
  // bias + previous tag + previous two tags, summed once per (tag two before, previous tag): one vector per token
  const byTags = new Int32Array(S * S * T);
  const byCap = new Int32Array(4 * T);
  let farWords = false;
  const keys: string[] = [];

  // roles whose templates the weights never use are skipped on the slow path
  const rolePresent = ROLE_TEMPLATES.map(() => false);

  // one scan over the text: no array of lines, no string per line but the key (this runs cold, on the first click)
  const parse = (): Map<string, number> => {
    const map = new Map<string, number>();
    let count = weights.length === 0 ? 0 : 1;
    for (let p = weights.indexOf('\n'); p >= 0; p = weights.indexOf('\n', p + 1)) count++;
    table = new Int8Array(count * T);
    let template = -1;
    for (let start = 0, r = 0; start < weights.length; r++) {
      let end = weights.indexOf('\n', start);
      if (end < 0) end = weights.length;
      const space = weights.lastIndexOf(' ', end - 1);
      map.set(weights.slice(start, space), r * T);
      // lines are sorted, so a template's lines come together
      if (weights.charCodeAt(start) !== template) {
        template = weights.charCodeAt(start);
        const role = ROLE_TEMPLATES.findIndex((templates) => templates.includes(weights.charAt(start)));
        if (role >= 0) rolePresent[role] = true;
      }
      for (let p = space + 1; p + 1 < end; p += 2) {
        const code = weights.charCodeAt(p + 1);
        // WEIGHT_ALPHABET is the codes 35…126 without 92
        table[r * T + weights.charCodeAt(p) - 65] = code - (code > 92 ? 36 : 35) - MAX_WEIGHT;
      }
      start = end + 1;
    }
    return map;
  };

  const addKey = (map: Map<string, number>, key: string, into: Int32Array, at: number): void => {
    const r = map.get(key);
    if (r === undefined) return;
    for (let t = 0; t < T; t++) into[at + t] = (into[at + t] ?? 0) + (table[r + t] ?? 0);
  };

  /** Appends the five role vectors of one word form to the pool; returns their offset. */
  const addForm = (map: Map<string, number>, text: string, lower: string): number => {
    if (poolUsed + ROW > pool.length) {
      const grown = new Int32Array(Math.max(64 * ROW, pool.length * 2));
      grown.set(pool.subarray(0, poolUsed));
      pool = grown;
    }
    const at = poolUsed;
    pool.fill(0, at, at + ROW);
    for (let role = 0; role < ROLE_COUNT; role++) {
      if (!rolePresent[role]) continue;
      roleFeatureKeys(role, text, lower, keys);
      for (const k of keys) addKey(map, k, pool, at + role * T);
    }
    poolUsed += ROW;
    return at;
  };

  const resetCache = (map: Map<string, number>): void => {
    cache.clear();
    poolUsed = 0;
    addForm(map, BEFORE_START, BEFORE_START);
    addForm(map, AFTER_END, AFTER_END);
  };

  const init = (): Map<string, number> => {
    const map = parse();
    for (let a = 0; a < S; a++) {
      for (let b = 0; b < S; b++) {
        const at = (a * S + b) * T;
        addKey(map, BIAS_KEY, byTags, at);
        addKey(map, tagKey(b), byTags, at);
        addKey(map, tagPairKey(a, b), byTags, at);
      }
    }
    farWords = rolePresent[3] === true || rolePresent[4] === true;
    for (let k = 0; k < 4; k++) addKey(map, capKey(k), byCap, k * T);
    resetCache(map);
    rows = map;
    return map;
  };

  const formOf = (map: Map<string, number>, tok: TaggableToken): number => {
    const hit = cache.get(tok.text);
    if (hit !== undefined) return hit;
    const at = addForm(map, tok.text, tok.lower);
    cache.set(tok.text, at);
    return at;
  };

  const tag = (tokens: readonly TaggableToken[], from = 0, to = tokens.length,
    out: Uint8Array = new Uint8Array(tokens.length)): Uint8Array => {
    const map = rows ?? init();
    if (cache.size > CACHE_LIMIT) resetCache(map);
    const end = Math.min(to, tokens.length);
    const START = 0;
    const END = ROW;
    let i = Math.max(0, from);
    while (i < end) {
      // one sequence: tokens of one block inside [from, to)
      const block = tokens[i]?.block ?? 0;
      let seqEnd = i;
      while (seqEnd < end && tokens[seqEnd]?.block === block) seqEnd++;
      // the forms of tokens i-2 … i+2, rolled along; neighbours outside [from, to) but in the block count
      const formAt = (j: number): number => {
        const tok = tokens[j];
        if (tok === undefined || tok.block !== block) return j < i ? START : END;
        return formOf(map, tok);
      };
      let f2 = formAt(i - 2);
      let f1 = formAt(i - 1);
      let f0 = formAt(i);
      let n1 = formAt(i + 1);
      let n2 = formAt(i + 2);
      let prev2 = START_TAG;
      let prev = START_TAG;
      for (let j = i; j < seqEnd; j++) {
        const tok = tokens[j];
        let best = TAG.PUNCT;
        if (tok !== undefined && tok.kind === 'word') {
          const self = f0;
          const asPrev = f1 + T;
          const asNext = n1 + 2 * T;
          const tags = (prev2 * S + prev) * T;
          const kc = capContext(tok, j > 0 && tokens[j - 1]?.block === block ? tokens[j - 1] : undefined) * T;
          let bestScore = -0x7fffffff;
          if (farWords) {
            const asPrev2 = f2 + 3 * T;
            const asNext2 = n2 + 4 * T;
            for (let t = 0; t < T; t++) {
              const s = (byTags[tags + t] ?? 0) + (pool[self + t] ?? 0) + (pool[asPrev + t] ?? 0) + (pool[asNext + t] ?? 0) +
                (byCap[kc + t] ?? 0) + (pool[asPrev2 + t] ?? 0) + (pool[asNext2 + t] ?? 0);
              if (s > bestScore) { bestScore = s; best = t; }
            }
          } else {
            for (let t = 0; t < T; t++) {
              const s = (byTags[tags + t] ?? 0) + (pool[self + t] ?? 0) + (pool[asPrev + t] ?? 0) + (pool[asNext + t] ?? 0) +
                (byCap[kc + t] ?? 0);
              if (s > bestScore) { bestScore = s; best = t; }
            }
          }
        }
        out[j] = best;
        prev2 = prev;
        prev = best;
        f2 = f1; f1 = f0; f0 = n1; n1 = n2;
        n2 = formAt(j + 3);
      }
      i = seqEnd;
    }
    return out;
  };

  return { tag };
}

/**
 * The checked-in weights per language (trained on English PolNeAR by scripts/train-pos.ts); a language is one entry.
 * A language without weights gets no tags (all 0): the span tagger's POS features then say nothing.
 */
const POS_WEIGHTS_BY_LANGUAGE: ReadonlyMap<string, string> = new Map([['en', POS_WEIGHTS]]);
const TAGGERS = new Map<string, PosTagger>();

/** The POS tagger of a language (its lexicon's tag, 'en'), built on first use; null for a language without weights. */
export function posTaggerFor(language: string): PosTagger | null {
  let tagger = TAGGERS.get(language);
  if (tagger === undefined) {
    const weights = POS_WEIGHTS_BY_LANGUAGE.get(language);
    if (weights === undefined) return null;
    tagger = createPosTagger(weights);
    TAGGERS.set(language, tagger);
  }
  return tagger;
}

/**
 * Tags tokens[from, to) with the shipped weights of `language`: `out[i]` is token i's tag id (POS_TAGS[out[i]] its
 * name). The result has one entry per token of `tokens`; entries outside [from, to) are left 0 (or as they were in
 * `out`), and all of them for a language without weights.
 */
export function tagTokens(language: string, tokens: readonly TaggableToken[], from = 0, to = tokens.length,
  out: Uint8Array = new Uint8Array(tokens.length)): Uint8Array {
  const tagger = posTaggerFor(language);
  return tagger === null ? out : tagger.tag(tokens, from, to, out);
}
