/**
 * Every analysis of Russian text is sound (tests/properties/invariants.ts): spans inside their blocks, in order, actors
 * named, cues not empty — on our invented Russian articles and page, whose token reading adds marks and pronouns of
 * no width (lexicon/ru/split-words.ts) and drops adjuncts (adjuncts.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type TextBlock } from '../../src/engine/index.js';
import { registerToolLanguages } from '../../src/engine/lab/index.js';
import { analysisProblems } from '../properties/invariants.js';

beforeAll(() => registerToolLanguages());

const DIR = new URL('../fixtures/engine/ru/', import.meta.url);

describe('Russian analyses are sound', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) {
    it(`on ${file}`, () => {
      const blocks: TextBlock[] = readFileSync(new URL(file, DIR), 'utf8').split('\n').filter((l) => l.trim() !== '')
        .map((text) => ({ kind: 'paragraph', text }));
      expect(analysisProblems(blocks, analyze(blocks, { language: 'ru' }))).toEqual([]);
    });
  }

  it('on dashes, guillemets and initials in every arrangement', () => {
    const texts = ['— …, — добавила.', '— Да, — сказал он. — Нет.', '«„»“', '— ', ', —', 'В.В.', 'Об этом заявил.', 'Об этом',
      '«Интерфаксу» сообщили в', 'по его словам', '— Мы, — сказала она, — готовы.', 'агентство «', 'агентство «А»'];
    for (const text of texts) {
      const blocks: TextBlock[] = [{ kind: 'paragraph', text }, { kind: 'paragraph', text: `Мария Захарова заявила. ${text}` }];
      expect(analysisProblems(blocks, analyze(blocks, { language: 'ru' })), text).toEqual([]);
    }
  });
});
