/**
 * The language seam, proven with Xx, a made-up language (tests/engine/toy-language/): a new language is one folder
 * implementing `Lexicon` and one line of registration, analyze() with its tag reads its words (cue verbs, "zat",
 * »…«, "pera X", gendered pronouns and titles), and never English's words nor English's learned models.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { analyzeWith } from '../../src/engine/analyze.js';
import { cueConfigFor } from '../../src/engine/find-cues.js';
import { isSupportedLanguage, lexiconFor, registerLexicon, supportedLanguages } from '../../src/engine/lexicon/index.js';
import { learnedBoundsOf } from '../../src/engine/model/default-bounds.js';
import { taggerDecision } from '../../src/engine/lab/decide-frames.js';
import { segment } from '../../src/engine/segment.js';
import { drain } from '../../src/engine/slices.js';
import type { Analysis, Span, TextBlock } from '../../src/engine/types.js';
import { toyLexicon } from './toy-language/index.js';

// the one line of registration
registerLexicon(toyLexicon);

const paragraphs = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));

/** Each claim as the words a reader sees: source, cue, content, and the actor's name. */
function readClaims(blocks: TextBlock[], analysis: Analysis): { source: string | null; cue: string; content: string[]; actor: string }[] {
  const text = (span: Span | null): string | null => span === null ? null : (blocks[span.block]?.text ?? '').slice(span.start, span.end);
  return analysis.claims.map((claim) => ({
    source: text(claim.source),
    cue: text(claim.cue) ?? '',
    content: claim.content.map((span) => text(span) ?? ''),
    actor: analysis.actors.find((actor) => actor.id === claim.actorId)?.name ?? '',
  }));
}

describe('a made-up language, registered in one line', () => {
  it('is known by its tag, and by its regional tags', () => {
    expect(supportedLanguages()).toEqual(expect.arrayContaining(['en', 'xx']));
    expect(lexiconFor('xx')).toBe(toyLexicon);
    expect(lexiconFor('xx-YY')).toBe(toyLexicon);
    expect(isSupportedLanguage('XX')).toBe(true);
  });

  it('finds a report with its own cue verb and complementizer', () => {
    const blocks = paragraphs('Fru Mrok Dalen blorped zat ze bridge wob closed fon repairs.');
    expect(readClaims(blocks, analyze(blocks, { language: 'xx' }))).toEqual([
      { source: 'Fru Mrok Dalen', cue: 'blorped', content: ['zat ze bridge wob closed fon repairs'], actor: 'Mrok Dalen' },
    ]);
  });

  it('pairs its own quotation marks, »…«, and reads the inverted speaker after them', () => {
    const blocks = paragraphs('»Ze bridge wob closed fon repairs,« blorped Tal Ormek.');
    const analysis = analyze(blocks, { language: 'xx' });
    expect(readClaims(blocks, analysis)).toEqual([
      { source: 'Tal Ormek', cue: 'blorped', content: ['»Ze bridge wob closed fon repairs,«'], actor: 'Tal Ormek' },
    ]);
    expect(analysis.claims[0]?.quote).toBe('direct');
  });

  it('resolves its pronouns by the gender its titles give: "shi" skips the man who spoke last', () => {
    const blocks = paragraphs('Fru Mrok Dalen blorped zat ze port wob full.', 'Hr Tal Ormek blorped zat ze bridge wob closed.',
      'Shi blorped zat ze ferry wob late.', 'Hi blorped zat ze ferry wob early.');
    const claims = readClaims(blocks, analyze(blocks, { language: 'xx' }));
    expect(claims.map((claim) => [claim.source, claim.actor])).toEqual([
      ['Fru Mrok Dalen', 'Mrok Dalen'], ['Hr Tal Ormek', 'Tal Ormek'], ['Shi', 'Mrok Dalen'], ['Hi', 'Tal Ormek'],
    ]);
  });

  it('reads its "according to" phrase, a prefix of one word', () => {
    const blocks = paragraphs('Pera ze ministeria, ze harbour wob closed im winter.');
    const analysis = analyze(blocks, { language: 'xx' });
    expect(readClaims(blocks, analysis)).toEqual([
      { source: 'ze ministeria', cue: 'Pera', content: ['ze harbour wob closed im winter'], actor: 'ze ministeria' },
    ]);
    expect(analysis.claims[0]?.cueLemma).toBe('pera');
  });

  it('reads an "according to" phrase of three words, and one written after its source (a postposition)', () => {
    const blocks = paragraphs('Na angaba fon ze ministeria, ze harbour wob closed im winter.',
      'Ze ministeria sezzo, ze ferry wob late.', 'Ze ferry wob late im winter, ze ministeria sezzo.');
    expect(readClaims(blocks, analyze(blocks, { language: 'xx' }))).toEqual([
      { source: 'ze ministeria', cue: 'Na angaba fon', content: ['ze harbour wob closed im winter'], actor: 'ze ministeria' },
      { source: 'Ze ministeria', cue: 'sezzo', content: ['ze ferry wob late'], actor: 'ze ministeria' },
      { source: 'ze ministeria', cue: 'sezzo', content: ['Ze ferry wob late im winter'], actor: 'ze ministeria' },
    ]);
  });
});

describe('a language reads only its own words and models', () => {
  it('finds no English report in an Xx text, and no Xx report in English', () => {
    const english = paragraphs('Reyes said that the harbour was full.', '“We are ready,” the mayor told reporters.');
    expect(analyze(english, { language: 'xx' }).claims).toEqual([]);
    const xx = paragraphs('Fru Mrok Dalen blorped zat ze bridge wob closed fon repairs.');
    expect(analyze(xx, { language: 'en' }).claims).toEqual([]);
  });

  it('reads English quotation marks by their spaces only: “ is no opening mark of Xx', () => {
    const seg = segment(paragraphs('»Ze bridge« unt “ze port”'), toyLexicon);
    expect(seg.tokens.filter((t) => t.kind === 'quote').map((t) => t.quoteRole)).toEqual(['open', 'close', 'open', 'close']);
    const english = segment(paragraphs('ze port “wob full”'), lexiconFor('en'));
    expect(english.lexicon.language).toBe('en');
  });

  it('has no learned models, so analyze() runs its rules alone: the same claims as with the models switched off', () => {
    expect(learnedBoundsOf(toyLexicon)).toEqual({ contentStarts: null, sources: null, reports: null });
    const blocks = paragraphs(
      'Fru Mrok Dalen blorped zat ze bridge wob closed fon repairs.',
      '»Ze bridge wob closed,« wimbled Tal Ormek.',
      'Pera ze ministeria, ze harbour wob closed im winter.',
    );
    const shipped = analyze(blocks, { language: 'xx' });
    const rulesAlone = drain(analyzeWith(blocks, { language: 'xx' }, cueConfigFor(toyLexicon), undefined, null));
    expect(shipped).toEqual(rulesAlone);
    expect(shipped.claims.length).toBe(3);
    // no report model scored them: every claim keeps the rules' full confidence
    expect(shipped.claims.every((claim) => claim.confidence === 1)).toBe(true);
    // and the span tagger, trained on English, does not decide for Xx either
    const decided = drain(analyzeWith(blocks, { language: 'xx' }, cueConfigFor(toyLexicon), taggerDecision()));
    expect(decided).toEqual(shipped);
  });

  it('keeps English on its models: the English confidence comes from the report model', () => {
    const blocks = paragraphs('Reyes said that the harbour was full.');
    const [claim] = analyze(blocks, { language: 'en' }).claims;
    expect(claim).toBeDefined();
    expect(claim?.confidence).toBeLessThan(1);
  });
});
