/**
 * Lexicon: the words that tell what kind of actor a source is — titles before names, nouns of documents, of
 * organisations and of unnamed sources — and the words a speaker or hearer phrase may start with. Pronouns are in
 * pronouns.ts, day and month names in calendar.ts.
 */
import { ARTICLES } from './function-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';

/** Titles and roles written before a name; dropped when the canonical name is chosen. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'premier', 'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'judge', 'justice', 'chief', 'general', 'gen', 'lt', 'col', 'colonel', 'captain', 'capt',
  'mayor', 'speaker', 'ambassador', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister',
  'archbishop', 'bishop', 'cardinal', 'sheikh', 'emir', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'attorney', 'former', 'acting', 'deputy', 'head', 'leader',
  'candidate', 'nominee', 'host', 'moderator', 'anchor', 'commentator', 'analyst', 'adviser', 'advisor',
  'aide', 'official', 'lawmaker', 'congressman', 'congresswoman', 'councillor', 'councilman', 'mp', 'mep',
  'ceo', 'founder', 'economist', 'professor', 'businessman', 'businesswoman', 'billionaire', 'democrat',
  'republican', 'gop', 'presidential', 'democratic', 'parliament', 'eu', 'un', 'us', 'u.s',
  // before two names or more: "Liberal MPs Anna Gainey and Marc Miller", "Sens. Jon Tester and David Vitter"
  'mps', 'sens', 'senators', 'reps', 'ministers', 'premiers', 'councillors', 'professors', 'leaders',
]);

/** Titles that only a person bears ("Sen. James Lankford", "Mr. Bassi"): the name after one is a person's. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'president', 'judge', 'justice', 'mayor', 'gen', 'general', 'lt', 'col', 'colonel', 'captain', 'capt', 'sir', 'dame',
  'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'reverend', 'archbishop', 'bishop', 'cardinal',
  'sheikh', 'chancellor', 'ambassador', 'congressman', 'congresswoman', 'councillor', 'councilman',
]);

/** Head nouns of documents: a source headed by one of these is a document actor ("the appeal", "the report"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'document', 'documents', 'appeal', 'letter', 'report', 'reports', 'statement', 'statements', 'resolution',
  'declaration', 'memo', 'memorandum', 'study', 'survey', 'poll', 'polls', 'paper', 'filing', 'complaint',
  'lawsuit', 'suit', 'ruling', 'verdict', 'indictment', 'order', 'bill', 'law', 'treaty', 'agreement', 'tweet',
  'post', 'email', 'e-mail', 'message', 'note', 'book', 'article', 'editorial', 'op-ed', 'column', 'release',
  'communique', 'communiqué', 'analysis', 'assessment', 'review', 'audit', 'transcript', 'record', 'records',
  'data', 'figures', 'estimate', 'estimates', 'findings', 'dossier', 'brief', 'petition', 'manifesto',
  'platform', 'proposal', 'plan', 'budget', 'charter', 'constitution', 'ad', 'advertisement', 'video',
  'story', 'investigation', 'inquiry', 'motion', 'decree', 'directive', 'guidance', 'text', 'draft',
]);

/** Head nouns of organisations ("the commission", "Federation Council", "the campaign"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'council', 'commission', 'committee', 'parliament', 'assembly', 'congress', 'senate', 'house', 'ministry',
  'department', 'agency', 'office', 'government', 'administration', 'cabinet', 'court', 'union', 'party',
  'campaign', 'company', 'corporation', 'firm', 'bank', 'group', 'organization', 'organisation', 'association',
  'institute', 'foundation', 'university', 'board', 'bureau', 'service', 'services', 'police', 'army',
  'military', 'navy', 'force', 'forces', 'team', 'club', 'network', 'newspaper', 'broadcaster', 'channel',
  'times', 'post', 'journal', 'press', 'agency', 'fund', 'alliance', 'coalition', 'federation', 'league',
  'movement', 'majority', 'minority', 'caucus', 'kremlin', 'pentagon', 'embassy', 'consulate', 'mission',
  'nato', 'un', 'eu', 'fbi', 'cia', 'white', 'legislature', 'duma', 'authority', 'authorities', 'regime',
  'state', 'states', 'nations', 'commissions', 'inc', 'corp', 'ltd', 'co', 'center', 'centre', 'lab',
  'operator', 'utility', 'airline', 'railway', 'carrier', 'manufacturer', 'maker', 'producer', 'retailer',
  'publisher', 'insurer', 'lender', 'regulator', 'watchdog', 'council', 'authority', 'institute', 'committee',
]);

/**
 * Nouns of sources the text leaves unnamed ("officials said", "sources familiar with the matter", "the reports",
 * "analysts", "critics"): kept as their own actors and marked unnamed.
 */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'people', 'person', 'analyst', 'analysts', 'expert', 'experts',
  'critic', 'critics', 'observer', 'observers', 'insider', 'insiders', 'aide', 'aides', 'adviser', 'advisers',
  'advisor', 'advisors', 'diplomat', 'diplomats', 'witness', 'witnesses', 'resident', 'residents', 'voters',
  'supporters', 'opponents', 'some', 'others', 'many', 'reports', 'report', 'media', 'someone', 'spokesman',
  'spokeswoman', 'spokesperson', 'representative', 'representatives', 'lawmakers', 'legislators', 'members',
  'democrats', 'republicans', 'economists', 'scientists', 'researchers', 'investigators', 'authorities',
  'activists', 'protesters', 'polls', 'surveys', 'studies', 'documents', 'parliamentarians', 'leaders',
  'sources', 'strategists', 'operatives', 'donors', 'delegates', 'participants', 'respondents', 'americans',
]);

/** Plural nouns for people that do not end in -s ("people", "police"): a "they" may stand for them. */
export const PLURAL_PERSON_NOUNS: ReadonlySet<string> = new Set(['people', 'police', 'men', 'women', 'children', 'staff',
  'crew', 'folks', 'public', 'clergy', 'faculty']);

/** The endings of nouns for people: workers, scientists, Canadians, employees, fishermen, residents, opponents. */
const PERSON_NOUN_ENDING = /(?:ers?|ors?|ists?|ians?|ees?|men|man|woman|women|person|dents?|nents?|gents?|ants?)$/;

/** Nouns with those endings that name things. */
const THING_NOUNS: ReadonlySet<string> = new Set(['numbers', 'number', 'papers', 'paper', 'letters', 'letter', 'orders',
  'order', 'matters', 'matter', 'centers', 'center', 'waters', 'water', 'powers', 'power', 'borders', 'border',
  'headquarters', 'answers', 'answer', 'chambers', 'chamber', 'quarters', 'layers', 'towers', 'filters', 'computers',
  'markers', 'meters', 'incidents', 'incident', 'accidents', 'accident', 'precedents', 'plants', 'plant',
  'grants', 'grant', 'restaurants', 'variants', 'pollutants', 'elements', 'documents',
  'amendment', 'amendments', 'agreement', 'agreements', 'statement', 'statements', 'comments', 'comment', 'events',
  'event', 'moments', 'moment', 'payments', 'payment', 'governments', 'government', 'departments', 'department',
  'opener', 'openers', 'corner', 'corners', 'border', 'offer', 'offers', 'dinner', 'summer', 'winter', 'river',
  'rivers', 'shelter', 'shelters', 'trees', 'fees', 'degrees', 'committees', 'committee', 'guarantees', 'factor',
  'factors', 'error', 'errors', 'sector', 'sectors', 'floor', 'floors', 'door', 'doors', 'color', 'colors', 'colour',
  'colours', 'motor', 'motors', 'mirror', 'mirrors', 'corridor', 'corridors', 'tractor', 'tractors', 'reactor',
  'reactors', 'indicator', 'indicators', 'vector', 'vectors', 'labor', 'labour', 'favor', 'favour', 'honor', 'honour',
  'terror', 'horror', 'behavior', 'behaviour', 'major', 'minor', 'interior', 'exterior', 'prior', 'or', 'nor', 'for']);

/** Whether a lower-case noun names people ("officials", "workers", "economists", "an employee"), not things. */
export function isPersonNoun(lower: string): boolean {
  if (UNNAMED_SOURCE_NOUNS.has(lower) || PLURAL_PERSON_NOUNS.has(lower)) return true;
  return PERSON_NOUN_ENDING.test(lower) && !THING_NOUNS.has(lower);
}

/** Determiners that mark a description rather than a name ("a source", "some officials", "the reports"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'some', 'several', 'many', 'few', 'other', 'others', 'one', 'two', 'three', 'multiple', 'various',
  'most', 'another', 'numerous', 'unnamed', 'anonymous',
]);

/** Lower-case words that may open an inverted speaker ("…,” said senior officials", "said then-candidate …"). */
export const SPEAKER_LEAD_WORDS: ReadonlySet<string> = new Set(['official', 'officials', 'source', 'sources', 'people',
  'analyst', 'analysts', 'expert', 'experts', 'aide', 'aides', 'critic', 'critics', 'longtime', 'veteran', 'retired',
  'senior', 'top', 'then']);

/** Lower-case words that may open a short speaker phrase before its cue ("the minister said", "she said"). */
export const SPEAKER_PHRASE_STARTS: ReadonlySet<string> = new Set([...ARTICLES, ...SUBJECT_PRONOUNS]);

/** Words that open a hearer after "told" or "urged": an object pronoun, a determiner, a newsroom. */
export const HEARER_WORDS: ReadonlySet<string> = new Set([...OBJECT_PRONOUNS, 'reporters', 'journalists', 'supporters',
  'voters', 'the', 'a', 'an', 'his', 'their', 'cnn', 'nbc', 'abc', 'cbs', 'fox']);

/** Capitalised words that are never a signature's name on their own ("— The", "– In"). */
export const NOT_A_NAME_ALONE: ReadonlySet<string> = new Set(['The', 'A', 'An', 'And', 'But', 'In', 'On']);
