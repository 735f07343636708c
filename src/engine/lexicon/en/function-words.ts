/**
 * Lexicon: closed-class words the phrase scanners need — where a subject noun phrase must stop, which adverbs and
 * auxiliaries may sit between a speaker and the verb, prepositions and time words that open adjuncts.
 */

/** Words that cannot be inside a subject noun phrase: scanning left from a cue stops before them. */
export const PHRASE_BREAKERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless',
  'but', 'so', 'yet', 'or', 'nor', 'as', 'when', 'whenever', 'where', 'than', 'then', 'also', 'since', 'until',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', "n't", 'never', 'to', 'and',
  'after', 'before', 'once', 'said', 'says', 'told', 'added', 'what', 'how', 'why', 'whether', 'there', 'here',
  'him', 'them', 'me', 'us', 'its', 'it\'s', 'he\'s', 'she\'s', 'they\'re', 'we\'re', 'i\'m', 'thus', 'however',
  'meanwhile', 'instead', 'still', 'even', 'just', 'only', 'too', 'very', 'now', 'ago',
]);

/** Adverbs and auxiliaries allowed between a speaker and the cue ("Trump has repeatedly said"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', "'s", "'d", 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do',
  'reportedly', 'later', 'previously', 'repeatedly', 'recently', 'then', 'once', 'publicly', 'privately',
  'initially', 'further', 'again', 'often', 'frequently', 'earlier', 'still', 'even', 'already', 'just', 'now',
  'openly', 'explicitly', 'specifically', 'particularly', 'officially', 'flatly', 'simply', 'quickly',
  'subsequently', 'first', 'long', 'since', 'always', 'ever', 'never', 'not', "n't", 'yesterday', 'today',
  'tonight', 'finally', 'immediately', 'promptly', 'separately', 'in', 'on', 'last', 'this', 'week', 'month',
  'year', 'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'is', 'are', 'was', 'were', 'been', 'being', 'be',
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

/** Time words that may follow a cue before its content ("said Tuesday that …"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon',
  'evening', 'night', 'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'once',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some',
  'many', 'several', 'one', 'two', 'three', 'four', 'five', 'other', 'another', 'both', 'all', 'most', 'few',
  'each', 'every', 'any', 'no',
]);
