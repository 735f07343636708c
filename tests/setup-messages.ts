/**
 * Every test file runs with the English messages (_locales/en/messages.json) behind shared/i18n.ts, as a browser
 * set to English would serve them (read from the project root, where vitest runs; jsdom's import.meta.url is no file):
 * jsdom and Node have no `browser.i18n`, and the tests assert English words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useMessages, type MessageFile } from '../src/shared/i18n.js';

useMessages(JSON.parse(readFileSync(join(process.cwd(), '_locales/en/messages.json'), 'utf8')) as MessageFile);
