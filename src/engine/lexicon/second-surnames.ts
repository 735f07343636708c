/**
 * Two surnames, for the languages whose people bear them (Spanish, Portuguese; Lexicon.surnamesOf): "Andrés Manuel
 * López Obrador" is known by "Obrador" and by "López" alone (and by "López Obrador", which goes by its last word).
 * The word before the last is a first surname only in a name of three words or more, and only when it is no first
 * name: "María Jesús Montero" is not "Jesús". Here rather than in article-names.ts so that an English click carries
 * none of it.
 */

/** The reader for a language with two surnames, given its first names (lower case), for Lexicon.surnamesOf. */
export function secondSurnamesReader(firstNames: readonly ReadonlySet<string>[]): (name: string) => readonly string[] {
  return (name) => {
    const words = name.toLowerCase().split(' ');
    const last = words[words.length - 1] ?? '';
    const before = words.length >= 3 ? words[words.length - 2] ?? '' : '';
    return before === '' || firstNames.some((names) => names.has(before)) ? [last] : [last, before];
  };
}
