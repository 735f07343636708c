/**
 * Lexicon: the English words that tell a claim's kind from its context (claim-kind.ts reads them): which cue verbs
 * report a finding whoever the source, which only when the source is a piece of evidence or a court, and the head
 * nouns that make a source evidence or a court. The cue's own kind, read from the lemma alone, is in cue-verbs.ts
 * (FINDING_LEMMAS, THOUGHT_LEMMAS).
 */

/**
 * Verbs of inquiry: what they report is the result of looking into something, whoever looked. "Investigators
 * concluded the fire was accidental", "Dr Osei found that the samples were clean", "the court ruled": findings.
 */
export const INQUIRY_LEMMAS: ReadonlySet<string> = new Set([
  'find', 'conclude', 'determine', 'establish', 'demonstrate', 'prove', 'uncover', 'discover', 'show', 'rule',
]);

/**
 * Verbs that report a finding only from a piece of evidence or a court ("the poll suggests", "the data indicate",
 * "the audit confirmed", "the report cited"); from a person or a body they are said ("the minister suggested",
 * "police confirmed", "she revealed she would stand down"): statements.
 */
export const EVIDENCE_LEMMAS: ReadonlySet<string> = new Set([
  'suggest', 'indicate', 'confirm', 'reveal', 'cite', 'detail', 'document', 'list', 'estimate', 'project',
  'forecast', 'point', 'signal', 'highlight', 'predict',
]);

/** Verbs that report a court's judgment when a court is their source ("the court decided", "the judge held"). */
export const JUDGMENT_LEMMAS: ReadonlySet<string> = new Set(['decide', 'hold', 'rule', 'find', 'conclude']);

/**
 * A cue verb with this particle says rather than finds, unless evidence or a court is its source: "the minister
 * ruled out a tax rise" (a statement), "the inquest ruled out foul play" (a finding).
 */
export const SAYING_PARTICLES: ReadonlyMap<string, string> = new Map([['rule', 'out']]);

/**
 * Head nouns of a source that is a piece of evidence: a document, a study, a poll, a data set ("a survey by …", "the
 * figures", "new research"). Document actors count whatever their noun (find-sources.ts).
 */
export const EVIDENCE_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'study', 'studies', 'poll', 'polls', 'polling', 'survey', 'surveys', 'report', 'reports', 'data', 'dataset',
  'figures', 'statistics', 'stats', 'numbers', 'research', 'analysis', 'analyses', 'review', 'audit', 'results',
  'findings', 'evidence', 'estimate', 'estimates', 'census', 'records', 'record', 'document', 'documents',
  'investigation', 'inquiry', 'inquest', 'probe', 'ruling', 'verdict', 'judgment', 'judgement', 'test', 'tests',
  'trial', 'trials', 'experiment', 'experiments', 'model', 'models', 'modelling', 'modeling', 'paper', 'papers',
  'index', 'footage', 'video', 'images', 'photos', 'filing', 'filings', 'assessment', 'projections', 'forecast',
  'forecasts', 'indicators', 'tally', 'count', 'autopsy', 'post-mortem',
]);

/** Head nouns (or titles before a name) of a source that is a court: "the Supreme Court", "Judge Amy Lin", "the jury". */
export const COURT_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'court', 'courts', 'judge', 'judges', 'jury', 'juries', 'tribunal', 'magistrate', 'magistrates', 'coroner',
  'justices', 'arbitrator', 'arbitrators',
]);

/** Words that end a source's head noun phrase: its head is the last word before them ("a study by …" → study). */
export const SOURCE_HEAD_ENDERS: ReadonlySet<string> = new Set([
  'of', 'for', 'by', 'from', 'at', 'in', 'on', 'with', 'into', 'published', 'released', 'commissioned', 'led',
  'carried', 'conducted', 'who', 'which', 'that',
]);

/** Titles before a name that make its bearer a court: "Judge Amy Lin ruled". */
export const COURT_TITLES: ReadonlySet<string> = new Set(['judge', 'magistrate', 'coroner']);
