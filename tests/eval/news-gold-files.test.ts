import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNewsGold } from '../../src/eval/news-gold.js';

// The judged pages' gold must hold offsets, hashes and keys only: the articles stay in ../shared.
const DIR = new URL('../fixtures/news-gold/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
// another language's pages lie in its own folder (news-gold/de/, fr/), judged the same way
const inFolder = (folder: string): string[][] => readdirSync(new URL(folder, DIR)).filter((f) => f.endsWith('.json')).map((f) => [folder, f]);
const germanFiles = inFolder('de/');
const otherLanguages = [...germanFiles, ...inFolder('fr/')];

/** Every string anywhere in a parsed JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return [...Object.keys(value), ...Object.values(value).flatMap(strings)];
  return [];
}

const ALLOWED = /^(?:[0-9a-f]{6}|[0-9a-f]{8}|statement|finding|thought|deed|writer|topic|other|page|path|blocks|speakers|names|mentions|statements|lookalikes|furniture|kind|cue|content|speaker|span|reason|)$/;

describe('news gold files', () => {
  it('has judged pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });
  it('has judged German pages', () => {
    expect(germanFiles.length).toBeGreaterThanOrEqual(10);
  });
  it.each([...files.map((f) => ['', f]), ...otherLanguages])('%s%s parses and stores no page text', (folder, file) => {
    const text = readFileSync(new URL(`${folder}${file}`, DIR), 'utf8');
    const gold = parseNewsGold(text, file);
    expect(`${gold.page}.json`).toBe(file);
    expect(gold.path).toMatch(/^(?:pages\/readability\/[\w-]+\/source\.html|articles\/[\w-]+\.html|pages\/intl\/[a-z]{2}\/[\w.-]+\.html)$/);
    const loose = strings(JSON.parse(text)).filter((s) => s !== gold.page && s !== gold.path && !ALLOWED.test(s));
    expect(loose).toEqual([]);
  });
});
