/**
 * Lexicon: the words that tell what kind of actor a source is — pronouns, titles before names, nouns of
 * documents, of organisations and of unnamed sources — used by find-sources.ts and resolve-actors.ts.
 */

/** Personal pronouns as sources, by what they can refer to. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them']);
/** First and second person: the speaker is inside a quotation or the writer; kept as their own mention. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);
/** Relative pronouns that stand for the noun before them ("Clinton, who said …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Titles and roles written before a name; dropped when the canonical name is chosen. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'judge', 'justice', 'chief', 'general', 'gen', 'lt', 'col', 'colonel', 'captain', 'capt',
  'mayor', 'speaker', 'ambassador', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister',
  'archbishop', 'bishop', 'cardinal', 'sheikh', 'emir', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'attorney', 'former', 'acting', 'deputy', 'head', 'leader',
  'candidate', 'nominee', 'host', 'moderator', 'anchor', 'commentator', 'analyst', 'adviser', 'advisor',
  'aide', 'official', 'lawmaker', 'congressman', 'congresswoman', 'councillor', 'councilman', 'mp', 'mep',
  'ceo', 'founder', 'economist', 'professor', 'businessman', 'businesswoman', 'billionaire', 'democrat',
  'republican', 'gop', 'presidential', 'democratic', 'parliament', 'eu', 'un', 'us', 'u.s',
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

/** Determiners that mark a description rather than a name ("a source", "some officials", "the reports"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'some', 'several', 'many', 'few', 'other', 'others', 'one', 'two', 'three', 'multiple', 'various',
  'most', 'another', 'numerous', 'unnamed', 'anonymous',
]);
