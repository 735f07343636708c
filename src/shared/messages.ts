/**
 * Every message that crosses a context boundary, one union per direction, each with a validator. A page can forge
 * what reaches a content script and a content script runs beside page code, so every receiver validates first.
 */

/** Content script → background. */
export type ContentToBackground =
  /** The analysis finished (or changed): show this many claims on the tab's badge. */
  | { type: 'whosaid/claims'; count: number }
  /** WhoSaid was switched off in this tab: clear the badge. */
  | { type: 'whosaid/off' }
  /** Test builds only: the local test page asked for the same toggle a toolbar click performs. */
  | { type: 'whosaid/test-toggle' }
  /**
   * The analysis the reader ran, to be kept in the library (sent after it is shown, never before). `onlyIfNew`: the
   * address was reached by a same-document navigation, so an entry already kept there is left as it is.
   */
  | { type: 'whosaid/library-save'; entry: LibraryEntry; onlyIfNew?: true }
  /** The reader asked the sidebar for the library page. */
  | { type: 'whosaid/open-library' }
  /**
   * The article is in a language whose words ship as a bundle of their own (lexicon-<language>.js): inject it into
   * this frame. Answered with true once it ran. Only a language tag crosses, never a file name or address.
   */
  | { type: 'whosaid/load-lexicon'; language: string }
  /**
   * The reader exports from the sidebar for the first time in this frame: inject export.js, which carries the file
   * formats. Answered with true once it ran. Nothing else crosses: the background names its one file.
   */
  | { type: 'whosaid/load-export' }
  /**
   * The article has corrections (stored, or the reader's first) for the first time in this frame: inject
   * corrections.js, which applies and reads them back. Answered with true once it ran; the background names its file.
   */
  | { type: 'whosaid/load-corrections' };

/** Page (main world) → content script, test builds only: `window.postMessage(TEST_TOGGLE_REQUEST, origin)`. */
export const TEST_TOGGLE_REQUEST = 'whosaid/test-toggle-request';

/**
 * Page → content script and back, test builds only: the page posts the request, the test hook answers
 * `{ type: TEST_LEXICON_DELIVERIES, deliveries: { de: 1 } }`, how many times each language bundle ran in the frame.
 */
export const TEST_LEXICON_DELIVERIES_REQUEST = 'whosaid/test-lexicon-deliveries-request';
export const TEST_LEXICON_DELIVERIES = 'whosaid/test-lexicon-deliveries';

import { parseLibraryEntry, type LibraryEntry } from './library/entry.js';

const MAX_CLAIM_COUNT = 1_000_000;

/**
 * The languages whose bundles this build ships (build.mjs defines them); a load-lexicon message naming any other tag
 * is refused. `known` is for tests, which have no build.
 */
function isBundledLanguage(value: unknown, known: readonly string[]): value is string {
  return typeof value === 'string' && known.includes(value);
}

const BUILT_LANGUAGES: readonly string[] = typeof __LEXICON_LANGUAGES__ === 'undefined' ? [] : __LEXICON_LANGUAGES__;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns the message when it is exactly one of the known shapes, else null (unknown keys are refused too).
 * `bundledLanguages`: the language tags a load-lexicon message may name (default: those this build ships).
 */
export function parseContentToBackground(value: unknown, bundledLanguages: readonly string[] = BUILT_LANGUAGES): ContentToBackground | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value);
  switch (value['type']) {
    case 'whosaid/claims': {
      const count = value['count'];
      if (keys.length !== 2 || typeof count !== 'number' || !Number.isInteger(count)) return null;
      if (count < 0 || count > MAX_CLAIM_COUNT) return null;
      return { type: 'whosaid/claims', count };
    }
    case 'whosaid/off':
      return keys.length === 1 ? { type: 'whosaid/off' } : null;
    case 'whosaid/test-toggle':
      return keys.length === 1 ? { type: 'whosaid/test-toggle' } : null;
    case 'whosaid/library-save': {
      const onlyIfNew = value['onlyIfNew'];
      const shaped = keys.length === 2 || (keys.length === 3 && onlyIfNew === true);
      const entry = shaped ? parseLibraryEntry(value['entry']) : null;
      if (entry === null) return null;
      return onlyIfNew === true ? { type: 'whosaid/library-save', entry, onlyIfNew } : { type: 'whosaid/library-save', entry };
    }
    case 'whosaid/open-library':
      return keys.length === 1 ? { type: 'whosaid/open-library' } : null;
    case 'whosaid/load-lexicon': {
      const language = value['language'];
      return keys.length === 2 && isBundledLanguage(language, bundledLanguages) ? { type: 'whosaid/load-lexicon', language } : null;
    }
    case 'whosaid/load-export':
      return keys.length === 1 ? { type: 'whosaid/load-export' } : null;
    case 'whosaid/load-corrections':
      return keys.length === 1 ? { type: 'whosaid/load-corrections' } : null;
    default:
      return null;
  }
}
