/**
 * The engine's public data shapes: what goes in (ordered text blocks) and what comes out (actors and claims).
 * Every other layer (page, ui, cli, background) speaks in these types; this file imports nothing.
 */

/** The role a block of text plays in the article; the engine treats headlines differently from paragraphs. */
export type BlockKind = 'headline' | 'standfirst' | 'paragraph' | 'blockquote' | 'listItem';

/** One block of article text, in reading order. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

/**
 * A span of text inside one block: `start`/`end` are JavaScript string indices into `blocks[block].text`
 * (end exclusive). Spans never cross a block boundary; a span that runs over paragraphs is several spans.
 */
export interface Span {
  block: number;
  start: number;
  end: number;
}

/** How the content is reported: in quote marks, paraphrased, or paraphrase with quoted fragments inside. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * What the cue says about the writer's distance from the claim:
 * neutral ("said", "told"), distancing ("claimed", "alleged", "insisted"), hedged ("suggested", "hinted"),
 * or cognition (a belief or intention: "believes", "wants", "thinks").
 */
export type Stance = 'neutral' | 'distancing' | 'hedged' | 'cognition';

/**
 * 'unnamed' is a source the text describes without naming ("officials", "a source close to the talks"); 'unknown'
 * is the one actor holding the claims whose text gives no speaker at all (see unknown-actor.ts).
 */
export type ActorKind = 'person' | 'organisation' | 'document' | 'unnamed' | 'unknown';

/**
 * What kind of voice an actor is, as the article presents it (roles.ts): government/official, politician,
 * police/military/justice, expert/academic, business, advocacy/NGO/union, media/journalist, citizen/witness/affected
 * person, a document, an unnamed source given no role — or 'unknown' when the text does not say.
 */
export type SourceRole = 'official' | 'politician' | 'justice' | 'expert' | 'business' | 'advocacy' | 'media' |
  'citizen' | 'document' | 'unnamed' | 'unknown';

export interface Actor {
  /** Stable within one analysis: "a1", "a2", …; the unknown speaker's is always "unknown". */
  id: string;
  /** The fullest mention: "Ella Pamfilova", "Federation Council". */
  name: string;
  kind: ActorKind;
  /** Every mention attributed to this actor (names, pronouns, descriptions), in text order. */
  mentions: Span[];
  /** What the text says the actor is ("head of the Russian Central Election Commission"), when it says. */
  description?: string;
  /** For a document actor: the actor who wrote or issued it, when the text says. */
  authorId?: string;
  /**
   * What the reader corrected by hand, in words, oldest first ("renamed from “Smith”"). Never set by the engine:
   * only by the reader's corrections (src/shared/corrections.ts), so every view and export can mark it.
   */
  corrected?: string[];
  /** The kind of voice the article presents the actor as; analyze() always sets it ('unknown' when the text is silent). */
  role?: SourceRole;
  /** Why: the words of the article the role was read from, or the rule that fell back ("no title, job or body …"). */
  roleEvidence?: string;
}

/**
 * What a claim reports: speech or writing ('statement': said, told, wrote, announced, according to), what a document,
 * study, poll, court or data set shows ('finding': shows, found, concluded, ruled), or what someone thinks, feels or
 * plans ('thought': believes, hopes, expects, plans, decided, knows). Deeds are never claims.
 */
export type ClaimKind = 'statement' | 'finding' | 'thought';

/**
 * One reported statement by one speaker. A report with several speakers ("Clinton and Sanders said …", "Smith and
 * the mayor told reporters …", or "they" standing for such a group) is one claim per speaker, in the order named,
 * sharing cue and content, each with its own `source` (the conjunct naming that speaker; the pronoun for "they").
 * Chosen over one claim with co-actors because every view already lists, counts, colours and exports claims per
 * actor: the sidebar lists the claim under each speaker, the voices count each, the page paints each name in its
 * speaker's colour (the shared cue and content in both: the last painted shows), and a reader's correction names the
 * claim by cue and source (shared/corrections.ts). The PolNeAR extraction record (polnear-format.ts) counts them as
 * one attribution, as PolNeAR does, its source running from the first name to the last.
 */
export interface Claim {
  /** Stable within one analysis: "c1", "c2", … in text order. */
  id: string;
  /** What the claim reports: a statement, a finding or a thought (see ClaimKind). */
  kind: ClaimKind;
  /** How the content is reported: quoted, paraphrased, or both. */
  quote: QuoteKind;
  /**
   * The mention that names the speaker in this sentence ("she", "the document", "Pamfilova"), or null. A floating
   * quote (below) names nobody in its own paragraph: its source is the mention that named the speaker it goes on
   * with (the claim before it, or a person the paragraph before introduced), or null for the unknown speaker.
   */
  source: Span | null;
  /**
   * The reporting expression: "said", "told", "according to", "in a statement". A floating quote — a paragraph that
   * is a quotation and nothing else, with no cue word (engine/floating-quotes.ts) — has its opening quotation mark
   * as its one-character cue, and cueLemma 'quote'.
   */
  cue: Span;
  /**
   * The claimed content, one or more fragments in text order. A quotation interrupted by its cue ("“A,” X said.
   * “B.”", "“A,” X said, “B.”") is one claim with a fragment per quoted part, so each part can be found; so is a
   * quotation the writer leaves open over paragraphs (a fragment per paragraph). A closed quotation followed by a
   * quoted paragraph with no cue is two claims, as readers count quotes: the second is a floating quote with the
   * same speaker. (The PolNeAR extraction record, polnear-format.ts, joins such a floating quote back into the claim
   * before it as a further fragment, which is how PolNeAR annotates a quotation going on over paragraphs.)
   */
  content: Span[];
  /** The actor the claim belongs to after coreference; the unknown actor's id when the text gives no speaker. */
  actorId: string;
  /** The cue's base form: "say", "tell", "according to", "claim". */
  cueLemma: string;
  stance: Stance;
  /**
   * How likely the claim is a real report with the right span, 0–1, calibrated on PolNeAR dev (see confidence.ts):
   * below LOW_CONFIDENCE a claim is shown as uncertain.
   */
  confidence: number;
  /** What the reader corrected by hand ("speaker changed from “officials”"); never set by the engine (see Actor). */
  corrected?: string[];
  /**
   * The claim has no cue word and goes on in the reported mood with the report before it (German "Er sei bereit,
   * …"): the extraction record makes one attribution of a run of them, as SpkAtt annotates free indirect speech.
   */
  goesOn?: true;
}

export interface Analysis {
  blocks: TextBlock[];
  actors: Actor[];
  claims: Claim[];
}

export interface AnalyzeOptions {
  /** The article's language, as a tag ('en', 'en-GB'); English when not given. See src/engine/lexicon/. */
  language?: string;
  /** Debug tracing of each step; a no-op unless given. */
  debug?: (step: string, detail: unknown) => void;
  /**
   * Read as PolNeAR annotates (`whosaid extract`, `npm run eval`): PolNeAR counts as attributions two kinds of frame
   * a reader is shown no claim of — a speech act whose object only names a topic ("condemned the attack",
   * judge-frames.ts) and a paraphrase whose speaker is neither given nor found ("…, asking us to look deeper",
   * "outlining steps to combat …"): PolNeAR marks sourceless attributions, and its dev set holds 44 such among the
   * engine's 74. With this flag both stay claims, as thoughts, which a reader sees only on demand, are scored.
   */
  polnear?: boolean;
}
