/**
 * The "as X said" construction of languages that put it before or after the clause it reports: "Comme l'a souligné
 * l'Arcep, il est difficile de …", "…, comme le rappelle le ministre." An opener (Lexicon.AS_CLAUSE_OPENERS: "comme"),
 * an object clitic standing for the content ("l'", "le"), auxiliaries, the cue, then the inverted speaker; the content
 * is the clause after the speaker's comma, or, when the speaker ends the sentence, the clause before the opener.
 * Spanish's "según" opens one with no clitic: "Según dijo el ministro, …", "…, según informó la Policía."; its "Así lo
 * explica X" reports the sentence before.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import type { CueCandidate } from '../cue.js';
import { hasWords } from '../tokens.js';
import { subjectRightOf } from '../noun-phrase.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEndOf } from './content-bounds.js';

/** The opener of the as-clause whose cue is at `cue` (the token index of "comme"), or -1. */
export function asClauseOpener(seg: Segmented, sentence: Sentence, cue: CueCandidate): number {
  const { tokens, lexicon: lex } = seg;
  if (lex.AS_CLAUSE_OPENERS === undefined || cue.kind !== 'verb') return -1;
  let t = cue.first - 1;
  while (t > sentence.first && lex.INVERTED_AUXILIARIES?.has(tokens[t]?.lower ?? '') === true) t--;
  // "Según dijo el ministro, …": an opener that needs no clitic (Lexicon.BARE_AS_OPENERS)
  if (lex.BARE_AS_OPENERS?.has(tokens[t]?.lower ?? '')) return t;
  if (!lex.OBJECT_CLITICS?.has(tokens[t]?.lower ?? '')) return -1;
  t--;
  return t >= sentence.first && lex.AS_CLAUSE_OPENERS.has(tokens[t]?.lower ?? '') ? t : -1;
}

/**
 * "Comme l'a souligné l'Arcep, <content>." / "<content>, comme le rappelle le ministre." / "<content>. Así lo explica X."
 * `takenUntil` is where the content no report has taken yet begins.
 */
export function matchAsClause(seg: Segmented, sentence: Sentence, cue: CueCandidate, opener: number, floor: number,
  takenUntil: number): Frame | null {
  const { tokens } = seg;
  const lex = seg.lexicon;
  let from = cue.last + 1;
  while (from < sentence.end && lex.INCISE_ADJUNCTS?.has(tokens[from]?.lower ?? '') === true) from++;
  const speaker = subjectRightOf(tokens, from, sentence.end, lex);
  if (speaker === null) return null;
  // "Así lo explica Von der Leyen en una carta.": the content is the sentence before, in the same paragraph
  if (lex.ANAPHORIC_AS_OPENERS?.has(tokens[opener]?.lower ?? '')) {
    const before = seg.sentences[(seg.sentenceOf[opener] ?? 0) - 1];
    return before !== undefined && before.block === sentence.block && before.first >= takenUntil ?
      makeFrame(seg, cue, 'before', [{ first: before.first, end: before.end }], speaker) : null;
  }
  const end = contentEndOf(seg, sentence, speaker.end);
  // the speaker ends the sentence, or a bare opener follows the content ("…, según ha informado la ministra, Elma Saiz,
  // en …"): the content is the clause before the opener
  if (speaker.end >= end || (opener > sentence.first && lex.BARE_AS_OPENERS?.has(tokens[opener]?.lower ?? ''))) {
    let before = opener;
    while (before > floor && tokens[before - 1]?.kind === 'punct') before--;
    const start = Math.max(floor, sentence.first);
    return hasWords(seg, start, before, 3) ? makeFrame(seg, cue, 'before', [{ first: start, end: before }], speaker) : null;
  }
  // the content follows the speaker's phrase: after the first comma outside brackets, past a participle's apposition
  // ("l'Arcep (…), sollicitée pour le versant technique, il est …")
  let depth = 0;
  let start = -1;
  for (let t = speaker.end; t < end; t++) {
    const tok = tokens[t];
    if (tok === undefined) break;
    if (tok.text === '(') depth++;
    else if (tok.text === ')' && depth > 0) depth--;
    else if (tok.text === ',' && depth === 0) {
      const next = tokens[t + 1];
      if (next !== undefined && next.kind === 'word' && !next.cap && /(?:é|ée|és|ées)$/u.test(next.lower)) continue;
      start = t + 1;
      break;
    }
  }
  if (start < 0 || !hasWords(seg, start, end, 3)) return null;
  const content: TokenRange = { first: start, end };
  return makeFrame(seg, cue, 'before', [content], { first: speaker.first, end: speaker.end });
}
