/**
 * Portuguese news names a person once and then by a title: "O presidente do Senado, Rodrigo Pacheco, disse … O senador
 * ponderou …", "… afirmou a analista". Lexicon.titleRefersTo says whether such a title may stand for a person who
 * spoke before: a title only a person bears; not of another kind of role than the description the article gave that
 * person, when either says its own firmly ("o ministro" is no "delegado"; "o dirigente" may be the club's "presidente");
 * and of the person's gender when the article or the title tells it and the first name does too ("a vereadora", "a
 * analista" are not Rui Gonçalves or Pedro Almeida). Here, in the Portuguese bundle.
 */
import { ORGANISATION_NOUNS, PERSON_TITLES } from './actor-words.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import { ROLE_WORDS } from './role-words.js';
import { FEMALE_TITLES, MALE_TITLES } from './seam-words.js';
import type { RoleWord } from '../lexicon.js';
import type { Actor } from '../../types.js';

/** The first role word of a description, longest first ("presidente do senado", "da universidade de …"). */
function roleWordOf(description: string): RoleWord | undefined {
  const words = description.toLowerCase().split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(words.length - i, 4); n > 0; n--) {
      const role = ROLE_WORDS.get(words.slice(i, i + n).join(' '));
      if (role !== undefined) return role;
    }
  }
  return undefined;
}

export function titleRefersTo(title: string, actor: Readonly<Pick<Actor, 'kind' | 'name' | 'description'>>): boolean {
  const { name, description } = actor;
  const words = title.toLowerCase().split(/\s+/u);
  const head = words[words.length - 1] ?? '';
  // one title and its article, said of a person
  if (actor.kind !== 'person' || words.length > 2) return false;
  // ("Polícia Militar", read as a person's name for want of a noun the engine knows as a body's last word, is none)
  if (!PERSON_TITLES.has(head) || name.toLowerCase().split(' ').some((word) => ORGANISATION_NOUNS.has(word))) return false;
  const own = ROLE_WORDS.get(head);
  const theirs = description === undefined ? undefined : roleWordOf(description);
  if (own !== undefined && theirs !== undefined && (own.strong || theirs.strong) && own.role !== theirs.role) return false;
  const article = words.length > 1 ? words[0] : undefined;
  const female = FEMALE_TITLES.has(head) || article === 'a';
  const male = MALE_TITLES.has(head) || article === 'o';
  const first = name.split(' ')[0]?.toLowerCase() ?? '';
  if (female) return !MALE_FIRST_NAMES.has(first);
  if (male) return !FEMALE_FIRST_NAMES.has(first);
  return true;
}
