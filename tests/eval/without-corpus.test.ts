/**
 * `npm run eval -- --language <tag>` for a language with no annotated corpus: it says so and succeeds, with the
 * language's judged real pages when there are some, never English PolNeAR in their place.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lacksCorpus, runWithoutCorpus } from '../../src/eval/without-corpus.js';

afterEach(() => vi.restoreAllMocks());

describe('a language with no annotated corpus', () => {
  it('is every language but English and German, whatever its case or region', () => {
    expect(['fr', 'es', 'pt-BR', 'it', 'RU'].every(lacksCorpus)).toBe(true);
    expect(['en', 'en-GB', 'de', 'DE-at'].some(lacksCorpus)).toBe(false);
  });

  it('says there is no corpus and, with no pages judged yet, succeeds saying that too', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(await runWithoutCorpus(['--language', 'xx'], 'xx')).toBe(0);
    const text = written.join('');
    expect(text).toMatch(/^No annotated corpus exists for xx \[xx\]; only English \(PolNeAR\) and German \(SpkAtt-2023 news, GePaDe\) have one\./);
    expect(text).toContain('No xx pages judged yet either');
    expect(text).not.toContain('PolNeAR dev');
  });
});
