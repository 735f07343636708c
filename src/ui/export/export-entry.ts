/**
 * export.js: the file exports, injected by the background into the content script's isolated world the first time
 * the reader exports from the sidebar (never with the click: see export-store.ts), delivering them to the store.
 */
import { toCsv, toJson, toMarkdown } from './formats.js';
import { deliverExportFormats } from './export-store.js';

deliverExportFormats({ toMarkdown, toCsv, toJson });
