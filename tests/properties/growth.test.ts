/**
 * The growth measure used by the linear-time properties can tell linear from quadratic work, so a pass means something.
 */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/engine/index.js';
import { measureGrowth } from './growth.js';

const textOf = (size: number): TextBlock[] => [{ kind: 'paragraph', text: 'a'.repeat(size) }];

/** Keeps the loops from being optimised away. */
let sink = 0;

describe('measureGrowth', () => {
  it('finds linear work growing about 4× for 4× the input', () => {
    const linear = (blocks: TextBlock[]): void => {
      for (const block of blocks) for (let index = 0; index < block.text.length * 40; index += 1) sink += index & 1;
    };
    expect(measureGrowth(textOf, linear, { startSize: 1_000, longEnoughMs: 3 }).ratio).toBeLessThan(8);
  });

  it('finds quadratic work growing far more than 8× for 4× the input', () => {
    const quadratic = (blocks: TextBlock[]): void => {
      for (const block of blocks) {
        const length = block.text.length;
        for (let outer = 0; outer < length; outer += 1) for (let inner = 0; inner < length; inner += 16) sink += inner & 1;
      }
    };
    expect(measureGrowth(textOf, quadratic, { startSize: 250, longEnoughMs: 0.5 }).ratio).toBeGreaterThan(8);
    expect(sink).toBeGreaterThan(0);
  });
});
