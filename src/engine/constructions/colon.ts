/**
 * The colon construction: "Reyes was blunt: “…”" — a colon before a quotation inside a sentence, whose subject
 * speaks the quotation. The colon's cue is proposed here for every use of a colon, because the three are learned
 * apart: ':“' (this construction), and ':' or, in a headline, ':h' after a label opening a block (whose frame
 * transcript-label.ts builds).
 */
import type { Segmented, Sentence } from '../tokens.js';
import type { CueCandidate, CueConfig, ProposedCue } from '../cue.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEndAfter } from './content-bounds.js';
import { sentenceSubject } from './speakers.js';
import { opensBlockAsLabel } from './transcript-label.js';
import { isClosingDash } from './signature-dash.js';

/** The cue of the colon at `t`, if it is one: after a label opening its block, or before a quotation. */
export function colonCue(seg: Segmented, sentence: Sentence, t: number, config: CueConfig): ProposedCue | null {
  const { tokens } = seg;
  // "Carly Fiorina: …" opening a block, or "Reyes was blunt: “…”" before a quotation
  const opensBlock = opensBlockAsLabel(seg, sentence, t);
  const beforeQuote = tokens[t + 1]?.kind === 'quote' && tokens[t + 1]?.quoteRole !== 'close' && t - sentence.first <= 8 &&
    tokens[t + 1]?.block === tokens[t]?.block;
  // three uses learned apart: ':h' after a name opening a headline ("Trump: …"), ':' after a name opening a
  // paragraph (interviews, "Q:"), ':“' before a quotation inside a sentence
  const inHeadline = seg.blocks[sentence.block]?.kind === 'headline';
  const form = opensBlock ? (inHeadline ? ':h' : ':') : ':“';
  return (opensBlock || beforeQuote) && config.isCueForm(form) ? { first: t, last: t, form, lemma: seg.lexicon.SAY_LEMMA, kind: 'colon' } : null;
}

/** "Reyes was blunt: “…”": the sentence's subject speaks the quotation after the colon. */
export function matchColon(seg: Segmented, sentence: Sentence, cue: CueCandidate, config: CueConfig): Frame | null {
  const { tokens } = seg;
  const block = seg.blockTokens[sentence.block];
  if (block === undefined || !config.allows(cue.form, 'after', cue.context, { seg, tok: cue.first })) return null;
  const subject = sentenceSubject(seg, sentence, cue.first);
  if (subject === null) return null;
  for (let t = subject.end; t < cue.first; t++) if (config.isCueForm(tokens[t]?.lower ?? '') || tokens[t]?.kind === 'quote') return null;
  const first = cue.last + 1;
  // "Procès de l'incendie : « Je n'ai jamais voulu tuer » – l'accusée": a headline's closing dash names the speaker
  const end = contentEndAfter(seg, first, sentence, config);
  if (seg.blocks[sentence.block]?.kind === 'headline') {
    for (let t = first; t < (block.end); t++) if (isClosingDash(seg, sentence, t) && seg.quoteOf[t] === -1) return null;
  }
  return makeFrame(seg, cue, 'colon', [{ first, end }], subject);
}
