/**
 * Only trusted input acts, enforced on the source: every listener the content script puts on the page itself
 * (document, window, the page's elements) for an input event is wrapped in `trusted(…)`, and WhoSaid's shadow root
 * is closed and gated (acceptOnlyTrustedInput). Listeners inside the shadow root need no wrapper: the gate stops an
 * untrusted event before any of them. A new listener on the page that forgets the wrapper fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATED_EVENTS } from '../../src/shared/trusted-input.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Events a page script can fake that a listener on the page could act on. */
const INPUT_EVENTS = [...GATED_EVENTS, 'pointermove', 'pointerleave', 'pointerenter', 'pointerover', 'mousemove', 'mouseover', 'wheel', 'scroll', 'touchstart', 'touchend'];
const LISTENER = new RegExp(`(?:addEventListener\\(|\\.add\\([^,]+,)\\s*'(${INPUT_EVENTS.join('|')})'`, 'g');

describe('the page side listens to trusted input only', () => {
  it('wraps every input listener it puts on the page in trusted()', () => {
    const unwrapped: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src', 'page'))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        for (const match of line.matchAll(LISTENER)) {
          const rest = line.slice((match.index ?? 0) + match[0].length);
          if (!/^\s*,\s*trusted\(/.test(rest)) unwrapped.push(`${relative(ROOT, file)}:${index + 1} '${match[1]}'`);
        }
      });
    }
    expect(unwrapped).toEqual([]);
  });

  it('closes and gates WhoSaid\'s shadow root', () => {
    const host = readFileSync(join(ROOT, 'src', 'page', 'host.ts'), 'utf8');
    expect(host).toMatch(/attachShadow\(\{ mode: 'closed' \}\)/);
    expect(host).toMatch(/acceptOnlyTrustedInput\(shadow\)/);
    expect(host).not.toMatch(/mode: 'open'/);
  });
});
