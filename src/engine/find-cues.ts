/**
 * Step 2 — find cues: the reporting expressions outside quotations ("said", "told", "according to", a speaker's
 * colon). Which word forms count, and in which constructions, comes from the cue configuration (learned
 * precision, see lexicon/en/learned-cues.generated.ts); traps are filtered here. The constructions with a cue of
 * their own (a colon, a dash, a label, "according to") propose it, as constructions/registry.ts lists them. What a
 * cue is (its candidate, its constructions, the configuration's interface) lives in cue.ts.
 */
import type { Segmented, Sentence, Token } from './tokens.js';
import { durationAt } from './tokens.js';
import type { CueCounts, Lexicon } from './lexicon/lexicon.js';
import { contextOf, CONSTRUCTION_INDEX, type CueCandidate, type CueConfig, type CueSite, type ProposedCue } from './cue.js';
import { CUES_OF_THEIR_OWN, SENTENCE_CUES, type CueOfItsOwn } from './constructions/registry.js';

/** The punctuation cue forms switched on whatever the learned counts say, in every language. */
const ALWAYS_ON_MARKS: Readonly<Record<string, string>> = {
  // a colon before a quotation inside a sentence: "Reyes was blunt: “…”"
  ':“': '',
  // a transcript's speaker label opening a paragraph: "WALLACE: …"
  ':T': '',
  // a headline in the "claim – speaker" style: "West tried to disrupt the vote – lawmakers"
  '–h': '',
  // a signature after a dash closing a paragraph: "“…” ― Sonya Herridge", an embedded post "… — Name (@handle) date"
  '―': '',
};

/**
 * Cue forms switched on whatever the learned counts say: the verb forms a lexicon marks always-on ("the document
 * states", "it praised"), and the punctuation forms of the colon, label and dash constructions. The value lists the
 * words one of which must follow, separated by '|' ('' for none): "states" only before "that" or a sentence break.
 */
export function alwaysCuesOf(lexicon: Lexicon): Readonly<Record<string, string>> {
  return { ...lexicon.ALWAYS_ON_VERB_FORMS, ...ALWAYS_ON_MARKS };
}

/** Thresholds for switching a learned cue form on (precision of our own extractions on PolNeAR train). */
export const CUE_THRESHOLDS = {
  /** Minimum number of extractions in a construction before its precision is trusted. */
  minCount: 3,
  /** Minimum precision (matched / extracted), with add-one smoothing. */
  minPrecision: 0.4,
  /**
   * The same for a form whose lemma the lexicon does not list as a reporting verb: PolNeAR's annotators mark some
   * deeds and attitudes ("published", "shared", "pushes", "am"), and on real pages such forms are mostly
   * look-alikes (at 0.5, 75 fewer claims on the English test pages, nearly all of them look-alikes; dev attribution
   * F1 +0.2, train −0.2).
   */
  minPrecisionUnlisted: 0.5,
  /** Extractions of a form in one context (the kind of word after it) before that context's precision decides. */
  minContextCount: 8,
};

/** Distinct word forms whose counts a configuration remembers. */
const MAX_REMEMBERED_FORMS = 100_000;

/**
 * The cue configuration of a language: its learned table and its always-on forms; for a language with no learned
 * table, its rules alone (rulesCueConfig).
 */
export function cueConfigFor(lexicon: Lexicon): CueConfig {
  if (lexicon.LEARNED_CUES === undefined) return rulesCueConfig(lexicon);
  return learnedCueConfig(lexicon);
}

/**
 * The cue configuration of a language with no learned table: every form of a listed verb (CUE_VERBS, through
 * lemmaOf), the first word of each "according to" phrase and the always-on forms are cues in every construction;
 * CueVerb.onlyBefore and alwaysOn still say which words must follow.
 */
export function rulesCueConfig(lexicon: Lexicon): CueConfig {
  const listed = new Set(lexicon.CUE_VERBS.map((v) => v.lemma));
  const always = new Map<string, string>(Object.entries(alwaysCuesOf(lexicon)));
  const according = new Set(lexicon.ACCORDING_TO.map((phrase) => phrase.words[0] ?? ''));
  const onlyBefore = new Map<string, string>([...lexicon.ONLY_BEFORE].map(([lemma, words]) => [lemma, [...words].join('|')]));
  const cueForms = new Map<string, boolean>();
  const isCueForm = (form: string): boolean => {
    const known = cueForms.get(form);
    if (known !== undefined) return known;
    const answer = always.has(form) || according.has(form) || listed.has(lexicon.lemmaOf(form));
    if (cueForms.size < MAX_REMEMBERED_FORMS) cueForms.set(form, answer);
    return answer;
  };
  return {
    isCueForm,
    allows: (form) => isCueForm(form),
    requiredNext: (form) => always.get(form) ?? onlyBefore.get(lexicon.lemmaOf(form)) ?? '',
  };
}

/**
 * The cue configuration from a learned table (the lexicon's own unless another is given, as the learner does);
 * `lexicon` lemmatises the forms and says which are listed.
 */
export function learnedCueConfig(lexicon: Lexicon, table: Readonly<Record<string, CueCounts>> = lexicon.LEARNED_CUES ?? {},
  thresholds = CUE_THRESHOLDS, always: Readonly<Record<string, string>> = alwaysCuesOf(lexicon),
  contexts: Readonly<Record<string, CueCounts>> = lexicon.LEARNED_CUE_CONTEXTS ?? {}): CueConfig {
  const { inflectionCandidates, lemmaOf } = lexicon;
  const ok = (counts: CueCounts | undefined, k: number, floor = thresholds.minPrecision): boolean => {
    if (counts === undefined) return false;
    const hits = counts[k * 2] ?? 0;
    const total = counts[k * 2 + 1] ?? 0;
    return total >= thresholds.minCount && hits / (total + 1) >= floor;
  };
  const listed = new Set(lexicon.CUE_VERBS.map((v) => v.lemma));
  // Own-property look-ups, never plain indexing: a page's words ("constructor", "__proto__") must not reach
  // Object.prototype. Read in place rather than copied into Maps: the content script builds this on every click.
  const own = (form: string): CueCounts | undefined => (Object.hasOwn(table, form) ? table[form] : undefined);
  const inContext = (key: string): CueCounts | undefined => (Object.hasOwn(contexts, key) ? contexts[key] : undefined);
  const alwaysOn = new Map<string, string>(Object.entries(always));
  // a verb that reports only before certain words ("weighed in on", not "weighs 8.4 pounds"), in requiredNext's form
  const onlyBefore = new Map<string, string>([...lexicon.ONLY_BEFORE].map(([lemma, words]) => [lemma, [...words].join('|')]));
  // A form too rare to judge borrows the summed counts of its lemma ("retorts" from "retorted"). Summed per lemma
  // on first need, from the few table forms that can have that lemma, not by lemmatising the whole table up front
  // (~4 ms cold, paid on every click; the lookups per lemma cost about a quarter of that on a median article).
  const byLemma = new Map<string, CueCounts | undefined>();
  const lemmaCounts = (lemma: string): CueCounts | undefined => {
    if (byLemma.has(lemma)) return byLemma.get(lemma);
    let sum: number[] | undefined;
    for (const form of inflectionCandidates(lemma)) {
      const counts = own(form);
      if (counts === undefined || lemmaOf(form) !== lemma) continue;
      sum ??= [0, 0, 0, 0, 0, 0];
      for (let i = 0; i < 6; i++) sum[i] = (sum[i] ?? 0) + (counts[i] ?? 0);
    }
    const found: CueCounts | undefined = sum === undefined ? undefined :
      [sum[0] ?? 0, sum[1] ?? 0, sum[2] ?? 0, sum[3] ?? 0, sum[4] ?? 0, sum[5] ?? 0];
    byLemma.set(lemma, found);
    return found;
  };
  const computeCounts = (form: string): CueCounts | undefined => {
    const mine = own(form);
    if (mine !== undefined && mine[1] + mine[3] + mine[5] >= thresholds.minCount) return mine;
    // only an inflected form borrows ("retorts", "railed"); a bare stem is too often a noun ("rail", "plan")
    if (!lexicon.INFLECTED_FORM.test(form)) return mine;
    const lemma = lemmaOf(form);
    if (lemma === form) return mine;
    return lemmaCounts(lemma) ?? mine;
  };
  // every word of an article is asked about, most of them several times: remember the answer per form (bounded,
  // so a configuration kept for many documents cannot grow without end)
  const countsByForm = new Map<string, CueCounts | undefined>();
  const cueForms = new Map<string, boolean>();
  const countsOf = (form: string): CueCounts | undefined => {
    if (countsByForm.has(form)) return countsByForm.get(form);
    const counts = computeCounts(form);
    if (countsByForm.size < MAX_REMEMBERED_FORMS) countsByForm.set(form, counts);
    return counts;
  };
  // a past or a participle ("pledged", "emphasizing"), not a stem or an -s form, as often nouns ("news reports that …")
  const reportsBeforeThat = (form: string): boolean => lexicon.PAST_OR_PARTICIPLE_FORM.test(form) && lemmaOf(form) !== form && listed.has(lemmaOf(form));
  return {
    isCueForm: (form) => {
      // asked of every word, most of them several times: remembered per form, like the counts
      const known = cueForms.get(form);
      if (known !== undefined) return known;
      const c = countsOf(form);
      const floor = listed.has(lemmaOf(form)) ? thresholds.minPrecision : thresholds.minPrecisionUnlisted;
      const answer = alwaysOn.has(form) || (c !== undefined && (ok(c, 0, floor) || ok(c, 1, floor) || ok(c, 2, floor)));
      if (cueForms.size < MAX_REMEMBERED_FORMS) cueForms.set(form, answer);
      return answer;
    },
    allows: (form, construction, context, site) => {
      if (alwaysOn.has(form) && construction !== 'bare') return true;
      const k = CONSTRUCTION_INDEX[construction];
      // "The New York Post reports that …": an -s form between a name and "that" is a verb, however often the form
      // was a plural noun in train ("reports said"); it is judged by its lemma's counts
      if (site !== undefined && context === 'that' && nameThenVerb(site) && listed.has(lemmaOf(form))) {
        const lemma = lemmaOf(form);
        if (lemma !== form) return ok(lemmaCounts(lemma), k);
      }
      // a context seen often enough decides; otherwise the form's own (or its lemma's) counts do
      const here = context === undefined ? undefined : inContext(`${form} ${context}`);
      if (here !== undefined && (here[k * 2 + 1] ?? 0) >= thresholds.minContextCount) return ok(here, k);
      // a listed reporting verb before "that" and its clause reports, however rare the form ("pledged that …")
      if (context === 'that' && construction !== 'bare' && site !== undefined && reportsBeforeThat(form) && clauseAfterThat(site.seg, site.tok + 1)) return true;
      const counts = countsOf(form);
      // a form seen, but too rarely in this construction to judge it there, borrows its lemma's counts for it
      // ("“…?” he asks." from "asked": train has "asks" only before its content)
      if (counts !== undefined && (counts[k * 2 + 1] ?? 0) < thresholds.minCount && lexicon.INFLECTED_FORM.test(form)) {
        const lemma = lemmaOf(form);
        if (lemma !== form) return ok(lemmaCounts(lemma) ?? counts, k);
      }
      return ok(counts, k);
    },
    requiredNext: (form) => alwaysOn.get(form) ?? onlyBefore.get(lemmaOf(form)) ?? '',
    reportsBeforeThat,
  };
}

/**
 * Whether the "that" at `that` opens a clause: its next word starts a subject or an adjunct (a determiner, a pronoun,
 * a name, a number, a preposition), not a comparison or a verb ("makes that more difficult", "objects that were …").
 */
export function clauseAfterThat(seg: Segmented, that: number): boolean {
  const lex = seg.lexicon;
  const w = seg.tokens[that + 1];
  if (!lex.COMPLEMENTIZERS.has(seg.tokens[that]?.lower ?? '') || w === undefined || w.kind !== 'word' || w.block !== seg.tokens[that]?.block) return false;
  const c = w.lower.charCodeAt(0);
  return w.cap || (c >= 48 && c <= 57) || lex.CONTEXT_DETERMINERS.has(w.lower) || lex.PERSONAL_PRONOUNS.has(w.lower) ||
    lex.PREPOSITIONS.has(w.lower);
}

/**
 * Whether the always-on -s form at `t` ("states", "demands", "pledges") reads as a plural noun here: before "that"
 * and an auxiliary ("states that have suffered"), or, with no "that" after it, when the word before it cannot end a speaker
 * ("more diverse states.", "existing pledges to …"); a name, a pronoun, a document, a body, people, a relative word or a
 * conjunction before it leave it a verb ("the document states", "she insists", "a problem that demands", "and pledges").
 */
function alwaysOnNoun(seg: Segmented, t: number, required: string): boolean {
  const lex = seg.lexicon;
  const tok = seg.tokens[t];
  if (tok === undefined || !lex.PLURAL_ENDING.test(tok.lower) || !Object.hasOwn(lex.ALWAYS_ON_VERB_FORMS, tok.lower)) return false;
  if (lex.COMPLEMENTIZERS.has(seg.tokens[t + 1]?.lower ?? '')) {
    if (required === '' || clauseAfterThat(seg, t + 1)) return false;
    // "states that have suffered": "that" the subject of a relative clause; else "that" may open a clause the
    // clause test does not know ("the website states that same-sex couples …")
    return lex.MODEL_AUXILIARIES.has(seg.tokens[t + 2]?.lower ?? '');
  }
  const prev = seg.tokens[t - 1];
  if (prev === undefined || prev.kind !== 'word' || prev.cap || prev.block !== tok.block) return false;
  const w = prev.lower;
  const singular = lex.PLURAL_ENDING.test(w) ? w.slice(0, -1) : w;
  return !(lex.PERSONAL_PRONOUNS.has(w) || lex.PHRASE_BREAKERS.has(w) ||
    lex.DOCUMENT_NOUNS.has(singular) || lex.ORGANISATION_NOUNS.has(singular) || lex.UNNAMED_SOURCE_NOUNS.has(w) ||
    lex.isPersonNoun(w) || lex.MODEL_AUXILIARIES.has(w) || lex.BETWEEN_SUBJECT_AND_CUE.has(w) || lex.ADVERB_ENDING.test(w));
}

/** How far after a naming form its namer may stand ("a speech titled ‘How to Foster Long-Term Investment’ by Neera Tanden"). */
const AGENT_WINDOW = 12;

/** Whether a namer introduced by "by" follows the naming form at `t` in its sentence: then it names who said it. */
function agentFollows(seg: Segmented, sentence: Sentence, t: number): boolean {
  for (let k = t + 1; k < sentence.end && k <= t + AGENT_WINDOW; k++) if (seg.lexicon.AGENT_WORDS.has(seg.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Whether the cue word at `site` is an -s form right after a capitalised word: "The Post reports". */
function nameThenVerb(site: CueSite): boolean {
  const { seg, tok } = site;
  const word = seg.tokens[tok];
  const before = seg.tokens[tok - 1];
  return word !== undefined && seg.lexicon.PLURAL_ENDING.test(word.lower) && before !== undefined && before.kind === 'word' && before.cap &&
    before.block === word.block;
}

/** A configuration that tries every form in `forms` in every construction (for learning). */
export function permissiveCueConfig(forms: ReadonlySet<string>): CueConfig {
  return { isCueForm: (f) => forms.has(f), allows: (f) => forms.has(f) };
}


/** Whether a clause or an infinitive follows a command verb within a few words: "that …", "… to …", a quotation. */
function commandFollows(seg: Segmented, sentence: Sentence, from: number): boolean {
  for (let t = from; t < sentence.end && t - from <= 8; t++) {
    const tok = seg.tokens[t];
    if (tok === undefined || (tok.kind === 'punct' && tok.text !== ',')) return false;
    if (tok.kind === 'quote' || seg.lexicon.COMPLEMENTIZERS.has(tok.lower) || seg.lexicon.INFINITIVE_MARKERS.has(tok.lower)) return true;
  }
  return false;
}

interface Idiom { before: string[]; after: string[] }

/** Per lexicon, its idioms split around the starred cue word, by that word. */
const IDIOMS = new WeakMap<Lexicon, ReadonlyMap<string, Idiom[]>>();

function idiomsOf(lex: Lexicon): ReadonlyMap<string, Idiom[]> {
  let idioms = IDIOMS.get(lex);
  if (idioms === undefined) {
    const byWord = new Map<string, Idiom[]>();
    for (const phrase of lex.CUE_IDIOMS) {
      const words = phrase.split(' ');
      const at = words.findIndex((w) => w.startsWith('*'));
      const word = (words[at] ?? '').replace(/\*/g, '').toLowerCase();
      byWord.set(word, [...(byWord.get(word) ?? []), { before: words.slice(0, at), after: words.slice(at + 1) }]);
    }
    idioms = byWord;
    IDIOMS.set(lex, idioms);
  }
  return idioms;
}

/** Whether the cue word at `t` stands in one of the lexicon's set phrases ("needless to say"). */
function inIdiom(seg: Segmented, t: number): boolean {
  const { tokens } = seg;
  const idioms = idiomsOf(seg.lexicon).get(tokens[t]?.lower ?? '');
  return idioms !== undefined && idioms.some((idiom) =>
    idiom.before.every((w, i) => matchesIdiomWord(tokens[t - idiom.before.length + i], w)) &&
    idiom.after.every((w, i) => matchesIdiomWord(tokens[t + 1 + i], w)));
}

/** An idiom's word matches a token in lower case; written with a capital, only a capitalised token ("That *said* ,"). */
function matchesIdiomWord(tok: Token | undefined, word: string): boolean {
  if (tok === undefined) return false;
  const lower = word.toLowerCase();
  return tok.lower === lower && (lower === word || tok.cap);
}

/**
 * Where what follows a cue word is read from: past a length of time ("have warned for years that …" is followed by
 * "that", as "have warned that …" is), or past a time before the clause (Lexicon.pastTime), else right
 * after the word.
 */
function pastDuration(seg: Segmented, at: number): number {
  const tok = seg.tokens[at];
  // "anunció el pasado sábado que …": past a time before the clause, in a language that reads one
  if (tok === undefined || tok.kind !== 'word' || !seg.lexicon.PREPOSITIONS.has(tok.lower) || !durationAt(seg, at + 1)) {
    return seg.lexicon.pastTime?.(seg.tokens, at) ?? at;
  }
  for (let t = at + 1; t < at + 6; t++) {
    const next = seg.tokens[t];
    if (next === undefined || next.block !== tok.block) return at;
    if (seg.lexicon.DURATION_NOUNS.has(next.lower)) return t + 1;
  }
  return at;
}

/** How far back an auxiliary or a reflexive may stand before its verb ("ne s'est pas encore inquiété"). */
const AUXILIARY_REACH = 5;

/**
 * The words between an auxiliary or a reflexive and its verb, walked back from the verb at t: adverbs, negation,
 * other auxiliaries and an inverted pronoun ("a-t-il dit" is read "a il dit"). Calls `found` on each word before
 * the verb until it says stop (true) or a word that cannot stand there; returns what `found` last said.
 */
function scanBackFromVerb(seg: Segmented, t: number, found: (lower: string) => boolean | null): boolean {
  const { tokens, lexicon: lex } = seg;
  const block = tokens[t]?.block;
  for (let k = t - 1; k >= 0 && t - k <= AUXILIARY_REACH; k--) {
    const tok = tokens[k];
    if (tok === undefined || tok.kind !== 'word' || tok.block !== block) return false;
    const verdict = found(tok.lower);
    if (verdict !== null) return verdict;
    if (!lex.BETWEEN_SUBJECT_AND_CUE.has(tok.lower) && !lex.THIRD_PERSON_SUBJECTS.has(tok.lower)) return false;
  }
  return false;
}

/** Whether the participle at t stands in a compound past: after "avoir" ("a dit"), or "être" after a reflexive ("s'est dit"). */
function inCompoundTense(seg: Segmented, t: number): boolean {
  const lex = seg.lexicon;
  let etre = false;
  return scanBackFromVerb(seg, t, (lower) => {
    // "a été confié": a passive
    if (lower === 'été') return false;
    if (etre) return lex.REFLEXIVES?.has(lower) === true ? true : null;
    if (lex.PERFECT_AUXILIARIES?.has(lower) === true) return true;
    if (lex.PASSIVE_AUXILIARIES.has(lower)) etre = true;
    return null;
  });
}

/** Whether a reflexive pronoun stands before the verb at t ("s'inquiète", "s'est inquiété", "se sont félicités"). */
function afterReflexive(seg: Segmented, t: number): boolean {
  const lex = seg.lexicon;
  return scanBackFromVerb(seg, t, (lower) => (lex.REFLEXIVES?.has(lower) === true ? true : null));
}

/** Longest incise inside a quotation, cue and speaker: "explique Alexandra Teixeira, chargée de communication au …". */
const MAX_QUOTED_INCISE_TOKENS = 24;

/**
 * Whether the word at t, inside a quotation, is the cue of an incise: after a comma, a cue form allowed before its
 * content, then the inverted speaker — a name, a determiner and a noun, or a pronoun after a hyphen ("explique-t-il")
 * — and a stop, a comma or the closing mark soon after.
 */
function inciseInQuotation(seg: Segmented, sentence: Sentence, t: number, config: CueConfig): boolean {
  const { tokens, lexicon: lex } = seg;
  const tok = tokens[t];
  const prev = tokens[t - 1];
  if (tok === undefined || tok.kind !== 'word' || tok.cap || prev?.text !== ',') return false;
  if (!config.isCueForm(tok.lower) || !config.allows(tok.lower, 'before', undefined, { seg, tok: t })) return false;
  const head = tokens[t + 1];
  if (head === undefined || head.kind !== 'word' || head.block !== tok.block) return false;
  const hyphened = seg.blocks[head.block]?.text.charAt(head.start - 1) === '-';
  if (!(head.cap || lex.DETERMINERS.has(head.lower) || (hyphened && lex.THIRD_PERSON_SUBJECTS.has(head.lower)))) return false;
  for (let k = t + 2; k < sentence.end + 2 && k - t <= MAX_QUOTED_INCISE_TOKENS; k++) {
    const next = tokens[k];
    if (next === undefined || next.block !== tok.block) return true;
    if (next.kind === 'quote' || (next.kind === 'punct' && /^[.!?…]$/.test(next.text))) return true;
    if (next.kind === 'word' && !next.cap && config.isCueForm(next.lower)) return false;
  }
  return false;
}

/** Whether "as" stands two to four tokens before the word at t, in its block ("as it is called"). */
function asWordShortlyBefore(seg: Segmented, t: number): boolean {
  const block = seg.tokens[t]?.block;
  for (let k = 2; k <= 4; k++) {
    const before = seg.tokens[t - k];
    if (seg.lexicon.AS_WORDS.has(before?.lower ?? '') && before?.block === block) return true;
  }
  return false;
}

/** Whether one of the candidates starts at token t. */
function startsAt(candidates: readonly CueCandidate[], t: number): boolean {
  for (const c of candidates) if (c.first === t) return true;
  return false;
}

/** The cue candidates of one sentence, in order; words inside quotations are content, never cues. */
export function findCues(seg: Segmented, sentence: Sentence, config: CueConfig): CueCandidate[] {
  const { tokens, quoteOf, lexicon: lex } = seg;
  const out: CueCandidate[] = [];
  const propose = (cue: ProposedCue | null): void => {
    if (cue !== null) out.push({ ...cue, context: contextOf(seg, cue.last + 1) });
  };
  // the constructions with a cue of their own propose it (constructions/registry.ts): once per sentence, a transcript
  // label; at a token, a colon, a closing dash, "according to"
  for (const cueOfSentence of SENTENCE_CUES) propose(cueOfSentence(seg, sentence, config));
  for (let t = sentence.first; t < sentence.end; t++) {
    const tok = tokens[t];
    if (tok === undefined) continue;
    if (quoteOf[t] !== -1) {
      // "« …, explique le maire. … »": an incise the writer left inside the quotation marks
      if (lex.INCISES_IN_QUOTATIONS === true && inciseInQuotation(seg, sentence, t, config)) {
        out.push({ first: t, last: t, form: tok.lower, lemma: lex.lemmaOf(tok.lower), kind: 'verb', context: contextOf(seg, t + 1) });
      }
      continue;
    }
    // (plain loops here, and no closure over `t` anywhere in this loop: one would be allocated for every token)
    let width = 0;
    let own: CueOfItsOwn | undefined;
    for (const construction of CUES_OF_THEIR_OWN) {
      width = construction.tokensAt(seg, sentence, t);
      if (width > 0) { own = construction; break; }
    }
    if (own !== undefined) {
      // (a label's colon was proposed already, as the sentence's cue)
      if (!startsAt(out, t)) propose(own.propose(seg, sentence, t, config));
      t += width - 1;
      continue;
    }
    if (tok.kind !== 'word') continue;
    const next = tokens[t + 1];
    if (!config.isCueForm(tok.lower) && !(lex.COMPLEMENTIZERS.has(next?.lower ?? '') && config.reportsBeforeThat?.(tok.lower) === true && clauseAfterThat(seg, t + 1))) continue;
    const prev = tokens[t - 1];
    const required = config.requiredNext?.(tok.lower) ?? '';
    if (required !== '' && !required.split('|').includes(next?.lower ?? '.')) continue;
    // "Rust Belt states that have suffered", "more diverse states.", "the union's demands": an always-on -s form is a
    // plural noun unless what stands before it may head a speaker ("the document states", "she insists", "Reyes
    // alleges"), and "states that" reports only before a clause
    if (alwaysOnNoun(seg, t, required)) continue;
    // "the United States", "a Trump Says rally": a capitalised word inside a sentence of running text is a name
    if (tok.cap && t > sentence.first && seg.blocks[sentence.block]?.kind !== 'headline' && prev !== undefined &&
      prev.kind === 'word') continue;
    // "the said document", "a reported 30 cases": an adjective, not a report
    // (but "comme le rappelle le ministre": an object clitic of an as-clause, as-clause.ts)
    if (prev !== undefined && prev.kind === 'word' && (lex.ARTICLES.has(prev.lower) || lex.POSSESSIVES.has(prev.lower) ||
      lex.NOUN_MARKERS?.has(prev.lower) === true) &&
      !(lex.OBJECT_CLITICS?.has(prev.lower) === true && lex.AS_CLAUSE_OPENERS?.has(tokens[t - 2]?.lower ?? '') === true) &&
      // (nor "Lo riporta Ria Novosti.": an object pronoun opening the sentence, for the report before it)
      !(t - 1 === sentence.first && lex.REPORT_OF_REPORT_OBJECTS?.has(prev.lower) === true)) continue;
    // "the passenger forecasts used to justify …": a plural noun in a compound, then a participle, is no report
    if (lex.PLURAL_ENDING.test(tok.lower) && prev !== undefined && prev.kind === 'word' && !prev.cap &&
      lex.ARTICLES.has(tokens[t - 2]?.lower ?? '') && next !== undefined && next.kind === 'word' && !next.cap &&
      lex.PAST_ENDING.test(next.lower)) continue;
    // "these forecasts will prove accurate", "development projects would expire": a plural noun, the modal's subject
    if (lex.PLURAL_NOUN_FORMS.has(tok.lower) && lex.MODALS.has(next?.lower ?? '')) continue;
    const lemma = lex.lemmaOf(tok.lower);
    // "an attack that claimed the lives of 140 people"
    if (lex.CLAIM_TRAP_LEMMAS.has(lemma) && (lex.CLAIM_TRAP_NOUNS.has(next?.lower ?? '') || lex.CLAIM_TRAP_NOUNS.has(tokens[t + 2]?.lower ?? '') ||
      lex.CLAIM_TRAP_NOUNS.has(tokens[t + 3]?.lower ?? ''))) continue;
    // "She said goodbye", "they said their prayers": a greeting or a rite, not a report ("said thank you" is an idiom);
    // written with a capital it is a name ("…,” said Grace Holloway), and the report stands
    if (lemma === lex.SAY_LEMMA && ((next !== undefined && !next.cap && lex.SAY_TRAP_WORDS.has(next.lower)) ||
      (lex.POSSESSIVES.has(next?.lower ?? '') && lex.SAY_TRAP_WORDS.has(tokens[t + 2]?.lower ?? '')))) continue;
    // "Christie appears to be embracing …", "the president appeared cowed", "it seems that …": the writer's view of
    // someone, not a report by them; only "appeared to suggest", "seems to show" report (hedged)
    if (lex.HEDGE_LEMMAS.has(lemma) && !(lex.INFINITIVE_MARKERS.has(next?.lower ?? '') && config.isCueForm(tokens[t + 2]?.lower ?? ''))) continue;
    // "on radio show Joney’s Jukebox", "a reality show": a kind of show before it makes "show" a noun, unless a
    // clause follows ("footage from the game shows that …")
    if (lex.SHOW_FORMS.has(tok.lower) && prev !== undefined && lex.SHOW_KINDS.has(prev.lower) &&
      !(next !== undefined && next.kind === 'word' && (lex.COMPLEMENTIZERS.has(next.lower) || lex.SUBORDINATE_OPENERS.has(next.lower)))) continue;
    // "a program called Sandy Hook Promise", "a shape called a strange attractor", "a paper titled “…”", "the so-called
    // special relationship": naming, not a report ("the firm named a new chief" is a deed all the same)
    if (lex.NAMING_FORMS.has(tok.lower) && prev !== undefined && prev.kind === 'word' && !prev.cap && (lex.NAMING_PREFIXES.has(prev.lower) ||
      (!lex.MODEL_PRONOUNS.has(prev.lower) && !lex.MODEL_AUXILIARIES.has(prev.lower) && !lex.ADVERB_ENDING.test(prev.lower) &&
      !lex.RELATIVE_WORDS.has(prev.lower) && !lex.BETWEEN_SUBJECT_AND_CUE.has(prev.lower))) && next !== undefined &&
      (next.cap || next.kind === 'quote' || lex.INDEFINITE_DETERMINERS.has(next.lower)) && !agentFollows(seg, sentence, t)) continue;
    // "Jane Doe reported from Kabul": a reporter's credit line, not a report
    if (lex.CREDIT_LEMMAS.has(lemma) && lex.CREDIT_PREPOSITIONS.has(next?.lower ?? '') && tokens[t + 2]?.cap === true) continue;
    // "needless to say", "as if to say", "come to think of it": a set phrase, not a report
    if (inIdiom(seg, t)) continue;
    // "Aotearoa, as it is called by Māori", "as the book is called": naming in an "as" clause, not a report
    if (lex.NAMING_LEMMAS.has(lemma) && lex.PASSIVE_AUXILIARIES.has(prev?.lower ?? '') && asWordShortlyBefore(seg, t)) continue;
    // "ordered a missile strike": a command verb with a bare object reports a deed
    if (lex.COMMAND_LEMMAS.has(lemma) && !commandFollows(seg, sentence, t + 1)) continue;
    // "sera confié à …", "le texte, soutenu par …": a participle reports only in a compound tense ("a confié")
    if (lex.COMPOUND_PARTICIPLES?.has(tok.lower) === true && !inCompoundTense(seg, t)) continue;
    // "Cela explique la hausse": a demonstrative subject names nobody who speaks
    if (lex.IMPERSONAL_SUBJECTS !== undefined && scanBackFromVerb(seg, t, (lower) => (lex.IMPERSONAL_SUBJECTS?.has(lower) === true ? true : null))) continue;
    // "qui inquiètent les opposants": a verb that reports only as a reflexive ("s'inquiète")
    if (lex.REFLEXIVE_LEMMAS?.has(lemma) === true && !afterReflexive(seg, t)) continue;
    // "appeared to suggest": the cue reads on to the verb that reports
    const last = lex.HEDGE_LEMMAS.has(lemma) ? t + 2 : t;
    out.push({ first: t, last, form: tok.lower, lemma, kind: 'verb', context: contextOf(seg, pastDuration(seg, last + 1)) });
  }
  return out;
}
