/**
 * Descriptions as speakers, for step 5: "the operator" goes to the last body with that head noun or to the one
 * person the article gives that title, "officials" becomes an unnamed actor; "the document", "the appeal" go to the
 * last document of that kind, and through it to its author ("the appeal, which was penned by …"), after whom the
 * document is then named ("Federation Council appeal").
 */
import type { Actor } from './types.js';
import type { Segmented, TokenRange } from './tokens.js';
import { textOf } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import type { SourceReading } from './find-sources.js';
import type { ArticleNames } from './article-names.js';
import { spansOf, type ActorTable } from './actor-table.js';

/** The document nouns inside a speaker phrase ("Wednesday’s letter of appeal" → letter, appeal). */
function documentHeads(seg: Segmented, range: TokenRange): Set<string> {
  const out = new Set<string>();
  for (let t = range.first; t < range.end; t++) {
    const tok = seg.tokens[t];
    if (tok !== undefined && tok.kind === 'word' && !tok.cap && seg.lexicon.DOCUMENT_NOUNS.has(tok.lower)) out.add(tok.lower);
  }
  return out;
}

/** The first word of a text and the spaces after it ("The ", "a "). */
const FIRST_WORD_RE = /^(\S+)\s+/;

/** A description without its leading article ("the operator" → "operator"): any of the lexicon's ARTICLES. */
function withoutLeadingArticle(lex: Lexicon, text: string): string {
  const m = FIRST_WORD_RE.exec(text);
  return m !== null && lex.ARTICLES.has((m[1] ?? '').toLowerCase()) ? text.slice(m[0].length) : text;
}

/** Whether a description opens with a definite article ("the operator"). */
function opensDefinite(lex: Lexicon, text: string): boolean {
  const m = FIRST_WORD_RE.exec(text);
  return m !== null && lex.DEFINITE_ARTICLES.has((m[1] ?? '').toLowerCase());
}

/**
 * The actor a description read in a speaker phrase stands for; `lastOf` finds the latest recent speaker a test
 * accepts (descriptions reach back only so far).
 */
export function describedActor(seg: Segmented, table: ActorTable, reading: Extract<SourceReading, { kind: 'description' }>,
  source: TokenRange, names: ArticleNames, lastOf: (pred: (a: Actor) => boolean) => Actor | undefined,
  lastPerson?: (gender: 'f' | 'm') => Actor | undefined): Actor {
  const lex = seg.lexicon;
  const text = withoutLeadingArticle(lex, reading.text);
  if (reading.actorKind !== 'document') {
    // "the operator", "the union": a short definite description goes to the last body with that head noun
    const short = opensDefinite(lex, reading.text) && text.split(/\s+/).length <= 2;
    // "the mayor" in an article that names one mayor ("Mayor Lena Ortiz"), before or after: that person
    const holders = short && text.split(/\s+/).length === 1 ? names.titled.get(reading.head) : undefined;
    const holder = holders !== undefined && holders.size === 1 ? [...holders][0] : undefined;
    if (holder !== undefined) return table.named(holder, 'person');
    // "o senador" in a language that refers back so (Lexicon.titleRefersTo): the last person who spoke, if it may be
    // (an elided article is no word of its own in the text, "l'agenzia", but is a token of its own)
    // (and a longer definite description the language's reading may take too: "la principale agenzia delle Nazioni Unite")
    const elided = lex.titleRefersTo !== undefined && lex.DEFINITE_ARTICLES.has(seg.tokens[source.first]?.lower ?? '');
    const titled = (short || elided) && lastOf((a) => lex.titleRefersTo?.(reading.text, a) === true);
    if (titled) return titled;
    if (short && reading.head !== '') {
      const earlier = lastOf((a) => a.kind === reading.actorKind && table.headsOf(a).has(reading.head));
      if (earlier !== undefined) return earlier;
    }
    // "sagt der Franzose" after "Stéphane Mazzucotelli …": a person written of again by what they are
    const gender = text.split(/\s+/).length === 1 && reading.head !== '' ?
      lex.personAnaphorGender?.(seg.tokens[source.first]?.lower ?? '', reading.head) ?? null : null;
    const person = gender === null ? undefined : lastPerson?.(gender);
    if (person !== undefined) return person;
    const actor = table.add(`u:${text.toLowerCase()}`, reading.text, reading.actorKind);
    if (reading.head !== '') table.headsOf(actor).add(reading.head);
    return actor;
  }
  let authorName = reading.authorName;
  let authorDescription: string | undefined;
  for (let t = source.first; t < source.end + 2; t++) {
    const a = names.authorAt.get(t);
    if (a !== undefined) { authorName = a.name; authorDescription = a.description; }
  }
  const heads = documentHeads(seg, source);
  const specific = [...heads].filter((h) => !lex.GENERIC_DOCUMENT_NOUNS.has(h));
  let doc: Actor | undefined;
  if (reading.authorName !== undefined) {
    doc = table.add(`d:${reading.authorName.toLowerCase()}:${reading.head}`, text, 'document');
  } else {
    // "the document" → the last document; "the appeal" → the last appeal, or the last document not yet named
    const sameHead = (a: Actor): boolean => a.kind === 'document' && specific.some((h) => table.headsOf(a).has(h));
    const unnamedDoc = (a: Actor): boolean => a.kind === 'document' && [...table.headsOf(a)].every((h) => lex.GENERIC_DOCUMENT_NOUNS.has(h));
    doc = specific.length === 0
      ? lastOf((a) => a.kind === 'document')
      : lastOf(sameHead) ?? lastOf(unnamedDoc);
    doc ??= table.add(`d::${reading.head}`, text, 'document');
  }
  const known = table.headsOf(doc);
  const wasGeneric = [...known].every((h) => lex.GENERIC_DOCUMENT_NOUNS.has(h));
  for (const h of heads) known.add(h);
  if (wasGeneric && specific.length > 0 && text.trim() !== '') doc.name = text;
  if (authorName !== undefined && doc.authorId === undefined) {
    const author = table.named(authorName, 'organisation');
    if (authorDescription !== undefined && author.description === undefined) author.description = authorDescription;
    if (author.mentions.length === 0) {
      const at = findNameTokens(seg, source.first, author.name);
      if (at !== null) author.mentions.push(...spansOf(seg, at));
    }
    doc.authorId = author.id;
    if (reading.authorName !== undefined && author.mentions.length === 0) {
      for (let t = source.first; t < source.end; t++) {
        if (seg.tokens[t]?.text.replace(lex.POSSESSIVE_ENDING, '') === reading.authorName) author.mentions.push(...spansOf(seg, { first: t, end: t + 1 }));
      }
    }
  }
  // name the document after its author once both are known: "Federation Council appeal"
  const head = specific[0] ?? [...known].find((h) => !lex.GENERIC_DOCUMENT_NOUNS.has(h));
  if (doc.authorId !== undefined && reading.authorName === undefined && head !== undefined) {
    const author = table.byId(doc.authorId);
    if (author !== undefined) doc.name = `${author.name} ${head}`;
  }
  return doc;
}

/** Where `name` is written near `from` (the author named after a document), as a token range. */
function findNameTokens(seg: Segmented, from: number, name: string): TokenRange | null {
  const first = name.split(' ')[0] ?? '';
  for (let t = Math.max(0, from - 20); t < Math.min(seg.tokens.length, from + 40); t++) {
    if (seg.tokens[t]?.text.replace(seg.lexicon.POSSESSIVE_ENDING, '') === first || seg.tokens[t]?.text === first) {
      const n = name.split(' ').length;
      const end = t + n;
      if (textOf(seg, t, end).replace(/\s+/g, ' ') === name) return { first: t, end };
    }
  }
  return null;
}
