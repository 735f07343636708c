/**
 * The confidence tables of `npm run eval` (src/eval/calibration.ts): precision and recall above thresholds, and the
 * reliability of the confidence per bin, over judgements made by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatReliability, formatThresholds, type Judged } from '../../src/eval/calibration.js';

const judged: Judged = {
  gold: 10,
  judgements: [
    { p: 0.95, right: true }, { p: 0.92, right: true }, { p: 0.85, right: true }, { p: 0.82, right: false },
    { p: 0.65, right: true }, { p: 0.62, right: false }, { p: 0.4, right: false }, { p: 0.45, right: true },
  ],
};

describe('confidence tables', () => {
  it('counts claims, precision and recall at each threshold', () => {
    const lines = formatThresholds(judged, [0, 0.6, 0.8]).split('\n');
    // all: 8 claims, 5 right of 10 gold → P 62.5, R 50.0
    expect(lines[2]).toMatch(/^all\s+8\s+62\.5\s+50\.0\s+55\.6$/);
    // ≥ 0.6: 6 claims, 4 right
    expect(lines[3]).toMatch(/^0\.60( \(LOW_CONFIDENCE\))?\s+6\s+66\.7\s+40\.0\s+50\.0$/);
    // ≥ 0.8: 4 claims, 3 right
    expect(lines[4]).toMatch(/^0\.80\s+4\s+75\.0\s+30\.0\s+42\.9$/);
  });

  it('gives each bin its mean confidence against the share right, and the calibration error', () => {
    const line = formatReliability(judged);
    expect(line).toContain('0.0–0.5: 43→50% (2)');
    expect(line).toContain('0.6–0.7: 64→50% (2)');
    expect(line).toContain('0.8–0.9: 84→50% (2)');
    expect(line).toContain('0.9–1.0: 94→100% (2)');
    expect(line).toMatch(/expected calibration error \d+\.\d points$/);
  });
});
