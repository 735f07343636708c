/**
 * Lists every actor the engine names over the English news pages of ../shared/pages/readability, read exactly as
 * `whosaid analyze PAGE.html` reads them (the CLI's own readArticleFile, then analyze), so bad names — a lone
 * function word, a verb, a fragment — can be seen in one place. Names that look wrong are marked with "!".
 *
 *   npx tsx scripts/list-actors.ts [--bad] [--claims] [page …]
 *
 * --bad prints only the marked names; --claims also prints each page's claims whose content looks like page
 * furniture (print notes, bios, share prompts) for a quick look.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/engine/index.js';
import { readArticleFile } from '../src/cli/article-file.js';
import { ENGLISH_NEWS_PAGES, PAGES_DIR } from '../tests/page/article/readability-reference.js';

const args = process.argv.slice(2);
const onlyBad = args.includes('--bad');
const showClaims = args.includes('--claims');
const named = args.filter((a) => !a.startsWith('--'));
const pages = named.length > 0 ? named : ENGLISH_NEWS_PAGES;

/** A crude second opinion, independent of the engine's own word lists: what a reader would call "not a name". */
const SUSPECT_WORDS = new Set([
  'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'also', 'still', 'then', 'now', 'when', 'while', 'as',
  'if', 'because', 'although', 'though', 'after', 'before', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from',
  'to', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'is', 'was', 'has', 'had', 'have', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'did', 'does', 'do', 'be', 'been', 'are', 'were', 'instead', 'indeed',
  'it', 'there', 'here', 'what', 'which', 'who', 'not', 'even', 'just', 'only', 'previously', 'later', 'earlier',
]);

function looksBad(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[^a-z']/g, '');
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[^a-z']/g, '');
  if (words.length === 1 && (SUSPECT_WORDS.has(first) || /(?:ed|ing)$/.test(first))) return true;
  if (SUSPECT_WORDS.has(last) && !['the'].includes(last)) return true;
  return false;
}

const FURNITURE = /appears in print|continue reading|previously, (?:she|he|they) |share this|newsletter|sign up/i;

if (!existsSync(PAGES_DIR)) {
  console.log('../shared/pages/readability is absent: nothing to list');
  process.exit(0);
}
let bad = 0;
let total = 0;
for (const page of pages) {
  const file = fileURLToPath(new URL(`${page}/source.html`, PAGES_DIR));
  let analysis;
  try {
    analysis = analyze(await readArticleFile(file));
  } catch (error) {
    console.log(`${page}: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const counts = new Map<string, number>();
  for (const c of analysis.claims) counts.set(c.actorId, (counts.get(c.actorId) ?? 0) + 1);
  const unknown = new Set(analysis.actors.filter((a) => a.kind === 'unknown').map((a) => a.id));
  const noActor = analysis.claims.filter((c) => unknown.has(c.actorId)).length;
  const lines: string[] = [];
  for (const actor of analysis.actors) {
    total++;
    const mark = looksBad(actor.name) ? '!' : ' ';
    if (mark === '!') bad++;
    if (onlyBad && mark !== '!') continue;
    lines.push(`  ${mark} ${actor.kind.padEnd(12)} ${String(counts.get(actor.id) ?? 0).padStart(3)}  ${actor.name}`);
  }
  if (showClaims) {
    for (const c of analysis.claims) {
      const text = c.content.map((s) => analysis.blocks[s.block]?.text.slice(s.start, s.end) ?? '').join(' … ');
      if (FURNITURE.test(text)) lines.push(`  ~ furniture claim (${c.actorId}): ${text.slice(0, 120)}`);
    }
  }
  if (lines.length > 0 || !onlyBad) {
    console.log(`${page}: ${analysis.actors.length} actors, ${analysis.claims.length} claims, ${noActor} by the unknown speaker`);
    for (const l of lines) console.log(l);
  }
}
console.log(`\n${bad} of ${total} actor names look wrong`);
