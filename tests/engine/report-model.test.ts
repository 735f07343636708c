/**
 * The report model's weights (model/report-model.ts): packed by the trainer, read back exactly by the engine; the
 * checked-in model gives probabilities and a threshold under LOW_CONFIDENCE; furniture lines are told from article
 * lines (lexicon/en/not-claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { packWeights, parseReportModel, WEIGHT_LEVELS } from '../../src/engine/model/report-model.js';
import { REPORT_MODEL } from '../../src/engine/model/report-weights.generated.js';
import { LOW_CONFIDENCE } from '../../src/engine/confidence.js';
import { isFurnitureLine } from '../../src/engine/lexicon/en/not-claims.js';

describe('packed weights', () => {
  it('read back exactly what was packed, gaps of any size and weights at both ends', () => {
    const entries: [number, number][] = [[0, 1], [5, -WEIGHT_LEVELS], [6, WEIGHT_LEVELS], [40_000, 7], [262_143, -3]];
    const model = parseReportModel({ ...packWeights(entries), scale: 2, platt: [1, 0], threshold: 0.35 });
    for (const [key, weight] of entries) expect(model.weights[key]).toBe(weight);
    expect(model.weights.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0)).toBe(entries.length);
    expect(model.scale).toBe(2);
  });

  it('the checked-in model holds weights and drops only under LOW_CONFIDENCE', () => {
    const model = parseReportModel(REPORT_MODEL);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(LOW_CONFIDENCE);
    expect(model.a).toBeGreaterThan(0);
  });
});

describe('page furniture in a text alone', () => {
  it.each([
    'Continue reading the main story',
    'Advertisement',
    'Supported by',
    'Share this story',
    'Read more: Harbour plans unveiled',
    'Follow her on Twitter @harbourjane.',
    'Previously, he wrote about the harbour for the Westport Post.',
    'She previously covered courts in Westport.',
    'Jane Doe is a reporter for the Westport Post.',
    'Reporting by Tom Lee; editing by Ana Reyes',
    '© 2026 Westport Post',
  ])('"%s" is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    'The mayor said the quay would close.',
    'Previously, he said the harbour would close.',
    'Ana Reyes is a councillor in Westport.',
    'Supported by the council, the mayor said the quay would close.',
    'See also the harbour master, who said the toll was fair.',
    'Advertisements for the ferry, the council said, broke no rule and will stay on the quay all through the summer season this year.',
    '',
  ])('"%s" is not', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});
