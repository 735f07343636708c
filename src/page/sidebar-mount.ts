/**
 * Which sidebar the content script mounts: the UI's Preact `mountSidebar`, behind the one signature the controller
 * needs so that DOM tests can mount a lighter stand-in.
 */
import type { SidebarActions, SidebarHandle, SidebarModel } from '../ui/sidebar-api.js';
import { mountSidebar as mountPreactSidebar, type MountOptions } from '../ui/sidebar/mount.js';

export type SidebarMount = (
  container: ShadowRoot,
  model: SidebarModel,
  actions: SidebarActions,
  options?: MountOptions,
) => SidebarHandle;

export const mountSidebar: SidebarMount = (container, model, actions, options) =>
  mountPreactSidebar(container, model, actions, options);
