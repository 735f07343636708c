/**
 * `npm run eval -- --language <tag>` for a language with no annotated corpus (French, Spanish, Portuguese, Italian,
 * Russian: only English has PolNeAR and German SpkAtt): says so, and prints what there is instead, the table of that
 * language's hand-judged real pages (tests/fixtures/news-gold/<tag>/, src/eval/news.ts). A language with no judged
 * pages yet gets a line saying that too, and the run succeeds: nothing is wrong, there is only nothing to measure.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NEWS_GOLD_DIR, runNewsEval } from './news.js';

/** The languages with an annotated corpus, and the eval that reads it (run-eval.ts routes to them). */
export const CORPUS_LANGUAGES: Readonly<Record<string, string>> = { en: 'PolNeAR', de: 'SpkAtt-2023 news, GePaDe' };

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Whether `tag` (any case, any region) names a language with no annotated corpus. */
export function lacksCorpus(tag: string): boolean {
  return CORPUS_LANGUAGES[tag.toLowerCase().split('-')[0] ?? ''] === undefined;
}

export async function runWithoutCorpus(args: readonly string[], tag: string): Promise<number> {
  const language = tag.toLowerCase().split('-')[0] ?? tag;
  const corpora = Object.entries(CORPUS_LANGUAGES).map(([code, corpus]) => `${languageName(code)} (${corpus})`).join(' and ');
  process.stdout.write(`No annotated corpus exists for ${languageName(language)} [${language}]; only ${corpora} have one. ` +
    `What there is to measure are its hand-judged real pages.\n\n`);
  const dir = new URL(`${language}/`, NEWS_GOLD_DIR);
  if (!existsSync(dir)) {
    process.stdout.write(`No ${languageName(language)} pages judged yet either (${fileURLToPath(dir)} not found).\n`);
    return 0;
  }
  const rest = args.filter((arg, i) => arg !== '--language' && args[i - 1] !== '--language');
  return runNewsEval(['--news', '--language', language, ...rest]);
}
