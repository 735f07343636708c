/**
 * German: the `Lexicon` for `language: 'de'`, assembled from this folder — reporting verbs in every tense and order
 * (cue-verbs.ts), closed-class words, days and months, abbreviations and speaker words (words.ts). German has no
 * learned cue table and no learned models: its cues are the listed forms, and the engine runs its rules alone.
 * Lists English needs for its own traps ("said goodbye", "the console weighs") are empty here.
 */
import type { Lexicon } from '../lexicon.js';
import * as verbs from './cue-verbs.js';
import * as w from './words.js';
import * as seam from './seam-words.js';
import { ROLE_WORDS, ROLE_WORDS_MAX } from './role-words.js';
import { personAnaphorGender, readSpeakerPhrase } from './speaker-phrases.js';

const none: ReadonlySet<string> = new Set<string>();

/**
 * Listed words, and every compound ending as `ending` says: a German role is as often a compound ("Verkehrsexperte
 * Jonas Brandt", "SPD-Politikerin") as a listed title, and names it the same way.
 */
class WordsAndCompounds extends Set<string> {
  constructor(words: Iterable<string>, private readonly ending: RegExp) {
    super(words);
  }

  override has(word: string): boolean {
    return super.has(word) || this.ending.test(word);
  }
}

export const german: Lexicon = {
  language: 'de',
  CUE_VERBS: verbs.CUE_VERBS,
  lemmaOf: verbs.lemmaOf,
  inflectionCandidates: verbs.inflectionCandidates,
  stanceOf: verbs.stanceOf,
  claimKindOf: verbs.claimKindOf,
  INQUIRY_LEMMAS: none,
  EVIDENCE_LEMMAS: none,
  JUDGMENT_LEMMAS: none,
  SAYING_PARTICLES: new Map(),
  EVIDENCE_SOURCE_NOUNS: none,
  COURT_SOURCE_NOUNS: none,
  COURT_TITLES: none,
  SOURCE_HEAD_ENDERS: none,
  particleLength: verbs.particleLength,
  // the phrases that name a source with no verb: clause-reports.ts reads the one-word ones ("laut X", "X zufolge")
  ACCORDING_TO: [
    { words: ['laut'], position: 'prefix', lemma: 'laut' },
    { words: ['gemäß'], position: 'prefix', lemma: 'gemäß' },
    { words: ['zufolge'], position: 'postposition', lemma: 'zufolge' },
  ],
  HEARER_FIRST: none,
  // verbs after which a comma opens the content whatever the clause ("sagte, die Lage ist ernst")
  SPEECH_LEMMAS: new Set(['sagen', 'erklären', 'mitteilen', 'betonen', 'schreiben', 'berichten', 'unterstreichen',
    'versichern', 'bekräftigen', 'ergänzen', 'hinzufügen', 'antworten', 'entgegnen', 'erwidern', 'meinen', 'behaupten',
    'angeben', 'einräumen', 'bestätigen', 'argumentieren', 'erläutern', 'klarstellen', 'feststellen', 'zugeben',
    'glauben', 'hoffen', 'befürchten', 'vermuten', 'melden', 'beteuern', 'twittern', 'davon ausgehen', 'heißen',
    // and those whose content is an infinitive ("warf ihm vor, die Lage auszunutzen")
    'vorwerfen', 'raten', 'fordern', 'auffordern', 'aufrufen', 'ankündigen', 'versprechen', 'drohen', 'appellieren',
    'empfehlen', 'vorschlagen', 'bitten', 'beschuldigen', 'warnen', 'verlangen', 'verlauten', 'prognostizieren']),
  CONTENT_MAY_OPEN_WITH_PREPOSITION: none,
  TOPIC_PREPOSITIONS: none,
  DURATION_NOUNS: none,
  DURATION_QUANTIFIERS: none,
  TIME_NOUNS: none,
  WH_WORDS: new Set(['wie', 'was', 'warum', 'wer', 'wen', 'wem', 'wo', 'wann', 'weshalb', 'wieso', 'ob']),
  PARTICIPLE_FORMS: none,
  ALWAYS_ON_VERB_FORMS: verbs.ALWAYS_ON_VERB_FORMS,
  FINITE_REPORT_VERB: /(?:te|ten)$/u,
  CLAIM_TRAP_NOUNS: none,
  SAY_TRAP_WORDS: none,
  ONLY_BEFORE: new Map(),
  CUE_IDIOMS: [],
  HEDGE_LEMMAS: none,
  SHOW_KINDS: none,
  // the English precision rules' words (issue 16: a thing as object, "according to how", generic subjects, plural
  // nouns before a modal): none yet in German
  THING_OBJECTS: {},
  NOT_SOURCES_AFTER_ACCORDING_TO: none,
  GENERIC_SUBJECTS: none,
  MODALS: none,
  PLURAL_NOUN_FORMS: none,
  COMMAND_LEMMAS: none,
  MEASURE_UNITS: none,
  MEASURE_FOLLOWERS: none,
  DEED_FOLLOWERS: {},
  PASSIVE_DEED_LEMMAS: none,
  WRITER_PRONOUNS: w.WRITER_PRONOUNS,
  SECTION_LABELS: none,
  NEWS_AGENCIES: new Set(['dpa', 'afp', 'ap', 'reuters', 'epd', 'kna', 'sid', 'apa', 'sda']),
  isFurnitureLine: () => false,
  LEARNED_CUES: {},
  LEARNED_CUE_CONTEXTS: {},

  ABBREVIATIONS: w.ABBREVIATIONS,
  PHRASE_BREAKERS: new Set([...w.SUBORDINATORS, ...w.AUXILIARIES, ...w.CLAUSE_JOINERS, 'und', 'oder', 'auch', 'nicht', 'zu']),
  BETWEEN_SUBJECT_AND_CUE: new Set([...w.AUXILIARIES, ...w.TIME_WORDS, 'auch', 'außerdem', 'zudem', 'nicht', 'bereits']),
  NEGATIONS: w.NEGATIONS,
  PREPOSITIONS: w.PREPOSITIONS,
  TIME_WORDS: w.TIME_WORDS,
  DETERMINERS: w.DETERMINERS,
  ARTICLES: w.ARTICLES,
  POSSESSIVES: w.POSSESSIVES,
  CONTEXT_DETERMINERS: w.DETERMINERS,
  CONTEXT_PREPOSITIONS: w.PREPOSITIONS,
  CUE_PREFIX: none,
  MODEL_PRONOUNS: none,
  MODEL_AUXILIARIES: none,
  MODEL_PREPOSITIONS: none,
  PASSIVE_AUXILIARIES: none,
  SUBORDINATE_OPENERS: none,
  SUBORDINATORS: w.SUBORDINATORS,
  ADJUNCT_CONJUNCTIONS: none,
  BARE_CUE_OPENERS: none,
  CLAUSE_JOINERS: w.CLAUSE_JOINERS,
  SENTENCE_CONNECTIVES: w.SENTENCE_CONNECTIVES,

  PERSON_PRONOUNS: w.PERSON_PRONOUNS,
  THING_PRONOUNS: w.THING_PRONOUNS,
  PLURAL_PRONOUNS: w.PLURAL_PRONOUNS,
  SPEAKER_PRONOUNS: w.SPEAKER_PRONOUNS,
  THIRD_PERSON_SUBJECTS: w.THIRD_PERSON_SUBJECTS,
  SUBJECT_PRONOUNS: w.SUBJECT_PRONOUNS,
  SECOND_REPORT_SUBJECTS: w.THIRD_PERSON_SUBJECTS,
  OBJECT_PRONOUNS: w.OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS: w.PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS: w.RELATIVE_PRONOUNS,
  RELATIVE_WORDS: w.RELATIVE_PRONOUNS,
  RELATIVES_AFTER_SPEAKER: w.RELATIVE_PRONOUNS,

  WEEKDAYS: w.WEEKDAYS,
  MONTHS: w.MONTHS,
  MONTHS_AND_DAYS: new Set([...w.WEEKDAYS, ...w.MONTHS]),

  // a role written before a name is its title ("Politologe Dmitri Oreschkin" is Dmitri Oreschkin)
  TITLES: new WordsAndCompounds([...w.TITLES, ...w.PERSON_NOUNS], w.PERSON_NOUN_ENDINGS),
  // a role noun in -in names a woman ("Ministerin Eva Roth"), its masculine form a man: "sie", "er" find them
  FEMALE_TITLES: new WordsAndCompounds(['frau', ...[...w.PERSON_NOUNS].filter((word) => word.endsWith('in'))], w.FEMALE_PERSON_NOUN_ENDINGS),
  MALE_TITLES: new WordsAndCompounds(['herr', ...[...w.PERSON_NOUNS].filter((word) => w.PERSON_NOUNS.has(`${word}in`))], w.MALE_PERSON_NOUN_ENDINGS),
  PERSON_TITLES: w.PERSON_TITLES,
  DOCUMENT_NOUNS: w.DOCUMENT_NOUNS,
  ORGANISATION_NOUNS: w.ORGANISATION_NOUNS,
  UNNAMED_SOURCE_NOUNS: w.UNNAMED_SOURCE_NOUNS,
  PLURAL_PERSON_NOUNS: w.PLURAL_PERSON_NOUNS,
  isPersonNoun: (lower) => w.PERSON_NOUNS.has(lower) || w.PERSON_NOUN_ENDINGS.test(lower),
  INDEFINITE_DETERMINERS: new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'einige', 'mehrere', 'viele']),
  SPEAKER_LEAD_WORDS: none,
  SPEAKER_PHRASE_STARTS: new Set([...w.ARTICLES, ...w.SUBJECT_PRONOUNS]),
  HEARER_WORDS: w.OBJECT_PRONOUNS,
  NOT_A_NAME_ALONE: new Set(['Der', 'Die', 'Das', 'Ein', 'Eine', 'Und', 'Aber', 'In', 'Am', 'Im']),
  FEMALE_FIRST_NAMES: none,
  MALE_FIRST_NAMES: none,

  ROLE_WORDS,
  ROLE_WORDS_MAX,
  ROLELESS_SOURCE_NOUNS: none,
  ROLELESS_ALONE: none,
  NOBODY: new Set(['niemand', 'keiner']),
  ROLE_BODY_WORDS: none,
  APPOSITION_HEAD_ENDS: none,
  ROLE_WINDOW_BREAKERS: none,
  BUSINESS_FOLLOWERS: none,
  BUSINESS_OF: none,
  ROLE_ANAPHORS: none,
  ROLE_DOCUMENT_HEADS: none,
  APPOSITION_OPENERS: none,
  ROLE_COPULAS: new Set(['ist', 'war']),
  COPULA_ADVERBS: none,
  PEOPLE_OF_A_PLACE: /^\p{Lu}\p{Ll}+(?:er|erinnen)$/u,

  ...seam,
  MODELS: {},
  ORDINAL_FULL_STOP: true,
  ARTICLE_BEFORE_TITLE: true,
  // (SpkAtt annotates a quotation inside reported speech as an attribution of its own)
  NESTED_QUOTES: true,
  readSpeakerPhrase,
  personAnaphorGender,
  // (a subordinator opening a clause is no part of a name, whatever its capital)
  NAME_BREAKERS: w.SUBORDINATORS,
  // (German news introduces a person as often after "ist" or in a closing apposition as by a subject)
  NAMES_INTRODUCED_BY: new Set(['ist', 'war']),
  CLAUSE_REPORTS: {
    separatedParticles: verbs.SEPARATED_PARTICLES,
    auxiliaries: w.AUXILIARIES,
    reportNounPrepositions: new Set(['nach']),
    reportNouns: w.REPORT_NOUNS,
    temporalArticles: new Set(['dem', 'der']),
    // (also after "nach dem", "nach der": "nach dem vorläufigen Endergebnis", "nach den Worten")
    opinionNouns: new Set(['meinung', 'ansicht', 'auffassung', 'einschätzung', 'überzeugung', 'darstellung', 'angaben', 'aussagen',
      'worten', 'vernehmen', 'endergebnis', 'schätzung', 'erkenntnisstand', 'kenntnisstand', 'stand', 'willen']),
    ownAccountWords: new Set(['eigenen', 'eigener', 'eigene']),
    knowledgeAdjectives: new Set(['bisherigen', 'bisherigem', 'derzeitigen', 'derzeitigem', 'umfangreichen']),
    originPrepositions: new Set(['aus']),
    documentPrepositions: new Set(['in', 'im']),
    // (Konjunktiv I, third person singular: the stem and "-e"; a preterite's "-te" is no such form)
    reportedMoodSubjects: new Set(['er', 'sie', 'es', 'man']),
    reportedMoodEnding: /\p{Ll}{2}[^t]e$/u,
    institutionEnding: /(?:ung|heit|keit|schaft|ion|tät|ium|amt|rat)$/u,
    accountPossessives: new Set(['seiner', 'seinen', 'seinem', 'ihrer', 'ihren', 'ihrem']),
    sourceAdverbs: new Set(['demnach', 'wonach']),
    inciseMarkers: new Set(['so']),
    comparisonOpeners: new Set(['wie']),
    subordinators: w.SUBORDINATORS,
    phraseEnders: new Set([...w.PREPOSITIONS, ...w.TIME_WORDS, ...w.SENTENCE_CONNECTIVES, ...w.AUXILIARIES,
      ...w.SUBORDINATORS, 'und', 'oder', 'nicht', 'sich', 'es', 'zu', 'als', 'dies', 'man']),
    phraseOpeners: new Set([...w.DETERMINERS, 'von']),
    genitiveArticles: new Set(['des', 'der', 'eines', 'einer']),
    // ("in", "im", "aus" would join a place, "der USGS in Denver", but as often a setting: "Putin im Interview")
    phraseJoiners: new Set(['von', 'vom', 'und']),
    placeJoiners: new Set(['am', 'an', 'im', 'in', 'auf', 'bei', 'beim', 'aus']),
    impersonalSubject: 'es',
    // (not "fordern": "forderte 92 Menschenleben", "forderte die Nationalgarde an"; not "erwarten", "ankündigen": their
    // objects are as often events as words)
    summingLemmas: new Set(['bestätigen', 'kritisieren', 'verlangen', 'dementieren', 'bestreiten',
      'zurückweisen', 'vorwerfen', 'bezeichnen', 'vermuten', 'befürchten', 'beklagen', 'bemängeln',
      'loben', 'sprechen', 'verkünden', 'berichten', 'warnen', 'ausschließen', 'zugeben', 'versprechen', 'empfehlen',
      'vorschlagen', 'begrüßen']),
    passiveSpeakerLemmas: new Set(['zitieren']),
    reflexives: new Set(['sich']),
    inciseAdverbs: new Set(['auch', 'zudem', 'dazu', 'jedoch', 'aber', 'allerdings', 'ebenfalls', 'außerdem', 'später', 'damals',
      'weiter', 'nun', 'jetzt', 'dann', 'wörtlich', 'weiterhin', 'daraufhin']),
    quoteIntroducers: new Set(['als', 'von', 'einen', 'einem', 'eine', 'einer', 'ein']),
    quoteIntroducerAlways: 'als',
    anaphoricObjects: new Set(['das', 'dies', 'dieses']),
    subjectRelatives: new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches']),
    // (and a participle or adjective made a noun: "der Bevollmächtigte der EU-Kommission", "die Beauftragte des Bundes")
    nounEnding: /(?:ung|heit|keit|schaft|ion|tät|ium|amt|rat|ei|ent|ant|ist|or|er|in|innen|ur|ik|nis|igte|agte|ellte)$/u,
    passiveAuxiliaries: new Set(['wurde', 'wurden', 'wird', 'werden', 'worden']),
    contentOpeners: new Set(['dass', 'daß', 'ob', 'wie', 'was', 'warum', 'wer', 'wo', 'wann', 'weshalb', 'wieso', 'welche', 'welcher', 'welches']),
    // ("aber", "denn" inside a clause are particles: "warnen denn auch davor, …")
    clauseJoiners: new Set(['und', 'oder', 'sondern']),
    // (present "zeigt", past "lachte", plural "ärgern sich"; letters only)
    finiteVerbShape: /^\p{Ll}+(?:t|te|ten|en)$/u,
    copulas: new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären', 'wird', 'werden', 'wurde', 'wurden']),
    beforeSubject: new Set(['und', 'oder', 'aber', 'doch', 'denn', 'sondern', 'auch', 'selbst', 'sogar', 'nur']),
    subjectPronouns: w.THIRD_PERSON_SUBJECTS,
    reportedMoodVerbs: w.REPORTED_MOOD_VERBS,
    reportiveModals: w.REPORTIVE_MODALS,
    reportedMoodSubstitutes: w.REPORTED_MOOD_SUBSTITUTES,
    reportedMoodLemma: 'indirekte Rede',
    reportedMoodBreakers: new Set(['wenn', 'falls', 'als', 'ob', 'ich', 'wir']),
  },
};

/**
 * German reports are read by the order of their clauses: the sentence reader travels with the German words (a
 * language bundle hands it to the engine beside the lexicon: registerSentenceReader), so analyze() carries none.
 */
export { clauseReports as SENTENCE_READER } from '../../constructions/clause-reports.js';
