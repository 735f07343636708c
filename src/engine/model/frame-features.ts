/**
 * The features of a whole proposed claim (a frame: cue, speaker and content as the constructions built it), read by
 * the learned claim filter in claim-model.ts: what the cue is and how it is built, what kind of speaker it has,
 * how the content opens, ends and how long it is, and whether it is quoted. Shared by training and the engine.
 */
import type { Segmented, Token } from '../tokens.js';
import type { Frame } from '../constructions/frame.js';
import { tokenClass } from './cue-features.js';

function lengthBucket(n: number): string {
  return n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 12 ? '7-12' : n <= 25 ? '13-25' : n <= 50 ? '26-50' : '51+';
}

/** The kind of speaker phrase: none, a pronoun, a name, a described group, a document … */
function speakerKind(seg: Segmented, frame: Frame): string {
  const s = frame.source;
  if (s === null) return 'none';
  const words: Token[] = [];
  for (let k = s.first; k < s.end; k++) { const t = seg.tokens[k]; if (t !== undefined && t.kind === 'word') words.push(t); }
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return 'empty';
  if (words.length === 1 && tokenClass(seg.lexicon, first, true) === 'pron') return `pron:${first.lower}`;
  const caps = words.filter((w) => w.cap).length;
  const shape = caps === words.length ? 'name' : caps > 0 ? 'mixed' : 'lower';
  return `${shape}:${lengthBucket(words.length)}`;
}

/** Feature names of a proposed claim; `out` is cleared and filled. */
export function frameFeatures(seg: Segmented, frame: Frame, out: string[]): string[] {
  out.length = 0;
  const { tokens } = seg;
  const form = frame.cue.form;
  const lemma = frame.cue.kind === 'verb' ? seg.lexicon.lemmaOf(form) : frame.cue.lemma;
  const c = frame.construction;
  const speaker = speakerKind(seg, frame);
  const speakerShape = speaker.split(':')[0] ?? speaker;
  let contentTokens = 0;
  let quoteMarks = 0;
  for (const r of frame.content) {
    contentTokens += r.end - r.first;
    for (let k = r.first; k < r.end; k++) if (tokens[k]?.kind === 'quote') quoteMarks++;
  }
  const firstRange = frame.content[0];
  const lastRange = frame.content[frame.content.length - 1];
  const opener = firstRange === undefined ? undefined : tokens[firstRange.first];
  const closer = lastRange === undefined ? undefined : tokens[lastRange.end - 1];
  const openerWord = opener === undefined ? 'none' : opener.kind === 'word' ? opener.lower : tokenClass(seg.lexicon, opener, true);
  const openerClass = tokenClass(seg.lexicon, opener, opener !== undefined);
  const closerClass = tokenClass(seg.lexicon, closer, closer !== undefined);
  const len = lengthBucket(contentTokens);
  const cueLength = frame.cueRange.end - frame.cueRange.first;
  const afterCue = tokens[frame.cue.last + 1];
  const beforeCue = tokens[frame.cue.first - 1];
  const next = tokenClass(seg.lexicon, afterCue, afterCue?.block === tokens[frame.cue.last]?.block);
  const blockKind = seg.blocks[tokens[frame.cue.first]?.block ?? -1]?.kind ?? 'paragraph';
  out.push('bias', `c=${c}`, `f=${form}`, `l=${lemma}`, `fc=${form}|${c}`, `lc=${lemma}|${c}`,
    `sp=${speaker}`, `sps=${speakerShape}`, `l_sps=${lemma}|${speakerShape}`, `c_sps=${c}|${speakerShape}`,
    `len=${len}`, `l_len=${lemma}|${len}`, `c_len=${c}|${len}`,
    `op=${openerWord}`, `opc=${openerClass}`, `l_op=${lemma}|${openerWord}`, `l_opc=${lemma}|${openerClass}`,
    `cl=${closerClass}`, `q=${Math.min(quoteMarks, 3)}`, `l_q=${lemma}|${quoteMarks > 0 ? 1 : 0}`,
    `frags=${Math.min(frame.content.length, 3)}`, `cuelen=${Math.min(cueLength, 4)}`,
    `nx=${next}`, `pv=${tokenClass(seg.lexicon, beforeCue, beforeCue?.block === tokens[frame.cue.first]?.block)}`,
    `l_nx=${lemma}|${next}`,
    `bk=${blockKind}`, `c_bk=${c}|${blockKind}`);
  return out;
}
