/**
 * corrections.js: what applies, describes, reads back and keeps the reader's corrections, injected by the background into
 * the content script's isolated world the first time an article has any (never with the click: see
 * corrections-kit.ts), delivering them to the store.
 */
import { applyCorrections, describeCorrections } from './corrections.js';
import { readStoredCorrections, saveCorrections } from './corrections-store.js';
import { deliverCorrectionsKit } from './corrections-kit.js';

deliverCorrectionsKit({ applyCorrections, describeCorrections, readStoredCorrections, saveCorrections });
