/**
 * Page furniture written as paragraphs never reaches the engine: print notes, prompts to read on, share or sign up,
 * and the closing author bio, recognised by wording and position where the markup says nothing. On our own page
 * (tests/fixtures/article/furniture-tail.html, every class name meaningless) in jsdom and linkedom, in the blocks
 * a CLI run analyses, and on hand-made block lists.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../src/engine/index.js';
import { readArticleFile } from '../../../src/cli/article-file.js';
import { findArticle } from '../../../src/page/article/find-article.js';
import { isAuthorNote, isFurnitureText, withoutFurnitureText } from '../../../src/page/article/furniture-text.js';
import type { ArticleBlock, ArticleResult } from '../../../src/page/article/types.js';

const PAGE = new URL('../../fixtures/article/furniture-tail.html', import.meta.url);
const HTML = readFileSync(PAGE, 'utf8');

function texts(result: ArticleResult): string[] {
  if (result.status !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.blocks.map((block) => block.text);
}

const FURNITURE = [/appears in print/, /Continue reading/, /in your inbox/, /Share this/, /is a reporter/, /Previously, she/, /newsletter/];

describe('furniture text on a page', () => {
  for (const [name, parse] of [
    ['jsdom', (html: string) => new JSDOM(html).window.document],
    ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
  ] as const) {
    it(`leaves out print notes, prompts and the closing bio, keeping every paragraph of the story (${name})`, () => {
      const blocks = texts(findArticle(parse(HTML)));
      for (const pattern of FURNITURE) expect(blocks.filter((text) => pattern.test(text))).toEqual([]);
      expect(blocks[0]).toBe('Ferry fares to double on the northern route, operator says');
      // the last paragraph of the story stays, though it says someone "joined" something in a year
      expect(blocks[blocks.length - 1]).toMatch(/^Councillor Ada Lund, who joined the island council in 2019, said/);
      expect(blocks).toHaveLength(6);
    });
  }

  it('gives the CLI no claim from the bio: the command line reads the page as the content script does', async () => {
    const blocks = await readArticleFile(fileURLToPath(PAGE));
    const analysis = analyze(blocks);
    const contents = analysis.claims.flatMap((claim) => claim.content.map((span) => blocks[span.block]?.text.slice(span.start, span.end) ?? ''));
    expect(contents.some((text) => /city hall|budget/.test(text))).toBe(false);
    expect(analysis.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(['Oskar Wren', 'Rhona Blair', 'Ada Lund']));
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('Jane Doe');
  });
});

function block(text: string, kind: ArticleBlock['kind'] = 'paragraph'): ArticleBlock {
  return { kind, text, segments: [], element: {} as Element };
}

describe('furniture text by wording', () => {
  it('knows print notes and prompts wherever they stand, and only short prompts', () => {
    expect(isFurnitureText(block('A version of this story appears in print on May 4, 2023, on Page A12 of the City edition.'))).toBe(true);
    expect(isFurnitureText(block('Continue reading the main story'))).toBe(true);
    expect(isFurnitureText(block('Share this article'))).toBe(true);
    expect(isFurnitureText(block('[Get our Morning Harbour newsletter in your inbox.]'))).toBe(true);
    expect(isFurnitureText(block('Sign up for the weekly transport newsletter here.'))).toBe(true);
    const long = `The union said it would sign up new members at the depot. ${'The drivers want a newsletter of their own, she said. '.repeat(4)}`;
    expect(isFurnitureText(block(long))).toBe(false);
    expect(isFurnitureText(block('The mayor said a version of the plan would appear in the spring.'))).toBe(false);
  });

  it('knows author bios and credits', () => {
    expect(isAuthorNote(block('Tomas Ebbe has covered the energy industry since 2014. Previously, he wrote about farming.'))).toBe(true);
    expect(isAuthorNote(block('Mara Quist is a correspondent based in Lisbon.'))).toBe(true);
    expect(isAuthorNote(block('Ines Lorca contributed reporting from Vigo.'))).toBe(true);
    expect(isAuthorNote(block('Follow Mara Quist on Twitter.'))).toBe(true);
    expect(isAuthorNote(block('Previously, he was mayor of the town for a decade, Ms. Berg said.'))).toBe(false);
    expect(isAuthorNote(block('The fishermen said the new quota would ruin them.'))).toBe(false);
  });

  it('drops bios and credits only from the end of the article', () => {
    const story = [
      block('Harbour toll to rise', 'headline'),
      block('Mara Quist is a reporter who has covered the port for years, the authority said in a statement.'),
      block('The authority said the toll would rise by a fifth.'),
      block('Mara Quist is a reporter covering the harbour. Previously, she wrote about courts.'),
      block('A version of this article appears in print on March 3, 2024, on Page 9.'),
      block('Ines Lorca contributed reporting.'),
    ];
    expect(withoutFurnitureText(story).map((b) => b.text)).toEqual([
      'Harbour toll to rise',
      'Mara Quist is a reporter who has covered the port for years, the authority said in a statement.',
      'The authority said the toll would rise by a fifth.',
    ]);
  });
});
