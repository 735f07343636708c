/**
 * Lexicon: the words that say what kind of voice a source is (roles.ts reads them) — titles ("Senator", "chief
 * inspector"), occupations ("a professor at …", "who runs a bakery"), organisation words ("Agency", "union",
 * "Institute") and the plural nouns of groups ("residents", "analysts"). One to three words each, lower case.
 *
 * A strong word says the role by itself ("senator", "professor", "police"); a weak word only says it when nothing
 * stronger is written beside it: "president" is a politician in "President Obama" but "president of the Infectious
 * Diseases Society" is read from what follows, and "officials" of a company ("Con Edison officials") are no government.
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';

type Listed = RoleWord['role'];

const STRONG: Readonly<Record<Listed, readonly string[]>> = {
  politician: [
    'senator', 'sen', 'congressman', 'congresswoman', 'congressmember', 'lawmaker', 'lawmakers', 'legislator',
    'legislators', 'mp', 'mps', 'mep', 'meps', 'councillor', 'councillors', 'councilman', 'councilwoman',
    'councilmember', 'alderman', 'mayor', 'governor', 'gov', 'prime minister', 'premier', 'minister', 'ministers',
    'president-elect', 'vice-president elect', 'politician', 'politicians', 'democrat', 'democrats', 'republican',
    'republicans', 'gop', 'opposition', 'candidate', 'candidates', 'nominee', 'ruling party', 'party leader',
    'tory', 'tories', 'labour', 'parliamentarian', 'parliamentarians', 'leftist', 'political party',
  ],
  official: [
    'ministry', 'government', 'administration', 'white house', 'kremlin', 'state department',
    'department of', 'embassy', 'ambassador', 'diplomat', 'diplomats', 'civil servant', 'civil servants',
    'press secretary', 'commissioner', 'commission', 'commissions', 'agency', 'agencies', 'ministries', 'authority', 'authorities', 'regulator', 'auditor',
    'ranger', 'harbour master', 'harbor master', 'harbourmaster', 'central bank', 'federal reserve', 'cdc', 'fda', 'nasa', 'budget office', 'city hall', 'town hall',
    'european union', 'united nations',
  ],
  justice: [
    'police', 'policeman', 'policewoman', 'police chief', 'chief inspector', 'inspector', 'detective', 'sheriff',
    'constable', 'cops', 'law enforcement', 'security services', 'security forces', 'prosecutor', 'prosecutors', 'district attorney', 'attorney general',
    'judge', 'judges', 'court', 'magistrate', 'army', 'military', 'navy', 'soldier', 'soldiers', 'troops',
    'defence ministry', 'defense ministry', 'general staff', 'coroner',
  ],
  expert: [
    'professor', 'prof', 'academic', 'academics', 'scientist', 'scientists', 'researcher', 'researchers', 'research',
    'fellow', 'senior fellow', 'economist', 'economists', 'analyst', 'analysts', 'expert', 'experts', 'historian',
    'physicist', 'geophysicist', 'meteorologist', 'astronomer', 'philosopher', 'epidemiologist', 'psychologist',
    'sociologist', 'biologist', 'chemist', 'engineer', 'physician', 'md', 'phd', 'ph.d', 'dr', 'university',
    'institute', 'institution', 'think tank', 'laboratory', 'data analysis', 'scholar', 'scholars',
  ],
  business: [
    'company', 'companies', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'ceo', 'chief executive',
    'chief operating officer', 'managing director', 'executive', 'executives', 'founder', 'businessman',
    'businesswoman', 'entrepreneur', 'owner', 'owners', 'shop', 'store', 'bakery', 'restaurant', 'guest house',
    'hotel', 'retailer', 'contractor', 'investor', 'investors', 'shareholders', 'bank', 'banker', 'bankers',
    'brokerage', 'advertiser', 'advertisers', 'industry', 'manufacturer', 'supplier', 'buyer', 'airline',
    'utility', 'bidder', '-owned', 'cooperative', 'co-op', 'chain', 'startup', 'start-up',
  ],
  advocacy: [
    'union', 'unions', 'ngo', 'charity', 'campaigner', 'campaigners', 'activist', 'activists', 'advocate',
    'advocates', 'advocacy', 'rights group', 'human rights', 'amnesty', 'rescue group', 'pressure group',
    'lobby group', 'heritage trust', 'trust', 'volunteers', 'non-profit', 'nonprofit',
  ],
  media: [
    'journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'editor', 'columnist', 'staff writer',
    'fact checker', 'fact-checker', 'broadcaster', 'newspaper', 'magazine', 'news', 'press', 'host', 'anchor',
    'interviewer', 'news agency', 'fan site', 'blogger', 'newsroom', 'media',
  ],
  citizen: [
    'resident', 'residents', 'citizen', 'citizens', 'voter', 'voters', 'mother', 'father', 'son', 'daughter',
    'husband', 'widow', 'widower', 'family', 'families', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
    'witness', 'witnesses', 'victim', 'victims', 'survivor', 'survivors', 'patient', 'patients', 'fan', 'fans',
    'student', 'students', 'farmer', 'farmers', 'fisherman', 'fishermen', 'skipper', 'crews', 'islanders',
    'locals', 'protester', 'protesters', 'demonstrators', 'passenger', 'passengers', 'commuters', 'shopper',
    'shoppers', 'customers', 'tweeter', 'elder', 'elders', 'villagers', 'readers', 'parent', 'parents',
  ],
};

const WEAK: Readonly<Record<Listed, readonly string[]>> = {
  politician: ['president', 'leader', 'leaders', 'party', 'campaign', 'parliament', 'parliamentary', 'assembly', 'senate',
    'caucus', 'coalition'],
  official: ['official', 'officials', 'department', 'office', 'council', 'committee', 'board', 'bureau', 'spokesman', 'spokeswoman',
    'spokesperson', 'secretary', 'deputy'],
  justice: ['lawyer', 'lawyers', 'attorney', 'attorneys', 'officer', 'officers'],
  expert: ['center', 'centre', 'doctor', 'department head'],
  business: ['firm', 'operator', 'vice president', 'executive vice president', 'director', 'chairman', 'chairwoman',
    'employer'],
  advocacy: ['association', 'foundation', 'group', 'society', 'organization', 'organisation', 'federation'],
  media: ['times', 'journal', 'network', 'channel', 'site', 'writer'],
  citizen: ['worker', 'workers', 'people', 'participants', 'tribe', 'community', 'members', 'co-worker'],
};

/** Every role word and phrase, keyed by its lower-case words joined by one space. */
export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = roleWordTable(WEAK, STRONG);

/** Longest entry of ROLE_WORDS, in words. */
export const ROLE_WORDS_MAX = 3;

/** Head nouns of a source that names no one and gives no role: "a source", "people familiar with …", "critics". */
export const ROLELESS_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'someone', 'critics', 'critic', 'opponents', 'supporters', 'observers', 'insiders', 'person',
  'people', 'voices',
]);

/** Quantifiers that are a roleless source only on their own: "Some say …", but not "the many retellings". */
export const ROLELESS_ALONE: ReadonlySet<string> = new Set(['some', 'others', 'many', 'several', 'few']);

/** Quantifiers that make a name no one at all: "no group claimed responsibility". */
export const NOBODY: ReadonlySet<string> = new Set(['no', 'none', 'nobody', 'neither']);

/**
 * Nouns of bodies: after a possessive they make it a classifier ("the fishermen's cooperative", "The mayor's
 * office"), while before a job it names the body the person works for ("the council's engineer").
 */
export const ROLE_BODY_WORDS: ReadonlySet<string> = new Set([
  'office', 'council', 'committee', 'board', 'union', 'association', 'cooperative', 'co-op', 'society', 'federation',
  'party', 'company', 'institute', 'agency', 'department', 'ministry', 'group', 'foundation', 'trust', 'commission',
]);

/** Words that end the head noun phrase of an apposition: "a professor | at Purdue University whose research …". */
export const APPOSITION_HEAD_ENDS: ReadonlySet<string> = new Set([
  'of', 'at', 'for', 'from', 'with', 'in', 'on', 'who', 'which', 'whose', 'that', 'and', 'representing', 'since',
]);

/** Words that end the title written before a name ("… said Senator", "according to whale rescue group"). */
export const ROLE_WINDOW_BREAKERS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'according', 'to', 'by', 'from', 'with', 'in', 'on', 'at', 'for', 'of', 'as',
  'that', 'when', 'while', 'after', 'before', 'but', 'if', 'than', 'who', 'which', 'added', 'wrote', 'asked',
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'and', 'or', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
]);

/**
 * Words right after an organisation's name that say it is a business: "Amazon founder Jeff Bezos", "Facebook CEO",
 * "Disney's 2012 acquisition" (after a possessive, one word may come between).
 */
export const BUSINESS_FOLLOWERS: ReadonlySet<string> = new Set([
  'ceo', 'founder', 'co-founder', 'executives', 'shareholders', 'stores', 'shares', 'acquisition', 'headquarters',
  'customers', 'stock',
]);

/** Words before "of" that make what follows a business: "the acquisition of Lucasfilm", "the CEO of Facebook". */
export const BUSINESS_OF: ReadonlySet<string> = new Set([
  'acquisition', 'takeover', 'buyout', 'shares', 'stake', 'shareholders', 'ceo', 'founder', 'co-founder', 'owner',
  'owners', 'executives',
]);

/** Definite descriptions that point back to the organisation last named: "Microsoft … the company's app". */
export const ROLE_ANAPHORS: ReadonlySet<string> = new Set([
  'company', 'firm', 'retailer', 'chain', 'airline', 'carrier', 'utility', 'corporation', 'newspaper', 'broadcaster',
]);

/** Beside the document nouns, heads of an unnamed source that is a body of texts: "research shows", "labor statistics". */
export const ROLE_DOCUMENT_HEADS: ReadonlySet<string> = new Set(['research', 'statistics', 'results', 'signs']);

/** Words that open an apposition after a name: ", a professor at …", ", who runs a bakery", ", now a …". */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'now', 'also', 'then', 'once', 'formerly', 'former',
]);

/** Copulas after a name that introduce what it is: "Uber is a taxi company". */
export const ROLE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'remains']);

/** Adverbs allowed between the copula and its "a": "is really just a …", "is also an …". */
export const COPULA_ADVERBS: ReadonlySet<string> = new Set(['really', 'just', 'also', 'still', 'now', 'only', 'simply']);

/** A people named after a place, as a plural: "Many Tunisians", "Americans" (the citizens of a place speaking). */
export const PEOPLE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:ians|eans|ans)$/u;
