/**
 * An in-memory storage area shaped like `browser.storage.local` for the corrections store's tests: get one key or
 * all (null), set, remove one key or several; `failWith` makes every write fail (a full storage).
 */
import type { CorrectionsStorageArea } from '../../src/shared/corrections-store.js';

export function memoryArea(items: Record<string, unknown> = {}, failWith?: (values: Record<string, unknown>) => Error | null): CorrectionsStorageArea & { items: Record<string, unknown> } {
  return {
    items,
    async get(key) {
      if (key === null) return structuredClone(items);
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values) {
      const error = failWith?.(values) ?? null;
      if (error !== null) throw error;
      Object.assign(items, structuredClone(values));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete items[key];
    },
  };
}
