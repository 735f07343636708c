/**
 * Page furniture written as paragraphs, told by its wording where its markup says nothing (class names like
 * "css-vdv0al"): print notes ("A version of this article appears in print on …"), prompts to read on, share or
 * sign up for a newsletter, and the closing author bio ("Jane Doe is a reporter covering … Previously, she wrote
 * about …"). Such blocks never reach the engine, so they never become claims, in the browser and in the CLI alike.
 * All patterns are alternations of literals and bounded classes on lower-cased text: linear time.
 */
import type { ArticleBlock } from './types.js';

/** The print edition's note: furniture wherever it stands. */
const PRINT_NOTE = /^a version of this (?:article|story|review|column|essay|interview|report|obituary|analysis)\b[^.]{0,80}\bappears? in print\b/;

/** Prompts to read on, share, follow or sign up: furniture wherever they stand, when short. */
const PROMPT = /^(?:continue reading|keep reading|read (?:more|the full story)|share (?:this|on|the)|follow (?:us|me)\b|sign up\b|subscribe\b|get (?:the|our)\b[^.]{0,60}\b(?:newsletter|in your inbox)|(?:click|tap) here to)|\bin your inbox\b|\bnewsletter\b[^.]{0,60}\b(?:sign up|subscribe)\b|\b(?:sign up|subscribe)\b[^.]{0,60}\bnewsletters?\b/;
const PROMPT_MAX_CHARS = 200;

/** The journalist's roles an author bio names. */
const ROLE = '(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|critic|photographer|producer|bureau chief|fellow|intern|author)';

/**
 * A closing author bio or credit: "Jane Doe is a reporter covering …", "Nelson Frey has covered economics since
 * 2012", "Previously, she wrote about …", "Jane Doe contributed reporting", "Follow Jane Doe on Twitter".
 */
const AUTHOR_NOTE = new RegExp([
  `^[\\p{L}.'’-]+(?: [\\p{L}.'’-]+){1,3} (?:is|was|has been) (?:a|an|the)\\b[^.]{0,80}\\b${ROLE}s?\\b`,
  `^[\\p{L}.'’-]+(?: [\\p{L}.'’-]+){1,3} (?:has covered|covers|has written|writes about|reports on|has reported)\\b`,
  '\\bpreviously,? (?:she|he|they) (?:wrote|covered|reported|edited)\\b',
  `\\bpreviously,? (?:she|he|they) (?:was|were|worked as) (?:a|an|the)\\b[^.]{0,60}\\b${ROLE}s?\\b`,
  '\\b(?:she|he|they) joined (?:the )?(?:times|post|journal|guardian|paper|newspaper|newsroom|staff|bureau|desk)\\b',
  '\\bcontributed (?:reporting|research)\\b',
  '^follow [\\p{L}.\'’ -]{2,60} on (?:twitter|x|facebook|instagram|threads|bluesky)\\b',
].join('|'), 'u');
const AUTHOR_NOTE_MAX_CHARS = 600;
/** How many blocks at the end are looked at for a bio or credit. */
const TRAILING_BLOCKS = 4;

function lowerText(block: ArticleBlock): string {
  // a bracketed or italic prompt ("[What you need to know …: Get it in your inbox.]") reads the same without brackets
  return block.text.toLowerCase().replace(/^[[(\s]+|[\])\s]+$/g, '');
}

/** Furniture wherever it stands: a print note, or a short prompt to read on, share or sign up. */
export function isFurnitureText(block: ArticleBlock): boolean {
  if (block.kind === 'headline' && block.text.length > PROMPT_MAX_CHARS) return false;
  const text = lowerText(block);
  if (PRINT_NOTE.test(text)) return true;
  return text.length <= PROMPT_MAX_CHARS && PROMPT.test(text);
}

/** An author bio or credit: furniture at the end of an article (in the middle it could be the story itself). */
export function isAuthorNote(block: ArticleBlock): boolean {
  return block.kind !== 'headline' && block.text.length <= AUTHOR_NOTE_MAX_CHARS && AUTHOR_NOTE.test(lowerText(block));
}

/**
 * The blocks without furniture text: print notes and prompts anywhere, and from the end backwards every block
 * that is furniture or an author note (bios, credits), among the last few blocks.
 */
export function withoutFurnitureText(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const kept = blocks.filter((block) => !isFurnitureText(block));
  let end = kept.length;
  const earliest = Math.max(0, kept.length - TRAILING_BLOCKS);
  while (end > earliest) {
    const last = kept[end - 1];
    if (last === undefined || !isAuthorNote(last)) break;
    end -= 1;
  }
  return end === kept.length ? kept : kept.slice(0, end);
}
