/**
 * The features a learned cue decision reads: for one word at one place in the article, in one construction, a
 * short list of feature names (the word, its lemma and suffix, the words and kinds of token around it, where it
 * stands in its sentence, quotation marks near it). Training (scripts/train.ts) and the engine share this one
 * definition, so a model can only ever be asked about features it was trained on.
 */
import type { Segmented, Token } from '../tokens.js';
import type { Construction } from '../find-cues.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { POS_TAGS, tagTokens } from '../pos/tagger.js';

/** Part-of-speech tags per article, tagged once on first need. */
const TAGS = new WeakMap<Segmented, Uint8Array>();
function tagsOf(seg: Segmented): Uint8Array {
  let tags = TAGS.get(seg);
  if (tags === undefined) { tags = tagTokens(seg.tokens); TAGS.set(seg, tags); }
  return tags;
}
function posAt(seg: Segmented, tags: Uint8Array, k: number, block: number): string {
  return seg.tokens[k]?.block === block ? (POS_TAGS[tags[k] ?? 0] ?? 'X') : 'END';
}

/**
 * The kind of a token, coarse enough to generalise: a quotation mark, a comma, a pronoun, a name, … (word classes
 * from the article's lexicon).
 */
export function tokenClass(lexicon: Lexicon, tok: Token | undefined, sameBlock: boolean): string {
  if (tok === undefined || !sameBlock) return 'END';
  if (tok.kind === 'quote') return tok.quoteRole === 'close' ? 'QC' : tok.quoteRole === 'open' ? 'QO' : 'Q';
  if (tok.kind === 'punct') {
    const t = tok.text;
    return t === ',' ? ',' : t === ':' ? ':' : t === '.' || t === '!' || t === '?' || t === ';' ? '.' :
      t === '(' || t === ')' ? '()' : t === '—' || t === '–' || t === '-' || t === '―' ? '-' : 'P';
  }
  const w = tok.lower;
  if (w === 'that') return 'that';
  if (lexicon.MODEL_PRONOUNS.has(w)) return 'pron';
  if (lexicon.CONTEXT_DETERMINERS.has(w)) return 'det';
  if (lexicon.MODEL_AUXILIARIES.has(w)) return 'aux';
  if (lexicon.MODEL_PREPOSITIONS.has(w)) return 'prep';
  if (tok.cap) return 'cap';
  if (w.endsWith('ly')) return 'ly';
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'ed';
  if (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57) return 'num';
  return 'w';
}

function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : '17+';
}

/** A word as a feature value: lower-cased, punctuation by its class. */
function wordOf(lexicon: Lexicon, tok: Token | undefined, sameBlock: boolean): string {
  if (tok === undefined || !sameBlock) return 'END';
  return tok.kind === 'word' ? tok.lower : tokenClass(lexicon, tok, true);
}

/**
 * The feature names of the word at `tok` read as a cue in `construction`. `out` is cleared and filled (the caller
 * reuses one array). Linear in nothing but a bounded window around the word.
 */
export function cueFeatures(seg: Segmented, tok: number, form: string, construction: Construction, out: string[]): string[] {
  out.length = 0;
  const { tokens } = seg;
  const here = tokens[tok];
  if (here === undefined) return out;
  const block = here.block;
  const at = (k: number): Token | undefined => tokens[k];
  const same = (k: number): boolean => tokens[k]?.block === block;
  const sentence = seg.sentences[seg.sentenceOf[tok] ?? -1];
  const first = sentence?.first ?? tok;
  const end = sentence?.end ?? tok + 1;
  const lemma = seg.lexicon.lemmaOf(form);
  const p1 = wordOf(seg.lexicon, at(tok - 1), same(tok - 1) && tok - 1 >= first);
  const p2 = wordOf(seg.lexicon, at(tok - 2), same(tok - 2) && tok - 2 >= first);
  const n1 = wordOf(seg.lexicon, at(tok + 1), same(tok + 1));
  const n2 = wordOf(seg.lexicon, at(tok + 2), same(tok + 2));
  const pc1 = tokenClass(seg.lexicon, at(tok - 1), same(tok - 1) && tok - 1 >= first);
  const pc2 = tokenClass(seg.lexicon, at(tok - 2), same(tok - 2) && tok - 2 >= first);
  const nc1 = tokenClass(seg.lexicon, at(tok + 1), same(tok + 1));
  const nc2 = tokenClass(seg.lexicon, at(tok + 2), same(tok + 2));
  const c = construction;
  out.push('bias', `c=${c}`, `f=${form}`, `l=${lemma}`, `fc=${form}|${c}`, `lc=${lemma}|${c}`,
    `s3=${form.slice(-3)}`, `s3c=${form.slice(-3)}|${c}`,
    `p1=${p1}`, `p2=${p2}`, `n1=${n1}`, `n2=${n2}`, `pc=${pc1}`, `nc=${nc1}`, `pc2=${pc2}|${pc1}`, `nc2=${nc1}|${nc2}`,
    `l_nc=${lemma}|${nc1}`, `l_pc=${lemma}|${pc1}`, `l_n1=${lemma}|${n1}`, `l_p1=${lemma}|${p1}`,
    `c_nc=${c}|${nc1}`, `c_pc=${c}|${pc1}`, `l_nc2=${lemma}|${nc1}|${nc2}`, `l_pc2=${lemma}|${pc2}|${pc1}`);
  const tags = tagsOf(seg);
  const t0 = posAt(seg, tags, tok, block);
  const tp = posAt(seg, tags, tok - 1, block);
  const tn = posAt(seg, tags, tok + 1, block);
  out.push(`t=${t0}`, `tp=${tp}`, `tn=${tn}`, `tt=${tp}|${t0}|${tn}`, `l_t=${lemma}|${t0}`, `c_t=${c}|${t0}`, `t_nc=${t0}|${nc1}`);
  if (here.cap && tok > first) out.push('capmid');
  if (seg.blocks[block]?.kind === 'headline') out.push('headline');
  out.push(`pos=${bucket(tok - first)}`, `rem=${bucket(end - tok - 1)}`);
  // quotation marks around the word: "“…,” he said" and "said: “…”"
  let quoteBefore = 'none';
  for (let k = tok - 1; k >= first && k >= tok - 4; k--) {
    const t = at(k);
    if (t?.kind === 'quote') { quoteBefore = `${tok - k}`; break; }
  }
  let quoteAfter = 'none';
  for (let k = tok + 1; k < end && k <= tok + 4; k++) {
    const t = at(k);
    if (t?.kind === 'quote') { quoteAfter = `${k - tok}`; break; }
  }
  out.push(`qb=${quoteBefore}`, `qa=${quoteAfter}`, `l_qb=${lemma}|${quoteBefore === 'none' ? 0 : 1}`,
    `l_qa=${lemma}|${quoteAfter === 'none' ? 0 : 1}`);
  let quotesInSentence = 0;
  let thatAfter = false;
  for (let k = first; k < end; k++) {
    const t = at(k);
    if (t?.kind === 'quote') quotesInSentence++;
    if (k > tok && k <= tok + 5 && t?.lower === 'that') thatAfter = true;
  }
  out.push(`qs=${Math.min(quotesInSentence, 3)}`);
  if (thatAfter) out.push('that5', `l_that5=${lemma}`);
  if (seg.quoteOf[tok] !== -1) out.push('inquote');
  // what stands left of the word: a speaker-like word within three tokens?
  let left = 'none';
  for (let k = tok - 1; k >= first && k >= tok - 3; k--) {
    const cls = tokenClass(seg.lexicon, at(k), true);
    if (cls === 'pron' || cls === 'cap') { left = cls; break; }
    if (cls === ',' || cls === '.' || cls === 'QC' || cls === 'QO' || cls === 'Q') { left = cls; break; }
  }
  out.push(`left=${left}`, `l_left=${lemma}|${left}`);
  return out;
}
