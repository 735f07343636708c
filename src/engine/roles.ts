/**
 * Step 7 — source roles: gives every actor one role (types.ts SourceRole) read from what the article says of it,
 * and the words it was read from (Actor.roleEvidence), so a reader can check it. Nothing is guessed: an actor the
 * text gives no title, job or body is 'unknown', and the evidence says so.
 *
 * Where the role words come from (lexicon/en/role-words.ts), best first:
 *   - the actor's own name ("Food Standards Agency", "American officials") and the description resolve-actors kept;
 *   - around each place the name is written: a title before it ("Senator Mark Warner", "chief inspector Jennifer
 *     Mattinson"), an apposition before or after it ("her mother, Fiona,", "Ananth Iyer, a professor at …",
 *     "Tomasz Zielinski, who runs a bakery"), "of"/"from" a body, a copula ("Uber is a taxi company"), a business
 *     word after an organisation ("Amazon founder"), and "its chair, …" that borrows the role of the body just named;
 *   - the context: "the company" right after an organisation, and a claim reported as news ("as Reuters reported").
 * A strong word beats a weak one wherever it stands; between words of one strength, the name beats the description,
 * which beats the full name in the text, which beats the surname alone; then the first in the text wins.
 *
 * One pass over the tokens with a map from each name's last word, so the cost grows with the article, not with
 * actors × tokens; each actor's occurrences are read at most MAX_OCCURRENCES times.
 */
import type { Actor, SourceRole } from './types.js';
import type { Segmented, Token } from './tokens.js';
import type { Frame } from './constructions/frame.js';
import type { Lexicon, RoleWord } from './lexicon/lexicon.js';
import { textOf } from './tokens.js';

/** Where a piece of evidence was read; between two of the same strength the lower rank wins. */
const FROM_NAME = 0;
const FROM_DESCRIPTION = 1;
const FROM_FULL_NAME = 2;
const FROM_SURNAME = 3;
const FROM_CONTEXT = 4;

/** Places a name is read around, per actor, at most: a name written 300 times says nothing new after a dozen. */
const MAX_OCCURRENCES = 12;
/**
 * Actors looked for behind one last word, at most: every "council" in the text is checked against each "… Council"
 * actor, so a page of thousands of councils would cost councils × mentions. Beyond these the rest keep the evidence
 * of their own name and description.
 */
const MAX_TARGETS_PER_WORD = 16;
/** Words of a title before a name ("White House press secretary"), of an apposition, of an "of …" phrase. */
const TITLE_WORDS = 6;
const APPOSITION_BEFORE_TOKENS = 9;
const APPOSITION_AFTER_WORDS = 16;
const OF_PHRASE_WORDS = 6;
const COPULA_WORDS = 10;
/** How far back (in tokens) "the company" or "its chair" may point to the organisation last named. */
const ANAPHOR_REACH = 80;
/** Longest evidence phrase quoted in roleEvidence. */
const EVIDENCE_CHARS = 100;
/** Tokens scanned, and actors or claims handled, between two yields of the sliced form. */
const TOKENS_PER_SLICE = 10_000;
const ACTORS_PER_SLICE = 500;

type Listed = RoleWord['role'];

interface Candidate {
  role: Listed;
  strong: boolean;
  rank: number;
  order: number;
  reason: string;
  /** "its chair, Ines Lorca": the role is the body's, known once the bodies have theirs. */
  via?: Actor;
}

/** A word as the role reader sees it: lower case, a possessive ending dropped and remembered. */
interface Word {
  w: string;
  possessive: boolean;
}

interface Hit {
  word: RoleWord;
  key: string;
}

interface Target {
  actor: Actor;
  words: string[];
  /** A person named by two words or more, whose surname alone also names them ("Mr. Warner"). */
  bySurname: boolean;
  /** An organisation, or one capitalised word read as a person ("Microsoft"): "the company" may point to it. */
  orgLike: boolean;
}

/** A word without its possessive ending; "-owned" words as one ("Amazon-owned Whole Foods": the owned is a business). */
function baseWord(lex: Lexicon, lower: string): string {
  if (lex.POSSESSIVE_ENDING.test(lower)) return lower.replace(lex.POSSESSIVE_ENDING, '');
  if (lex.PLURAL_POSSESSIVE_ENDING?.test(lower) === true) return lower.slice(0, -1);
  if (lex.OWNED_SUFFIX !== undefined && lower.endsWith(lex.OWNED_SUFFIX)) return lex.OWNED_SUFFIX;
  return lower;
}

function unpossessed(lex: Lexicon, lower: string): Word {
  return { w: baseWord(lex, lower), possessive: lex.POSSESSIVE_ENDING.test(lower) || lex.PLURAL_POSSESSIVE_ENDING?.test(lower) === true };
}

/** The words of a name or description as written in the actor (straight apostrophes, no punctuation). */
function wordsOfText(lex: Lexicon, text: string): Word[] {
  const out: Word[] = [];
  for (const raw of text.toLowerCase().replace(/[’‘]/g, "'").split(/[\s,;:()"“”!?]+/)) {
    let w = raw;
    while (w.endsWith('.')) w = w.slice(0, -1);
    if (w !== '') out.push(unpossessed(lex, w));
  }
  return out;
}

function wordsOfTokens(lex: Lexicon, tokens: readonly Token[], first: number, end: number): Word[] {
  const out: Word[] = [];
  for (let t = first; t < end; t++) {
    const tok = tokens[t];
    if (tok !== undefined && tok.kind === 'word') out.push(unpossessed(lex, tok.lower));
  }
  return out;
}

/**
 * The role word a phrase turns on. A possessive before a job names the body the person belongs to ("the council's
 * engineer", "The trust's director"), so a role word up to it wins; before a body it only classifies it ("the
 * fishermen's cooperative", "The mayor's office"), so it is dropped. Otherwise a strong word beats a weak one, and
 * between two of one strength the head decides: the last in a name or a title before a name ("State Department
 * deputy spokesperson"); in an apposition, the head of its first noun phrase ("a former U.S. ambassador | to …"),
 * then the first of what follows ("director | at the Committee for …, a research and advocacy organization").
 */
function readRole(lex: Lexicon, words: readonly Word[], headFinal: boolean): Hit | null {
  const hits: { hit: Hit; at: number; end: number }[] = [];
  for (let i = 0; i < words.length;) {
    let found: { hit: Hit; at: number; end: number } | null = null;
    for (let k = Math.min(lex.ROLE_WORDS_MAX, words.length - i); k >= 1 && found === null; k--) {
      let key = '';
      for (let j = i; j < i + k; j++) key += (j > i ? ' ' : '') + (words[j]?.w ?? '');
      const word = lex.ROLE_WORDS.get(key);
      if (word !== undefined) found = { hit: { word, key }, at: i, end: i + k };
    }
    if (found !== null) { hits.push(found); i = found.end; } else i++;
  }
  if (hits.length === 0) return null;
  let candidates = hits;
  const possessor = words.findIndex((w) => w.possessive);
  if (possessor >= 0) {
    // the possessor's own noun phrase: "department head for | MIT's …" owns nothing before "for"
    let npStart = possessor;
    while (npStart > 0 && !lex.APPOSITION_HEAD_ENDS.has(words[npStart - 1]?.w ?? '')) npStart--;
    const owned = hits.filter((h) => h.at >= npStart && h.end <= possessor + 1);
    const ownedBy = hits.find((h) => h.at > possessor);
    const classifier = ownedBy !== undefined && lex.ROLE_BODY_WORDS.has(words[ownedBy.at]?.w ?? '');
    const last = owned[owned.length - 1];
    if (classifier) candidates = hits.filter((h) => h !== last);
    else if (last !== undefined) return last.hit;
  }
  const strong = candidates.filter((h) => h.hit.word.strong);
  const weak = candidates.filter((h) => !h.hit.word.strong);
  // a name's head stands before its first "of", "at", "for" too: "Parliamentary Assembly | of the Council of Europe"
  // (a coordination in a name has two heads and the last decides: "Military officers and government officials")
  let headEnd = words.findIndex((w, i) => i > 0 && lex.APPOSITION_HEAD_ENDS.has(w.w) && !(headFinal && lex.AND_WORDS.has(w.w)));
  if (headEnd < 0) headEnd = words.length;
  const inHead = (list: typeof hits): Hit | undefined => list.filter((h) => h.end <= headEnd).pop()?.hit;
  const afterHead = (list: typeof hits): Hit | undefined =>
    (headFinal ? list.filter((h) => h.end > headEnd).pop() : list.find((h) => h.end > headEnd))?.hit;
  return inHead(strong) ?? afterHead(strong) ?? inHead(weak) ?? afterHead(weak) ?? null;
}

function quoted(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > EVIDENCE_CHARS ? `${t.slice(0, EVIDENCE_CHARS - 1)}…` : t}”`;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  if (a.strong !== b.strong) return a.strong;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.order < b.order;
}

/** Sets `role` and `roleEvidence` on every actor; frames and actorOf as resolveActors returned them. */
export function* assignRoles(seg: Segmented, actors: readonly Actor[], frames: readonly Frame[],
  actorOf: readonly string[]): Generator<void, void> {
  const lex = seg.lexicon;
  const { tokens } = seg;
  const candidates = new Map<Actor, Candidate[]>();
  const seen = new Map<Actor, number>();
  // context evidence ("the company" after it, "as it reported") is read once per actor: the hundredth says no more
  const creditedByContext = new Set<Actor>();
  let order = 0;
  const add = (actor: Actor, c: Omit<Candidate, 'order'>): void => {
    const list = candidates.get(actor) ?? [];
    list.push({ ...c, order: order++ });
    candidates.set(actor, list);
  };
  const fromPhrase = (actor: Actor, words: readonly Word[], headFinal: boolean, rank: number, phrase: string): boolean => {
    const hit = readRole(lex, words, headFinal);
    if (hit === null) return false;
    add(actor, { role: hit.word.role, strong: hit.word.strong, rank, reason: `“${hit.key}” in ${quoted(phrase)}` });
    return true;
  };

  // the name and the description
  const byLastWord = new Map<string, Target[]>();
  for (const [index, actor] of actors.entries()) {
    if (index % ACTORS_PER_SLICE === ACTORS_PER_SLICE - 1) yield;
    if (actor.kind === 'unknown' || actor.kind === 'document') continue;
    const nameWords = wordsOfText(lex, actor.name);
    fromPhrase(actor, nameWords, true, FROM_NAME, actor.name);
    if (actor.description !== undefined) fromPhrase(actor, wordsOfText(lex, actor.description), false, FROM_DESCRIPTION, actor.description);
    const words = nameWords.map((w) => w.w);
    const last = words[words.length - 1];
    if (last === undefined) continue;
    const capitalised = startsUpper(actor.name);
    const target: Target = {
      actor, words,
      bySurname: actor.kind === 'person' && words.length >= 2,
      orgLike: actor.kind === 'organisation' || (actor.kind === 'person' && words.length === 1 && capitalised),
    };
    const list = byLastWord.get(last) ?? [];
    if (list.length < MAX_TARGETS_PER_WORD) list.push(target);
    byLastWord.set(last, list);
  }

  // every place a name is written, in text order
  let lastOrg: { actor: Actor; at: number } | null = null;
  const recentOrg = (at: number): Actor | undefined =>
    lastOrg !== null && at - lastOrg.at <= ANAPHOR_REACH ? lastOrg.actor : undefined;
  const sentenceOfToken = (at: number): number => seg.sentenceOf[at] ?? -1;
  // the sentences in which each actor speaks: a body that speaks of "the company" speaks of another one
  const speaksIn = new Map<string, Set<number>>();
  for (const [i, frame] of frames.entries()) {
    if (i % ACTORS_PER_SLICE === ACTORS_PER_SLICE - 1) yield;
    const id = actorOf[i] ?? '';
    const set = speaksIn.get(id) ?? new Set<number>();
    set.add(sentenceOfToken(frame.cueRange.first));
    speaksIn.set(id, set);
  }
  for (let t = 0; t < tokens.length; t++) {
    if (t % TOKENS_PER_SLICE === TOKENS_PER_SLICE - 1) yield;
    const tok = tokens[t];
    if (tok === undefined || tok.kind !== 'word') continue;
    // the hot path: one ending test and one map look-up per word (names never end in "-owned")
    const w = tok.lower.replace(lex.POSSESSIVE_ENDING, '');
    // "Microsoft … The company's app", "a demo of the Apple Vision Pro at the company's headquarters": the
    // organisation last named is a company — unless it is the one speaking in this sentence ("The regional
    // transport board said it would review the company's licence" speaks of another)
    if (lastOrg !== null && lex.DEFINITE_ARTICLES.has(tokens[t - 1]?.lower ?? '') && lex.ROLE_ANAPHORS.has(w) && !creditedByContext.has(lastOrg.actor) &&
      !(speaksIn.get(lastOrg.actor.id)?.has(sentenceOfToken(t)) ?? false)) {
      const org = recentOrg(t);
      const word = lex.ROLE_WORDS.get(w);
      if (org !== undefined && word !== undefined && !wordsOfText(lex, org.name).some((x) => x.w === w)) {
        creditedByContext.add(org);
        add(org, { role: word.role, strong: word.strong, rank: FROM_CONTEXT, reason: `“the ${w}” right after ${quoted(org.name)}` });
      }
    }
    const targets = byLastWord.get(w);
    if (targets === undefined) continue;
    for (const target of targets) {
      const n = target.words.length;
      let full = n === 1 ? tok.cap || !startsUpper(target.actor.name) : true;
      for (let k = 1; k < n && full; k++) {
        const prev = tokens[t - k];
        full = prev !== undefined && prev.kind === 'word' && prev.block === tok.block && unpossessed(lex, prev.lower).w === target.words[n - 1 - k];
      }
      let first = t - n + 1;
      let rank = FROM_FULL_NAME;
      if (!full) {
        if (!target.bySurname || !tok.cap || !surnameStandsAlone(seg, t, tok)) continue;
        first = t;
        rank = FROM_SURNAME;
      }
      if (target.orgLike) lastOrg = { actor: target.actor, at: t };
      const count = seen.get(target.actor) ?? 0;
      if (count >= MAX_OCCURRENCES) continue;
      seen.set(target.actor, count + 1);
      readAround(target, first, t, rank);
    }
  }

  // a claim reported the way news is: "as Reuters reported", "The Korea Times reported"
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const [i, frame] of frames.entries()) {
    if (i % ACTORS_PER_SLICE === ACTORS_PER_SLICE - 1) yield;
    const actor = byId.get(actorOf[i] ?? '');
    // only for a proper name: "The Russian security services reported" is a body reporting, not the news
    if (actor !== undefined && lex.NEWS_LEMMAS.has(frame.cue.lemma) && actor.kind !== 'document' && !creditedByContext.has(actor) &&
      actor.name.split(/\s+/).every(startsUpper)) {
      creditedByContext.add(actor);
      add(actor, { role: 'media', strong: false, rank: FROM_CONTEXT, reason: `reports what it said as news does (“${frame.cue.lemma}”)` });
    }
  }

  // the roles: bodies first, then those whose role is the body's ("its chair")
  for (const [index, actor] of actors.entries()) {
    if (index % ACTORS_PER_SLICE === ACTORS_PER_SLICE - 1) yield;
    settle(actor, false);
  }
  for (const [index, actor] of actors.entries()) {
    if (index % ACTORS_PER_SLICE === ACTORS_PER_SLICE - 1) yield;
    settle(actor, true);
  }
  // "her mother, Fiona," and "Fiona Parry issued a plea": one person, named once by first name alone
  // (a map from a named person's name to the first such person, not a search of all people per person: a page with
  // thousands of speakers would cost people × people)
  const people = actors.filter((a) => a.kind === 'person');
  const withRoleByName = new Map<string, Actor>();
  for (const p of people) if (p.role !== 'unknown' && !withRoleByName.has(p.name)) withRoleByName.set(p.name, p);
  for (const [index, actor] of people.entries()) {
    if (index % ACTORS_PER_SLICE === ACTORS_PER_SLICE - 1) yield;
    if (actor.role !== 'unknown' || !actor.name.includes(' ')) continue;
    const same = withRoleByName.get(actor.name.split(' ')[0] ?? '');
    if (same?.role !== undefined) {
      actor.role = same.role;
      actor.roleEvidence = `the same person as ${quoted(same.name)}: ${same.roleEvidence ?? ''}`;
    }
  }

  function settle(actor: Actor, withVia: boolean): void {
    const list = candidates.get(actor) ?? [];
    if (withVia && !list.some((c) => c.via !== undefined)) return;
    const decided = decide(lex, actor, list, withVia);
    actor.role = decided.role;
    actor.roleEvidence = decided.reason;
  }

  /** Reads the title before, the appositions around, and what follows one place the name is written. */
  function readAround(target: Target, first: number, last: number, rank: number): void {
    const actor = target.actor;
    const sentence = seg.sentenceOf[first];
    const inSentence = (i: number): boolean => i >= 0 && i < tokens.length && seg.sentenceOf[i] === sentence;
    // a title before the name: "Senator Mark Warner", "Kaitaia conservation department ranger Jamie Werner"
    let i = first - 1;
    let words = 0;
    while (inSentence(i) && words < TITLE_WORDS) {
      const tk = tokens[i];
      if (tk === undefined) break;
      if (tk.kind !== 'word') {
        // "Mr. Warner", "Dr. Shadlen": the abbreviation's full stop is no boundary
        const before = tokens[i - 1];
        if (tk.text === '.' && before !== undefined && before.kind === 'word' && before.cap && before.text.length <= 3) { i--; continue; }
        break;
      }
      if (lex.ROLE_WINDOW_BREAKERS.has(tk.lower) || lex.PREPOSITIONS.has(tk.lower)) break;
      words++;
      i--;
      if (lex.ARTICLES.has(tk.lower)) break;
    }
    if (i + 1 < first) fromPhrase(actor, wordsOfTokens(lex, tokens, i + 1, first), true, rank, textOf(seg, i + 1, last + 1));
    // "the acquisition of Lucasfilm", "the CEO of Facebook"
    const owner = tokens[first - 2];
    if (lex.OF_WORDS.has(tokens[first - 1]?.lower ?? '') && owner !== undefined && lex.BUSINESS_OF.has(owner.lower) && inSentence(first - 2)) {
      add(actor, { role: 'business', strong: true, rank, reason: `“${owner.lower} of” in ${quoted(textOf(seg, first - 2, last + 1))}` });
    }

    // an apposition before the name, closed by a comma after it: "her mother, Fiona,", "The trust's director, Olaf
    // Brenner,", "its chair, Ines Lorca," (without that comma it is a clause's end: "… its prices, Yahoo Finance reported")
    // (the name may be written longer there: "his 22-year-old son, Te Kaurinui Robert Parata, were called")
    let close = last + 1;
    while (close - last <= 3 && tokens[close]?.kind === 'word' && tokens[close]?.cap === true && inSentence(close)) close++;
    if (tokens[first - 1]?.text === ',' && inSentence(first - 1) && tokens[close]?.text === ',') {
      // back to the nearest determiner or possessive that opens it: "… Parata and his 22-year-old son, Te Kaurinui"
      let j = first - 2;
      let n = 0;
      let opened = false;
      while (inSentence(j) && n < APPOSITION_BEFORE_TOKENS) {
        const tk = tokens[j];
        if (tk === undefined || (tk.kind !== 'word' && tk.text !== '(' && tk.text !== ')')) break;
        j--;
        n++;
        if (lex.SPEAKER_OPENERS.has(tk.lower)) { opened = true; break; }
      }
      const open = tokens[j + 1];
      if (opened && open !== undefined && j + 1 < first - 1) {
        const org = recentOrg(j + 1);
        if (lex.BODY_POSSESSIVES.has(open.lower) && org !== undefined && org !== actor) {
          // the body a person belongs to says more than their job: "Its chief engineer" of the Port Authority
          add(actor, { role: 'official', strong: true, rank: FROM_NAME, via: org, reason: `${quoted(textOf(seg, j + 1, first - 1))} of ${quoted(org.name)}` });
        } else {
          fromPhrase(actor, wordsOfTokens(lex, tokens, j + 1, first - 1), true, rank, textOf(seg, j + 1, last + 1));
        }
      }
    }

    // after the name
    const next = tokens[last + 1];
    if (next === undefined || !inSentence(last + 1)) return;
    if (next.text === ',') {
      // "Ananth Iyer, a professor at Purdue University …", "Katie Allen, MD, PhD", "Zielinski, who runs a bakery"
      let from = last + 2;
      for (let segment = 0; segment < 2; segment++) {
        let e = from;
        let n = 0;
        while (inSentence(e) && n < APPOSITION_AFTER_WORDS && tokens[e]?.kind === 'word') { e++; n++; }
        const opener = tokens[from];
        if (opener === undefined || n === 0) return;
        const opens = lex.APPOSITION_OPENERS.has(opener.lower) || lex.ROLE_WORDS.has(unpossessed(lex, opener.lower).w);
        if (opens && fromPhrase(actor, wordsOfTokens(lex, tokens, from, e), false, rank, textOf(seg, first, e))) return;
        // a short first part ("75", "MD") may be followed by the apposition proper
        if (n > 2 || tokens[e]?.text !== ',' || !inSentence(e)) return;
        from = e + 1;
      }
      return;
    }
    if (lex.ROLE_OF_WORDS.has(next.lower)) {
      // "Jennifer Mattinson from the West Mercia police", "Brian K. Coombes … of McMaster University"
      let e = last + 2;
      while (inSentence(e) && e - last - 2 < OF_PHRASE_WORDS && tokens[e]?.kind === 'word' && !lex.ROLE_WINDOW_BREAKERS.has(tokens[e]?.lower ?? '')) e++;
      if (e > last + 2) fromPhrase(actor, wordsOfTokens(lex, tokens, last + 2, e), true, rank, textOf(seg, first, e));
      return;
    }
    if (lex.ROLE_COPULAS.has(next.lower)) {
      // "Uber is a taxi company"
      let k = last + 2;
      while (lex.COPULA_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
      const article = tokens[k]?.lower;
      if (!lex.INDEFINITE_ARTICLES.has(article ?? '')) return;
      let e = k + 1;
      while (inSentence(e) && e - k < COPULA_WORDS && tokens[e]?.kind === 'word') e++;
      fromPhrase(actor, wordsOfTokens(lex, tokens, k, e), false, rank, textOf(seg, first, e));
      return;
    }
    // "Amazon founder Jeff Bezos", "Disney's 2012 acquisition of Lucasfilm"
    if (target.orgLike) {
      const possessive = unpossessed(lex, tokens[last]?.lower ?? '').possessive;
      const reach = possessive ? 2 : 1;
      for (let k = 1; k <= reach; k++) {
        const after = tokens[last + k];
        if (after === undefined || after.kind !== 'word') break;
        if (lex.BUSINESS_FOLLOWERS.has(after.lower)) {
          add(actor, { role: 'business', strong: true, rank, reason: `“${after.lower}” in ${quoted(textOf(seg, first, last + k + 1))}` });
          break;
        }
      }
    }
  }
}

function startsUpper(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * A surname written alone, not as part of another person's name: "John Gille" is not "Ellen Gille", and the "Bill"
 * of "Bill Shorten" is not "British Bill".
 */
function surnameStandsAlone(seg: Segmented, t: number, tok: Token): boolean {
  const next = seg.tokens[t + 1];
  if (!unpossessed(seg.lexicon, tok.lower).possessive && next !== undefined && next.kind === 'word' && next.cap && seg.sentenceOf[t + 1] === seg.sentenceOf[t]) return false;
  const prev = seg.tokens[t - 1];
  if (prev === undefined || prev.kind !== 'word' || !prev.cap || seg.sentenceOf[t - 1] !== seg.sentenceOf[t]) return true;
  const lower = prev.lower.replace(/\.$/, '');
  return seg.lexicon.TITLES.has(lower) || seg.lexicon.ROLE_WORDS.has(lower);
}

/** The role, from the best evidence, or the fallback that says why there is none. */
function decide(lex: Lexicon, actor: Actor, list: readonly Candidate[], withVia: boolean): { role: SourceRole; reason: string } {
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
