/**
 * The "content after the cue" construction: "<speaker> <cue> [hearer] [adjunct] [that] <content>", with no speaker
 * ("Asked whether …"), a participle going on with the sentence's speaker (", adding that …"), a passive with its
 * agent ("was first reported by MSNBC"), an inverted opening ("Said the harbour master: …"), and a paragraph ending
 * in a colon whose content is the quotation below.
 */
import type { Segmented, Sentence, TokenRange } from '../tokens.js';
import { durationAt, hasQuote, hasWords, isOpeningMark, regionOf } from '../tokens.js';
import type { Construction, CueCandidate, CueConfig } from '../cue.js';
import { appositiveSubject, subjectLeftOf, subjectRightOf } from '../noun-phrase.js';
import { makeFrame, withParticle, type Frame } from './frame.js';
import { contentEndAfter, contentStartAfter } from './content-bounds.js';
import { looksLikeSpeaker, opensAdjunct, sentenceSubject } from './speakers.js';

/** Content after the cue, with the speaker on its left (or none): "Metsola told … that …", "Asked whether …". */
export function matchAfter(seg: Segmented, sentence: Sentence, cue: CueCandidate, floor: number, config: CueConfig,
  previous: Frame | null): Frame | null {
  const lex = seg.lexicon;
  const { tokens } = seg;
  if (cue.kind !== 'verb') return null;
  const limit = Math.max(floor, sentence.first);
  // a passive with its agent: "O’Malley’s move was first reported by MSNBC" (the agent speaks, the subject is the
  // content), "Asked by Stephanopoulos to respond …"; but "the report, which was written by …" only describes
  // (a compound past is active, its "par" no agent: "avait annoncé par avance que …")
  const compoundPast = [1, 2, 3].some((k) => lex.PERFECT_AUXILIARIES?.has(tokens[cue.first - k]?.lower ?? '') === true);
  if (lex.AGENT_WORDS.has(tokens[cue.last + 1]?.lower ?? '') && !compoundPast) {
    const agent = subjectRightOf(tokens, cue.last + 2, sentence.end, lex);
    if (agent === null || !looksLikeSpeaker(lex, tokens, agent) || !config.allows(cue.form, 'after', cue.context, { seg, tok: cue.first })) return null;
    const byCue = { ...cue, last: cue.last + 1 };
    if (cue.first === sentence.first || (cue.first === sentence.first + 1 && opensAdjunct(lex, tokens[sentence.first]))) {
      // "Asked by Stephanopoulos to respond to Trump’s criticism, Carson said …"
      let end = agent.end;
      while (end < sentence.end && tokens[end]?.text !== ',' && tokens[end]?.kind !== 'quote') end++;
      if (!hasWords(seg, agent.end, end, 2)) return null;
      return makeFrame(seg, cue, 'bare', [{ first: agent.end, end }], agent);
    }
    const passive = [1, 2, 3].some((k) => lex.PASSIVE_AUXILIARIES.has(tokens[cue.first - k]?.lower ?? ''));
    if (!passive) return null;
    const subject = subjectLeftOf(tokens, cue.first, limit, config.isCueForm, lex);
    const subjectText = tokens[subject.first];
    if (subject.first >= subject.end || subjectText === undefined || lex.RELATIVE_WORDS.has(subjectText.lower)) return null;
    return makeFrame(seg, byCue, 'after', [{ first: subject.first, end: subject.end }], agent);
  }
  let source: TokenRange | null = null;
  let construction: Construction = 'after';
  const prevTok = tokens[cue.first - 1];
  // ", adding that …" / ", falsely suggesting that …": the participle's speaker is the clause's subject
  let beforeParticiple = cue.first - 1;
  while (beforeParticiple > limit && tokens[beforeParticiple]?.kind === 'word' && lex.ADVERB_ENDING.test(tokens[beforeParticiple]?.lower ?? '')) beforeParticiple--;
  // "… responded by saying that …", "aside from saying he …": a gerund after a preposition is the clause subject's too
  const afterComma = tokens[beforeParticiple]?.text === ',';
  const afterPreposition = beforeParticiple === cue.first - 1 && lex.PREPOSITIONS.has(tokens[beforeParticiple]?.lower ?? '');
  if ((afterComma || afterPreposition) && lex.PARTICIPLE_FORMS.has(cue.form)) {
    if (!config.allows(cue.form, 'participle', cue.context, { seg, tok: cue.first })) return null;
    construction = 'participle';
    source = previous?.source ?? sentenceSubject(seg, sentence, cue.first);
  } else {
    const left = subjectLeftOf(tokens, cue.first, limit, config.isCueForm, lex);
    // negation is a trap for readers ("has not named"): a report that did not happen is not a claim
    if (left.negated) return null;
    // (the comma may come before the auxiliaries and adverbs of the cue: "Pierce, who reviewed it, has already said")
    const beforeGap = tokens[left.gapStart - 1];
    if (left.first < left.end) {
      source = { first: left.first, end: left.end };
    } else if (prevTok !== undefined && prevTok.text === ',') {
      const app = appositiveSubject(tokens, cue.first - 1, limit, config.isCueForm, lex);
      if (app !== null) source = app;
    } else if (beforeGap !== undefined && beforeGap.text === ',' && left.gapStart < cue.first) {
      const app = appositiveSubject(tokens, left.gapStart - 1, limit, config.isCueForm, lex);
      if (app !== null) source = app;
    } else if (prevTok !== undefined && prevTok.kind === 'word' && lex.REPORT_JOINERS?.has(prevTok.lower) === true) {
      source = previous !== null && previous.source !== null ? previous.source : sentenceSubject(seg, sentence, cue.first);
    }
    if (source === null && cue.first === sentence.first) {
      // "Said the harbour master, Tomas Reyes: “…”"
      const right = subjectRightOf(tokens, cue.last + 1, sentence.end, lex);
      if (right !== null) {
        let e = right.end;
        while (e < sentence.end && e - right.end < 12 && tokens[e]?.text !== ':' && tokens[e]?.kind !== 'quote') e++;
        if (tokens[e]?.text === ':' && isOpeningMark(seg, e + 1) && looksLikeSpeaker(lex, tokens, { first: right.first, end: e })) {
          if (!config.allows(cue.form, 'before', cue.context, { seg, tok: cue.first })) return null;
          const first = e + 1;
          return makeFrame(seg, cue, 'before', [{ first, end: contentEndAfter(seg, first, sentence, config) }], { first: right.first, end: e });
        }
      }
    }
    if (source === null) construction = 'bare';
    if (!config.allows(cue.form, construction, cue.context, { seg, tok: cue.first })) return null;
  }
  const extended = withParticle(seg, cue);
  const first = contentStartAfter(seg, extended, sentence);
  // "… echoed:" closing its paragraph, the quotation or block quote below it is the content
  const below = first >= sentence.end && tokens[sentence.end - 1]?.text === ':' ? contentBelow(seg, sentence) : null;
  if (below !== null) return makeFrame(seg, extended, construction, below, source);
  let end = contentEndAfter(seg, first, sentence, config);
  const relativeSource = source !== null && source.end - source.first === 1 && lex.RELATIVE_WORDS.has(tokens[source.first]?.lower ?? '');
  if (construction === 'bare' || relativeSource) {
    // "Asked whether …, Christie said …": a speakerless cue's content ends at the clause's comma (not a "that"-clause,
    // whole however many commas: "say that, in addition to Scott, he would …")
    for (let t = first + 1; t < end && !lex.COMPLEMENTIZERS.has(tokens[first]?.lower ?? ''); t++) {
      if (tokens[t]?.text === ',' && seg.quoteOf[t] === -1) { end = t; break; }
    }
  }
  if (first >= end || !hasWords(seg, first, end, 1)) return null;
  // "what Liz Wahl said when she resigned": a subordinate clause is not what was said; but "describes as “…”"
  // labels the quotation that follows, which is the content
  const opener = tokens[first];
  const labelsQuotation = opener !== undefined && lex.AS_WORDS.has(opener.lower) && isOpeningMark(seg, first + 1);
  if (opener !== undefined && opener.kind === 'word' && lex.SUBORDINATE_OPENERS.has(opener.lower) && !labelsQuotation) {
    // "said after the convention he would not …": a short phrase of time, then the clause with its own subject
    const clause = subjectClauseAfterPhrase(seg, first, end);
    return clause < 0 ? null : makeFrame(seg, extended, construction, [{ first: clause, end }], source);
  }
  // "said in an interview." with nothing reported after it
  if (opener !== undefined && opener.kind === 'word' && ((!opener.cap && lex.PREPOSITIONS.has(opener.lower)) || lex.TIME_WORDS.has(opener.lower)) &&
    !lex.HEARER_FIRST.has(cue.lemma) && !lex.CONTENT_MAY_OPEN_WITH_PREPOSITION.has(extended.lemma) && !hasQuote(seg, first, end) &&
    end - first <= 6) return null;
  // "spoke at a rally.", "spoke on Friday.": a verb of talking opens its content with a topic ("spoke about the
  // budget"); after a short place, time or hearer the content is the topic that follows ("talks to Kelly about
  // bullying"), or there is none (a longer one may still reach a topic: "spoke in Iowa on Friday about …")
  let start = first;
  if (opener !== undefined && opener.kind === 'word' && lex.CONTENT_MAY_OPEN_WITH_PREPOSITION.has(extended.lemma) &&
    !lex.HEARER_FIRST.has(cue.lemma) && !hasQuote(seg, first, end) && end - first <= 6 &&
    ((!opener.cap && lex.PREPOSITIONS.has(opener.lower) && (!lex.TOPIC_PREPOSITIONS.has(opener.lower) || durationAt(seg, first + 1))) ||
    lex.TIME_WORDS.has(opener.lower) || (lex.TIME_PREPOSITIONS?.has(opener.lower) === true && lex.TIME_WORDS.has(tokens[first + 1]?.lower ?? '')))) {
    start = -1;
    for (let t = first + 1; t < end - 1 && start < 0; t++) {
      const tok = tokens[t];
      if (tok?.kind === 'word' && !tok.cap && lex.TOPIC_PREPOSITIONS.has(tok.lower) && !lex.TIME_WORDS.has(tokens[t + 1]?.lower ?? '') &&
        !durationAt(seg, t + 1)) start = t;
    }
    if (start < 0) return null;
  }
  return makeFrame(seg, extended, construction, [{ first: start, end }], source);
}

/**
 * After a subordinator that opens a short phrase, not a clause ("after the convention", "before the vote"): the
 * subject pronoun and its verb that follow it, or -1 ("after he resigned" is a clause of its own, not what was said).
 */
function subjectClauseAfterPhrase(seg: Segmented, from: number, end: number): number {
  const lex = seg.lexicon;
  for (let t = from + 2; t < end && t - from <= 6; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word' || lex.MODEL_AUXILIARIES.has(tok.lower) || lex.PAST_ENDING.test(tok.lower)) return -1;
    if (!lex.SUBJECT_PRONOUNS.has(tok.lower)) continue;
    const verb = seg.tokens[t + 1];
    return verb !== undefined && verb.kind === 'word' && !verb.cap && lex.MODEL_AUXILIARIES.has(verb.lower) ? t : -1;
  }
  return -1;
}

/** List items read as the content of one colon above them, at most (a longer list is a page's, not a quote's). */
const MAX_LIST_ITEMS = 12;

/**
 * The content below a paragraph that ends in a colon: the next block's quotation, a whole block quote, or the list
 * that follows ("In a wide-ranging interview, President Obama also said:" above six bullet points), item by item.
 */
function contentBelow(seg: Segmented, sentence: Sentence): TokenRange[] | null {
  for (let b = sentence.block + 1; b < seg.blockTokens.length; b++) {
    const range = seg.blockTokens[b];
    if (range === undefined) return null;
    if (range.end === range.first) continue;
    const r = regionOf(seg, range.first);
    if (r !== undefined && r.open === range.first && r.closed) return [{ first: range.first, end: r.close + 1 }];
    if (seg.blocks[b]?.kind === 'blockquote') return [{ first: range.first, end: range.end }];
    if (seg.blocks[b]?.kind !== 'listItem') return null;
    const items: TokenRange[] = [];
    for (let i = b; i < seg.blockTokens.length && seg.blocks[i]?.kind === 'listItem' && items.length < MAX_LIST_ITEMS; i++) {
      const item = seg.blockTokens[i];
      if (item !== undefined && item.end > item.first) items.push({ first: item.first, end: item.end });
    }
    return items.length > 0 ? items : null;
  }
  return null;
}
