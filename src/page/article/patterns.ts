/**
 * Every threshold, tag set and class/id pattern the article finder uses, in one commented block, compiled once.
 * The patterns follow Mozilla Readability's long-tested vocabulary (unlikely/positive/negative class names),
 * trimmed to what a live-DOM scorer needs. All regular expressions are plain alternations of literals: linear time.
 */

/** Elements whose subtree never holds article prose (or is not rendered as text at all). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio',
  'canvas', 'img', 'picture', 'source', 'track', 'map', 'button', 'select', 'option', 'input', 'textarea',
  'label', 'form', 'dialog', 'nav', 'aside', 'footer', 'header', 'figure', 'figcaption', 'menu', 'link',
  'meta', 'head', 'title', 'whosaid-root',
]);

/** Landmark roles that are not the article's prose. */
export const SKIPPED_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'search', 'tablist', 'button', 'figure', 'img', 'note', 'alert', 'status',
]);

/** Block-level elements: they end the running inline text and start a new block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'address',
  'center', 'fieldset', 'details', 'summary', 'hgroup', 'body', 'html',
  // the skipped block-level tags, so that they also end a run of inline text
  'nav', 'aside', 'footer', 'header', 'figure', 'figcaption', 'form', 'menu', 'dialog',
]);

/** Tags a paragraph of prose is scored from when looking for the article body. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td']);

/** Containers that count as a paragraph when they hold inline text directly (no block-level children). */
export const LEAF_CONTAINER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article']);

/**
 * Class/id words of page furniture: rails, related cards, share widgets, comments, ads, cookie banners, bylines,
 * author bios, print-edition notes, captions, screen-reader-only text. Matched against `class` + `id`, lower-cased.
 */
export const FURNITURE_PATTERN =
  /-ad-|^ad-|\bads?\b|adslot|advert|ai2html|author-?bio|about-?the-?author|\bbio\b|banner|breadcrumb|byline|caption|print-?citation|print-?info|print-?edition|combx|comment|community|consent|cookie|credit|dateline|disqus|donate|footer|gdpr|hide-|infobox|legends|meta-|masthead|menu|modal|navbar|newsletter|outbrain|pagination|pager|popup|promo|read-?more|readmore|recirc|recommend|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|sr-only|subscribe|supplemental|taboola|\btags?\b|timestamp|toolbar|tooltip|visually-?hidden|screen-?reader|offscreen|widget|yom-remote/;

/**
 * Inside a paragraph only text the reader cannot see is left out: inline elements are furniture only by these
 * words (screen-reader-only text), since inline class names like "meta-loc" or "popup" mark visible prose.
 */
export const INLINE_FURNITURE_PATTERN = /sr-only|visually-?hidden|screen-?reader|offscreen|element-invisible|print-only|assistive-text|a11y-only/;

/** Class/id words that rescue an element the furniture pattern caught: it is likely the content itself. */
export const CONTENT_RESCUE_PATTERN = /article-?body|articlebody|story-?body|post-?body|entry-?content|main-?content|body-?text|article-?text|article-?content|story-?content|post-?content/;

/**
 * Readability's `unlikelyCandidates` / `okMaybeItsACandidate`: paragraphs under an element whose class/id matches
 * the first and not the second do not vote when the article body is scored.
 */
export const UNLIKELY_CANDIDATE_PATTERN =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/;
export const MAYBE_CANDIDATE_PATTERN = /and|article|body|column|content|main|mathjax|shadow/;

/** Class/id words that raise a candidate's score (as in Readability's `positive`). */
export const POSITIVE_PATTERN =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;

/** Class/id words that lower a candidate's score (as in Readability's `negative`). */
export const NEGATIVE_PATTERN =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|rail|card|teaser|newsletter/;

/** Class/id/itemprop words of a standfirst (the summary under the headline). */
export const STANDFIRST_PATTERN =
  /standfirst|stand-first|\bdek\b|deck|summary|description|intro|lede|\blead\b|subtitle|sub-title|subhead|sub-head|excerpt|strapline|strap|abstract|synopsis/;

/** Short blocks that are page furniture whatever their markup says. Tested on the block text, lower-cased. */
export const FURNITURE_TEXT_PATTERN =
  /^(advertisement|advertising|sponsored|story continues below|continue reading|read more|related|see also|share( this)?|sign up|subscribe|follow us|image|photo|getty images|supported by)\b/;

/**
 * A byline or dateline at the top of the body ("By Mara Quist, Health Reporter", "Last updated 4 March"): page
 * furniture written as a paragraph. Tested on the first few body blocks, lower-cased, when they are short.
 */
export const BYLINE_TEXT_PATTERN = /^(by|from) [\p{L}.'’-]+ [\p{L}.'’-]+|^(last )?(updated|published|posted|modified)( on| at|:)? [\p{L}\p{N}]|^\p{L}{3,9}\.? \d{1,2}, \d{4}( ·|$)/u;

export const THRESHOLDS = {
  /** A list of articles: at least this many teaser cards (or linked headings) … */
  listingMinCards: 4,
  /** … over summaries this short (median characters). */
  listingMaxSummaryChars: 200,
  /** How many blocks at the top of the body are checked for a byline or dateline, and how long one may be. */
  bylineBlocks: 4,
  bylineMaxChars: 90,
  /** A paragraph shorter than this (characters) does not vote for its ancestors. */
  minParagraphChars: 25,
  /** How many ancestor levels a paragraph's score reaches (parent full, grandparent half, then 1/(3·level)). */
  scoreAncestorLevels: 4,
  /** Sibling candidates at least this share of the top score are part of the article too. */
  siblingScoreShare: 0.2,
  /** A sibling section of the chosen body (or of its ancestors) joins it when it holds this share of its prose … */
  sectionMassShare: 0.3,
  /** … looking this many ancestor levels up. */
  sectionClimbLevels: 8,
  /** Link characters over text characters above which a block is a link list, not prose. */
  maxBlockLinkDensity: 0.6,
  /** Blocks shorter than this are dropped when they match FURNITURE_TEXT_PATTERN. */
  furnitureTextMaxChars: 60,
  /** An articleBody element is trusted when it holds at least this much paragraph text. */
  minArticleBodyChars: 200,
  /** An article needs at least this much prose (characters, outside the headline) … */
  minArticleChars: 250,
  /** … and at least one paragraph this long. */
  minLongestParagraphChars: 80,
  /** A standfirst is at least this long and at most this long. */
  standfirstMinChars: 30,
  standfirstMaxChars: 600,
  /** How many elements after the headline are searched for a standfirst. */
  standfirstSearchElements: 60,
} as const;
