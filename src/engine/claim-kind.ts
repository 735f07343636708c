/**
 * Step 6b, claim kinds: what each claim reports — a statement (speech or writing), a finding (what a document, study,
 * poll, court or data set shows) or a thought (what someone believes, fears or plans). The cue's lemma gives a first
 * kind (lexicon.claimKindOf); this step refines it from the claim's context once its actor is known. The rules, in the
 * order they apply (the words are the lexicon's, lexicon/en/claim-kinds.ts):
 *
 *   1. Verbs of saying stay statements whoever the source: "the report said", "according to the study". A document
 *      that "says" is quoted or paraphrased for its words, which a reader can check in it like anyone's; what it
 *      "shows" or "found" is its result. (This is also how news-quote annotators count them.)
 *   2. A person or a body quoted word for word is making a statement, whatever the verb: "'We will win,' she
 *      concluded", "'What if it fails?' he worried". A document's words quoted stay its finding ("the audit found
 *      'no record of the payments'").
 *   3. A cue with a saying particle ("ruled out") says, unless evidence or a court is its source.
 *   4. Verbs of inquiry report findings whoever inquired: "investigators concluded", "Dr Osei found", "the court ruled".
 *   5. Verbs that also say ("suggest", "indicate", "confirm", "reveal", "cite", "estimate") report a finding only
 *      from evidence or a court ("the poll suggests"); from a person or a body they are statements ("police
 *      confirmed", "the minister suggested").
 *   6. A court's decision is a finding ("the court decided", "the judge held"); anyone else's is a thought.
 *   7. Otherwise the lemma's own kind: believes, thinks, worries, hopes, expects, plans, wants, decided, knows are
 *      thoughts; everything else is a statement.
 *
 * A source is evidence when its actor is a document or its head noun is an evidence noun ("a survey by the
 * university" → survey); a court when its head noun is a court's ("the Supreme Court", "the jury") or a judge's title
 * opens it ("Judge Amy Lin"). Kinds never change a span: PolNeAR scores every kind.
 */
import type { ActorKind, ClaimKind, QuoteKind } from './types.js';
import type { Lexicon } from './lexicon/lexicon.js';

/** What the step reads of one claim: lower-case words, no text offsets. */
export interface ClaimKindContext {
  /** The cue's lemma ("find", "say", "according to"). */
  lemma: string;
  /** The cue's words, lower-case, auxiliaries and particle included ("has", "ruled", "out"). */
  cueWords: readonly string[];
  /** The source phrase's words in this sentence, lower-case ("the", "supreme", "court"); empty when none. */
  sourceWords: readonly string[];
  /** The actor the claim was given to: its kind and its fullest name's words, lower-case. */
  actorKind: ActorKind;
  actorWords: readonly string[];
  quote: QuoteKind;
}

/**
 * Whether a cue's kind depends on its context: false for the verbs of saying (rule 1), whose claims are statements
 * whatever surrounds them, so the caller need not gather the context of most claims.
 */
export function kindReadsContext(lemma: string, lex: Lexicon): boolean {
  return lex.claimKindOf(lemma) !== 'statement' || lex.INQUIRY_LEMMAS.has(lemma) || lex.EVIDENCE_LEMMAS.has(lemma) ||
    lex.JUDGMENT_LEMMAS.has(lemma);
}

/** The kind of one claim in its context (see the module comment for the rules). */
export function claimKindIn(context: ClaimKindContext, lex: Lexicon): ClaimKind {
  const { lemma } = context;
  const base = lex.claimKindOf(lemma);
  // 1. verbs of saying (and every cue the lexicon does not list as a finding or a thought)
  if (!kindReadsContext(lemma, lex)) return 'statement';
  const evidence = isEvidence(context, lex);
  const court = isCourt(context, lex);
  // 2. a person's or a body's own words
  if (context.quote === 'direct' && !evidence) return 'statement';
  // 3. "ruled out"
  const particle = lex.SAYING_PARTICLES.get(lemma);
  if (particle !== undefined && context.cueWords.includes(particle)) return evidence || court ? 'finding' : 'statement';
  // 4. inquiry
  if (lex.INQUIRY_LEMMAS.has(lemma)) return 'finding';
  // 5. verbs that find only from evidence
  if (lex.EVIDENCE_LEMMAS.has(lemma)) return evidence || court ? 'finding' : 'statement';
  // 6. a court's judgment
  if (court && lex.JUDGMENT_LEMMAS.has(lemma)) return 'finding';
  // 7. the lemma's own kind
  return base;
}

function isEvidence(context: ClaimKindContext, lex: Lexicon): boolean {
  if (context.actorKind === 'document') return true;
  return [context.sourceWords, context.actorWords].some((words) => {
    const head = headOf(words, lex);
    return head !== undefined && lex.EVIDENCE_SOURCE_NOUNS.has(head);
  });
}

function isCourt(context: ClaimKindContext, lex: Lexicon): boolean {
  return [context.sourceWords, context.actorWords].some((words) => {
    const head = headOf(words, lex);
    if (head !== undefined && lex.COURT_SOURCE_NOUNS.has(head)) return true;
    const first = words.find((word) => !lex.DETERMINERS.has(word));
    return first !== undefined && lex.COURT_TITLES.has(first);
  });
}

/**
 * The head of a noun phrase: its last word before a preposition, a participle or a relative that opens what follows
 * ("a survey by the university" → survey; "the court" → court), a possessive's "'s" dropped ("the court's").
 */
function headOf(words: readonly string[], lex: Lexicon): string | undefined {
  let head: string | undefined;
  for (const word of words) {
    if (lex.SOURCE_HEAD_ENDERS.has(word) || word === ',') break;
    if (/^[\p{L}\p{N}-]/u.test(word)) head = word;
  }
  return head?.replace(lex.POSSESSIVE_ENDING, '');
}
