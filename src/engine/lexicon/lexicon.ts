/**
 * The language seam: everything the engine's steps ask of a language, as one `Lexicon`. lexicon/en/ implements it
 * for English; another language is another folder implementing it, registered in lexicon/index.ts and chosen with
 * `AnalyzeOptions.language`. Word lists keep their constant names (a search for PREPOSITIONS finds the list and
 * every use); what each list holds is documented where a language defines it (lexicon/en/*.ts).
 */
import type { ClaimKind, SourceRole, Stance } from '../types.js';

/** A word or phrase that says a role ("senator", "chief inspector"); a weak one yields to a strong one beside it. */
export interface RoleWord {
  role: Exclude<SourceRole, 'document' | 'unnamed' | 'unknown'>;
  strong: boolean;
  /** How many words the entry spans. */
  words: number;
}

/** One reporting verb and everything the engine knows about it. */
export interface CueVerb {
  /** The base form, as claims report it ("say", "according to"). */
  lemma: string;
  /** Forms the suffix rules of lemmaOf() cannot undo ("said", "told", and a few they get wrong: "noted"). */
  forms?: readonly string[];
  /** The writer's distance from the content; 'neutral' when not given. */
  stance?: Stance;
  /** The first complement is the hearer, not the content: "told reporters that …", "urged Congress to …". */
  hearerFirst?: true;
  /** The participle that continues a report after a comma with the same speaker: ", adding that …". */
  participle?: string;
  /** Particles (or phrases) that belong to this verb's cue beyond the general ones: "pointed to", "quoted as saying". */
  particles?: readonly string[];
  /** General particles this verb does not take: "said of" is the cue "said" and content. */
  refusesParticles?: readonly string[];
  /**
   * Forms switched on whatever the learned counts say: rare in PolNeAR but unmistakable in news about statements
   * and documents ("the document states", "it praised"). Each maps to the words one of which must follow,
   * separated by '|' ('' for none): "states" only before "that" or a sentence break.
   */
  alwaysOn?: Readonly<Record<string, string>>;
  /**
   * A cue only with one of these words right after it, however often the learned counts switch its forms on:
   * "weighed in on the deal" reports, "the console weighs 8.4 pounds" measures.
   */
  onlyBefore?: readonly string[];
  /** A verb of saying proper: a clause opening with it is a report in its own right. */
  speech?: true;
  /** Its content may open with a preposition ("asked about …"); for other verbs that is an adjunct. */
  contentMayOpenWithPreposition?: true;
}

/** Per cue word: [matched, extracted] for content before the cue, after it with a speaker, and with none. */
export type CueCounts = readonly [number, number, number, number, number, number];

type Words = ReadonlySet<string>;

export interface Lexicon {
  /** The language's tag, as `AnalyzeOptions.language` names it: 'en'. */
  language: string;

  // cue verbs (one entry each) and the views the steps read
  CUE_VERBS: readonly CueVerb[];
  lemmaOf(form: string): string;
  inflectionCandidates(lemma: string): string[];
  stanceOf(lemma: string): Stance;
  /** What a claim with this cue reports, from its lemma alone (FINDING_LEMMAS, THOUGHT_LEMMAS): else a statement. */
  claimKindOf(lemma: string): ClaimKind;
  // claim kinds in context (claim-kind.ts): verbs that find, the particles that make them say, evidence and courts
  INQUIRY_LEMMAS: Words;
  EVIDENCE_LEMMAS: Words;
  JUDGMENT_LEMMAS: Words;
  SAYING_PARTICLES: ReadonlyMap<string, string>;
  EVIDENCE_SOURCE_NOUNS: Words;
  COURT_SOURCE_NOUNS: Words;
  COURT_TITLES: Words;
  SOURCE_HEAD_ENDERS: Words;
  /** How many words after a cue verb belong to its cue as a particle; `wordAt(k)` is the k-th word after it. */
  particleLength(lemma: string, wordAt: (k: number) => string | undefined): number;
  ACCORDING_TO: { readonly words: readonly [string, string]; readonly lemma: string };
  HEARER_FIRST: Words;
  SPEECH_LEMMAS: Words;
  CONTENT_MAY_OPEN_WITH_PREPOSITION: Words;
  /** Prepositions that open a topic, the only ones such a verb's content may open with ("spoke about …"). */
  TOPIC_PREPOSITIONS: Words;
  /** Nouns of a length of time ("for hours"). */
  DURATION_NOUNS: Words;
  /** Words of quantity before such a noun ("about five minutes"). */
  DURATION_QUANTIFIERS: Words;
  /** Nouns that make a run of time words a time ("This year"). */
  TIME_NOUNS: Words;
  /** Question words, which open a clause ("how", "what", "whom"). */
  WH_WORDS: Words;
  PARTICIPLE_FORMS: Words;
  ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>>;
  FINITE_REPORT_VERB: RegExp;
  CLAIM_TRAP_NOUNS: Words;
  /** Words after "say" that make it no report ("said goodbye"). */
  SAY_TRAP_WORDS: Words;
  /** Per lemma, the words one of which must follow any of its forms for it to be a cue (CueVerb.onlyBefore). */
  ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>>;
  /** Set phrases in which a cue word reports nothing ("needless to *say*"): the starred word is the cue word. */
  CUE_IDIOMS: readonly string[];
  /** Verbs of seeming, cues only before "to" and a cue verb ("appeared to suggest"). */
  HEDGE_LEMMAS: Words;
  /** Kinds of show ("a radio show"): "show" after them is a noun. */
  SHOW_KINDS: Words;
  /** Lemmas that report a command only with a clause or an infinitive after them ("ordered them to leave"). */
  COMMAND_LEMMAS: Words;
  // what is never a claim (lexicon/en/not-claims.ts; step 3d, judge-frames.ts)
  /** Words after a number that make it a measure ("0.1 per cent", "17 seconds"). */
  MEASURE_UNITS: Words;
  /** Words after a measure that leave it one ("declined 40 percent in May"); any other word may open a clause. */
  MEASURE_FOLLOWERS: Words;
  /** Per cue lemma, the words after it that make it a deed ("pleaded guilty", "called off"); '|' between alternatives. */
  DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>>;
  /** Lemmas whose passive with no clause after it names what happened to someone ("was charged", "were told to leave"). */
  PASSIVE_DEED_LEMMAS: Words;
  /** Per cue lemma, head nouns of an object that is a thing, not what was said ("wrote books", "retweeted the story"). */
  THING_OBJECTS: Readonly<Record<string, Words>>;
  /** Participles of naming: naming a thing ("a shape called …", "is called …") with no namer is no report. */
  NAMING_PARTICIPLES: Words;
  /** Words after "according to" that make it "in keeping with" ("priced according to how …"), not a source. */
  NOT_SOURCES_AFTER_ACCORDING_TO: Words;
  /** First-person subjects: outside quotation marks, the writer's own voice. */
  WRITER_PRONOUNS: Words;
  /** Words of an ALL-CAPS section label before a colon ("MARKETS:"): never a speaker. */
  SECTION_LABELS: Words;
  /** News agencies in brackets after a dateline ("LONDON (Reuters) -"). */
  NEWS_AGENCIES: Words;
  /** Whether a line of a text read without its page is page furniture ("Continue reading the main story"). */
  isFurnitureLine(line: string): boolean;
  /** Precision of each cue word learned from an annotated corpus in this language (scripts/learn-cues.ts). */
  LEARNED_CUES: Readonly<Record<string, CueCounts>>;
  LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>>;

  // function words
  ABBREVIATIONS: Words;
  PHRASE_BREAKERS: Words;
  BETWEEN_SUBJECT_AND_CUE: Words;
  NEGATIONS: Words;
  PREPOSITIONS: Words;
  TIME_WORDS: Words;
  DETERMINERS: Words;
  ARTICLES: Words;
  POSSESSIVES: Words;
  CONTEXT_DETERMINERS: Words;
  CONTEXT_PREPOSITIONS: Words;
  CUE_PREFIX: Words;
  /** Word classes of the span tagger's features (model/span-tagger.ts tokenClass). */
  MODEL_PRONOUNS: Words;
  MODEL_AUXILIARIES: Words;
  MODEL_PREPOSITIONS: Words;
  PASSIVE_AUXILIARIES: Words;
  /** Modal verbs ("will", "could"): the word right before one ends its subject. */
  MODALS: Words;
  /** -s forms of cue verbs as often plural nouns: before a modal they are ("these forecasts will …"). */
  PLURAL_NOUN_FORMS: Words;
  SUBORDINATE_OPENERS: Words;
  SUBORDINATORS: Words;
  ADJUNCT_CONJUNCTIONS: Words;
  BARE_CUE_OPENERS: Words;
  CLAUSE_JOINERS: Words;
  SENTENCE_CONNECTIVES: Words;

  // pronouns
  PERSON_PRONOUNS: Words;
  THING_PRONOUNS: Words;
  PLURAL_PRONOUNS: Words;
  SPEAKER_PRONOUNS: Words;
  THIRD_PERSON_SUBJECTS: Words;
  SUBJECT_PRONOUNS: Words;
  SECOND_REPORT_SUBJECTS: Words;
  OBJECT_PRONOUNS: Words;
  PERSONAL_PRONOUNS: Words;
  RELATIVE_PRONOUNS: Words;
  RELATIVE_WORDS: Words;
  RELATIVES_AFTER_SPEAKER: Words;

  // days and months, as written
  WEEKDAYS: Words;
  MONTHS: Words;
  MONTHS_AND_DAYS: Words;

  // actors: titles, head nouns, speaker and hearer openers, first names
  TITLES: Words;
  /** Titles only a person bears: the name after one is a person's. */
  PERSON_TITLES: Words;
  DOCUMENT_NOUNS: Words;
  ORGANISATION_NOUNS: Words;
  UNNAMED_SOURCE_NOUNS: Words;
  /** Plural nouns for people that do not end in -s ("people", "police"): a "they" may stand for them. */
  PLURAL_PERSON_NOUNS: Words;
  /** Whether a lower-case noun names people ("officials", "workers", "economists", "an employee"), not things. */
  isPersonNoun(lower: string): boolean;
  INDEFINITE_DETERMINERS: Words;
  SPEAKER_LEAD_WORDS: Words;
  SPEAKER_PHRASE_STARTS: Words;
  HEARER_WORDS: Words;
  NOT_A_NAME_ALONE: Words;
  FEMALE_FIRST_NAMES: Words;
  MALE_FIRST_NAMES: Words;

  // source roles (roles.ts): role words and the constructions around a name that carry them
  ROLE_WORDS: ReadonlyMap<string, RoleWord>;
  ROLE_WORDS_MAX: number;
  ROLELESS_SOURCE_NOUNS: Words;
  ROLELESS_ALONE: Words;
  NOBODY: Words;
  ROLE_BODY_WORDS: Words;
  APPOSITION_HEAD_ENDS: Words;
  ROLE_WINDOW_BREAKERS: Words;
  BUSINESS_FOLLOWERS: Words;
  BUSINESS_OF: Words;
  ROLE_ANAPHORS: Words;
  ROLE_DOCUMENT_HEADS: Words;
  APPOSITION_OPENERS: Words;
  ROLE_COPULAS: Words;
  COPULA_ADVERBS: Words;
  PEOPLE_OF_A_PLACE: RegExp;
}
