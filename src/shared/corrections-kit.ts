/**
 * Where corrections.js leaves what applies, describes, reads back and keeps the reader's corrections: a store on the
 * global of the extension's isolated world (the page's own scripts cannot see it). Most clicks meet an article without
 * corrections and never need that code (1.9 KB gzipped), so a click does not carry it: the content script asks for it
 * the first time an article has stored corrections or the reader makes one, the background injects corrections.js
 * (src/shared/corrections-entry.ts), and it delivers the kit here for this and later sessions on the page.
 * Imports nothing at run time but the key.
 */
import { CORRECTIONS_KIT_GLOBAL } from './global-keys.js';
import type { applyCorrections, describeCorrections } from './corrections.js';
import type { readStoredCorrections, saveCorrections } from './corrections-store.js';

export interface CorrectionsKit {
  applyCorrections: typeof applyCorrections;
  describeCorrections: typeof describeCorrections;
  readStoredCorrections: typeof readStoredCorrections;
  saveCorrections: typeof saveCorrections;
}

function isCorrectionsKit(value: unknown): value is CorrectionsKit {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'applyCorrections') === 'function'
    && typeof Reflect.get(value, 'describeCorrections') === 'function' && typeof Reflect.get(value, 'readStoredCorrections') === 'function'
    && typeof Reflect.get(value, 'saveCorrections') === 'function';
}

/** Called by corrections.js once it runs. */
export function deliverCorrectionsKit(kit: CorrectionsKit, global: object = globalThis): void {
  Reflect.set(global, CORRECTIONS_KIT_GLOBAL, kit);
}

/** The kit corrections.js delivered in this isolated world, or null before it ran. */
export function deliveredCorrectionsKit(global: object = globalThis): CorrectionsKit | null {
  const kit: unknown = Reflect.get(global, CORRECTIONS_KIT_GLOBAL);
  return isCorrectionsKit(kit) ? kit : null;
}

/**
 * The kit, delivered already or asked for by `request` (which resolves true once corrections.js ran); one request at a
 * time, and another after a failed one. Null when it could not be had.
 */
export function correctionsKitOnDemand(request: () => Promise<boolean>, global: object = globalThis): () => Promise<CorrectionsKit | null> {
  let pending: Promise<CorrectionsKit | null> | null = null;
  return () => {
    const delivered = deliveredCorrectionsKit(global);
    if (delivered !== null) return Promise.resolve(delivered);
    pending ??= request().catch(() => false).then((ran) => {
      pending = null;
      return ran ? deliveredCorrectionsKit(global) : null;
    });
    return pending;
  };
}
