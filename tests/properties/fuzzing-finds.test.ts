/**
 * Inputs on which fuzzing (and the real pages) once broke an invariant of invariants.ts, kept as guards, smallest
 * form first. A newly found bug that is not fixed yet goes here as `it.fails` (main stays green, the output shows
 * "expected fail"); when the engine is fixed it turns red, and dropping `.fails` makes it a guard.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { TextBlock } from '../../src/engine/index.js';
import { expectSound } from './invariants.js';

const paragraphs = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
const headlines = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'headline', text }));

describe('engine on inputs fuzzing once broke', () => {
  it('names every actor when an acronym follows a paragraph break', () => {
    expectSound(paragraphs('Election', 'Commission (EC) said no.'));
  });

  it('never expands an acronym from words of the previous block', () => {
    expect(analyze(paragraphs('Election Commission', '(EC) said no.')).actors.map((actor) => actor.name)).toEqual(['EC']);
  });

  it("keeps an actor's mentions in text order when it is both a document's author and a source", () => {
    expectSound(headlines('CEC the document said said ? ( CEC CEC said said'));
  });

  it('gives no content-less claim for a colon ending a paragraph before a quotation in the next (3 real pages did)', () => {
    expectSound(paragraphs('The replies fell into groups:', '"Right on! I agree."'));
  });

  it('gives no content-less claim for a headline colon followed by a bare quote mark', () => {
    expectSound(headlines('she :', '"'));
  });

  // Word-keyed plain objects once found Object.prototype.constructor (a function) and threw; real page 002 did.
  it('does not throw on words that are Object.prototype keys ("constructor")', () => {
    expectSound(paragraphs('Call the constructor with new, then __proto__ and toString and hasOwnProperty.', 'She constructor that the plan works. The constructor said so.'));
  });
});
