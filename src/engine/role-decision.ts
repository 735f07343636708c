/**
 * How step 7 (roles.ts) decides: each piece of evidence for an actor is a candidate role with its strength and where
 * it was read; the best wins (a strong word over a weak one, then the name over the description over the full name in
 * the text over the surname alone over the context, then the first read). With none, the fallback says why: a text
 * speaking, the people of a place, an unnamed source, or no title, job or body given.
 */
import type { Actor, SourceRole } from './types.js';
import type { Lexicon, RoleWord } from './lexicon/lexicon.js';
import { quoted, readRole, wordsOfText } from './role-phrases.js';

/** Where a piece of evidence was read; between two of the same strength the lower rank wins. */
export const FROM_NAME = 0;
export const FROM_DESCRIPTION = 1;
export const FROM_FULL_NAME = 2;
export const FROM_SURNAME = 3;
export const FROM_CONTEXT = 4;

type Listed = RoleWord['role'];

/** One piece of evidence for an actor's role. */
export interface Candidate {
  role: Listed;
  strong: boolean;
  rank: number;
  order: number;
  reason: string;
  /** "its chair, Ines Lorca": the role is the body's, known once the bodies have theirs. */
  via?: Actor;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  if (a.strong !== b.strong) return a.strong;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.order < b.order;
}

/** The role, from the best evidence, or the fallback that says why there is none. */
export function decide(lex: Lexicon, actor: Actor, list: readonly Candidate[], withVia: boolean): { role: SourceRole; reason: string } {
  if (actor.kind === 'unknown') return { role: 'unknown', reason: 'the text names no speaker for these claims' };
  if (actor.kind === 'document') return { role: 'document', reason: `a text, not a person or body: ${quoted(actor.name)}` };
  const words = wordsOfText(lex, actor.name);
  if (lex.NOBODY.has(words[0]?.w ?? '')) return { role: 'unknown', reason: `names nobody: ${quoted(actor.name)}` };
  if (actor.kind === 'unnamed') {
    // "Many reports", "research conducted in both monkeys and humans", "an email from Facebook": a text speaking
    for (let i = 0; i < Math.min(words.length, 4); i++) {
      const w = words[i]?.w ?? '';
      if (!lex.DOCUMENT_NOUNS.has(w) && !lex.ROLE_DOCUMENT_HEADS.has(w)) continue;
      const after = words[i + 1]?.w;
      if (after !== undefined && !lex.PREPOSITIONS.has(after) && !lex.PAST_ENDING.test(after)) continue;
      // "local news reports", "many leftist figures": a role word before the noun says whose texts or who
      const before = readRole(lex, words.slice(0, i), true);
      if (before !== null && before.word.strong) return { role: before.word.role, reason: `“${before.key}” in ${quoted(actor.name)}` };
      return { role: 'document', reason: `a text, not a person or body: “${w}” in ${quoted(actor.name)}` };
    }
  }
  let best: Candidate | undefined;
  for (const c of list) {
    if (c.via !== undefined) {
      const bodyRole = c.via.role;
      if (!withVia || bodyRole === undefined || bodyRole === 'unknown' || bodyRole === 'unnamed' || bodyRole === 'document') continue;
      const resolved: Candidate = { ...c, role: bodyRole, reason: `${c.reason}, a body read as ${bodyRole}` };
      if (better(resolved, best)) best = resolved;
      continue;
    }
    if (better(c, best)) best = c;
  }
  if (best !== undefined) return { role: best.role, reason: best.reason };
  const content = words.filter((w) => !lex.INDEFINITE_DETERMINERS.has(w.w) && !lex.ARTICLES.has(w.w));
  const only = content.length === 1 ? actor.name.split(/\s+/).pop() ?? '' : '';
  if (lex.PEOPLE_OF_A_PLACE.test(only)) return { role: 'citizen', reason: `the people of a place: ${quoted(actor.name)}` };
  const roleless = words.slice(0, 4).some((w) => lex.ROLELESS_SOURCE_NOUNS.has(w.w)) ||
    (content.length === 1 && lex.ROLELESS_ALONE.has(content[0]?.w ?? ''));
  if (actor.kind === 'unnamed' && roleless) {
    return { role: 'unnamed', reason: `an unnamed source the text gives no role: ${quoted(actor.name)}` };
  }
  return { role: 'unknown', reason: `the article gives no title, job or body for ${quoted(actor.name)}` };
}
