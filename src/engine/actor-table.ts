/**
 * The actors step 5 builds for one article (ActorTable: each under the keys it is looked up by, a name read in a
 * speaker phrase made an actor on first mention), and the page spans their mentions take (spansOf).
 */
import type { Actor, ActorKind, Span } from './types.js';
import type { Segmented, TokenRange } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { nameKeyOf, type ArticleNames } from './article-names.js';

/** The page spans of a token range: one per block it crosses. */
export function spansOf(seg: Segmented, range: TokenRange): Span[] {
  const out: Span[] = [];
  let t = range.first;
  while (t < range.end) {
    const a = seg.tokens[t];
    if (a === undefined) break;
    let e = t;
    while (e + 1 < range.end && seg.tokens[e + 1]?.block === a.block) e++;
    const b = seg.tokens[e];
    if (b !== undefined) out.push({ block: a.block, start: a.start, end: b.end });
    t = e + 1;
  }
  return out;
}

/**
 * The actors of one article as step 5 finds them, each under the keys it may be looked up by (its name, a person's
 * surname, an acronym, a description's words), with the head nouns it was described by.
 */
export class ActorTable {
  readonly actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  private readonly heads = new Map<Actor, Set<string>>();

  constructor(private readonly lex: Lexicon, private readonly names: ArticleNames) {}

  headsOf(actor: Actor): Set<string> {
    let h = this.heads.get(actor);
    if (h === undefined) { h = new Set(); this.heads.set(actor, h); }
    return h;
  }

  byId(id: string): Actor | undefined {
    return this.actors.find((a) => a.id === id);
  }

  get(key: string): Actor | undefined {
    return this.byKey.get(key);
  }

  add(key: string, name: string, kind: ActorKind): Actor {
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    const shown = name.trim() === '' ? 'unnamed source' : name.trim();
    const actor: Actor = { id: `a${this.actors.length + 1}`, name: shown, kind, mentions: [] };
    this.actors.push(actor);
    this.byKey.set(key, actor);
    return actor;
  }

  alias(key: string, actor: Actor): void {
    if (!this.byKey.has(key)) this.byKey.set(key, actor);
  }

  /**
   * The actor a name read in a speaker phrase stands for, made on first mention: an acronym as its expansion (an
   * organisation), a lone surname as the full name the article gives it, a person also under their surname.
   */
  named(rawName: string, kind: ActorKind): Actor {
    const { lex, names } = this;
    let name = rawName;
    let k = kind;
    const expansion = names.acronyms.get(name);
    if (expansion !== undefined) { name = stripLeadingAdjectives(lex, expansion); k = 'organisation'; }
    if (!name.includes(' ')) {
      const full = names.fullNames.get(nameKeyOf(lex, name));
      if (full !== undefined) name = full;
    }
    // "по словам Дмитрия Пескова": a declining language shows the name in the nominative ("Дмитрий Песков")
    name = lex.nominativeOf?.(name) ?? name;
    const key = `n:${nameKeyOf(lex, name)}`;
    const surnameKey = k === 'person' && lex.isTitleOfABody?.(name) !== true ? `s:${nameKeyOf(lex, name.split(' ').pop() ?? '')}` : key;
    const existing = this.get(key) ?? this.get(surnameKey);
    if (existing !== undefined) {
      // one actor named in several cases ("по словам Путина", "Путин заявил") is shown by its shortest form under the
      // same key, mostly the nominative (where the key is the lower case, the forms under one key are as long)
      if (existing === this.get(key) && name.length < existing.name.length) existing.name = name;
      return existing;
    }
    const actor = this.add(key, name, k);
    this.alias(surnameKey, actor);
    for (const [acr, exp] of names.acronyms) if (stripLeadingAdjectives(lex, exp) === name) this.alias(`n:${acr.toLowerCase()}`, actor);
    return actor;
  }
}

/** Whether two spans are the same characters. */
export function sameSpan(a: Span, b: Span | undefined): boolean {
  return b !== undefined && a.block === b.block && a.start === b.start && a.end === b.end;
}

/** "Russian Central Election Commission" → "Central Election Commission": nationality adjectives are not the name. */
function stripLeadingAdjectives(lex: Lexicon, name: string): string {
  const nationality = lex.NATIONALITY_ENDING;
  if (nationality === undefined) return name;
  const words = name.split(/\s+/);
  while (words.length > 2 && nationality.test(words[0] ?? '') && !lex.TITLES.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}
