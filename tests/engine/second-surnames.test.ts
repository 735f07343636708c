/**
 * Two surnames (Lexicon.SECOND_SURNAMES, article-names.ts): in a language whose people bear two ("Andrés Manuel López
 * Obrador"), the first surname alone and the pair name the person the article gives in full, as the last one does;
 * a first name before the last word is no surname ("María José Montero"). Read on French words given the field
 * under a tag of its own, so the engine's part is tested apart from any language that ships it; our own sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, registerLexicon } from '../../src/engine/index.js';
import { lexiconFor, registerToolLanguages } from '../../src/engine/lab/index.js';

beforeAll(() => {
  registerToolLanguages();
  registerLexicon({ ...lexiconFor('fr'), language: 'x-surnames', SECOND_SURNAMES: true });
});

/** The actor's name of each claim, in order. */
function speakers(language: string, ...paragraphs: string[]): string[] {
  const a = analyze(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })), { language });
  return a.claims.map((c) => a.actors.find((x) => x.id === c.actorId)?.name ?? '?');
}

const ARTICLE = ['Le président Andrés Manuel López Obrador était à Paris mardi.',
  '« Nous ne céderons pas », a déclaré López. « Jamais », a ajouté López Obrador. « Voilà », a conclu Obrador.'];

describe('two surnames', () => {
  it('read the first surname alone, the pair and the last as the person named in full', () => {
    expect(speakers('x-surnames', ...ARTICLE)).toEqual(['Andrés Manuel López Obrador', 'Andrés Manuel López Obrador',
      'Andrés Manuel López Obrador']);
  });

  it('are not read where the language has one surname: "López" alone is someone else', () => {
    expect(speakers('fr', ...ARTICLE)[0]).toBe('López');
  });

  it('do not take a first name for a surname', () => {
    expect(speakers('x-surnames', 'La ministre María José Montero était là.', '« Non », a dit José.')).toEqual(['José']);
  });
});
