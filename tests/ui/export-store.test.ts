/**
 * The file exports come with export.js, not with the click (ui/export/export-store.ts): what it delivers into the
 * isolated world is read back, and anything else under that name is not taken for them.
 */
import { describe, expect, it } from 'vitest';
import { deliveredExportFormats, deliverExportFormats } from '../../src/ui/export/export-store.js';
import { toCsv, toJson, toMarkdown } from '../../src/ui/export/formats.js';
import { EXPORT_STORE_GLOBAL } from '../../src/shared/global-keys.js';

describe('the export store', () => {
  it('has no formats before export.js ran, and the ones it delivered after', () => {
    const world = {};
    expect(deliveredExportFormats(world)).toBeNull();
    deliverExportFormats({ toMarkdown, toCsv, toJson }, world);
    expect(deliveredExportFormats(world)).toEqual({ toMarkdown, toCsv, toJson });
  });

  it('takes nothing else under its name for the formats', () => {
    for (const forged of [null, 'toMarkdown', { toMarkdown, toCsv }, { toMarkdown: 'x', toCsv, toJson }]) {
      expect(deliveredExportFormats({ [EXPORT_STORE_GLOBAL]: forged })).toBeNull();
    }
  });
});
