/**
 * A time adjunct between a cue and its clause (Lexicon.pastTime): "anunció el pasado sábado que …",
 * "remarcó este martes que …", "afirmou nesta terça-feira que …". A verb that reports only before a clause (Spanish's
 * clause-only verbs: "aseguró que …", not "aseguró el título") is then read as standing before it. At most four
 * words, each one of the language's adjunct words or a number; here rather than in find-cues.ts so that an English
 * click carries none of it.
 */
import type { LexiconToken as Token } from './lexicon.js';

/** Words a time adjunct before a clause may hold, at most. */
const REACH = 4;

/** The reader for a language's adjunct words and complementizers, for Lexicon.pastTime. */
export function timeAdjunctReader(words: ReadonlySet<string>, complementizers: ReadonlySet<string>):
  (tokens: readonly Token[], at: number) => number {
  return (tokens, at) => {
    const block = tokens[at]?.block;
    for (let t = at; t < at + REACH + 1; t++) {
      const tok = tokens[t];
      if (tok === undefined || tok.block !== block || tok.kind !== 'word') return at;
      if (t > at && complementizers.has(tok.lower)) return t;
      if (!words.has(tok.lower) && !/^[0-9]+$/.test(tok.lower)) return at;
    }
    return at;
  };
}
