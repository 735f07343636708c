/**
 * Lexicon: closed-class words the phrase scanners and constructions need — where a subject noun phrase must stop,
 * which adverbs and auxiliaries may sit between a speaker and the verb (and which of them PolNeAR counts in the cue),
 * prepositions and time words that open adjuncts, and the conjunctions that join or subordinate a clause.
 */
import { WEEKDAYS_LOWER } from './calendar.js';

/** Words that cannot be inside a subject noun phrase: scanning left from a cue stops before them. */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless',
  'but', 'so', 'yet', 'or', 'nor', 'as', 'when', 'whenever', 'where', 'than', 'then', 'also', 'since', 'until',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', "n't", 'never', 'to', 'and',
  'after', 'before', 'once', 'said', 'says', 'told', 'added', 'what', 'how', 'why', 'whether', 'there', 'here',
  'him', 'them', 'me', 'us', 'its', 'it\'s', 'he\'s', 'she\'s', 'they\'re', 'we\'re', 'i\'m', 'thus', 'however',
  'meanwhile', 'instead', 'still', 'even', 'just', 'only', 'too', 'very', 'now', 'ago',
  // a negated auxiliary is a clause's verb, never inside a name ("… not because their role isn't valued, but …")
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't",
  "wouldn't", "can't", "couldn't", "shouldn't", 'cannot',
]);

/** Adverbs and auxiliaries allowed between a speaker and the cue ("Trump has repeatedly said"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', "'s", "'d", 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do',
  'reportedly', 'later', 'previously', 'repeatedly', 'recently', 'then', 'once', 'publicly', 'privately',
  'initially', 'further', 'again', 'often', 'frequently', 'earlier', 'still', 'even', 'already', 'just', 'now',
  'openly', 'explicitly', 'specifically', 'particularly', 'officially', 'flatly', 'simply', 'quickly',
  'subsequently', 'first', 'long', 'since', 'always', 'ever', 'never', 'not', "n't", 'yesterday', 'today',
  'tonight', 'finally', 'immediately', 'promptly', 'separately', 'in', 'on', 'last', 'this', 'week', 'month',
  'year', 'morning', 'afternoon', 'evening', 'night', ...WEEKDAYS_LOWER, 'is', 'are', 'was', 'were', 'been', 'being', 'be',
  "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "wouldn't",
  "won't", "can't", "couldn't", 'cannot',
]);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', "hasn't", "haven't",
  "hadn't", "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "wouldn't", "won't", "can't",
  "couldn't", 'cannot']);


/** Prepositions that open an adjunct between a cue and its content ("said in a statement that …"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'by', 'from', 'to', 'of', 'over', 'under', 'about', 'since',
  'until', 'among', 'amid', 'with', 'without', 'for', 'through', 'via', 'ahead', 'following', 'like', 'into',
  'onto', 'upon', 'against', 'across', 'behind', 'near', 'outside', 'inside', 'within', 'throughout',
]);

/**
 * Prepositions that open a topic after a verb of talking ("spoke about the budget", "warned against cuts"); the
 * others open a place, a time or a hearer ("spoke at a rally", "talked with reporters"), which is no content.
 */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'of', 'on', 'over', 'against', 'for',
  'regarding', 'concerning']);

/** Nouns of a length of time: "spoke for about five minutes", "argued for hours" tell how long, not what. */
export const DURATION_NOUNS: ReadonlySet<string> = new Set(['seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'while', 'long']);

/** Words of quantity that may open a length of time before its noun ("about five minutes", "the past two years"). */
export const DURATION_QUANTIFIERS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'more', 'than', 'over',
  'some', 'several', 'many', 'a', 'an', 'few', 'the', 'past', 'last', 'next', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'of', 'another', 'couple']);

/** Nouns that make a run of time words a time ("This year", "Last week") rather than a speaker ("This group"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'week', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night']);

/** Question words: they open a clause, not a name ("Funny how almost nobody"). */
export const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'which', 'who', 'whom', 'whose']);

/** Time words that may follow a cue before its content ("said Tuesday that …"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS_LOWER, 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon',
  'evening', 'night', 'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'once',
  'late', 'early', 'overnight',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some',
  'many', 'several', 'one', 'two', 'three', 'four', 'five', 'other', 'another', 'both', 'all', 'most', 'few',
  'each', 'every', 'any', 'no',
]);

/** Articles: a cue word right after one is a noun or an adjective ("the said document", "a reported 30 cases"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Possessive determiners: "her reply", "his remarks" — a cue word after one is a noun. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Words after a possessive before a noun: a cue word after one is a noun too ("gave Smith her own show at …"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['own']);

/**
 * The determiners and prepositions contextOf() files a cue's next word under ('det', 'prep'): the learned contexts
 * were counted with exactly these, so they change only with a relearned table.
 */
export const CONTEXT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'some', 'any', 'no', 'every', 'each', 'all']);
export const CONTEXT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'of', 'for', 'about', 'with', 'by',
  'from', 'during', 'after', 'before', 'over', 'against', 'into']);

/** Auxiliaries and adverbs PolNeAR counts as part of the cue ("has said", "also noted", "was asked"). */
export const CUE_PREFIX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be',
  'also', 'will', 'would', "'s", "'d", "'ve", 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'should', 'must',
  'repeatedly', 'later', 'previously', 'once', 'still', 'even', 'already', 'just', 'then', 'first', 'often', 'again',
  'recently', 'to', 'not', "n't", 'never']);

/** The auxiliaries of a passive: "was first reported by MSNBC". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Words opening a subordinate clause after a cue: "said when she resigned" reports nothing. */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'until']);

/** Words opening a subordinate clause that trails a report ("…, as they bristled at …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'though',
  'although', 'since', 'until', 'where']);

/** Conjunctions that open an adjunct as a preposition does ("…, she said as she left", "When asked, …"). */
export const ADJUNCT_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'as', 'while']);

/** Words after which a speakerless cue is a question put to the speaker: "he said when asked whether …". */
export const BARE_CUE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'as', 'before', 'while', 'if']);

/** Words that, after a comma, join another clause to the reported one (the content ends before them). */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['but', 'which', 'while', 'though', 'although', 'despite',
  'whereas', 'even']);

/** Connectives and sentence adverbs that never begin a speaker's name even when capitalised. */
export const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set([
  'but', 'and', 'so', 'yet', 'or', 'however', 'meanwhile', 'indeed', 'ultimately', 'still', 'also', 'now', 'then',
  'instead', 'moreover', 'finally', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'thus', 'therefore',
  'nonetheless', 'nevertheless', 'separately', 'similarly', 'likewise', 'additionally', 'furthermore', 'previously',
  'recently', 'initially', 'again', 'afterward', 'afterwards', 'overall', 'ironically', 'notably', 'privately',
  'publicly', 'otherwise', 'after', 'before', 'while', 'when', 'as', 'if', 'because', 'although', 'though',
]);

/**
 * The word classes the span tagger reads a token by (model/span-tagger.ts tokenClass: 'pron', 'aux', 'prep'; its
 * 'det' is CONTEXT_DETERMINERS): the weights were learned with exactly these, so they change only with `npm run train`.
 */
export const MODEL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them',
  'us', 'me', 'who']);
export const MODEL_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', "'s", 'not',
  "n't", 'also']);
export const MODEL_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'of', 'for', 'about', 'with', 'by',
  'from', 'during', 'after', 'before', 'over', 'against', 'into', 'to', 'as', 'than', 'under', 'since']);

/** Modal verbs ("will", "could"): the word right before one ends its subject. */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);
