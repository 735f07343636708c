/**
 * The language seam: everything the engine's steps ask of a language, as one `Lexicon`. lexicon/en/ implements it
 * for English; another language is another folder implementing it, registered in lexicon/index.ts (or by its own
 * bundle, registerLexicon) and chosen with `AnalyzeOptions.language`; tests/engine/toy-language/ is a whole one,
 * small. No step holds a word: words, endings, quotation marks, titles, pronouns, months, abbreviations, the learned
 * cue table (LEARNED_CUES, optional) and the learned models (MODELS) are all here. A language without learned cues
 * or models runs on its rules alone. The optional fields at the end read as empty when a language leaves them out.
 * Word lists keep their constant names (a search for PREPOSITIONS finds the list and every use); what each list holds
 * is documented where a language defines it (lexicon/en/*.ts), or here in one line.
 */
import type { Actor, ClaimKind, SourceRole, Stance } from '../types.js';
import type { PackedBoundsModel, SerializedBoundsModel, SerializedReportModel } from '../model/serialized.js';

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

/**
 * A token as a language's splitTokens reads and makes it: the shape of tokens.ts's Token, repeated here because
 * tokens.ts reads this file (a type import back would be a cycle).
 */
/** A language's reading of a speaker phrase (Lexicon.readSpeakerPhrase): a body or a person named, or a description, by its tokens. */
export interface SpeakerPhraseReading {
  named: boolean;
  actorKind: 'organisation' | 'unnamed' | 'person';
  head: string;
  first: number;
  end: number;
}

export interface LexiconToken {
  block: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  cap: boolean;
  quoteRole?: 'open' | 'close' | 'either';
}

/**
 * A phrase that names its source without a verb of its own: "according to X", "selon X", "d'après X", "laut X",
 * "nach Angaben von X" (the source after it), "X zufolge" (the source before it).
 */
export interface AccordingToPhrase {
  /** Its words, lower case, in order: ['according', 'to'], ['selon'], ['nach', 'angaben', 'von'], ['zufolge']. */
  words: readonly string[];
  /** 'prefix': the source follows the phrase ("according to X"); 'postposition': it precedes it ("X zufolge"). */
  position: 'prefix' | 'postposition';
  /** The lemma its claims report ("according to", "selon", "laut"). */
  lemma: string;
  /**
   * Only opening its sentence, before a name or a noun for a speaker and a comma: "Pour la ministre, …" reports,
   * "Pour repérer ces personnes, …" does not.
   */
  opensSentence?: true;
  /**
   * Only before a source: a name, a determiner, a pronoun for someone or a noun for people ("selon le ministère";
   * not "selon que …", "selon nous", "selon toute vraisemblance").
   */
  needsSource?: true;
  /**
   * Where the source starting at `first` ends, given that it would end at `end`: past an apposition between commas
   * ("Para o líder da oposição, deputado Marcos Vieira, …").
   */
  sourceEnd?(tokens: readonly LexiconToken[], first: number, end: number, sentenceEnd: number): number;
}

/**
 * The learned models trained on this language's text, as the generated weights `npm run train` writes. A model
 * left out is not applied: its step keeps what the rules proposed (model/default-bounds.ts parses them per lexicon).
 */
export interface LexiconModels {
  /** Step 3c, where each content starts (model/content-bounds.ts). */
  contentStarts?: SerializedBoundsModel | PackedBoundsModel;
  /** Step 4, where each source phrase starts and ends (model/source-bounds.ts). */
  sourceBounds?: SerializedBoundsModel | PackedBoundsModel;
  /** Step 3d, how likely a frame is a report, its confidence (model/report-model.ts). */
  reports?: SerializedReportModel;
}

/** Per cue word: [matched, extracted] for content before the cue, after it with a speaker, and with none. */
export type CueCounts = readonly [number, number, number, number, number, number];

type Words = ReadonlySet<string>;

export interface Lexicon {
  /** The language's tag, as `AnalyzeOptions.language` names it: 'en' (its primary subtag: 'en-GB' reads it too). */
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
  /** The phrases that name a source without a verb ("according to", "selon", "laut", "zufolge"), longest first. */
  ACCORDING_TO: readonly AccordingToPhrase[];
  /** The lemma of the plain verb of saying ("say", "sagen", "dire"): the cue of a colon, a dash or a transcript label. */
  SAY_LEMMA: string;
  /** Lemmas of verbs that say what they claim; before CLAIM_TRAP_NOUNS ("claimed the lives of") they report nothing. */
  CLAIM_TRAP_LEMMAS: Words;
  /** Forms of a verb that is also a noun after SHOW_KINDS ("show", "shows": "a radio show"). */
  SHOW_FORMS: Words;
  /** Forms that name rather than report after a plain lower-case word ("a program called X"): 'called'. */
  NAMING_FORMS: Words;
  /** Words before NAMING_FORMS that always make it naming ("so-called": 'so'). */
  NAMING_PREFIXES: Words;
  /** Lemmas that name in an "as"-clause passive ("as it is called"): 'call'. */
  NAMING_LEMMAS: Words;
  /** Lemmas of a reporter's credit line before CREDIT_PREPOSITIONS and a name ("Jane Doe reported from Kabul"). */
  CREDIT_LEMMAS: Words;
  /** The prepositions of such a credit line ('from'; "aus", "depuis"). */
  CREDIT_PREPOSITIONS: Words;
  /** Lemmas with which an organisation reports as the news does ("as Reuters reported"): its role is media. */
  NEWS_LEMMAS: Words;
  /** Lemmas whose cue, after "…,” and before the source, may report for an outer speaker ("say", "add", "tell"). */
  OUTER_REPORT_LEMMAS: Words;
  /** Whether a learned-table form is inflected enough to borrow its lemma's counts (English: /^[a-z]{4,}$/). */
  INFLECTED_FORM: RegExp;
  /** A past or participle of a listed verb that reports before a complementizer whatever its counts ("pledged that"). */
  PAST_OR_PARTICIPLE_FORM: RegExp;
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
  /** Words after "according to" that make it "in keeping with" ("priced according to how …"), not a source. */
  NOT_SOURCES_AFTER_ACCORDING_TO: Words;
  /** Subjects of no one in particular before a modal and a cue ("Few would argue"): no report. */
  GENERIC_SUBJECTS: Words;
  /** First-person subjects: outside quotation marks, the writer's own voice. */
  WRITER_PRONOUNS: Words;
  /** Words of an ALL-CAPS section label before a colon ("MARKETS:"): never a speaker. */
  SECTION_LABELS: Words;
  /** News agencies in brackets after a dateline ("LONDON (Reuters) -"). */
  NEWS_AGENCIES: Words;
  /** Whether a line of a text read without its page is page furniture ("Continue reading the main story"). */
  isFurnitureLine(line: string): boolean;
  /**
   * Precision of each cue word learned from an annotated corpus in this language (scripts/learn-cues.ts), and per
   * word and following context. A language without them leaves both out: every form of CUE_VERBS is then a cue in
   * every construction (find-cues.ts rulesCueConfig), the rules alone.
   */
  LEARNED_CUES?: Readonly<Record<string, CueCounts>>;
  LEARNED_CUE_CONTEXTS?: Readonly<Record<string, CueCounts>>;

  // quotation marks (the tokenizer reads “ ” „ " « » '' `` as quotation marks in every language)
  /** Marks that always open a quotation in this language (en: “ „ « ``; de: „ »; fr: « “). */
  OPENING_QUOTES: Words;
  /** Marks that always close one (en: ” »; de: “ «; fr: » ”); any other mark goes by the spaces around it. */
  CLOSING_QUOTES: Words;
  /** Single-character marks read as quotation marks too in this language, beyond the double ones ('‚‘‹›'; en: ''). */
  EXTRA_QUOTE_MARKS: string;

  // word shapes: endings that mark a word class, as regular expressions anchored at the end (never backtracking)
  /** An adverb's ending ("quickly": /ly$/); a language without one gives a pattern that never matches: /(?!)/. */
  ADVERB_ENDING: RegExp;
  /** A past or passive participle's ending ("charged": /ed$/). */
  PAST_ENDING: RegExp;
  /** A present participle's or gerund's ending ("investigating": /ing$/). */
  GERUND_ENDING: RegExp;
  /** A plural noun's (or third-person verb's) ending ("officials": /[^s]s$/). */
  PLURAL_ENDING: RegExp;
  /** A possessive's ending on a name ("Merkel's", "Merkels"): /['’]s$/. */
  POSSESSIVE_ENDING: RegExp;
  /** A lower-case word with a verb's ending inside a speaker phrase ("faced", "investigating"). */
  hasVerbEnding(lower: string): boolean;
  /** A subject pronoun written with a contracted auxiliary ("we'll", "I'd"); group 1 is the pronoun. */
  CONTRACTED_PRONOUN: RegExp;
  /** A word with a contraction that makes a phrase a clause ("don't", "there's"). */
  CONTRACTION: RegExp;

  // function words
  /** Words that open a reported clause after a cue: "that" ("dass", "que", "qu'"). */
  COMPLEMENTIZERS: Words;
  /** Words that open an infinitive after a cue or a command: "to" ("zu", "de", "à"). */
  INFINITIVE_MARKERS: Words;
  /** The definite article's forms: "the" ("der", "die", "das", "le", "la", "les", "l'"). */
  DEFINITE_ARTICLES: Words;
  /** The indefinite article's forms: "a", "an" ("ein", "eine", "un", "une"). */
  INDEFINITE_ARTICLES: Words;
  /** The word that joins two conjuncts: "and" ("und", "et"). */
  AND_WORDS: Words;
  /** The word that links a name's parts or a role to its body: "of" ("von", "de", "du", "des"). */
  OF_WORDS: Words;
  /** The word that introduces a passive's agent: "by" ("von", "par"). */
  AGENT_WORDS: Words;
  /** The word of comparison and of "as"-clauses: "as" ("wie", "comme"). */
  AS_WORDS: Words;
  /** Lower-case words inside an organisation's name ("Bank of England", "Ministry for the Arts"). */
  NAME_JOINERS: Words;
  /** Words an acronym's letters skip ("Parliamentary Assembly of the Council of Europe" → PACE). */
  ACRONYM_SKIPPED: Words;
  /** Words that end a name read as a source ("Smith of …", "Smith, who …"): prepositions and relatives. */
  SOURCE_NAME_ENDERS: Words;
  /** Prepositions of place after a description ("officials in Kyiv"): it names people there, not the place. */
  PLACE_PREPOSITIONS: Words;
  /** Verbs that say who wrote a document ("the appeal, which was penned by …"). */
  AUTHORED_VERBS: Words;
  /** Auxiliaries between a document noun and AUTHORED_VERBS ("which was penned by"). */
  AUTHORED_AUXILIARIES: Words;
  /** Quantity phrases that open a noun phrase, not an adjunct ("at least", "at most"), as two words with a space. */
  QUANTITY_PHRASES: Words;
  /** Words whose full stop ends no sentence, lower case without the stop ("mr", "sen"; "dr", "z"; "mme"). */
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

  // speaker phrases (speaker-phrase.ts): what is no noun phrase
  /** Conjunctions, subordinators and sentence adverbs: they open a clause, never a name ("When Margaret Hamilton"). */
  CLAUSE_OPENERS: Words;
  /** Auxiliaries, copulas and linking verbs: inside a phrase they make it a clause ("information becomes"). */
  CLAUSE_VERBS: Words;
  /** Closed-class words beyond determiners, prepositions and the two above that are no head ("Few", "more"). */
  NOT_A_HEAD_WORDS: Words;
  /** Numerals among those, kept at a phrase's end ("the middle one"). */
  HEAD_NUMERALS: Words;
  /** Uncountable nouns that speak without an article ("research shows", "evidence suggests"). */
  BARE_SPEAKING_NOUNS: Words;
  /** Quantifiers that stand alone for people ("Some say …"): a mention, but nobody in particular. */
  QUANTIFIER_PRONOUNS: Words;
  /** Prepositions and conjunctions beyond PREPOSITIONS that a noun phrase may still hold ("around the country"). */
  INNER_PREPOSITIONS: Words;
  /** Auxiliaries that open a relative clause after a complementizer ("the officials that have said"). */
  RELATIVE_VERBS: Words;
  /** Relatives that cut a phrase before its restrictive clause ("a programmer who has released code"): who, which. */
  RELATIVE_CLAUSE_OPENERS: Words;
  /** Words that open a phrase naming a speaker before a role is read ("the", "its", "his"; roles.ts). */
  SPEAKER_OPENERS: Words;
  /** Possessives of a body ("its chair", "their spokesman"): the role comes from the body just named. */
  BODY_POSSESSIVES: Words;
  /** Prepositions of a role's body after a name ("Smith of the IMF", "Smith from Oxfam"). */
  ROLE_OF_WORDS: Words;

  // pronouns
  /** Pronouns that refer to a woman ("she", "her"; "sie", "elle"); the other PERSON_PRONOUNS refer to a man. */
  FEMALE_PRONOUNS: Words;
  /** Titles of a man ("mr"; "herr", "m"), lower case without their full stop. */
  MALE_TITLES: Words;
  /** Titles of a woman ("mrs", "ms", "miss"; "frau", "mme"). */
  FEMALE_TITLES: Words;
  /** Document nouns that say nothing of which document it is ("document", "text"). */
  GENERIC_DOCUMENT_NOUNS: Words;
  /**
   * The ending of a nationality adjective before a body's name ("Russian Central Election Commission" is the
   * commission: /(?:an|ese|ish|ian|ic)$/); left out, no word is stripped.
   */
  NATIONALITY_ENDING?: RegExp;
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

  // optional: a language that leaves one out reads it as empty (no word matches, nothing is stripped)
  /** Words that join a second report to a clause ("… and said that …", "…, but argues …"): and, but. */
  REPORT_JOINERS?: Words;
  /** Adverbs between such a joiner and the second cue ("… and also said …"): also. */
  JOINED_REPORT_ADVERBS?: Words;
  /** Prepositions that make a time word an adjunct of time ("on Friday"): on. */
  TIME_PREPOSITIONS?: Words;
  /** Prepositions that stay inside a title before a name ("the head of the commission", "secretary for health"). */
  TITLE_PREPOSITIONS?: Words;
  /** Singular nouns that end like a plural ("analysis", "status": /(?:is|us)$/): never a plural head. */
  SINGULAR_S_ENDING?: RegExp;
  /** Words that open a condition, never a subject ("if"). */
  CONDITIONALS?: Words;
  /** Lower-case words a person's name may hold ("Ludwig van Beethoven", "Charles de Gaulle"). */
  NAME_PARTICLES?: Words;
  /** A plural's possessive ending ("officials'": /s'$/), the apostrophe dropped when a role word is read. */
  PLURAL_POSSESSIVE_ENDING?: RegExp;
  /** A suffix that makes a name the owner of a business ("Amazon-owned": '-owned'); the word reads as the suffix. */
  OWNED_SUFFIX?: string;
  /** Whether a lower-case word right after a subject looks like its finite verb ("Mr. Rubio joined Democrats"). */
  isVerbAfterSubject?(lower: string): boolean;
  /**
   * Cue lemmas whose bare noun-phrase object names only a topic, not what was said ("condemned the attack",
   * "apologized for his actions"): a claim only with a clause, a quotation or an "as" after them (judge-frames.ts).
   */
  TOPIC_OBJECT_LEMMAS?: Words;
  /**
   * Whether a paraphrase after its verb with no speaker read or found is no claim ("…, asking us to look deeper"):
   * judge-frames.ts speaksForNobody. English sets it from its judged pages; a language that leaves it out keeps them.
   */
  SPEAKERLESS_PARAPHRASE_IS_NO_CLAIM?: boolean;
  /** Words that give a reason after a topic verb's object, a claim before a gerund ("attacked Reyes for raising …"). */
  TOPIC_REASON_WORDS?: Words;
  /** Particles that make any cue's bare object a topic ("complained about the deficit", "boasted of concessions"). */
  TOPIC_PARTICLES?: Words;
  /** Objects of a verb of saying that claim nothing before a preposition or a stop ("said nothing about", "little"). */
  NOTHING_SAID?: Words;
  /** The perfect's auxiliary after a modal: a report that was never made ("might have suggested"): 'have'. */
  COUNTERFACTUAL_AUXILIARIES?: Words;

  // constructions English does not have (optional: a language without one leaves it out)
  /**
   * Splits the clitics a language's words carry into tokens of their own, on one block's tokens from `from`, in place:
   * French elision and inverted pronouns ("l'avocat", "a-t-il"), and its single guillemets (lexicon/fr/split-words.ts).
   */
  splitTokens?(tokens: LexiconToken[], from: number): void;
  /**
   * Reads the dialogue dash as quotation marks, on one block's tokens from `from`, in place: "—Es un error —dijo el
   * ministro—. No lo aceptaremos." quotes the speaker's words around the narrator's incise. Built for a language's
   * dashes by lexicon/dialogue-dash.ts (`dialogueDashReader('—―')`); step 1 calls it after splitTokens.
   */
  readDialogueDashes?(tokens: LexiconToken[], from: number): void;
  /**
   * A pro-drop language, which drops its subject pronouns: a cue with no subject ("Dijo que …", "«…», comentó.") goes
   * on with the report before it, and is credited to that report's speaker as a floating quote is (constructions/frame.ts).
   */
  PRO_DROP?: true;
  /**
   * People bear two surnames ("Andrés Manuel López Obrador"): the first surname alone ("López") and the pair ("López
   * Obrador") name the person a name of three words or more gives in full, as the last one does ("Obrador").
   */
  SECOND_SURNAMES?: true;
  /**
   * The article's table of full names reads a name whole across its NAME_PARTICLES ("Luiz Inácio Lula da Silva", not
   * "Luiz Inácio Lula" and "Silva"), keyed by the surnames around them, never by the particle.
   */
  FULL_NAME_PARTICLES?: true;
  /**
   * Past a time adjunct between a cue and its clause ("anunció el pasado sábado que …", "remarcó este martes que …"):
   * the index of the complementizer after the adjunct starting at `at`, or `at`. The cue is then read as standing
   * before its clause (cue.ts contextOf), so a verb that reports only before one still does. Built from the adjunct's
   * words by lexicon/time-adjunct.ts (`timeAdjunctReader`).
   */
  pastTime?(tokens: readonly LexiconToken[], at: number): number;
  /** Auxiliaries that may stand before an inverted speaker and its cue: "…, a affirmé le ministre", "…, a-t-il dit". */
  INVERTED_AUXILIARIES?: Words;
  /** Words that may stand between an inverted cue and its speaker: "…, a déclaré jeudi le ministre". */
  INCISE_ADJUNCTS?: Words;
  /**
   * Participles that report only in a compound tense, after one of PERFECT_AUXILIARIES ("a déclaré", "a-t-il
   * confié", "s'est inquiétée"): alone or after a passive "être" they describe ("le texte, soutenu par …", "sera confié
   * à …").
   */
  COMPOUND_PARTICIPLES?: Words;
  /** The auxiliaries of the compound past ("a", "ont", "avait"); "être" forms count after a reflexive ("s'est"). */
  PERFECT_AUXILIARIES?: Words;
  /** Reflexive pronouns ("s'", "se"): "s'inquiète" reports, "inquiète les opposants" does not. */
  REFLEXIVES?: Words;
  /** Lemmas that report only with a reflexive pronoun before them ("s'inquiéter", "se féliciter"). */
  REFLEXIVE_LEMMAS?: Words;
  /**
   * The incise stands inside the quotation marks: "« Nous sommes prêts, explique le maire. Mais … »". A cue verb
   * right after a comma inside a quotation, with its inverted speaker and then a stop, is then read as a cue.
   */
  INCISES_IN_QUOTATIONS?: true;
  /** Words opening an as-clause around a report ("comme l'a dit le ministre"): constructions/as-clause.ts. */
  AS_CLAUSE_OPENERS?: Words;
  /** Openers of an as-clause whose content is the sentence before it: "Así lo explica Von der Leyen en una carta." */
  ANAPHORIC_AS_OPENERS?: Words;
  /** Openers of an as-clause with no object pronoun: "Según dijo el ministro, …", "…, según informó la Policía." */
  BARE_AS_OPENERS?: Words;
  /** Object pronouns standing for the content in an as-clause ("l'", "le"). */
  OBJECT_CLITICS?: Words;
  /** Words after which a cue form is a noun, not a verb: French contracted articles ("du juge", "des notes"). */
  NOUN_MARKERS?: Words;
  /** Phrases between an inverted cue and its speaker, words split by a space: "pour sa part", "de son côté". */
  INCISE_ADJUNCT_PHRASES?: readonly string[];
  /** Subjects that name no one who speaks: "Cela explique la hausse", "Ce qui est dit". */
  IMPERSONAL_SUBJECTS?: Words;
  /**
   * The articles that give a noun its grammatical gender, in a language whose "il" and "elle" stand for things and
   * bodies too ("la direction … elle", "le gouvernement … il"); left out, a gendered pronoun means a person.
   */
  FEMININE_ARTICLES?: Words;
  MASCULINE_ARTICLES?: Words;
  /** Lemmas that report only in an inverted incise, their speaker after them ("…, lance la députée", not "le combat continue"). */
  INCISE_ONLY_LEMMAS?: Words;
  /** Any noun for a person may be an inverted speaker ("…, a déclaré une poissonnière"), not only the listed ones. */
  PERSON_NOUN_SPEAKERS?: true;
  /** Prepositions of a hearer between an inverted cue and its speaker: "…, a déclaré à l'AFP Laurent Brun". */
  INCISE_HEARER_PREPOSITIONS?: Words;
  /** Words after a comma that end an inverted speaker's apposition: "…, a dit la ministre, Élisabeth Borne, lors de …". */
  APPOSITION_ENDERS?: Words;
  /** The language writes an article before a title and a name ("le maire Paul Girard"; English "Mayor Paul Girard"). */
  ARTICLE_BEFORE_TITLE?: true;
  /**
   * Whether a name is a headline's title and the body it serves, with no article or preposition between ("Ambasciatore
   * Israele", "Capo Unrwa"): one speaker, named alone by the title, not a person whose surname is the body's name;
   * left out, the title goes and the name after it is the speaker ("Ministro Salvini").
   */
  isTitleOfABody?(name: string): boolean;
  /**
   * Whether a short definite description ("O senador", as written) may stand for an actor who spoke before ("Pacheco
   * disse … O senador ponderou …"), given the actor's kind, name and the description the article gave them
   * ("presidente do Senado"); left out, a description goes back to no one this way.
   */
  titleRefersTo?(title: string, actor: Readonly<Pick<Actor, 'kind' | 'name' | 'description'>>): boolean;

  /** The models learned on this language's text; a language without any gives {} and runs its rules alone. */
  MODELS: LexiconModels;

  // constructions other languages have and English does not (optional: English leaves them out)
  /** Ordinals are written with a full stop ("am 3. Oktober"): a short number before one ends no sentence. */
  ORDINAL_FULL_STOP?: true;
  /**
   * A language's own reading of a speaker phrase tokens[first, end), before the one made for English (which takes the
   * last capitals for a name): German, whose nouns all have capitals, reads "Eine Sprecherin des Ministeriums" by its
   * first noun. Null: read as usual.
   */
  readSpeakerPhrase?(tokens: readonly LexiconToken[], first: number, end: number): SpeakerPhraseReading | null;
  /** Reports in verb-second order, read by constructions/clause-reports.ts instead of English's constructions. */
  CLAUSE_REPORTS?: ClauseReportWords;
  /**
   * The key a name is matched by whatever its case, in a language whose names decline (Russian "Путин", "Путина",
   * "Путину" are one actor; "Минобороны" is "Министерство обороны"): actor-table.ts looks actors up by it. Left out, a
   * name's key is its lower-case form.
   */
  nameKey?(name: string): string;
  /**
   * Whether a short definite description is a person written of again ("sagt der Franzose", "die 45-Jährige" after
   * the person was named), and their gender: German news names a person once and then by what they are. Given the
   * description's article and head noun; null when it is not such a description. Left out, a description stands for
   * itself.
   */
  personAnaphorGender?(article: string, head: string): 'f' | 'm' | null;
  /**
   * The language's annotated news (SpkAtt for German) counts a quotation inside reported content as an attribution of
   * its own, nested in the report ("sagte, das sei „ein gutes Ereignis“"): the tools ask for them in the extraction
   * record (languages.ts annotatesNestedQuotes, toExtractRecord's nestedQuotes). The reader's claims are not changed.
   */
  NESTED_QUOTES?: true;
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
  /** A preposition that reports only before a noun of report ("nach Angaben der Polizei"), or after one ("seiner Meinung nach"). */
  reportNounPrepositions: Words;
  /** Articles after such a preposition that make it one of time ("nach dem Urteil", "nach der Studie"). */
  temporalArticles: Words;
  /** Nouns of opinion before such a preposition used as a postposition ("seiner Meinung nach"; not "die Forderung nach"). */
  opinionNouns: Words;
  /**
   * The words that make a source phrase the subject's own account ("nach eigenen Angaben"): the speaker is the
   * sentence's subject, not the noun of report.
   */
  ownAccountWords: Words;
  /**
   * Adjectives of what is known so far, before a bare noun of findings: nobody's account ("nach bisherigen
   * Erkenntnissen"; before an opinion noun someone's, "nach bisherigen Angaben").
   */
  knowledgeAdjectives?: Words;
  /** A preposition naming where the words of an impersonal cue come from ("Aus dem Ministerium heißt es, …"). */
  originPrepositions: Words;
  /** A preposition before a document the words of an impersonal cue stand in ("In einem Bericht der BBC heißt es"). */
  documentPrepositions?: Words;
  /**
   * The third-person subjects beside which a verb of this ending is in the reported mood even when unlisted ("Er
   * schäme sich", "Nun brauche es …"): the subject opening the sentence and the verb after it, or the verb second
   * and the subject after it.
   */
  reportedMoodSubjects: Words;
  reportedMoodEnding: RegExp;
  /** The endings of a noun of office or institution ("Regierung", "Ministerium"), which no bare name has. */
  institutionEnding: RegExp;
  /**
   * Possessives before a noun of report ("nach seiner Einschätzung"): the speaker is the one the possessive points
   * back to, read as that pronoun.
   */
  accountPossessives: Words;
  /** Nouns of report after such a preposition ("Angaben"); compounds ending in one count ("Polizeiangaben"). */
  reportNouns: readonly string[];
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
  /**
   * Prepositions of place a speaker phrase read leftwards reaches over when an article opens the noun before them
   * ("Den Fischern am Hafen zufolge"; not "Putin im Interview": a bare name before them).
   */
  placeJoiners?: Words;
  /** The subject of an impersonal cue ("es" in "heißt es"): such a cue needs no speaker. */
  impersonalSubject: string;
  /** Cue lemmas whose object alone is a report in a main clause ("bestätigte die Festnahme", "kritisierte den Plan"). */
  summingLemmas: Words;
  /** Cue lemmas whose passive subject is the speaker ("X wird mit den Worten zitiert"). */
  passiveSpeakerLemmas: Words;
  /** Pronouns for what was just said, opening a sentence before its cue ("Das teilte die Polizei mit."). */
  anaphoricObjects: Words;
  /** Words before a quotation in a cue's clause that make it the content ("als „Irrweg“", "von einem „Dammbruch“"). */
  quoteIntroducers: Words;
  /** The introducer that makes a quotation the content wherever it stands ("als"); the others only at a clause's end. */
  quoteIntroducerAlways: string;
  /** Adverbs between a cue and its inverted speaker ("…, sagte auch der Minister"). */
  inciseAdverbs: Words;
  /** Relative pronouns that can be a clause's subject ("…, der betonte, …"; not "den", "dem"). */
  subjectRelatives: Words;
  /** The ending of a common noun, after which a genitive article continues a phrase ("Leitung der Polizei"). */
  nounEnding: RegExp;
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
  /** Forms that stand in for the reported mood only right after a report ("sollten", "müssten", "würde"). */
  reportedMoodSubstitutes: Words;
  /** Modals that report hearsay ("soll … gestorben sein"), right after a report in their paragraph. */
  reportiveModals: Words;
  /** The lemma claims read from the reported mood alone report. */
  reportedMoodLemma: string;
  /** Words that make a reported-mood verb no report: a condition or a wish ("wenn", "als ob"). */
  reportedMoodBreakers: Words;
}
