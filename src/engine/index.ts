/** The engine's public surface: import from here, never from its step modules. */
export { analyze } from './analyze.js';
export type * from './types.js';
