/**
 * Which language a page is in: what the page declares (<html lang>, Content-Language) checked against the text
 * itself (its script, then the frequency of each language's commonest words), so that a missing or wrong
 * declaration does not send French text through English rules. Which of these languages WhoSaid reads is
 * readable-languages.ts's to say.
 */
import { STOPWORDS, type StopwordLanguage } from './stopwords.js';

export interface TextLanguage {
  /** ISO 639-1 code ("en", "fr", "zh" …). */
  language: string;
  /** True when the evidence is strong enough to overrule a page's declaration. */
  confident: boolean;
}

/** Fewer words than this and the stopword counts say nothing. */
const MIN_WORDS = 20;
/** The winner's stopword share must be at least this … */
const MIN_STOPWORD_SHARE = 0.12;
/** … and this many times the runner-up's to count as confident. */
const CONFIDENT_MARGIN = 1.6;
/** How much text is sampled (characters): enough for a verdict, cheap on a huge page. */
const SAMPLE_CHARS = 6000;

/** The primary subtag the page declares ("en-GB" → "en"), or null. */
export function declaredLanguage(doc: Document): string | null {
  const candidates = [
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ?? null,
  ];
  for (const candidate of candidates) {
    const primary = candidate?.trim().split(/[-_,\s]/)[0]?.toLowerCase();
    if (primary !== undefined && /^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return null;
}

interface ScriptCounts {
  latin: number;
  han: number;
  kana: number;
  hangul: number;
  cyrillic: number;
  arabic: number;
  hebrew: number;
  greek: number;
  thai: number;
  devanagari: number;
  /** Letters that tell Cyrillic languages apart: і (Ukrainian, Belarusian), ў (Belarusian), ы (Russian, Belarusian). */
  uk: number;
  be: number;
  ru: number;
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, cyrillic: 0, arabic: 0, hebrew: 0, greek: 0, thai: 0, devanagari: 0, uk: 0, be: 0, ru: 0 };
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) counts.latin += 1;
    else if (code < 0x370) continue;
    else if (code <= 0x3ff) counts.greek += 1;
    else if (code <= 0x52f) {
      counts.cyrillic += 1;
      if (code === 0x456) counts.uk += 1;
      else if (code === 0x44b) counts.ru += 1;
      else if (code === 0x45e) counts.be += 1;
    }
    else if (code >= 0x590 && code <= 0x5ff) counts.hebrew += 1;
    else if (code >= 0x600 && code <= 0x6ff) counts.arabic += 1;
    else if (code >= 0x900 && code <= 0x97f) counts.devanagari += 1;
    else if (code >= 0xe00 && code <= 0xe7f) counts.thai += 1;
    else if (code >= 0x3040 && code <= 0x30ff) counts.kana += 1;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) counts.han += 1;
    else if (code >= 0xac00 && code <= 0xd7af) counts.hangul += 1;
  }
  return counts;
}

/** The language a non-Latin script implies, when such a script dominates the letters. */
function languageFromScript(counts: ScriptCounts): string | null {
  const cjk = counts.han + counts.kana + counts.hangul;
  // one CJK character carries about as much as a Latin word of four letters
  const letters = counts.latin + cjk * 4 + counts.cyrillic + counts.arabic + counts.hebrew + counts.greek + counts.thai + counts.devanagari;
  if (letters === 0) return null;
  const dominant = (count: number): boolean => count / letters >= 0.4;
  if (dominant(cjk * 4)) {
    if (counts.kana >= cjk * 0.05) return 'ja';
    if (counts.hangul >= cjk * 0.3) return 'ko';
    return 'zh';
  }
  const scripts: Array<[number, string]> = [
    // Cyrillic is Russian only when it reads as Russian: ў makes it Belarusian, і outnumbering ы Ukrainian
    [counts.cyrillic, counts.be > 1 ? 'be' : counts.uk > counts.ru ? 'uk' : 'ru'], [counts.arabic, 'ar'], [counts.hebrew, 'he'], [counts.greek, 'el'],
    [counts.thai, 'th'], [counts.devanagari, 'hi'],
  ];
  for (const [count, language] of scripts) if (dominant(count)) return language;
  return null;
}

/** The language of a text from its script and stopwords, or null when the text says too little. */
export function detectTextLanguage(text: string): TextLanguage | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const byScript = languageFromScript(countScripts(sample));
  if (byScript !== null) return { language: byScript, confident: true };
  const words = sample.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hits = new Map<StopwordLanguage, number>();
  for (const word of words) {
    const languages = STOPWORDS.get(word);
    if (languages === undefined) continue;
    for (const language of languages) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  const ranked = Array.from(hits).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined) return null;
  const share = first[1] / words.length;
  if (share < MIN_STOPWORD_SHARE) return { language: first[0], confident: false };
  const runnerUp = second?.[1] ?? 0;
  return { language: first[0], confident: first[1] >= runnerUp * CONFIDENT_MARGIN };
}

/**
 * The page's language: the text's when it confidently disagrees with (or fills in for) the declaration,
 * otherwise the declaration; "und" when neither says.
 */
export function resolveLanguage(declared: string | null, text: string): string {
  const detected = detectTextLanguage(text);
  if (detected !== null && detected.confident) {
    // a declared Cyrillic-script language other than Russian (uk, bg, sr …) keeps its declaration
    if (declared !== null && detected.language === 'ru' && declared !== 'en') return declared;
    return detected.language;
  }
  return declared ?? 'und';
}
