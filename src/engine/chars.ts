/**
 * Character classes the engine asks about — letter, number, capital, white space — answered without compiling a
 * Unicode-property expression for ASCII and the scripts news copy mostly uses.
 *
 * Why: the content script is injected fresh on every click, so each `\p{…}` expression is compiled anew (V8 expands
 * the property into character ranges through ICU, twice: bytecode, then native code), and on a median article
 * that expansion was ~15% of the instructions of the whole cold analysis. The expressions stay as the fallback
 * for the characters the tables do not cover, and are only compiled if such a character turns up.
 * tests/engine/tokenizer-equivalence.test.ts and tests/engine/chars.test.ts hold every answer to the expressions.
 */

/** Classes of the tokenizer: a Unicode-mode expression's [\p{L}\p{N}\p{M}], its \s, and everything else. */
export const CHAR_OTHER = 1;
export const CHAR_WORD = 2;
export const CHAR_SPACE = 3;

/** Classes of ASCII code units, filled once at load (128 entries: cheaper than any expression). */
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const isSpace = (c >= 9 && c <= 13) || c === 32;
  ASCII_CLASS[c] = isWord ? CHAR_WORD : isSpace ? CHAR_SPACE : CHAR_OTHER;
}

/**
 * A Unicode-mode expression built on first use. Not a literal or a module-level `new RegExp`: V8 parses a literal
 * when it parses the script (twice: pre-parse, then full parse) and the constructor parses at once, and parsing
 * `\p{…}` expands the property through ICU even when the expression never runs.
 */
function lazyExpression(source: string): () => RegExp {
  let built: RegExp | null = null;
  return () => {
    built ??= new RegExp(source, 'u');
    return built;
  };
}

const wordCharExpression = lazyExpression('^[\\p{L}\\p{N}\\p{M}]$');
const spaceCharExpression = lazyExpression('^\\s$');
/** Classes of other BMP code units, found on first sight (0: not yet seen); allocated on the first such unit. */
let bmpClass: Uint8Array | null = null;

/** Latin-1 signs that are letters or numbers: ª ² ³ µ ¹ º ¼ ½ ¾ */
const LATIN1_WORD_SIGNS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/**
 * The class of a code point by the Unicode ranges news text mostly holds, or 0 when the range is mixed and the
 * expression must decide.
 */
function classByRange(cp: number): number {
  if (cp < 0xa0) return CHAR_OTHER; // C1 controls (U+0085 is not \s in JavaScript)
  if (cp === 0xa0) return CHAR_SPACE;
  if (cp < 0xc0) return LATIN1_WORD_SIGNS.has(cp) ? CHAR_WORD : CHAR_OTHER;
  if (cp <= 0x2af) return cp === 0xd7 || cp === 0xf7 ? CHAR_OTHER : CHAR_WORD; // Latin-1 letters, Latin Extended, IPA
  if (cp >= 0x300 && cp <= 0x36f) return CHAR_WORD; // combining diacritical marks
  if (cp >= 0x400 && cp <= 0x4ff) return cp === 0x482 ? CHAR_OTHER : CHAR_WORD; // Cyrillic (U+0482 is a sign)
  if (cp >= 0x2000 && cp <= 0x206f) {
    // general punctuation: the typographic spaces are \s, nothing here is a letter
    const space = cp <= 0x200a || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f;
    return space ? CHAR_SPACE : CHAR_OTHER;
  }
  if (cp === 0x3000 || cp === 0xfeff || cp === 0x1680) return CHAR_SPACE;
  return 0;
}

/** The class of a non-ASCII code point. */
export function classOfNonAscii(cp: number): number {
  const byRange = classByRange(cp);
  if (byRange !== 0) return byRange;
  if (cp > 0xffff) return classByExpression(cp);
  bmpClass ??= new Uint8Array(0x10000);
  const known = bmpClass[cp] ?? 0;
  if (known !== 0) return known;
  const found = classByExpression(cp);
  bmpClass[cp] = found;
  return found;
}

function classByExpression(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return wordCharExpression().test(ch) ? CHAR_WORD : spaceCharExpression().test(ch) ? CHAR_SPACE : CHAR_OTHER;
}

/** The code point at `pos` whose first code unit is `unit` (a surrogate pair read as one, as a Unicode-mode expression reads it). */
export function codePointAt(text: string, pos: number, unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdbff && pos + 1 < text.length) {
    const low = text.charCodeAt(pos + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return unit;
}

export function classOf(cp: number): number {
  return cp < 128 ? (ASCII_CLASS[cp] ?? CHAR_OTHER) : classOfNonAscii(cp);
}

/** The class of the character at `pos` (which must be inside the text). */
export function classAt(text: string, pos: number): number {
  const unit = text.charCodeAt(pos);
  return unit < 128 ? (ASCII_CLASS[unit] ?? CHAR_OTHER) : classOfNonAscii(codePointAt(text, pos, unit));
}

/** Whether a character is \s for a Unicode-mode expression. */
export function isSpaceChar(ch: string): boolean {
  return ch.length > 0 && classAt(ch, 0) === CHAR_SPACE;
}

/** Whether every code unit of the text is ASCII: then the questions below need no expression. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const isAsciiCapital = (unit: number): boolean => unit >= 65 && unit <= 90;
const isAsciiDigit = (unit: number): boolean => unit >= 48 && unit <= 57;

const numberStartExpression = lazyExpression('^\\p{N}');
/** /^\p{N}/u: starts with a number character. */
export function startsWithNumber(text: string): boolean {
  const unit = text.charCodeAt(0);
  if (unit < 128) return isAsciiDigit(unit);
  return numberStartExpression().test(text);
}

const numberExpression = lazyExpression('^\\p{N}+$');
/** /^\p{N}+$/u: only number characters, at least one. */
export function isNumber(text: string): boolean {
  if (!isAscii(text)) return numberExpression().test(text);
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

const capitalsExpression = lazyExpression('^\\p{Lu}{2,}$');
/** /^\p{Lu}{2,}$/u: two or more capital letters and nothing else ("WALLACE"). */
export function isCapitals(text: string): boolean {
  if (!isAscii(text)) return capitalsExpression().test(text);
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) if (!isAsciiCapital(text.charCodeAt(i))) return false;
  return true;
}

const capitalExpression = lazyExpression('\\p{Lu}');
/** /\p{Lu}/u: holds a capital letter somewhere. */
export function hasCapital(text: string): boolean {
  if (!isAscii(text)) return capitalExpression().test(text);
  for (let i = 0; i < text.length; i++) if (isAsciiCapital(text.charCodeAt(i))) return true;
  return false;
}

const initialsExpression = lazyExpression('^(?:\\p{Lu}\\.)+\\p{Lu}$');
/** /^(?:\p{Lu}\.)+\p{Lu}$/u: dotted initials before their last full stop ("U.S"). */
export function isDottedInitials(text: string): boolean {
  if (!isAscii(text)) return initialsExpression().test(text);
  if (text.length < 3 || text.length % 2 === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (i % 2 === 0 ? !isAsciiCapital(unit) : unit !== 46) return false;
  }
  return true;
}
