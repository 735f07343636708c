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

  // constructions other languages have and English does not (optional: English leaves them out)
  /** Double quotation marks that always open and always close a quotation ("„" and "”" in German, whose „…“ closes with “). */
  QUOTE_MARKS?: { readonly open: readonly string[]; readonly close: readonly string[] };
  /** Ordinals are written with a full stop ("am 3. Oktober"): a short number before one ends no sentence. */
  ORDINAL_FULL_STOP?: true;
  /** Reports in verb-second order, read by constructions/clause-reports.ts instead of English's constructions. */
  CLAUSE_REPORTS?: ClauseReportWords;
}

/**
 * The words of a verb-second language's reports (German; constructions/clause-reports.ts): the cue verbs come from
 * CUE_VERBS and ALWAYS_ON_VERB_FORMS; these are the rest.
 */
export interface ClauseReportWords {
  /** A main-clause verb form whose particle stands at the clause's end → per particle, the verb ("teilte" … "mit"). */
  separatedParticles: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Auxiliaries and modals: a finite verb before a participle or infinitive cue ("hat … gesagt"). */
  auxiliaries: Words;
  /** Prepositions whose object is the source: "laut X", "gemäß X". */
  sourcePrepositions: Words;
  /** A preposition that reports only before a noun of report ("nach Angaben der Polizei"), or after one ("seiner Meinung nach"). */
  reportNounPrepositions: Words;
  /** Nouns of report after such a preposition ("Angaben"); compounds ending in one count ("Polizeiangaben"). */
  reportNouns: readonly string[];
  /** Postpositions whose object is the source: "X zufolge". */
  sourcePostpositions: Words;
  /** Adverbs that are cue and source at once, opening a sentence: "Demnach …". */
  sourceAdverbs: Words;
  /** A word after a comma that opens a speaker incise after the content: "…, so der Minister." */
  inciseMarkers: Words;
  /** A word opening a clause whose speaker and verb-final cue frame the other clause: "…, wie der Minister sagte." */
  comparisonOpeners: Words;
  /** Subordinators that may open a clause holding speaker and verb-final cue before the content ("nachdem X erklärt hatte, …"). */
  subordinators: Words;
  /** Words that end a speaker phrase read rightwards: prepositions, time words, conjunctions, adverbs. */
  phraseEnders: Words;
  /** Articles and determiners that open a speaker phrase, and genitive articles that continue one ("des", "der"). */
  phraseOpeners: Words;
  genitiveArticles: Words;
  /** Words that go on with a speaker phrase before another noun: "und", and prepositions of origin ("von", "aus", "in"). */
  phraseJoiners: Words;
  /** The subject of an impersonal cue ("es" in "heißt es"): such a cue needs no speaker. */
  impersonalSubject: string;
  /** Cue lemmas whose object alone is a report in a main clause ("bestätigte die Festnahme", "kritisierte den Plan"). */
  summingLemmas: Words;
  /** Cue lemmas whose passive subject is the speaker ("X wird mit den Worten zitiert"). */
  passiveSpeakerLemmas: Words;
  /** Reflexive pronouns between a cue and its inverted speaker ("äußerte sich der Präsident"). */
  reflexives: Words;
  /** Passive auxiliaries: a participle cue after one has no speaker as subject ("wurde festgestellt"). */
  passiveAuxiliaries: Words;
  /** Words that open a reported clause after a comma ("dass", "ob", question words). */
  contentOpeners: Words;
  /** Conjunctions that join another clause, so that what follows is not the cue's content ("und", "oder"). */
  clauseJoiners: Words;
  /** Subject pronouns that are a speaker on their own ("er", "sie"). */
  subjectPronouns: Words;
  /** Finite verbs of the reported mood (German Konjunktiv I: "sei", "habe"): a sentence with one continues the last report. */
  reportedMoodVerbs: Words;
  /** Modals that report hearsay only when one of `perfectClosers` closes their sentence ("soll … gestorben sein"). */
  reportiveModals: Words;
  perfectClosers: Words;
  /** The lemma claims read from the reported mood alone report. */
  reportedMoodLemma: string;
  /** Words that make a reported-mood verb no report: a condition or a wish ("wenn", "als ob"). */
  reportedMoodBreakers: Words;
}
