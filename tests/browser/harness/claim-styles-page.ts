/**
 * A test page's script (bundled by tests/browser/claim-kinds.test.ts, never shipped): paints three claims of our own
 * words with WhoSaid's highlight painter — a statement, a thought, and a statement WhoSaid is not sure of — so the
 * real browsers can be asked what they make of each style's rule. The engine gives every claim confidence 1 until a
 * model scores it, so no article yet yields an uncertain claim.
 */
import { HighlightPainter, type ClaimRanges } from '../../../src/page/highlights.js';
import { paletteColorAt } from '../../../src/shared/palette.js';

function rangeOver(id: string): Range {
  const range = document.createRange();
  const element = document.getElementById(id);
  if (element !== null) range.selectNodeContents(element);
  return range;
}

const claims: ClaimRanges[] = [
  { claimId: 'c1', actorId: 'a1', source: null, cue: null, content: [rangeOver('said')], kind: 'statement' },
  { claimId: 'c2', actorId: 'a1', source: null, cue: null, content: [rangeOver('thinks')], kind: 'thought' },
  { claimId: 'c3', actorId: 'a1', source: null, cue: null, content: [rangeOver('unsure')], kind: 'statement', lowConfidence: true },
];
const painter = new HighlightPainter({
  doc: document,
  colorOf: () => paletteColorAt('okabe-ito', 0),
  shownKinds: ['statement', 'finding', 'thought'],
});
painter.paint(claims);
document.documentElement.dataset['painted'] = 'yes';
