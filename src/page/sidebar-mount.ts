/**
 * Which sidebar the content script mounts: the signature of the UI's `mountSidebar`, and the stand-in used until
 * src/ui/sidebar/mount.tsx lands. Switching to the real sidebar is a one-line change here.
 */
import type { SidebarActions, SidebarHandle, SidebarModel } from '../ui/sidebar-api.js';
import { mountSidebarStandIn } from './sidebar-standin.js';

export type SidebarMount = (container: ShadowRoot, model: SidebarModel, actions: SidebarActions) => SidebarHandle;

export const mountSidebar: SidebarMount = mountSidebarStandIn;
