/**
 * Portuguese news names a person once and then by a title: "Pacheco disse que … O senador ponderou …", "… afirmou
 * a ministra". Lexicon.titleRefersTo says whether such a title may stand for a person who spoke before: a title only
 * a person bears, of the same kind of role as any title the article writes before that person's name, and of the
 * person's gender when the first name tells it ("a vereadora" is not Rui Gonçalves). Here, in the Portuguese bundle.
 */
import { PERSON_TITLES } from './actor-words.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import { ROLE_WORDS } from './role-words.js';
import { FEMALE_TITLES, MALE_TITLES } from './seam-words.js';

export function titleRefersTo(title: string, name: string, titled: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (!PERSON_TITLES.has(title)) return false;
  const role = ROLE_WORDS.get(title)?.role;
  for (const [other, holders] of titled) if (holders.has(name) && ROLE_WORDS.get(other)?.role !== role) return false;
  const first = name.split(' ')[0]?.toLowerCase() ?? '';
  if (FEMALE_TITLES.has(title)) return !MALE_FIRST_NAMES.has(first);
  if (MALE_TITLES.has(title)) return !FEMALE_FIRST_NAMES.has(first);
  return true;
}
