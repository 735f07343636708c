/**
 * Where export.js leaves the file exports: a store on the global of the extension's isolated world (the page's own
 * scripts cannot see it). The formats are code only the reader's export needs, so a click does not carry them: the
 * sidebar asks for them when the reader first exports (SidebarActions.loadExports), the background injects
 * export.js (src/ui/export/export-entry.ts), and it delivers them here for this and later sessions on the page.
 * Imports nothing at run time but the key.
 */
import { EXPORT_STORE_GLOBAL } from '../../shared/global-keys.js';
import type { toCsv, toJson, toMarkdown } from './formats.js';

/** The three file formats the sidebar saves an analysis in. */
export interface ExportFormats {
  toMarkdown: typeof toMarkdown;
  toCsv: typeof toCsv;
  toJson: typeof toJson;
}

function isExportFormats(value: unknown): value is ExportFormats {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'toMarkdown') === 'function'
    && typeof Reflect.get(value, 'toCsv') === 'function' && typeof Reflect.get(value, 'toJson') === 'function';
}

/** Called by export.js once it runs. */
export function deliverExportFormats(formats: ExportFormats, global: object = globalThis): void {
  Reflect.set(global, EXPORT_STORE_GLOBAL, formats);
}

/** The formats export.js delivered in this isolated world, or null before it ran. */
export function deliveredExportFormats(global: object = globalThis): ExportFormats | null {
  const formats: unknown = Reflect.get(global, EXPORT_STORE_GLOBAL);
  return isExportFormats(formats) ? formats : null;
}
