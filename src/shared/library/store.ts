/**
 * The library's storage: every kept analysis in the extension's own IndexedDB (the extension origin, never a
 * page's), laid out so that the library page answers from indexes instead of scanning:
 *   articles  one record per article (key: seq, which falls with each article kept, so key order is newest kept
 *             first; unique index on url): title, site, dates, actors, and the voice counts the charts add up
 *   claims    one record per claim (key: id = seq × CLAIM_SLOTS + its index, so newest kept first too): its text,
 *             cue, speaker; index `person` ([name key, article date]) for a person's page, newest first, and
 *             multi-entry index `words` (the claim's words) for search, whose equal entries come in key order
 *   people    one record per named person or body (key: name key): display name, counts; multi-entry index
 *             `tokens` for name search
 *   meta      the layout's version
 * Each write is one transaction, so a full quota or a second writer (two tabs, an import beside a click) loses
 * nothing already stored; every failure becomes a LibraryError with a message a reader can act on.
 * Used by the background (writes after a click) and the library page (everything else).
 */
import { unattributedLabel } from '../presentation.js';
import { t } from '../i18n.js';
import { claimWords, nameKey, nameTokens, queryTokens } from './words.js';
import type { SourceRole } from '../../engine/index.js';
import { ENTRY_LIMITS, sourceRoleOf, type LibraryActor, type LibraryEntry } from './entry.js';

export const LIBRARY_DB_NAME = 'whosaid-library';
/** The layout this code reads and writes; a library stamped with a higher one was written by a newer WhoSaid. */
export const LIBRARY_SCHEMA = 1;
/** Tells every open library page that the library changed (a click kept an article, another tab imported). */
export const LIBRARY_CHANNEL = 'whosaid-library';

/** Room for one article's claims in the claim ids (an entry holds at most this many). */
const CLAIM_SLOTS = ENTRY_LIMITS.claims;
/** The first article's seq; each later one takes one less. Times CLAIM_SLOTS it stays a safe integer. */
const FIRST_SEQ = 2 ** 36;
/** How many ids a search reads per word from the index at once (a common word is in tens of thousands). */
const WORD_CAP = 1_000;
/** How long a search may read on past the first ids before it answers with what it found. */
const SEARCH_BUDGET_MS = 35;

/** What a save does to an address already kept: replace it, only when newer, or leave it ('absent'). */
export type SavePolicy = 'replace' | 'newer' | 'absent';

export type LibraryProblem = 'quota' | 'newer' | 'corrupt' | 'blocked' | 'unavailable' | 'closed' | 'failed';

export class LibraryError extends Error {
  readonly problem: LibraryProblem;
  constructor(problem: LibraryProblem, message: string) {
    super(message);
    this.problem = problem;
    this.name = 'LibraryError';
  }
}

/** The reader's message for each problem, in the interface language (read when the problem happens). */
const MESSAGES: Record<LibraryProblem, string> = {
  get quota() {
    return t('lib_problem_quota');
  },
  get newer() {
    return t('lib_problem_newer');
  },
  get corrupt() {
    return t('lib_problem_corrupt');
  },
  get blocked() {
    return t('lib_problem_blocked');
  },
  get unavailable() {
    return t('lib_problem_unavailable');
  },
  get closed() {
    return t('lib_error_closed');
  },
  get failed() {
    return t('lib_problem_failed');
  },
};

/** A LibraryError for whatever IndexedDB threw, with the reader's message for it. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new LibraryError('quota', MESSAGES.quota);
  if (name === 'VersionError') return new LibraryError('newer', MESSAGES.newer);
  if (name === 'UnknownError' || name === 'DataCloneError' || name === 'NotFoundError') return new LibraryError('corrupt', MESSAGES.corrupt);
  if (name === 'InvalidStateError' && /closing|closed/i.test(detail)) return new LibraryError('closed', MESSAGES.closed);
  if (name === 'InvalidStateError' || name === 'SecurityError') return new LibraryError('unavailable', MESSAGES.unavailable);
  return new LibraryError('failed', `${MESSAGES.failed} (${detail})`);
}

/** Named voices (people, bodies, documents) against unnamed ones, and the claims that name no speaker. */
export interface VoiceCounts {
  claims: number;
  named: number;
  unnamed: number;
  /** Claims the text gives no speaker for. */
  unattributed: number;
  /**
   * Voices per source role, for the actors that have one: stored as a plain object (records written before stay
   * readable), read only through roleCounts, which keeps the engine's roles and nothing from Object.prototype.
   */
  roles: Partial<Record<SourceRole, number>>;
}

/** The role counts of stored voice counts as a Map: known roles with a whole, non-negative count only. */
export function roleCounts(counts: unknown): Map<SourceRole, number> {
  const found = new Map<SourceRole, number>();
  const roles: unknown = isRecord(counts) ? counts['roles'] : undefined;
  if (!isRecord(roles)) return found;
  for (const [name, count] of Object.entries(roles)) {
    const role = sourceRoleOf(name);
    if (role !== null && typeof count === 'number' && Number.isSafeInteger(count) && count > 0) found.set(role, count);
  }
  return found;
}

export interface StoredActor extends LibraryActor {
  /** The name key joining this actor across articles; only for named actors (person, organisation, document). */
  key?: string;
}

export interface StoredArticle {
  seq: number;
  url: string;
  title: string;
  site: string;
  published: string | null;
  analysedAt: number;
  /** The date the article is filed under: its publication day when known, else when it was analysed. */
  when: number;
  actors: StoredActor[];
  counts: VoiceCounts;
}

export interface StoredClaim {
  /** seq × CLAIM_SLOTS + i: the key. */
  id: number;
  seq: number;
  i: number;
  /** The article's date. */
  when: number;
  /** Minus the article's date: the `person` index in ascending order then lists the newest first. */
  rank: number;
  actor: number;
  /** The speaker's display name ("Unattributed" when none). */
  name: string;
  /** The speaker's name key when named: what the `person` index holds. */
  person?: string;
  text: string;
  cue: string;
  kind: LibraryEntry['claims'][number]['kind'];
  stance: LibraryEntry['claims'][number]['stance'];
  claimKind?: LibraryEntry['claims'][number]['claimKind'];
  words: string[];
}

export interface StoredPerson {
  key: string;
  name: string;
  kind: LibraryActor['kind'];
  role?: string;
  articles: number;
  claims: number;
  /** The newest article date they were reported in. */
  last: number;
  tokens: string[];
}

export interface ClaimHit {
  claim: StoredClaim;
  article: StoredArticle;
}

export interface SearchResult {
  people: StoredPerson[];
  /** Newest first, at most the limit asked for. */
  claims: ClaimHit[];
  /** All claims that matched (more than `claims` holds when the limit cut them). */
  claimTotal: number;
  /** False when a word was too common to count every match: claimTotal is then the number found, at least. */
  claimTotalExact: boolean;
}

export interface PersonPage {
  person: StoredPerson | null;
  /** What they were reported saying, newest article first, up to the limit asked for. */
  claims: ClaimHit[];
  /** How many claims of theirs are kept in all. */
  total: number;
}

export interface LibraryTotals {
  articles: number;
  claims: number;
  people: number;
}

const STORES = ['articles', 'claims', 'people', 'meta'] as const;
const NAMED_KINDS: ReadonlySet<LibraryActor['kind']> = new Set(['person', 'organisation', 'document']);

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new DOMException('request failed', 'UnknownError'));
  });
}

/** Settles when the transaction commits or aborts; a failed request's error aborts it (never prevented here). */
function finished(tx: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });
  // awaited later, after the requests; a rejection before then is not "unhandled"
  done.catch(() => undefined);
  return done;
}

/** Creates whatever store or index the layout needs and the database lacks; never deletes a record. */
interface IndexLayout {
  keyPath: string | string[];
  unique?: boolean;
  multiEntry?: boolean;
}

/** The layout as data: each store's key and indexes. ensureLayout makes a database match it. */
const LAYOUT: Record<(typeof STORES)[number], { keyPath: string; indexes: Record<string, IndexLayout> }> = {
  articles: { keyPath: 'seq', indexes: { url: { keyPath: 'url', unique: true } } },
  claims: {
    keyPath: 'id',
    indexes: { person: { keyPath: ['person', 'rank'] }, words: { keyPath: 'words', multiEntry: true } },
  },
  people: { keyPath: 'key', indexes: { tokens: { keyPath: 'tokens', multiEntry: true } } },
  meta: { keyPath: 'key', indexes: {} },
};

function indexMatches(index: IDBIndex, wanted: IndexLayout): boolean {
  return JSON.stringify(index.keyPath) === JSON.stringify(wanted.keyPath)
    && index.unique === (wanted.unique ?? false)
    && index.multiEntry === (wanted.multiEntry ?? false);
}

/**
 * Makes the database match LAYOUT: creates a missing store or index, and rebuilds an index an older layout defined
 * differently. Records are never deleted (an index is rebuilt from the records it indexes).
 */
function ensureLayout(db: IDBDatabase, tx: IDBTransaction): void {
  for (const name of STORES) {
    const { keyPath, indexes } = LAYOUT[name];
    const store = db.objectStoreNames.contains(name) ? tx.objectStore(name) : db.createObjectStore(name, { keyPath });
    for (const [indexName, wanted] of Object.entries(indexes)) {
      if (store.indexNames.contains(indexName)) {
        if (indexMatches(store.index(indexName), wanted)) continue;
        store.deleteIndex(indexName);
      }
      store.createIndex(indexName, wanted.keyPath, { unique: wanted.unique ?? false, multiEntry: wanted.multiEntry ?? false });
    }
  }
  tx.objectStore('meta').put({ key: 'schema', value: LIBRARY_SCHEMA });
}

function layoutIsComplete(db: IDBDatabase): boolean {
  if (!STORES.every((name) => db.objectStoreNames.contains(name))) return false;
  const tx = db.transaction([...STORES], 'readonly');
  return STORES.every((name) => {
    const store = tx.objectStore(name);
    return Object.entries(LAYOUT[name].indexes).every(([indexName, wanted]) =>
      store.indexNames.contains(indexName) && indexMatches(store.index(indexName), wanted));
  });
}

function openAt(factory: IDBFactory, version: number | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? factory.open(LIBRARY_DB_NAME) : factory.open(LIBRARY_DB_NAME, version);
    req.onupgradeneeded = () => {
      const tx = req.transaction;
      if (tx !== null) ensureLayout(req.result, tx);
    };
    req.onblocked = () => reject(new LibraryError('blocked', MESSAGES.blocked));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new DOMException('open failed', 'UnknownError'));
  });
}

export interface OpenOptions {
  /** Called when another context upgrades the database and this connection had to close. */
  onClosed?: () => void;
}

/**
 * Opens the library, creating it the first time. A database with an older or partial layout is completed in place
 * (one version step that only adds what is missing); one stamped by a newer WhoSaid is refused, untouched.
 */
export async function openLibrary(factory: IDBFactory | undefined = globalThis.indexedDB, options: OpenOptions = {}): Promise<LibraryStore> {
  if (factory === undefined) throw new LibraryError('unavailable', MESSAGES.unavailable);
  try {
    let db = await openAt(factory, undefined);
    if (!layoutIsComplete(db)) {
      const next = db.version + 1;
      db.close();
      db = await openAt(factory, next);
    }
    const schema = await request(db.transaction('meta', 'readonly').objectStore('meta').get('schema')) as unknown;
    const stamped = isRecord(schema) && typeof schema['value'] === 'number' ? schema['value'] : LIBRARY_SCHEMA;
    if (stamped > LIBRARY_SCHEMA) {
      db.close();
      throw new LibraryError('newer', MESSAGES.newer);
    }
    db.onversionchange = () => {
      db.close();
      options.onClosed?.();
    };
    return new LibraryStore(db);
  } catch (error) {
    throw toLibraryError(error);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Records read back are ours, but a damaged database may hold anything: each read is checked, the bad skipped. */
function isStoredArticle(value: unknown): value is StoredArticle {
  return isRecord(value) && typeof value['seq'] === 'number' && typeof value['url'] === 'string' && typeof value['title'] === 'string'
    && typeof value['site'] === 'string' && typeof value['when'] === 'number' && Array.isArray(value['actors']) && isRecord(value['counts']);
}

function isStoredClaim(value: unknown): value is StoredClaim {
  return isRecord(value) && typeof value['id'] === 'number' && typeof value['seq'] === 'number' && typeof value['i'] === 'number'
    && typeof value['when'] === 'number' && typeof value['text'] === 'string' && Array.isArray(value['words'])
    && typeof value['name'] === 'string' && typeof value['cue'] === 'string';
}

function isStoredPerson(value: unknown): value is StoredPerson {
  return isRecord(value) && typeof value['key'] === 'string' && typeof value['name'] === 'string' && typeof value['claims'] === 'number'
    && typeof value['articles'] === 'number';
}

/** The key range holding one article's claims. */
function claimsOf(seq: number): IDBKeyRange {
  return IDBKeyRange.bound(seq * CLAIM_SLOTS, seq * CLAIM_SLOTS + CLAIM_SLOTS - 1);
}

const numbers = (keys: IDBValidKey[]): number[] => keys.filter((key): key is number => typeof key === 'number');

/** The day an entry is filed under: its publication day (noon UTC) when known, else the analysis time. */
export function entryDate(entry: Pick<LibraryEntry, 'published' | 'analysedAt'>): number {
  if (entry.published !== null) {
    const parsed = Date.parse(`${entry.published}T12:00:00Z`);
    if (Number.isFinite(parsed)) return parsed;
  }
  return entry.analysedAt;
}

/** The voice mix of one article: named and unnamed voices with at least one claim, roles, unattributed claims. */
export function voiceCounts(entry: LibraryEntry): VoiceCounts {
  const speaking = new Set(entry.claims.map((claim) => claim.actor));
  const counts: VoiceCounts = { claims: entry.claims.length, named: 0, unnamed: 0, unattributed: 0, roles: {} };
  const roles = new Map<SourceRole, number>();
  for (const claim of entry.claims) if (entry.actors[claim.actor]?.kind === 'unknown') counts.unattributed += 1;
  entry.actors.forEach((actor, index) => {
    if (!speaking.has(index) || actor.kind === 'unknown') return;
    if (actor.kind === 'unnamed') counts.unnamed += 1;
    else counts.named += 1;
    // an entry is validated before it gets here, but a role that is not the engine's is never counted
    const role = sourceRoleOf(actor.role);
    if (role !== null) roles.set(role, (roles.get(role) ?? 0) + 1);
  });
  counts.roles = Object.fromEntries(roles);
  return counts;
}

function keyOfActor(actor: LibraryActor): string | undefined {
  if (!NAMED_KINDS.has(actor.kind)) return undefined;
  const key = nameKey(actor.name);
  return key === '' ? undefined : key;
}

const TOTALS_KEY = 'totals';

async function readTotals(tx: IDBTransaction): Promise<LibraryTotals | null> {
  const found: unknown = await request(tx.objectStore('meta').get(TOTALS_KEY));
  if (!isRecord(found)) return null;
  const { articles, claims, people } = found;
  if (typeof articles !== 'number' || typeof claims !== 'number' || typeof people !== 'number') return null;
  return { articles, claims, people };
}

/**
 * Adds to the running totals in the same transaction as the change. A library without them (written before they
 * existed) is counted once first.
 */
async function addToTotals(tx: IDBTransaction, delta: LibraryTotals): Promise<void> {
  let current = await readTotals(tx);
  if (current === null) {
    const stores = ['articles', 'claims', 'people'] as const;
    const [articles, claims, people] = await Promise.all(stores.map((name) => request(tx.objectStore(name).count())));
    // the change itself is already in the stores: counted, not added again
    current = { articles: (articles ?? 0) - delta.articles, claims: (claims ?? 0) - delta.claims, people: (people ?? 0) - delta.people };
  }
  tx.objectStore('meta').put({
    key: TOTALS_KEY,
    articles: Math.max(0, current.articles + delta.articles),
    claims: Math.max(0, current.claims + delta.claims),
    people: Math.max(0, current.people + delta.people),
  });
}

/** Sends one "changed" note to every open library page; nothing when the context has no BroadcastChannel. */
function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export class LibraryStore {
  readonly #db: IDBDatabase;

  constructor(db: IDBDatabase) {
    this.#db = db;
  }

  close(): void {
    this.#db.close();
  }

  /**
   * Runs `work` in one read-write transaction over the articles, claims and people: all of it is kept or none (a
   * failed request aborts the transaction), then open library pages are told. Failures become LibraryErrors.
   */
  async #write<T>(work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    try {
      const tx = this.#db.transaction([...STORES], 'readwrite');
      const done = finished(tx);
      let result: T;
      try {
        result = await work(tx);
      } catch (error) {
        try { tx.abort(); } catch { /* already finished */ }
        throw error;
      }
      await done;
      announceChange();
      return result;
    } catch (error) {
      throw toLibraryError(error);
    }
  }

  /** Runs `work` in one read-only transaction over `stores`; failures become LibraryErrors. */
  async #read<T>(stores: readonly string[], work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    try {
      return await work(this.#db.transaction([...stores], 'readonly'));
    } catch (error) {
      throw toLibraryError(error);
    }
  }

  /** Keeps one analysed article, replacing an earlier analysis of the same address. */
  async save(entry: LibraryEntry): Promise<number> {
    const seqs = await this.saveMany([entry], 'replace');
    const seq = seqs[0];
    if (seq === undefined) throw new LibraryError('failed', MESSAGES.failed);
    return seq;
  }

  /**
   * Keeps several articles in one transaction (all or none). An address already kept is replaced ('replace'), or
   * only when the new analysis is newer ('newer', for imports), or never ('absent': a page reached by a same-document
   * navigation is a new entry, never a replacement). Returns the new records' seqs.
   */
  saveMany(entries: readonly LibraryEntry[], policy: SavePolicy): Promise<number[]> {
    return this.#write(async (tx) => {
      const seqs: number[] = [];
      for (const entry of entries) {
        const seq = await this.#saveIn(tx, entry, policy);
        if (seq !== null) seqs.push(seq);
      }
      return seqs;
    });
  }

  async #saveIn(tx: IDBTransaction, entry: LibraryEntry, policy: SavePolicy): Promise<number | null> {
    const articles = tx.objectStore('articles');
    const previous: unknown = await request(articles.index('url').get(entry.url));
    if (isStoredArticle(previous)) {
      if (policy === 'absent' || (policy === 'newer' && previous.analysedAt >= entry.analysedAt)) return null;
      await this.#removeIn(tx, previous);
    }
    const when = entryDate(entry);
    const actors: StoredActor[] = entry.actors.map((actor) => {
      const key = keyOfActor(actor);
      return key === undefined ? { ...actor } : { ...actor, key };
    });
    // the newest article takes the lowest seq, so every store's key order is newest first
    const [lowest] = numbers(await request(articles.getAllKeys(null, 1)));
    const seq = lowest === undefined ? FIRST_SEQ : lowest - 1;
    const article: StoredArticle = {
      seq,
      url: entry.url,
      title: entry.title,
      site: entry.site,
      published: entry.published,
      analysedAt: entry.analysedAt,
      when,
      actors,
      counts: voiceCounts(entry),
    };
    articles.add(article);
    const claims = tx.objectStore('claims');
    const claimsPerKey = new Map<string, number>();
    entry.claims.forEach((claim, i) => {
      const actor = actors[claim.actor];
      const stored: StoredClaim = {
        id: seq * CLAIM_SLOTS + i,
        seq,
        i,
        when,
        rank: -when,
        actor: claim.actor,
        name: actor === undefined || actor.kind === 'unknown' ? unattributedLabel() : actor.name,
        text: claim.text,
        cue: claim.cue,
        kind: claim.kind,
        stance: claim.stance,
        words: claimWords(claim.text),
      };
      if (claim.claimKind !== undefined) stored.claimKind = claim.claimKind;
      if (actor?.key !== undefined) {
        stored.person = actor.key;
        claimsPerKey.set(actor.key, (claimsPerKey.get(actor.key) ?? 0) + 1);
      }
      // not awaited one by one: the requests queue in the transaction, whose completion is awaited
      claims.put(stored);
    });
    const people = tx.objectStore('people');
    const added: LibraryTotals = { articles: 1, claims: entry.claims.length, people: 0 };
    for (const [key, count] of claimsPerKey) {
      const actor = actors.find((candidate) => candidate.key === key);
      if (actor === undefined) continue;
      const found: unknown = await request(people.get(key));
      if (!isStoredPerson(found)) added.people += 1;
      const person: StoredPerson = isStoredPerson(found)
        ? { ...found, articles: found.articles + 1, claims: found.claims + count, last: Math.max(found.last, when) }
        : { key, name: actor.name, kind: actor.kind, articles: 1, claims: count, last: when, tokens: nameTokens(actor.name) };
      // the newest article's role and fullest name win
      if (actor.role !== undefined && when >= person.last) person.role = actor.role;
      if (actor.name.length > person.name.length) person.name = actor.name;
      // the name's tokens follow the name shown (and a name kept before gains the Latin key of its Cyrillic words)
      person.tokens = nameTokens(person.name);
      people.put(person);
    }
    await addToTotals(tx, added);
    return seq;
  }

  async #removeIn(tx: IDBTransaction, article: StoredArticle): Promise<void> {
    const claims = tx.objectStore('claims');
    const range = claimsOf(article.seq);
    const stored: unknown[] = await request(claims.getAll(range));
    const perKey = new Map<string, number>();
    for (const claim of stored) {
      if (isStoredClaim(claim) && claim.person !== undefined) perKey.set(claim.person, (perKey.get(claim.person) ?? 0) + 1);
    }
    claims.delete(range);
    const people = tx.objectStore('people');
    const removed: LibraryTotals = { articles: -1, claims: -stored.length, people: 0 };
    for (const [key, count] of perKey) {
      const found: unknown = await request(people.get(key));
      if (!isStoredPerson(found)) continue;
      if (found.articles <= 1) {
        people.delete(key);
        removed.people -= 1;
      } else {
        people.put({ ...found, articles: found.articles - 1, claims: Math.max(0, found.claims - count) });
      }
    }
    tx.objectStore('articles').delete(article.seq);
    await addToTotals(tx, removed);
  }

  /** Removes one article, its claims and its share of each person's counts. */
  remove(seq: number): Promise<void> {
    return this.#write(async (tx) => {
      const found: unknown = await request(tx.objectStore('articles').get(seq));
      if (isStoredArticle(found)) await this.#removeIn(tx, found);
    });
  }

  /** Forgets everything kept: the library is empty afterwards (its layout stays). */
  forgetAll(): Promise<void> {
    return this.#write(async (tx) => {
      for (const name of ['articles', 'claims', 'people']) tx.objectStore(name).clear();
      tx.objectStore('meta').put({ key: TOTALS_KEY, articles: 0, claims: 0, people: 0 });
    });
  }

  /** How much is kept: from the running totals every write keeps (counting 300,000 claims takes too long). */
  totals(): Promise<LibraryTotals> {
    return this.#read([...STORES], async (tx) => {
      const kept = await readTotals(tx);
      if (kept !== null) return kept;
      const stores = ['articles', 'claims', 'people'] as const;
      const [articles, claims, people] = await Promise.all(stores.map((name) => request(tx.objectStore(name).count())));
      return { articles: articles ?? 0, claims: claims ?? 0, people: people ?? 0 };
    });
  }

  /** The most recently kept articles, newest first. */
  recentArticles(limit: number): Promise<StoredArticle[]> {
    return this.#read(['articles'], async (tx) => {
      const found: unknown[] = await request(tx.objectStore('articles').getAll(null, limit));
      return found.filter(isStoredArticle);
    });
  }

  /** Every article's record (no claim texts): what the charts add up. */
  allArticles(): Promise<StoredArticle[]> {
    return this.#read(['articles'], async (tx) => {
      const found: unknown[] = await request(tx.objectStore('articles').getAll());
      return found.filter(isStoredArticle);
    });
  }

  /**
   * People and bodies whose name has a word starting with each query word, most claims first; and the claims
   * holding every query word, newest first — both from the indexes, never a scan of the claims.
   */
  async search(query: string, limit = 50): Promise<SearchResult> {
    const { name, nameLatin, claim } = queryTokens(query);
    if (name.length === 0) return { people: [], claims: [], claimTotal: 0, claimTotalExact: true };
    return this.#read(['people', 'claims', 'articles'], async (tx) => {
      const peopleIndex = tx.objectStore('people').index('tokens');
      const startingWith = (token: string) => request(peopleIndex.getAllKeys(IDBKeyRange.bound(token, `${token}\uffff`), 5_000));
      // a query word finds a name by its own letters or, in Latin letters, by a Cyrillic name's Latin key
      const keysFor = async (token: string, latin: string) => {
        const [own, viaLatin] = await Promise.all([startingWith(token), latin !== '' ? startingWith(latin) : Promise.resolve([])]);
        return [...own, ...viaLatin];
      };
      const [personKeys, matched] = await Promise.all([
        Promise.all(name.map((token, index) => keysFor(token, nameLatin[index] ?? ''))),
        this.#claimSearch(tx, claim, limit),
      ]);
      const peopleStore = tx.objectStore('people');
      const personHits = intersect(personKeys.map((keys) => keys.map(String)));
      const people = (await Promise.all(personHits.map((key) => request(peopleStore.get(key)) as Promise<unknown>)))
        .filter(isStoredPerson)
        .sort((a, b) => b.claims - a.claims || b.last - a.last)
        .slice(0, 30);
      const claims = await this.#hits(tx, matched.keys.slice(0, limit));
      return { people, claims, claimTotal: matched.keys.length, claimTotalExact: matched.exact };
    });
  }

  /**
   * The ids of the claims holding every token, newest first, `limit` of them at most. Each token's ids come from
   * the words index in key order (newest first), at most WORD_CAP of them; intersected, they are exact down to the
   * oldest id every capped list still reaches (the horizon). Past it, the claims of the rarest token are read on
   * and checked against their own words until `limit` match or SEARCH_BUDGET_MS has passed: a search stays quick
   * however common its words, and says when it stopped early (exact: false).
   */
  async #claimSearch(tx: IDBTransaction, tokens: readonly string[], limit: number): Promise<{ keys: number[]; exact: boolean }> {
    if (tokens.length === 0) return { keys: [], exact: true };
    const started = performance.now();
    const index = tx.objectStore('claims').index('words');
    const lists = (await Promise.all(tokens.map((token) => request(index.getAllKeys(IDBKeyRange.only(token), WORD_CAP))))).map(numbers);
    const capped = lists.filter((list) => list.length >= WORD_CAP);
    const horizon = capped.reduce((oldest, list) => Math.min(oldest, list[list.length - 1] ?? Infinity), Infinity);
    const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
    // a word in no claim at all: nothing can match
    if (smallest === undefined || smallest.length === 0) return { keys: [], exact: true };
    const sets = rest.map((list) => new Set(list));
    const found = smallest.filter((key) => key <= horizon && sets.every((set) => set.has(key)));
    if (capped.length === 0) return { keys: found, exact: true };
    if (found.length >= limit) return { keys: found, exact: false };
    // the rarest token: the one whose list reached furthest back, or a complete one
    // ids fall as articles get newer, so a capped list's last id is how far back it reached
    const reach = (list: number[]): number => (list.length < WORD_CAP ? Infinity : (list[list.length - 1] ?? 0));
    let rarestAt = 0;
    lists.forEach((list, at) => {
      if (reach(list) > reach(lists[rarestAt] ?? [])) rarestAt = at;
    });
    const rarest = tokens[rarestAt] ?? '';
    const complete = await new Promise<boolean>((resolve, reject) => {
      const req = index.openCursor(IDBKeyRange.only(rarest));
      let jumped = false;
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (cursor === null) return resolve(true);
        if (!jumped) {
          jumped = true;
          // straight past the horizon: what lies before it is decided already
          cursor.continuePrimaryKey(rarest, horizon + 1);
          return;
        }
        const record: unknown = cursor.value;
        if (isStoredClaim(record) && tokens.every((token) => record.words.includes(token))) found.push(record.id);
        if (found.length >= limit || performance.now() - started > SEARCH_BUDGET_MS) return resolve(false);
        cursor.continue();
      };
    });
    // every match holds the rarest token: when its claims were read to the end, nothing was missed
    return { keys: found, exact: complete };
  }

  async #hits(tx: IDBTransaction, keys: readonly number[]): Promise<ClaimHit[]> {
    const claimStore = tx.objectStore('claims');
    const articleStore = tx.objectStore('articles');
    const claims = (await Promise.all(keys.map((key) => request(claimStore.get(key)) as Promise<unknown>))).filter(isStoredClaim);
    const seqs = [...new Set(claims.map((claim) => claim.seq))];
    const articles = new Map<number, StoredArticle>();
    for (const found of await Promise.all(seqs.map((seq) => request(articleStore.get(seq)) as Promise<unknown>))) {
      if (isStoredArticle(found)) articles.set(found.seq, found);
    }
    const hits: ClaimHit[] = [];
    for (const claim of claims) {
      const article = articles.get(claim.seq);
      if (article !== undefined) hits.push({ claim, article });
    }
    return hits;
  }

  /** A person's or body's page: what they were reported saying, newest article first, `limit` claims at most. */
  async person(key: string, limit: number): Promise<PersonPage> {
    return this.#read(['people', 'claims', 'articles'], async (tx) => {
      // the index's order is [name key, minus the date]: the first `limit` are the newest
      const range = IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
      const [found, keys] = await Promise.all([
        request(tx.objectStore('people').get(key)) as Promise<unknown>,
        request(tx.objectStore('claims').index('person').getAllKeys(range, limit)),
      ]);
      const person = isStoredPerson(found) ? found : null;
      const hits = await this.#hits(tx, numbers(keys));
      return { person, claims: hits, total: person?.claims ?? hits.length };
    });
  }

  /** One article with all its claims, or null. */
  async article(seq: number): Promise<{ article: StoredArticle; claims: StoredClaim[] } | null> {
    return this.#read(['claims', 'articles'], async (tx) => {
      const [found, claims] = await Promise.all([
        request(tx.objectStore('articles').get(seq)) as Promise<unknown>,
        request(tx.objectStore('claims').getAll(claimsOf(seq))) as Promise<unknown[]>,
      ]);
      return isStoredArticle(found) ? { article: found, claims: claims.filter(isStoredClaim) } : null;
    });
  }

  /** Everything kept, as the entries an export file holds; unreadable records are counted, not fatal. */
  async exportEntries(): Promise<{ entries: LibraryEntry[]; unreadable: number }> {
    return this.#read(['claims', 'articles'], async (tx) => {
      const [articles, claims] = await Promise.all([
        request(tx.objectStore('articles').getAll()) as Promise<unknown[]>,
        request(tx.objectStore('claims').getAll()) as Promise<unknown[]>,
      ]);
      let unreadable = 0;
      const claimsOf = new Map<number, StoredClaim[]>();
      for (const claim of claims) {
        if (!isStoredClaim(claim)) {
          unreadable += 1;
          continue;
        }
        const list = claimsOf.get(claim.seq) ?? [];
        list.push(claim);
        claimsOf.set(claim.seq, list);
      }
      const entries: LibraryEntry[] = [];
      for (const article of articles) {
        if (!isStoredArticle(article)) {
          unreadable += 1;
          continue;
        }
        const own = (claimsOf.get(article.seq) ?? []).sort((a, b) => a.i - b.i);
        entries.push({
          url: article.url,
          title: article.title,
          site: article.site,
          published: article.published,
          analysedAt: article.analysedAt,
          actors: article.actors.map(({ key: _key, ...actor }) => actor),
          claims: own.map(({ actor, text, cue, kind, stance, claimKind }) =>
            claimKind === undefined ? { actor, text, cue, kind, stance } : { actor, text, cue, kind, stance, claimKind }),
        });
      }
      return { entries, unreadable };
    });
  }
}

/** The strings present in every list (the first list's order). */
function intersect(lists: string[][]): string[] {
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (first === undefined) return [];
  const sets = rest.map((list) => new Set(list));
  return [...new Set(first)].filter((key) => sets.every((set) => set.has(key)));
}
