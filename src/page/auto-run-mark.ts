/**
 * Injected just before content.js by per-site auto-run (src/background/auto-run.ts): marks the coming start as
 * automatic, so the session leaves the reader's focus alone and never switches off a session a click started.
 */
import { AUTO_RUN_GLOBAL } from '../shared/global-keys.js';

Reflect.set(globalThis, AUTO_RUN_GLOBAL, true);
