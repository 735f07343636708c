/**
 * What a cue is, in the words every step shares: a cue candidate and the cue a construction proposes, the
 * constructions a cue can stand in, the kind of token after it, and the configuration that says which forms are cues
 * where. Step 2 (find-cues.ts) finds cues, step 3 (attach-content.ts and constructions/) frames them; both read this
 * module, so neither needs the other's.
 */
import type { Segmented } from './tokens.js';

/** How a cue's parts are arranged in its sentence. */
export type Construction =
  | 'before'      // content, then speaker and cue: "…, the document states." / "…,” said Pamfilova."
  | 'after'       // speaker, cue, content: "Metsola told the broadcaster that …"
  | 'bare'        // cue and content with no speaker: "Asked whether …", "… was quoted as saying"
  | 'participle'; // a participle continuing a report: "…, adding that …"

export const CONSTRUCTION_INDEX: Record<Construction, number> = { before: 0, after: 1, bare: 2, participle: 1 };

export interface CueCandidate {
  first: number;
  last: number;
  form: string;
  lemma: string;
  /** 'quote': the opening mark of a floating quote, which has no cue word (floating-quotes.ts). */
  kind: 'verb' | 'according' | 'colon' | 'dash' | 'quote';
  /** What kind of token follows the cue word (see contextOf): precision is learned per form and context too. */
  context: string;
}

/** A cue as a construction proposes it; findCues adds the context. */
export type ProposedCue = Omit<CueCandidate, 'context'>;

/** The kind of token after a cue word: "that", a quotation mark, a determiner, a pronoun, a name, a stop … */
export function contextOf(seg: Segmented, tok: number): string {
  const t = seg.tokens[tok];
  if (t === undefined || t.block !== seg.tokens[tok - 1]?.block) return 'end';
  if (t.kind === 'quote') return 'quote';
  if (t.kind === 'punct') return t.text === ',' ? 'comma' : t.text === ':' ? 'colon' : /^[.!?…;]$/.test(t.text) ? 'end' : 'punct';
  const lex = seg.lexicon;
  // (the context's names are the features' own: 'that' is any complementizer, 'to' any infinitive marker)
  if (lex.COMPLEMENTIZERS.has(t.lower)) return 'that';
  if (lex.INFINITIVE_MARKERS.has(t.lower)) return 'to';
  if (seg.lexicon.CONTEXT_DETERMINERS.has(t.lower)) return 'det';
  // ("her" is a determiner here, as it always was: the check above comes first)
  if (seg.lexicon.PERSONAL_PRONOUNS.has(t.lower)) return 'pron';
  if (t.cap) return 'cap';
  if (seg.lexicon.CONTEXT_PREPOSITIONS.has(t.lower)) return 'prep';
  if (lex.GERUND_ENDING.test(t.lower)) return 'ing';
  return 'word';
}

/** Where a cue word stands: the article's tokens and the word's index among them. */
export interface CueSite {
  seg: Segmented;
  tok: number;
}

/** Which cue forms are active, and in which constructions. */
export interface CueConfig {
  isCueForm(form: string): boolean;
  /**
   * Whether the form is a cue in this construction; with a context, as learned for what follows the word; with a
   * site, for that very token (a model reads the words around it).
   */
  allows(form: string, construction: Construction, context?: string, site?: CueSite): boolean;
  /**
   * The words one of which must follow the form for it to be a cue, separated by "|" ("points" only in "points
   * to|out", any form of "weigh" only before "in"), or ''.
   */
  requiredNext?(form: string): string;
  /**
   * Whether a past or a participle of a listed reporting verb reports before "that" whatever its counts: "pledged
   * that …", "emphasizing that …" (issue 16: a clause after the verb is what makes it a report).
   */
  reportsBeforeThat?(form: string): boolean;
}
