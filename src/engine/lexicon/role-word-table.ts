/**
 * A language's role words as the engine reads them (`Lexicon.ROLE_WORDS`), built from its two tables of phrases per
 * role: the weak ones, which yield to a strong one beside them ("spokesman"), and the strong ones ("senator"). A
 * phrase in both tables is strong: the strong table is read last. Every language folder builds its map here.
 */
import type { RoleWord } from './lexicon.js';

/** Per role, its phrases in lower case, words joined by one space; a language may leave a role out. */
export type RolePhrases = Readonly<Partial<Record<RoleWord['role'], readonly string[]>>>;

export function roleWordTable(weak: RolePhrases, strong: RolePhrases): Map<string, RoleWord> {
  const out = new Map<string, RoleWord>();
  for (const [isStrong, table] of [[false, weak], [true, strong]] as const) {
    for (const [role, entries] of Object.entries(table) as [RoleWord['role'], readonly string[] | undefined][]) {
      for (const entry of entries ?? []) out.set(entry, { role, strong: isStrong, words: entry.split(' ').length });
    }
  }
  return out;
}
