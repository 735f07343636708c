/**
 * Step 3d — judge: whether each proposed frame is a report a reader would call one, and how sure the engine is.
 * The constructions propose a frame wherever a cue verb or a colon stands; a reader sees a claim only where the verb
 * reports. First the rules refuse what is never a claim, whatever a model says (refusalOf): a deed (a measure, a
 * plea, a charge, a verdict, a title won after the verb), the writer's own voice (first person outside quotation
 * marks), an ALL-CAPS section label or a dateline read as a speaker, page furniture in a text read without its
 * page, and a speech act whose object only names a topic ("condemned the attack": nothing claimed). Then a small learned model (model/report-model.ts, `npm run train`) gives each remaining frame the
 * probability that it is a report, calibrated on PolNeAR dev; a cue verb's frame with its content after it under the
 * model's threshold is dropped (the verb in another sense than reporting), and every frame kept carries the
 * probability as its confidence. Other frames keep their claims however low their confidence (mayDrop); an always-on
 * cue form's claim ("…, the document states") is never under ALWAYS_ON_CONFIDENCE. Without a model every frame the
 * rules keep is unscored.
 *
 * A content that opens with a dateline or a section label loses it (withoutLeadingLabel). Bounded work per frame: a look at a few tokens around the cue, the content's first tokens and the speaker's.
 */
import type { Segmented, Token } from './tokens.js';
import { hasWords, regionOf } from './tokens.js';
import type { Frame } from './constructions/frame.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { ALWAYS_ON_CONFIDENCE, CONFIDENCE_UNSCORED } from './confidence.js';
import { reportProbability, type ReportModel } from './model/report-model.js';
import { UNKNOWN_ACTOR_ID } from './unknown-actor.js';
import type { QuoteKind } from './types.js';

/** Frames judged between two yields of the sliced form. */
const FRAMES_PER_SLICE = 250;

/** Why the rules refuse a frame. */
export type Refusal = 'furniture' | 'section label' | 'dateline' | 'writer' | 'measure' | 'deed' | 'passive deed' | 'thing' |
  'naming' | 'in keeping with' | 'opening participle' | 'hypothetical' | 'topic' | 'title' | 'counterfactual';

/**
 * Refusals that leave the frame standing as a mention, no claim (its speaker resolved for later pronouns), and that
 * the PolNeAR contract keeps as claims, since PolNeAR annotates them: a speech act naming only a topic ("condemned the
 * attack") and a report that was never made ("Uber might have suggested that …").
 */
const MENTION_ONLY: ReadonlySet<Refusal> = new Set(['topic', 'counterfactual']);

/** Frames that stand, each with its confidence. */
export interface Judged {
  frames: Frame[];
  confidence: number[];
  /**
   * The frames among them that only name a topic ("condemned the attack") or were never made ("might have
   * suggested"; MENTION_ONLY): no claim of their own, but their speaker stays a mention later steps resolve through
   * ("Officers described a chaotic night. They said …"). Empty when the PolNeAR contract keeps them as claims (polnear).
   */
  topicOnly: Set<Frame>;
}

/**
 * Judges every frame: the rules' refusals go, then the model's (when given) below its threshold. A speech act naming
 * only a topic stands as a frame marked topicOnly (a mention for later steps, no claim), or, with `polnear` (the
 * PolNeAR contract, AnalyzeOptions.polnear), as a claim.
 */
export function* judgeFramesInSlices(seg: Segmented, frames: Frame[], model: ReportModel | null,
  polnear = false): Generator<void, Judged> {
  const kept: Frame[] = [];
  const confidence: number[] = [];
  const topicOnly = new Set<Frame>();
  const context = judgeContext(seg, frames);
  for (let i = 0; i < frames.length; i++) {
    const proposed = frames[i];
    const f = proposed === undefined ? undefined : withoutLeadingLabel(seg, proposed);
    const refusal = f === undefined ? null : refusalOf(seg, f, context);
    if (f !== undefined && (refusal === null || MENTION_ONLY.has(refusal))) {
      const p = model === null ? CONFIDENCE_UNSCORED : reportProbability(model, seg, f);
      if (model === null || p >= model.threshold || !mayDrop(seg, f)) {
        kept.push(f);
        if (refusal !== null && !polnear) topicOnly.add(f);
        // (after the keep decision: which frames stand is the model's alone)
        confidence.push(Object.hasOwn(seg.lexicon.ALWAYS_ON_VERB_FORMS, f.cue.form) ? Math.max(p, ALWAYS_ON_CONFIDENCE) : p);
      }
    }
    if ((i + 1) % FRAMES_PER_SLICE === 0) yield;
  }
  return { frames: kept, confidence, topicOnly };
}

/**
 * A paraphrase after its verb that no one is said to make — no speaker phrase read (an unresolved "she" is one),
 * no actor found, no quotation mark — is no
 * claim a reader can use: on the judged news pages all 24 such were either no report ("…, asking us to look deeper at
 * ourselves", "outlining steps to combat …", "recommended her to Hamilton", "Anyone will tell you …") or a report
 * whose speaker the engine lost ("said he took full responsibility", shown as nobody's). A floating or quoted claim
 * with no speaker keeps the unknown speaker: a quotation is somebody's words. PolNeAR marks sourceless
 * attributions: AnalyzeOptions.polnear keeps these. A language opts in (Lexicon.SPEAKERLESS_PARAPHRASE_IS_NO_CLAIM):
 * English does, from its judged pages.
 */
export function speaksForNobody(seg: Segmented, f: Frame, actorId: string, named: boolean, quote: QuoteKind): boolean {
  if (seg.lexicon.SPEAKERLESS_PARAPHRASE_IS_NO_CLAIM !== true) return false;
  if (named || actorId !== UNKNOWN_ACTOR_ID || quote !== 'indirect' || f.cue.kind !== 'verb') return false;
  if ((f.content[0]?.first ?? 0) <= f.cue.last) return false;
  // a passive says the speaker is unnamed, not lost: "it was reported that …", "we're told there is footage …"
  const lex = seg.lexicon;
  let b = f.cue.first - 1;
  while (b >= 0 && lex.ADVERB_ENDING.test(seg.tokens[b]?.lower ?? '')) b--;
  const before = seg.tokens[b]?.lower ?? '';
  const pronoun = lex.CONTRACTED_PRONOUN.exec(before)?.[1];
  if (lex.PASSIVE_AUXILIARIES.has(before) || (pronoun !== undefined && pronoun !== before)) return false;
  // a verb of saying proper and its "that" report whoever they are by ("Those close to him say that …": a speaker
  // phrase the engine could not read)
  return !(lex.SPEECH_LEMMAS.has(f.cue.lemma) && lex.COMPLEMENTIZERS.has(seg.tokens[f.cue.last + 1]?.lower ?? ''));
}

/** What the rules read of the whole article: each block's furniture verdict, cached. */
export interface JudgeContext {
  furniture: Map<number, boolean>;
}

export function judgeContext(_seg: Segmented, _frames: readonly Frame[]): JudgeContext {
  return { furniture: new Map() };
}

/**
 * Whether the model may drop a frame: only a cue verb's with its content after it, where a deed's object stands
 * ("declined 0.1 per cent"); a label, a dash, "according to" and a colon have no other sense, "…, traders said"
 * reports whatever the model thinks of it (dev F1 70.84 either way, and "Stocks fell sharply, traders said" stays),
 * and a headline's clipped grammar ("Port authority says toll to rise") the model, trained on paragraphs, reads as a
 * deed. Those keep their frames with their low confidence.
 */
export function mayDrop(seg: Segmented, f: Frame): boolean {
  const block = seg.tokens[f.cue.first]?.block ?? -1;
  const after = (f.content[0]?.first ?? 0) > f.cue.last;
  return after && f.cue.kind === 'verb' && seg.blocks[block]?.kind !== 'headline';
}

/** Why the rules refuse `frame`, or null when they let the model judge it. */
export function refusalOf(seg: Segmented, frame: Frame, context: JudgeContext): Refusal | null {
  const cueTok = seg.tokens[frame.cue.first];
  if (cueTok === undefined) return null;
  if (isFurnitureBlock(seg, cueTok.block, context.furniture)) return 'furniture';
  const label = labelRefusal(seg, frame);
  if (label !== null) return label;
  if (isWritersVoice(seg, frame)) return 'writer';
  if (isTitle(seg, frame)) return 'title';
  if (frame.cue.kind === 'according') return inKeepingWith(seg, frame) ? 'in keeping with' : null;
  if (frame.cue.kind !== 'verb') return null;
  if (startsWithMeasure(seg, frame)) return 'measure';
  if (deedFollows(seg, frame)) return 'deed';
  if (isPassiveDeed(seg, frame)) return 'passive deed';
  if (isHypothetical(seg, frame)) return 'hypothetical';
  if (isOpeningParticiple(seg, frame)) return 'opening participle';
  if (thingFollows(seg, frame)) return 'thing';
  if (isNaming(seg, frame)) return 'naming';
  if (namesOnlyATopic(seg, frame)) return 'topic';
  if (isCounterfactual(seg, frame)) return 'counterfactual';
  return null;
}

/**
 * A report that was never made: a modal and the perfect before the cue outside quotation marks ("For its part, Uber
 * might have suggested that it would …", "she would have said that …"), the writer imagining what someone could have
 * said. PolNeAR annotates them ("would have described"), so the PolNeAR contract keeps them (MENTION_ONLY).
 */
function isCounterfactual(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  if (lex.COUNTERFACTUAL_AUXILIARIES === undefined || regionOf(seg, frame.cue.first) !== undefined) return false;
  let b = frame.cue.first - 1;
  while (b >= 0 && lex.ADVERB_ENDING.test(seg.tokens[b]?.lower ?? '')) b--;
  if (!lex.COUNTERFACTUAL_AUXILIARIES.has(seg.tokens[b]?.lower ?? '')) return false;
  b--;
  while (b >= 0 && (lex.ADVERB_ENDING.test(seg.tokens[b]?.lower ?? '') || lex.NEGATIONS.has(seg.tokens[b]?.lower ?? ''))) b--;
  return lex.MODALS.has(seg.tokens[b]?.lower ?? '');
}

function isFurnitureBlock(seg: Segmented, block: number, cache: Map<number, boolean>): boolean {
  let verdict = cache.get(block);
  if (verdict === undefined) {
    verdict = seg.lexicon.isFurnitureLine(seg.blocks[block]?.text ?? '');
    cache.set(block, verdict);
  }
  return verdict;
}

/**
 * The frame with its content's leading dateline or section label left out: "LONDON (Reuters) - Oil prices fell,
 * analysts said" claims "Oil prices fell"; "MARKETS: In Europe, the DAX rose …, traders said" claims "In Europe, …".
 * A content opening its block with up to four words in capitals, an agency in brackets, then a colon or a dash.
 */
export function withoutLeadingLabel(seg: Segmented, frame: Frame): Frame {
  const content = frame.content[0];
  const range = content === undefined ? undefined : seg.blockTokens[seg.tokens[content.first]?.block ?? -1];
  if (content === undefined || range === undefined || range.first !== content.first || content.first >= frame.cue.first) return frame;
  let k = content.first;
  while (k < content.end && k - content.first < 4 && isAllCaps(seg.tokens[k])) k++;
  if (k === content.first) return frame;
  if (seg.tokens[k]?.text === '(' && seg.tokens[k + 2]?.text === ')' && seg.lexicon.NEWS_AGENCIES.has(seg.tokens[k + 1]?.lower ?? '')) k += 3;
  const mark = seg.tokens[k]?.text ?? '';
  if (mark !== ':' && !/^[–—―-]$/.test(mark)) return frame;
  k++;
  if (!hasWords(seg, k, content.end, 2)) return frame;
  return { ...frame, content: [{ first: k, end: content.end }, ...frame.content.slice(1)] };
}

/** Every letter of a word upper case, two letters or more: "MARKETS", "OTTAWA". */
function isAllCaps(tok: Token | undefined): boolean {
  if (tok === undefined || tok.kind !== 'word' || tok.text.length < 2) return false;
  // (most words open with a lower-case ASCII letter or go on with one: no upper-case copy made for those)
  const first = tok.text.charCodeAt(0);
  const second = tok.text.charCodeAt(1);
  if ((first >= 97 && first <= 122) || (second >= 97 && second <= 122)) return false;
  return tok.text === tok.text.toUpperCase() && tok.text !== tok.text.toLowerCase();
}

/**
 * A speaker that is an ALL-CAPS section label ("MARKETS: In Europe, …") or a dateline ("LONDON (Reuters) -",
 * "OTTAWA —"), or a content that opens with one before its cue ("MARKETS: …, traders said" keeps its claim).
 */
function labelRefusal(seg: Segmented, frame: Frame): Refusal | null {
  const lex = seg.lexicon;
  const source = frame.source;
  if (source === null || source.end <= source.first) return null;
  for (let t = source.first; t < source.end; t++) {
    const tok = seg.tokens[t];
    if (tok?.kind === 'word' && !isAllCaps(tok)) return null;
  }
  const after = seg.tokens[source.end];
  // a dateline: the place, then the agency in brackets or a dash
  if (after?.text === '(' && lex.NEWS_AGENCIES.has(seg.tokens[source.end + 1]?.lower ?? '')) return 'dateline';
  if (after !== undefined && /^[–—―-]$/.test(after.text) && frame.cue.kind !== 'dash') return 'dateline';
  for (let t = source.first; t < source.end; t++) {
    const tok = seg.tokens[t];
    if (tok?.kind === 'word' && lex.SECTION_LABELS.has(tok.lower)) return 'section label';
  }
  return null;
}

/**
 * "I think …", "we know …", "the editor I was talking to" outside quotation marks: the writer speaks, not a source —
 * never a claim, even in an article written in the first person throughout (issue 16: the writer's own voice is no
 * claim; PolNeAR annotates an op-ed writer's frames, dev attribution F1 70.8 → 70.5 for refusing them). The writer is
 * the speaker named, or, when none was taken, the subject standing right before the cue past its auxiliaries and
 * adverbs ("I was reading", "we could believe"; PolNeAR train: 0 of 5 such frames annotated).
 */
function isWritersVoice(seg: Segmented, frame: Frame): boolean {
  if (regionOf(seg, frame.cue.first) !== undefined) return false;
  const source = frame.source;
  let subject: number;
  if (source !== null && source.end - source.first === 1) subject = source.first;
  else if (frame.cue.kind === 'verb') subject = subjectBeforeCue(seg, frame);
  else return false;
  const tok = seg.tokens[subject];
  if (tok === undefined || !seg.lexicon.WRITER_PRONOUNS.has(tok.lower)) return false;
  return regionOf(seg, subject) === undefined;
}

/** The token before the cue past its auxiliaries and adverbs ("I [have long] said", "we [could] believe"). */
function subjectBeforeCue(seg: Segmented, frame: Frame): number {
  const block = seg.tokens[frame.cue.first]?.block;
  let b = frame.cue.first - 1;
  for (let steps = 0; steps < 4 && b >= 0; steps++, b--) {
    const tok = seg.tokens[b];
    if (tok === undefined || tok.block !== block || tok.kind !== 'word') break;
    if (!seg.lexicon.MODEL_AUXILIARIES.has(tok.lower) && !seg.lexicon.ADVERB_ENDING.test(tok.lower)) break;
  }
  return b;
}

function isNumber(tok: Token | undefined): boolean {
  if (tok === undefined || tok.kind === 'quote') return false;
  const c = tok.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const CURRENCY = new Set(['$', '£', '€', '¥', 'us$', 'c$', 'a$']);

/**
 * A content after its cue that is a measure — a number and its unit, a percentage, a sum — and then nothing but a
 * preposition, a time or the end: "declined 0.1 per cent to 20,115", "replied 17 seconds later". Not after a verb of
 * finding or one that names a hearer first: "found 90 percent support", "asked for $1.9 billion to fight …" report.
 */
function startsWithMeasure(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  const content = frame.content[0];
  if (content === undefined || content.first <= frame.cue.last) return false;
  if (lex.claimKindOf(frame.cue.lemma) === 'finding' || lex.HEARER_FIRST.has(frame.cue.lemma)) return false;
  // the words right after the verb, wherever the learned content start put the content ("declined 0.1 per cent | to …")
  let k = frame.cue.last + 1;
  const sum = CURRENCY.has(seg.tokens[k]?.lower ?? '');
  if (sum) k++;
  const num = seg.tokens[k];
  if (!isNumber(num) || num === undefined) return false;
  k++;
  // the unit, one or two words: "per cent", "seconds", "billion", "%"
  let units = 0;
  while (units < 2 && seg.tokens[k] !== undefined && (lex.MEASURE_UNITS.has(seg.tokens[k]?.lower ?? '') || seg.tokens[k]?.text === '%')) { k++; units++; }
  if (units === 0 && !sum && !num.text.endsWith('%')) return false;
  const end = frame.content[frame.content.length - 1]?.end ?? content.end;
  const next = seg.tokens[k];
  return k >= end || next === undefined || next.block !== num.block || lex.MEASURE_FOLLOWERS.has(next.lower);
}

/** One DEED_FOLLOWERS entry: its words, and how many words on from the cue they may start (0: right after it). */
interface DeedSequence { words: string[]; within: number }

/** How far on an entry opening with '…' may start ("asked the ferry company for comment"). */
const DEED_WITHIN = 4;

/** Each lexicon's DEED_FOLLOWERS as word sequences per lemma, split once. */
const DEED_SEQUENCES = new WeakMap<Lexicon, Map<string, DeedSequence[]>>();

function deedSequences(lex: Lexicon): Map<string, DeedSequence[]> {
  let map = DEED_SEQUENCES.get(lex);
  if (map === undefined) {
    map = new Map(Object.entries(lex.DEED_FOLLOWERS).map(([lemma, entries]) =>
      [lemma, entries.flatMap((entry) => {
        const within = entry.startsWith('… ') ? DEED_WITHIN : 0;
        return entry.slice(within === 0 ? 0 : 2).split('|').map((alternative) => ({ words: alternative.split(' '), within }));
      })]));
    DEED_SEQUENCES.set(lex, map);
  }
  return map;
}

/** The words right after the cue verb are those of a deed ("pleaded guilty", "claimed the title", "called off"). */
function deedFollows(seg: Segmented, frame: Frame): boolean {
  const sequences = deedSequences(seg.lexicon).get(frame.cue.lemma);
  if (sequences === undefined) return false;
  const first = frame.cue.first + 1;
  const block = seg.tokens[frame.cue.first]?.block;
  return sequences.some(({ words, within }) => {
    // a cue that reads on past the words to a verb of its own ("continued to insist", "continued to call for")
    // reports by that verb
    if (within === 0 && (frame.cue.last >= first + words.length || isCueVerb(seg.lexicon, seg.tokens[first + words.length]?.lower))) return false;
    for (let start = first; start <= first + within; start++) {
      if (words.every((w, j) => seg.tokens[start + j]?.lower === w)) return true;
      const tok = seg.tokens[start];
      if (tok === undefined || tok.block !== block || tok.kind !== 'word') return false;
    }
    return false;
  });
}

/**
 * What no one in particular would say: "Few would argue against …", "Anyone who has closed a deal will tell you …"
 * (the subject right before the modal is a word of no one in particular; outside quotation marks). A counterfactual
 * ("Uber might have suggested that …") is a mention only (isCounterfactual): PolNeAR annotates "would have described".
 */
function isHypothetical(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  const toks = seg.tokens;
  const before = toks[frame.cue.first - 1]?.lower ?? '';
  const modal = toks[frame.cue.first - 2]?.lower ?? '';
  return lex.MODALS.has(before) && lex.GENERIC_SUBJECTS.has(modal) && regionOf(seg, frame.cue.first) === undefined;
}

/**
 * A participle of a topic opening its sentence with no speaker of its own: "Talking about how he felt, he said …"
 * sets the scene for the report that follows, whose speaker is the main clause's ("Noting that …, Allen said" reports:
 * PolNeAR annotates it).
 */
function isOpeningParticiple(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  if (frame.source !== null || !lex.GERUND_ENDING.test(frame.cue.form) || !lex.TOPIC_PREPOSITIONS.has(seg.tokens[frame.cue.first + 1]?.lower ?? '')) return false;
  const sentence = seg.sentences[seg.sentenceOf[frame.cue.first] ?? -1];
  return sentence !== undefined && sentence.first === frame.cue.first && regionOf(seg, frame.cue.first) === undefined;
}

/** Whether `form` is a form of a listed cue verb ("insist", "calls"). */
function isCueVerb(lex: Lexicon, form: string | undefined): boolean {
  if (form === undefined) return false;
  const lemma = lex.lemmaOf(form);
  return lex.CUE_VERBS.some((verb) => verb.lemma === lemma);
}

/** How many words after a cue verb may stand before its object's head noun ("wrote the first of his many books"). */
const THING_HEAD_WINDOW = 8;

/**
 * The verb's object is a thing (THING_OBJECTS): "wrote books on the occult", "retweeted the story". Its head noun
 * stands among the first words after the verb, before any "that", quotation or stop, and no preposition opens them
 * ("wrote in her book that …" and "wrote on Twitter that …" report).
 */
function thingFollows(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  if (!Object.hasOwn(lex.THING_OBJECTS, frame.cue.lemma)) return false;
  const nouns = lex.THING_OBJECTS[frame.cue.lemma];
  const content = frame.content[0];
  if (nouns === undefined || content === undefined || content.first <= frame.cue.first) return false;
  const block = seg.tokens[frame.cue.first]?.block;
  for (let t = frame.cue.first + 1; t <= frame.cue.first + THING_HEAD_WINDOW; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.block !== block || tok.kind === 'quote' || (tok.kind === 'punct' && tok.text !== ',')) return false;
    if (lex.COMPLEMENTIZERS.has(tok.lower) || lex.WH_WORDS.has(tok.lower)) return false;
    if (t === frame.cue.first + 1 && lex.PREPOSITIONS.has(tok.lower)) return false;
    if (nouns.has(tok.lower)) return true;
  }
  return false;
}

/**
 * A participle of naming with no namer (NAMING_FORMS): "This is called a third-party request", "Called the
 * Temple of Isis, it was founded in 1888" — the passive (its subject is the thing named, not a speaker) or a
 * participle opening its sentence, no particle ("called on", "called for" report), and no "by" naming who named it
 * ("is called a flop by its critics" reports).
 */
function isNaming(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  if (!lex.NAMING_FORMS.has(frame.cue.form) || frame.cue.last !== frame.cue.first) return false;
  const content = frame.content[0];
  if (content === undefined || content.first <= frame.cue.last) return false;
  const next = seg.tokens[frame.cue.last + 1];
  if (next === undefined || lex.PREPOSITIONS.has(next.lower)) return false;
  const end = frame.content[frame.content.length - 1]?.end ?? content.end;
  for (let t = frame.cue.last + 1; t < end; t++) if (lex.AGENT_WORDS.has(seg.tokens[t]?.lower ?? '')) return false;
  let b = frame.cue.first - 1;
  while (b >= 0 && lex.ADVERB_ENDING.test(seg.tokens[b]?.lower ?? '')) b--;
  const before = seg.tokens[b];
  // a participle opening its sentence with no speaker before it ("Called the Temple of Isis, it …")
  const opensSentence = (before === undefined || before.block !== seg.tokens[frame.cue.first]?.block ||
    (before.kind === 'punct' && /^[.!?]$/.test(before.text))) && frame.source === null;
  // (not in apposition: "Tim Cook, called it 'crap'" is how PolNeAR's speakers often stand, and it reports)
  return opensSentence || lex.PASSIVE_AUXILIARIES.has(before?.lower ?? '');
}

/** How many words into a topic verb's object a "that", an "as" or a clause's verb still makes it a claim. */
const TOPIC_CLAUSE_WINDOW = 6;
/** How many words a quotation in a topic verb's object holds to be what was said, not a name or scare quotes. */
const TOPIC_QUOTED_CLAIM_WORDS = 4;

/**
 * A speech act whose object only names a topic (TOPIC_OBJECT_LEMMAS, or a cue ending in one of TOPIC_PARTICLES):
 * "condemned the attack", "apologized for his actions", "complained about the deficit for years". The reader learns
 * what was spoken about, not what was claimed, and a speech act with no claimed content is no claim (issue 16). It
 * reports when its object goes on as a clause or a quotation before the first stop: a "that" or a clause's verb in
 * its first words ("defended the company on the grounds that …", "announced it would close"), "as" and what the
 * object is called ("described the vote as illegitimate"), a quotation, or a wh-word ("described how …",
 * "expressed concern about how the vote might …"); the object must stand right after the verb ("As Lorenz recalled,
 * they had …" reports the clause after its comma).
 */
function namesOnlyATopic(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  const content = frame.content[0];
  if (content === undefined || content.first <= frame.cue.last || regionOf(seg, frame.cue.first) !== undefined) return false;
  // the word before the content: the cue's particle, or the last of the words the content start passed over
  // ("expressed concern about | the policy")
  const particle = content.first - 1 > frame.cue.first ? seg.tokens[content.first - 1]?.lower ?? '' : '';
  // (a thought's object is what it is about: "skeptical about the plan" stays a thought, shown on demand)
  const byParticle = lex.TOPIC_PARTICLES?.has(particle) === true && lex.claimKindOf(frame.cue.lemma) === 'statement';
  // "said nothing about the toll", "say little to nothing about how …": whatever the topic, nothing is claimed
  if (lex.claimKindOf(frame.cue.lemma) === 'statement' && saysNothing(seg, frame)) return true;
  if (!byParticle && lex.TOPIC_OBJECT_LEMMAS?.has(frame.cue.lemma) !== true) return false;
  const end = frame.content[frame.content.length - 1]?.end ?? content.end;
  const first = content.first;
  // an object stands right after the verb: "As Lorenz recalled, they had …" reports its clause after the comma
  const afterCue = seg.tokens[frame.cue.last + 1]?.kind;
  if (afterCue !== 'word' && afterCue !== 'quote') return false;
  const opening = seg.tokens[first];
  if (opening === undefined) return false;
  // a question word alone is a topic ("Experts have argued over why."); with its clause it reports ("described how …")
  if (opening.kind === 'word' && lex.WH_WORDS.has(opening.lower)) return isStop(seg.tokens[first + 1]);
  // a title in quotation marks opening the object names a work ("by announcing “Harbour Quest,” its first game")
  if (opening.kind === 'quote') {
    const region = regionOf(seg, first + 1);
    if (region === undefined || region.open !== first || !isTitleCase(seg, first + 1, region.close)) return false;
  } else if (opening.kind !== 'word') return false;
  // a verb of saying or thinking of its own ("recalls thinking at the time", "mentioned hearing") reports, and so does
  // an infinitive ("threatened to resign")
  if (isCueVerb(lex, opening.lower) || lex.INFINITIVE_MARKERS.has(opening.lower)) return false;
  for (let t = first; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined) break;
    if (tok.kind === 'quote') {
      // a quotation says what was said; a name, a title or a scare-quoted phrase in the object ("condemned the
      // actions of the “collective West”", "announcing “Super Mario Run,”") only names the topic
      const region = regionOf(seg, t + 1);
      if (region === undefined || region.open !== t ||
        (hasWords(seg, t, region.close, TOPIC_QUOTED_CLAIM_WORDS) && !isTitleCase(seg, t + 1, region.close))) return false;
      t = region.close;
      continue;
    }
    if (tok.kind === 'punct') break;
    if (t - first >= TOPIC_CLAUSE_WINDOW) continue;
    if (lex.COMPLEMENTIZERS.has(tok.lower) && isRelativeThat(seg, t, first)) continue;
    if (lex.COMPLEMENTIZERS.has(tok.lower) || lex.CLAUSE_VERBS.has(tok.lower) || lex.AS_WORDS.has(tok.lower)) return false;
    // a reason given: "attacked Reyes for raising the toll" says that she did
    if (lex.TOPIC_REASON_WORDS?.has(tok.lower) === true && lex.GERUND_ENDING.test(seg.tokens[t + 1]?.lower ?? '')) return false;
  }
  return true;
}

/**
 * "said nothing about the toll", "revealed little of the plan", "say little to nothing about how …": the verb's
 * object is a word of no content (NOTHING_SAID) before a preposition, "to" or a stop. Not before a clause's verb:
 * "said nothing would change" claims that.
 */
function saysNothing(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  const word = seg.tokens[frame.cue.first + 1];
  if (word === undefined || lex.NOTHING_SAID?.has(word.lower) !== true) return false;
  const next = seg.tokens[frame.cue.first + 2];
  return isStop(next) || next?.kind === 'punct' || lex.PREPOSITIONS.has(next?.lower ?? '') || lex.INFINITIVE_MARKERS.has(next?.lower ?? '');
}

/** A full stop, a question mark, a semicolon, or nothing: the end of a clause. */
function isStop(tok: Token | undefined): boolean {
  return tok === undefined || (tok.kind === 'punct' && (tok.text === '.' || tok.text === '?' || tok.text === '!' || tok.text === ';'));
}

/**
 * A "that" that opens a relative clause on the noun before it ("a term that describes the technology of tubing that
 * contains gas"), not a reported clause: it follows a word of the object and is followed by a verb, not by a
 * subject (a determiner, a pronoun, a name or a number: "on the grounds that its prices were fair" reports).
 */
function isRelativeThat(seg: Segmented, t: number, first: number): boolean {
  const lex = seg.lexicon;
  const prev = seg.tokens[t - 1];
  const next = seg.tokens[t + 1];
  if (t <= first || prev === undefined || prev.kind !== 'word' || next === undefined || next.kind !== 'word') return false;
  if (next.cap || isNumber(next) || lex.DETERMINERS.has(next.lower) || lex.SUBJECT_PRONOUNS.has(next.lower) ||
    lex.OBJECT_PRONOUNS.has(next.lower)) return false;
  return !lex.ADVERB_ENDING.test(next.lower);
}

/** Short words a title leaves in lower case ("A Paradise Built in Hell", "What They Are and How You Get Them"). */
const TITLE_WORD_MAX_LOWER = 4;

/**
 * Whether tokens [first, end) read as a title: the first word and two more capitalised, and no word in lower case
 * longer than four letters ("Harbour Quest Run", "A Paradise Built in Hell", "What They Are and How You Get Them");
 * a sentence in quotation marks has longer words in lower case ("We will close the quay"), a name alone too few.
 */
function isTitleCase(seg: Segmented, first: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let t = first; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word' || !/\p{L}/u.test(tok.text)) continue;
    if (words === 0 && !tok.cap) return false;
    words++;
    // (a word in capitals throughout is a shout or an acronym: "“WE WILL NOT CLOSE,” she said" is no title)
    if (tok.cap && tok.text !== tok.text.toUpperCase()) capitalised++;
    else if (tok.text.length > TITLE_WORD_MAX_LOWER) return false;
  }
  return capitalised >= 3;
}

/**
 * A title read as a report: a colon inside the quotation that holds its speaker, before words in title case ("“RIGS:
 * Mechanized Combat League”", a work's name and subtitle), a colon before a question word and a title in title case ("Superbugs: What They Are
 * and How You Get Them"), or a content before its cue whose quotations are all titles ("In her book “A Paradise Built
 * in Hell,” Rebecca Solnit wrote of …": the book is named, not quoted).
 */
function isTitle(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  const content = frame.content[0];
  if (content === undefined) return false;
  if (frame.cue.kind === 'colon') {
    const region = regionOf(seg, frame.cue.first);
    const end = frame.content[frame.content.length - 1]?.end ?? content.end;
    // (a transcript's turn in quotation marks, '"PENCE: Well, look, …', is no title: its words are a sentence's)
    if (region !== undefined && frame.source !== null && regionOf(seg, frame.source.first) === region && region.closed &&
      isTitleCase(seg, frame.cue.first + 1, Math.min(end, region.close))) return true;
    return content.first > frame.cue.first && lex.WH_WORDS.has(seg.tokens[content.first]?.lower ?? '') &&
      isTitleCase(seg, content.first, end);
  }
  if (frame.cue.kind !== 'verb' || content.first >= frame.cue.first) return false;
  let titles = 0;
  for (const range of frame.content) {
    for (let t = range.first; t < range.end; t++) {
      const region = regionOf(seg, t);
      if (region === undefined || region.open !== t) continue;
      if (!isTitleCase(seg, t + 1, region.close)) return false;
      titles++;
      t = region.close;
    }
  }
  return titles > 0;
}

/** "Rooms are priced according to how much they cost": "according to" in keeping with something, not a source. */
function inKeepingWith(seg: Segmented, frame: Frame): boolean {
  return seg.lexicon.NOT_SOURCES_AFTER_ACCORDING_TO.has(seg.tokens[frame.cue.last + 1]?.lower ?? '');
}

/**
 * "was charged with fraud", "were told to leave", "was found guilty": a passive of a verdict or an order with no
 * "that", no quotation and no speaker named by "by" names what happened to someone, not what anyone said.
 */
function isPassiveDeed(seg: Segmented, frame: Frame): boolean {
  const lex = seg.lexicon;
  if (!lex.PASSIVE_DEED_LEMMAS.has(frame.cue.lemma)) return false;
  let b = frame.cue.first - 1;
  while (b >= 0 && lex.ADVERB_ENDING.test(seg.tokens[b]?.lower ?? '')) b--;
  if (!lex.PASSIVE_AUXILIARIES.has(seg.tokens[b]?.lower ?? '')) return false;
  const content = frame.content[0];
  if (content === undefined || content.first <= frame.cue.last) return false;
  // an order ("were told to leave") only with an infinitive: "were told the plant would close" reports
  const order = lex.HEARER_FIRST.has(frame.cue.lemma) || lex.COMMAND_LEMMAS.has(frame.cue.lemma);
  const instruction = order && lex.INFINITIVE_MARKERS.has(seg.tokens[content.first]?.lower ?? '');
  if (order && !instruction) return false;
  const end = frame.content[frame.content.length - 1]?.end ?? content.end;
  for (let t = frame.cue.last + 1; t < end; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined) break;
    // a "that" inside an instruction's own clause ("were asked to stop when they felt that …") is not the cue's
    if (tok.kind === 'quote' || (!instruction && lex.COMPLEMENTIZERS.has(tok.lower)) || lex.AGENT_WORDS.has(tok.lower)) return false;
  }
  return true;
}
