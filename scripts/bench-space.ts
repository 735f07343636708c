/**
 * Space section of `npm run bench`: counting the space given (src/shared/space.ts) on a 1 MB synthetic news article.
 * The sidebar counts a long page's space in slices after it has shown (src/ui/sidebar/use-space.ts), so the goal is
 * on the longest slice of a fresh run (a click loads a fresh content script, nothing compiled yet): under a long
 * task (50 ms). The whole count, at once, first and warm, is printed beside it. Times are this process's CPU time
 * (as the engine section's are too): wall-clock time on a shared machine mostly measures the other processes.
 */
import { analyze } from '../src/engine/index.js';
import { spaceGiven, spaceGivenInSlices } from '../src/shared/space.js';
import { syntheticNewsArticle, utf8Bytes } from './bench-news-text.js';

const GOAL_SLICE_MS = 50;
const RUNS = 9;

/** CPU milliseconds `work` takes. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function run(): Promise<boolean> {
  const blocks = syntheticNewsArticle(1_000_000);
  const analysis = analyze(blocks);

  // sliced, fresh: the longest stretch between two yields
  const steps = spaceGivenInSlices(analysis);
  let longest = 0;
  let slices = 0;
  let done = false;
  while (!done) {
    longest = Math.max(longest, cpuMs(() => {
      done = steps.next().done === true;
    }));
    slices += 1;
  }

  const times: number[] = [];
  let summary = '';
  for (let index = 0; index < RUNS; index += 1) {
    times.push(cpuMs(() => {
      const space = spaceGiven(analysis);
      summary = `${space.articleWords} article words, ${space.reportedWords} reported (${space.quoted} quoted), ${space.actors.length} sources`;
    }));
  }
  const warm = [...times.slice(1)].sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] ?? 0;
  const met = longest <= GOAL_SLICE_MS;
  console.log(`space given over ${(utf8Bytes(blocks) / 1_000_000).toFixed(2)} MB, ${analysis.claims.length} claims: ${summary}`);
  console.log(`  sliced (fresh): ${slices} slices, longest ${longest.toFixed(1)} ms CPU (goal ≤ ${GOAL_SLICE_MS} ms) ${met ? 'met' : 'MISSED'}`);
  console.log(`  all at once: next call ${(times[0] ?? 0).toFixed(1)} ms CPU, warm median ${median.toFixed(1)} ms CPU`);
  return met;
}
