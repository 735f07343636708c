/**
 * What must hold for any analysis of any input, as a list of readable problems (empty when all hold): spans
 * inside their block, claims pointing at existing actors, ids unique, mentions and fragments in text order; and
 * `expectSound`, which analyses and fails with every broken invariant listed.
 */
import { expect } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { Analysis, Span, TextBlock } from '../../src/engine/index.js';
import { isFunctionWord, lexiconFor } from '../../src/engine/lab/index.js';

const QUOTE_KINDS = new Set(['direct', 'indirect', 'mixed']);
const STANCES = new Set(['neutral', 'distancing', 'hedged', 'cognition']);
const ACTOR_KINDS = new Set(['person', 'organisation', 'document', 'unnamed', 'unknown']);

export function analysisProblems(blocks: TextBlock[], analysis: Analysis): string[] {
  const problems: string[] = [];
  const spanProblem = (span: Span, what: string): void => {
    const block = blocks[span.block];
    if (!Number.isInteger(span.block) || !block) problems.push(`${what}: block ${span.block} does not exist (${blocks.length} blocks)`);
    else if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.start > span.end || span.end > block.text.length) {
      problems.push(`${what}: [${span.start}, ${span.end}) is outside block ${span.block} of length ${block.text.length}`);
    }
  };
  const inOrder = (spans: Span[], what: string): void => {
    for (let index = 1; index < spans.length; index += 1) {
      const previous = spans[index - 1];
      const current = spans[index];
      if (previous && current && (current.block < previous.block || (current.block === previous.block && current.start < previous.start))) {
        problems.push(`${what}: span ${index} [${current.block}:${current.start}] comes before span ${index - 1} [${previous.block}:${previous.start}]`);
      }
    }
  };

  if (analysis.blocks.length !== blocks.length || analysis.blocks.some((block, index) => block.text !== blocks[index]?.text || block.kind !== blocks[index]?.kind)) {
    problems.push('analysis.blocks differ from the input blocks');
  }
  const actorIds = new Set<string>();
  for (const actor of analysis.actors) {
    if (actorIds.has(actor.id)) problems.push(`actor id ${actor.id} is used twice`);
    actorIds.add(actor.id);
    if (!ACTOR_KINDS.has(actor.kind)) problems.push(`actor ${actor.id}: unknown kind ${actor.kind}`);
    if (typeof actor.name !== 'string' || actor.name.trim() === '') problems.push(`actor ${actor.id}: empty name`);
    actor.mentions.forEach((span, index) => spanProblem(span, `actor ${actor.id} mention ${index}`));
    inOrder(actor.mentions, `actor ${actor.id} mentions`);
  }
  for (const actor of analysis.actors) {
    if (actor.authorId !== undefined && (!actorIds.has(actor.authorId) || actor.authorId === actor.id)) {
      problems.push(`actor ${actor.id}: author ${actor.authorId} is not another actor`);
    }
  }
  const claimIds = new Set<string>();
  for (const claim of analysis.claims) {
    const what = `claim ${claim.id}`;
    if (claimIds.has(claim.id)) problems.push(`claim id ${claim.id} is used twice`);
    claimIds.add(claim.id);
    if (!QUOTE_KINDS.has(claim.quote)) problems.push(`${what}: unknown kind ${claim.quote}`);
    if (!STANCES.has(claim.stance)) problems.push(`${what}: unknown stance ${claim.stance}`);
    if (typeof claim.cueLemma !== 'string' || claim.cueLemma === '') problems.push(`${what}: empty cue lemma`);
    if (claim.source) spanProblem(claim.source, `${what} source`);
    spanProblem(claim.cue, `${what} cue`);
    if (claim.cue.start === claim.cue.end) problems.push(`${what}: empty cue`);
    if (claim.content.length === 0) problems.push(`${what}: no content fragment`);
    claim.content.forEach((span, index) => spanProblem(span, `${what} content ${index}`));
    inOrder(claim.content, `${what} content`);
    if (!actorIds.has(claim.actorId)) problems.push(`${what}: actor ${claim.actorId} does not exist`);
  }
  // one unknown speaker at most, last, and only when a claim is its
  const unknown = analysis.actors.filter((actor) => actor.kind === 'unknown');
  if (unknown.length > 1) problems.push(`${unknown.length} unknown speakers`);
  for (const actor of unknown) {
    if (analysis.actors[analysis.actors.length - 1] !== actor) problems.push(`the unknown speaker ${actor.id} is not the last actor`);
    if (!analysis.claims.some((claim) => claim.actorId === actor.id)) problems.push(`the unknown speaker ${actor.id} has no claim`);
  }
  for (const actor of analysis.actors) {
    if (isFunctionWord(lexiconFor('en'), actor.name.trim().toLowerCase())) problems.push(`actor ${actor.id} is named by a function word: "${actor.name}"`);
  }
  return problems;
}

/** Analyses `blocks` and fails the test with every broken invariant listed. */
export function expectSound(blocks: TextBlock[]): void {
  expect(analysisProblems(blocks, analyze(blocks))).toEqual([]);
}
