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
 *
 * This module is that pass and the order of the evidence; role-phrases.ts reads words and phrases for a role word,
 * role-around-name.ts what stands around one place a name is written, role-decision.ts picks the role.
 */
import type { Actor } from './types.js';
import type { Segmented, Token } from './tokens.js';
import type { Frame } from './constructions/frame.js';
import { decide, FROM_CONTEXT, FROM_DESCRIPTION, FROM_FULL_NAME, FROM_NAME, FROM_SURNAME, type Candidate } from './role-decision.js';
import { possessiveStripped, quoted, readRole, startsUpper, unpossessed, wordsOfText, type Word } from './role-phrases.js';
import { readAround, type RoleReader, type Target } from './role-around-name.js';

/** Places a name is read around, per actor, at most: a name written 300 times says nothing new after a dozen. */
const MAX_OCCURRENCES = 12;
/**
 * Actors looked for behind one last word, at most: every "council" in the text is checked against each "… Council"
 * actor, so a page of thousands of councils would cost councils × mentions. Beyond these the rest keep the evidence
 * of their own name and description.
 */
const MAX_TARGETS_PER_WORD = 16;
/** How far back (in tokens) "the company" or "its chair" may point to the organisation last named. */
const ANAPHOR_REACH = 80;
/** Tokens scanned, and actors or claims handled, between two yields of the sliced form. */
const TOKENS_PER_SLICE = 10_000;
const ACTORS_PER_SLICE = 500;

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
  const reader: RoleReader = { seg, add, fromPhrase, recentOrg };
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
    const w = possessiveStripped(lex, tok.lower);
    // "Microsoft … The company's app", "a demo of the Apple Vision Pro at the company's headquarters": the
    // organisation last named is a company — unless it is the one speaking in this sentence ("The regional
    // transport board said it would review the company's licence" speaks of another)
    if (lastOrg !== null && lex.DEFINITE_ARTICLES.has(tokens[t - 1]?.lower ?? '') && lex.ROLE_ANAPHORS.has(w) && !creditedByContext.has(lastOrg.actor) &&
      !(speaksIn.get(lastOrg.actor.id)?.has(sentenceOfToken(t)) ?? false)) {
      const org = recentOrg(t);
      const word = lex.ROLE_WORDS.get(w);
      if (org !== undefined && word !== undefined && !hasWord(wordsOfText(lex, org.name), w)) {
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
      readAround(reader, target, first, t, rank);
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

}

/**
 * Whether one of the words is `w`. (A function, not a closure in assignRoles's pass over the tokens: a closure there
 * over the token's word would have V8 allocate a context for every word of the article.)
 */
function hasWord(words: readonly Word[], w: string): boolean {
  for (const x of words) if (x.w === w) return true;
  return false;
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
