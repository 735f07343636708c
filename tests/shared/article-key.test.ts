/**
 * An article's key: the address without what only says how the reader arrived, and a hash that follows the
 * article's text and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { articleKey, hashArticleText, normaliseUrl } from '../../src/shared/article-key.js';

describe('normaliseUrl', () => {
  it('drops the fragment, tracking parameters, credentials and the default port', () => {
    expect(normaliseUrl('HTTPS://News.Example:443/world/harbour-plan?utm_source=x&utm_MEDIUM=y&fbclid=z#comments')).toBe(
      'https://news.example/world/harbour-plan',
    );
    expect(normaliseUrl('http://user:pw@news.example/a?gclid=1&_ga=2&mc_cid=3&at_medium=4&cmpid=5')).toBe('http://news.example/a');
  });

  it('keeps the path and meaningful parameters, sorted by name, repeated names in their order', () => {
    expect(normaliseUrl('https://news.example/story.php?p=2&id=7&utm_campaign=c&tag=b&tag=a')).toBe(
      'https://news.example/story.php?id=7&p=2&tag=b&tag=a',
    );
    expect(normaliseUrl('https://news.example/story?id=7')).not.toBe(normaliseUrl('https://news.example/story?id=8'));
  });

  it('treats a trailing slash as the same page, except the site root', () => {
    expect(normaliseUrl('https://news.example/world/story/')).toBe('https://news.example/world/story');
    expect(normaliseUrl('https://news.example/')).toBe('https://news.example/');
  });

  it('gives nothing for addresses that are not http(s) or not addresses', () => {
    expect(normaliseUrl('file:///home/reader/article.html')).toBeNull();
    expect(normaliseUrl('about:blank')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });
});

describe('hashArticleText', () => {
  const blocks = [
    { kind: 'headline' as const, text: 'Harbour plan is "a gamble"' },
    { kind: 'paragraph' as const, text: 'Mayor Lena Ortiz said the expansion would pay for itself.' },
  ];

  it('is the same for the same text, and differs for any change of text, block boundary or kind', () => {
    const hash = hashArticleText(blocks);
    expect(hash).toMatch(/^[0-9a-f]{14}$/);
    expect(hashArticleText(structuredClone(blocks))).toBe(hash);
    expect(hashArticleText([blocks[0]!, { kind: 'paragraph', text: 'Mayor Lena Ortiz said the expansion would pay for itself!' }])).not.toBe(hash);
    expect(hashArticleText([{ kind: 'paragraph', text: 'ab' }, { kind: 'paragraph', text: 'c' }])).not.toBe(
      hashArticleText([{ kind: 'paragraph', text: 'a' }, { kind: 'paragraph', text: 'bc' }]),
    );
    expect(hashArticleText([{ kind: 'standfirst', text: blocks[0]!.text }, blocks[1]!])).not.toBe(hash);
  });

  it('keys an article by both', () => {
    expect(articleKey('https://news.example/a?utm_source=x#top', blocks)).toEqual({ url: 'https://news.example/a', textHash: hashArticleText(blocks) });
    expect(articleKey('chrome://newtab', blocks)).toBeNull();
  });
});
