/** The sidebar's actions as spies, for tests that render the Sidebar and check what it asked the page to do. */
import { vi } from 'vitest';
import type { SidebarActions } from '../../src/ui/sidebar-api.js';

export function actions() {
  return {
    jumpToClaim: vi.fn<(claimId: string) => void>(),
    selectActor: vi.fn<(actorId: string | null) => void>(),
    close: vi.fn<() => void>(),
  } satisfies SidebarActions;
}
