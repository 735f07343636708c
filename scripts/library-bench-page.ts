/**
 * Bundled by the library bench and evaluated inside the extension's own page in Chromium (where its IndexedDB
 * really runs): fills the library with the made-up articles through the same store the extension uses, and times
 * the store's operations in the page. Exposes `globalThis.whosaidLibraryBench`.
 */
import { openLibrary } from '../src/shared/library/store.js';
import type { LibraryEntry } from '../src/shared/library/entry.js';
import { benchLibrary } from './library-bench-data.js';

let source: Generator<LibraryEntry> | null = null;

/** How many articles the library holds now. */
async function keptArticles(): Promise<number> {
  const store = await openLibrary();
  const { articles } = await store.totals();
  store.close();
  return articles;
}

/** Empties the library and starts the made-up articles over. */
async function begin(articles: number): Promise<void> {
  const store = await openLibrary();
  await store.forgetAll();
  store.close();
  source = benchLibrary(articles).entries();
}

/** Keeps the next `count` made-up articles, `batch` per transaction (as an import does); false when none are left. */
async function fillNext(count: number, batch: number): Promise<{ more: boolean; articles: number; claims: number }> {
  const store = await openLibrary();
  let articles = 0;
  let claims = 0;
  let more = true;
  let pending: LibraryEntry[] = [];
  while (articles < count) {
    const next = source?.next();
    if (next === undefined || next.done === true) {
      more = false;
      break;
    }
    pending.push(next.value);
    articles += 1;
    claims += next.value.claims.length;
    if (pending.length >= batch) {
      await store.saveMany(pending, 'replace');
      pending = [];
    }
  }
  if (pending.length > 0) await store.saveMany(pending, 'replace');
  store.close();
  return { more, articles, claims };
}

async function timeSearches(runs: number): Promise<Array<{ query: string; ms: number[]; people: number; claims: number }>> {
  const store = await openLibrary();
  const out = [];
  for (const query of benchLibrary(0).queries) {
    const ms: number[] = [];
    let people = 0;
    let claims = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await store.search(query);
      ms.push(performance.now() - started);
      people = result.people.length;
      claims = result.claimTotal;
    }
    out.push({ query, ms, people, claims });
  }
  store.close();
  return out;
}

async function timePerson(): Promise<{ name: string; key: string; claims: number; ms: number }> {
  const store = await openLibrary();
  const top = (await store.search('pamfilova')).people[0];
  const started = performance.now();
  const page = await store.person(top?.key ?? '', 100);
  const ms = performance.now() - started;
  store.close();
  return { name: top?.name ?? '', key: top?.key ?? '', claims: page.total, ms };
}

async function timeWrite(): Promise<number[]> {
  const store = await openLibrary();
  const ms: number[] = [];
  let n = 0;
  for (const entry of benchLibrary(5, 99).entries()) {
    const started = performance.now();
    const seq = await store.save({ ...entry, url: `https://bench.example/extra/${n++}` });
    ms.push(performance.now() - started);
    // taken out again, so a kept bench library stays the size it was filled to
    await store.remove(seq);
  }
  store.close();
  return ms;
}

Reflect.set(globalThis, 'whosaidLibraryBench', { keptArticles, begin, fillNext, timeSearches, timePerson, timeWrite });
