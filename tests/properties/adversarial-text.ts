/**
 * Hostile inputs for the engine, each a function of size so the same shape can be checked for crashes and for
 * linear growth: walls of quote marks, one endless sentence, unbalanced and nested quotes, thousands of actors,
 * runs of capitalised words, emoji, RTL, lone surrogates, and realistic news text for comparison.
 */
import type { TextBlock } from '../../src/engine/index.js';
import { syntheticNewsArticle } from '../../scripts/bench-news-text.js';

export interface AdversarialText {
  name: string;
  /** Blocks totalling about `size` characters. */
  make(size: number): TextBlock[];
}

const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });

/** `unit` repeated to about `size` characters, as one block. */
function wall(unit: string, size: number): TextBlock[] {
  return [paragraph(unit.repeat(Math.max(1, Math.ceil(size / unit.length))))];
}

/** `count` units made by `unitAt`, packed into paragraphs of about 600 characters. */
function paragraphsOf(size: number, unitAt: (index: number) => string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let total = 0;
  for (let index = 0; total < size; index += 1) {
    const unit = unitAt(index);
    current += unit;
    total += unit.length;
    if (current.length >= 600) {
      blocks.push(paragraph(current.trim()));
      current = '';
    }
  }
  if (current !== '') blocks.push(paragraph(current.trim()));
  return blocks;
}

/** A distinct, pronounceable capitalised name for every index: "Bakoti Demuran". */
function nameFor(index: number): string {
  const syllables = ['ba', 'ko', 'ti', 'de', 'mu', 'ran', 'sel', 'vo', 'li', 'nes', 'ga', 'po'];
  const word = (value: number): string => {
    let text = '';
    let rest = value;
    do {
      text += syllables[rest % syllables.length];
      rest = Math.floor(rest / syllables.length);
    } while (rest > 0);
    return text.charAt(0).toUpperCase() + text.slice(1) + 'an';
  };
  return `${word(index)} ${word(index * 7 + 3)}`;
}

export const ADVERSARIAL_TEXTS: AdversarialText[] = [
  { name: 'realistic news text', make: (size) => syntheticNewsArticle(size, 7) },
  { name: 'a wall of mixed quote marks', make: (size) => wall('"“”\'‘’«»„"', size) },
  { name: 'a wall of straight double quotes', make: (size) => wall('"', size) },
  { name: 'one endless sentence full of cues', make: (size) => wall('and the minister said that the official claimed that ', size) },
  { name: 'opening quotes never closed', make: (size) => wall('“She said so, according to him, ', size) },
  { name: 'quotes nested ever deeper', make: (size) => [paragraph(`${'“He said ‘she told them “they claimed ‘'.repeat(Math.ceil(size / 80))}no${'’”'.repeat(Math.ceil(size / 80))}`)] },
  { name: 'a new speaker in every sentence', make: (size) => paragraphsOf(size, (index) => `“Point ${index} stands,” said ${nameFor(index)}. `) },
  { name: 'pronouns after thousands of actors', make: (size) => paragraphsOf(size, (index) => (index % 3 === 0 ? `${nameFor(index)} of the ${nameFor(index + 1)} Council arrived. ` : `She said it would rain. They told him it was over. `)) },
  { name: 'one endless run of capitalised words', make: (size) => wall('Federal Election Council Of The Republic ', size) },
  { name: 'acronyms in endlessly nested brackets', make: (size) => [paragraph(`${'The Central Election Commission (CEC '.repeat(Math.ceil(size / 74))}said so${')'.repeat(Math.ceil(size / 74))}.`)] },
  { name: 'thousands of tiny blocks', make: (size) => Array.from({ length: Math.ceil(size / 12) }, () => paragraph('He said so.')) },
  { name: 'one word without spaces', make: (size) => wall('x', size) },
  { name: 'cue words alone', make: (size) => wall('said told according to claimed ', size) },
  { name: 'emoji and joiners', make: (size) => wall('👩‍👩‍👧 said “🎉🎉” 🇺🇦, 😀 told 👍. ', size) },
  { name: 'right-to-left text with marks', make: (size) => wall('\u202eقال الوزير «إن الخطة فشلت». \u200fאמר השר: "זה נגמר". ', size) },
  { name: 'lone surrogates and control characters', make: (size) => wall('\ud800said\udc00 “\u0000x\u0007” \ufffe told\u2028 ', size) },
];
