/** The sidebar's actions as spies, for tests that render the Sidebar and check what it asked the page to do. */
import { vi } from 'vitest';
import type { SidebarActions } from '../../src/ui/sidebar-api.js';
import { deliverExportFormats } from '../../src/ui/export/export-store.js';
import { toCsv, toJson, toMarkdown } from '../../src/ui/export/formats.js';

export function actions() {
  return {
    jumpToClaim: vi.fn<(claimId: string) => void>(),
    selectActor: vi.fn<(actorId: string | null) => void>(),
    close: vi.fn<() => void>(),
    // as the background's injection of export.js does in the browser: the formats land in this world's store
    loadExports: vi.fn<() => Promise<boolean>>(() => {
      deliverExportFormats({ toMarkdown, toCsv, toJson });
      return Promise.resolve(true);
    }),
  } satisfies SidebarActions;
}
