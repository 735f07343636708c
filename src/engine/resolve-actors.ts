/**
 * Step 5 — resolve actors: links every speaker phrase step 4 read (find-sources.ts) to an actor. Pronouns go to the
 * last compatible actor ("she" → the last person, "it" → the last document or organisation, "they" → the last group:
 * people who spoke together, a plural description, or a group a sentence opened with), surnames to full names found
 * anywhere in the article and acronyms to their expansions (actor-table.ts), descriptions and documents as
 * described-actors.ts reads them. Conjoined speakers ("Clinton and Sanders said") are each an actor of the frame
 * (coSpeakersOf); a floating quote (floating-quotes.ts) takes the speaker of the statement before it, or of a person
 * the paragraphs between introduced.
 */
import type { Actor, ActorKind } from './types.js';
import type { Segmented, TokenRange } from './tokens.js';
import { isFloating, type Frame } from './constructions/frame.js';
import { readSource, type FoundSource } from './find-sources.js';
import { blockOf, reachBlock, textOf } from './tokens.js';
import { subjectLeftOf } from './noun-phrase.js';
import { speakerPhrase } from './speaker-phrase.js';
import { unknownActor, UNKNOWN_ACTOR_ID } from './unknown-actor.js';
import { canSpeakOn, floatingCandidates } from './floating-quotes.js';
import { collectNames, personNamed } from './article-names.js';
import { ActorTable, sameSpan, spansOf } from './actor-table.js';
import { describedActor } from './described-actors.js';
import { collectPluralSubjects, conjuncts, isPluralHead, listFrom, PLURAL_REACH_PARAGRAPHS, type PluralSubject } from './speaker-groups.js';

/** How many earlier speakers a pronoun or a definite description may reach back over. */
const RECENT_WINDOW = 40;

export interface ResolvedActors {
  actors: Actor[];
  /** Per frame (same order as given): the actor id; UNKNOWN_ACTOR_ID when the text gives no readable speaker. */
  actorOf: string[];
  /** Per frame: the speaker phrase as read (trimmed to its noun phrase), or null when there is none. */
  sourceOf: (TokenRange | null)[];
  /**
   * Per frame index, the further speakers of a report with several ("Clinton and Sanders said": Sanders here, Clinton
   * in actorOf), each with the mention naming them; also for "they" standing for such a group. Most frames have none.
   */
  coSpeakersOf: Map<number, CoSpeaker[]>;
}

/** One more speaker of a frame: the actor and the words naming them (a conjunct, or the pronoun standing for all). */
export interface CoSpeaker {
  actorId: string;
  source: TokenRange;
}

const FRAMES_PER_SLICE = 250;
const NO_SOURCE: FoundSource = { kind: 'none' };

/**
 * Links the frames' speakers to actors, given what step 4 found for each (`sources`, in the frames' order); frames
 * must be in text order. Yields now and then on long articles.
 */
export function* resolveActors(seg: Segmented, frames: Frame[], sources: readonly FoundSource[]): Generator<void, ResolvedActors> {
  const lex = seg.lexicon;
  const names = yield* collectNames(seg);
  const pluralSubjects = yield* collectPluralSubjects(seg, names);
  let nextPluralSubject = 0;
  /** The actors a plural subject names: each person of "Ortiz and Fisk", or the group "the two workers" described. */
  const subjectGroup = (subject: PluralSubject): Actor[] => {
    if (subject.people.length > 0) {
      return subject.people.map((range) => {
        const read = readSource(seg, range);
        return namedActor(read.kind === 'named' ? read.name : textOf(seg, range.first, range.end), 'person');
      });
    }
    const range = { first: subject.at, end: subject.end };
    const actor = describedActor(seg, table, { kind: 'description', actorKind: 'unnamed', head: subject.head, text: textOf(seg, range.first, range.end) },
      range, names, lastOf);
    pluralActors.add(actor);
    return [actor];
  };
  const table = new ActorTable(lex, names);
  const actorOf: string[] = [];
  const sourceOf: (TokenRange | null)[] = [];
  let unknownNeeded = false;
  const recent: Actor[] = [];
  /** Where each entry of `recent` was named (its speaker phrase's first token). */
  const recentAt: number[] = [];
  const genderOf = new Map<Actor, 'f' | 'm'>();
  let nextSubject = 0;
  /** The latest recent actor `pred` accepts, and where it was named (-1 for none). */
  const lastAt = (pred: (a: Actor) => boolean): { actor: Actor | undefined; at: number } => {
    for (let i = recent.length - 1; i >= 0 && i >= recent.length - RECENT_WINDOW; i--) {
      const a = recent[i];
      if (a !== undefined && pred(a)) return { actor: a, at: recentAt[i] ?? -1 };
    }
    return { actor: undefined, at: -1 };
  };
  const lastOf = (pred: (a: Actor) => boolean): Actor | undefined => lastAt(pred).actor;
  const namedActor = (name: string, kind: ActorKind): Actor => table.named(name, kind);

  let nextFloatingSubject = 0;
  const coSpeakersOf = new Map<number, CoSpeaker[]>();
  /** Groups that spoke together ("Smith and Jones said"), in text order, with where they were named: "they" may be one. */
  const groups: { actors: Actor[]; at: number }[] = [];
  /** Actors read from a plural description ("officials", "the two workers"): "they" may be one. */
  const pluralActors = new Set<Actor>();
  for (const [index, frame] of frames.entries()) {
    if (actorOf.length % FRAMES_PER_SLICE === FRAMES_PER_SLICE - 1) yield;
    if (isFloating(frame)) {
      // a quoted paragraph with no cue: the speaker of the claim just before it, or of a person the paragraphs in
      // between introduced as a sentence's subject ("Lena Fisk has worked the cranes since 1998. ⏎ “I have never …”")
      const open = frame.cue.first;
      while (nextFloatingSubject < names.subjects.length && (names.subjects[nextFloatingSubject]?.at ?? Infinity) < open) nextFloatingSubject++;
      const { prior, introduced } = floatingCandidates(seg, frames, actorOf.length, names.subjects, nextFloatingSubject);
      let actor: Actor | undefined;
      let source: TokenRange | null = null;
      for (const mention of introduced) {
        const person = personNamed(seg.lexicon, mention, names);
        if (person === null) continue;
        actor = namedActor(person.name, 'person');
        source = { first: mention.at, end: mention.end };
        actor.mentions.push(...spansOf(seg, source));
        break;
      }
      const priorActor = prior < 0 ? undefined : table.byId(actorOf[prior] ?? UNKNOWN_ACTOR_ID);
      if (actor === undefined && priorActor !== undefined && canSpeakOn(seg.lexicon, priorActor, table.headsOf(priorActor))) {
        actor = priorActor;
        source = sourceOf[prior] ?? null;
        // the further speakers of the claim it goes on with said it too
        const co = coSpeakersOf.get(prior);
        if (co !== undefined) coSpeakersOf.set(actorOf.length, co);
      }
      sourceOf.push(actor === undefined ? null : source);
      if (actor === undefined) {
        actorOf.push(UNKNOWN_ACTOR_ID);
        unknownNeeded = true;
        continue;
      }
      recent.push(actor);
      recentAt.push(open);
      actorOf.push(actor.id);
      continue;
    }
    const found = sources[index] ?? NO_SOURCE;
    if (found.kind === 'none') {
      sourceOf.push(null);
      actorOf.push(UNKNOWN_ACTOR_ID);
      unknownNeeded = true;
      continue;
    }
    const source = found.range;
    sourceOf.push(source);
    if (found.kind === 'unspecified') {
      actorOf.push(UNKNOWN_ACTOR_ID);
      unknownNeeded = true;
      continue;
    }
    // "Clinton and Sanders said", "Smith and the mayor told reporters": each is credited, the first here, the others
    // as co-speakers; "Two workers, Sam Ortiz and Lena Fisk, said": the names the group is given
    const listed = found.kind === 'phrase' ? listFrom(seg, source) : source;
    const parts = found.kind !== 'phrase' ? null :
      (listed === source ? null : conjuncts(seg, listed, names)) ?? conjuncts(seg, source, names);
    if (parts !== null) {
      const credited: { actor: Actor; range: TokenRange }[] = [];
      for (const part of parts) {
        const read = readSource(seg, part);
        const actor = read.kind === 'named' ? namedActor(read.name, read.actorKind)
          : read.kind === 'description' ? describedActor(seg, table, read, part, names, lastOf) : undefined;
        if (actor === undefined) break;
        if (read.kind === 'description' && isPluralHead(seg.lexicon, read.head)) pluralActors.add(actor);
        if (!credited.some((c) => c.actor === actor)) credited.push({ actor, range: part });
      }
      const head = credited[0];
      if (credited.length === parts.length && head !== undefined && credited.length >= 2) {
        sourceOf[sourceOf.length - 1] = head.range;
        for (const { actor, range } of credited) {
          actor.mentions.push(...spansOf(seg, range));
          recent.push(actor);
          recentAt.push(range.first);
        }
        coSpeakersOf.set(actorOf.length, credited.slice(1).map(({ actor, range }) => ({ actorId: actor.id, source: range })));
        groups.push({ actors: credited.map((c) => c.actor), at: source.first });
        actorOf.push(head.actor.id);
        continue;
      }
    }
    const reading = found.reading;
    let actor: Actor | undefined;
    switch (reading.kind) {
      case 'pronoun':
        if (reading.refers === 'person') {
          // "she" skips a person known to be "he" (by a title or an earlier pronoun), and the other way round
          const want = lex.FEMALE_PRONOUNS.has(reading.word) ? 'f' : 'm';
          const speaker = lastAt((a) => a.kind === 'person' && (genderOf.get(a) ?? want) === want);
          actor = speaker.actor;
          const at = speaker.at;
          let foundAt = at;
          // a person named as a sentence's subject since that speaker, though silent so far, is whom "he" means:
          // "Ed Brookover spoke to reporters Thursday … He says …"
          while (nextSubject < names.subjects.length && (names.subjects[nextSubject]?.at ?? Infinity) < source.first) nextSubject++;
          for (let i = nextSubject - 1; i >= 0; i--) {
            const mention = names.subjects[i];
            if (mention === undefined || mention.at <= at || blockOf(seg, source.first) - blockOf(seg, mention.at) > SUBJECT_REACH_BLOCKS) break;
            const person = personNamed(seg.lexicon, mention, names);
            if (person === null || (person.gender !== null && person.gender !== want)) continue;
            const named = namedActor(person.name, 'person');
            if (named.kind !== 'person' || (genderOf.get(named) ?? want) !== want) continue;
            actor = named;
            foundAt = mention.at;
            break;
          }
          // "La direction a annoncé … Elle a indiqué …": in a language whose pronouns follow a noun's gender, a body
          // named since with the article of the pronoun's gender, in this paragraph or the one before, is whom it means
          const articles = want === 'f' ? lex.FEMININE_ARTICLES : lex.MASCULINE_ARTICLES;
          const body = articles === undefined ? undefined : lastAt((a) => a.kind !== 'person' && a.id !== UNKNOWN_ACTOR_ID);
          if (body?.actor !== undefined && body.at > foundAt && articles?.has(seg.tokens[body.at]?.lower ?? '') === true &&
            blockOf(seg, source.first) - blockOf(seg, body.at) <= 1) actor = body.actor;
          else if (actor !== undefined) genderOf.set(actor, want);
        }
        else if (reading.refers === 'thing') actor = lastOf((a) => a.kind === 'document' || a.kind === 'organisation');
        else if (reading.refers === 'plural') {
          // "they": the group it stands for, when one spoke lately (people who spoke together, a plural description:
          // "the two workers", "officials"), rather than a body named as one ("the union", which is "it")
          const plural = lastAt((a) => pluralActors.has(a));
          const group = groups[groups.length - 1];
          const near = (at: number): boolean => at >= 0 && blockOf(seg, at) >= reachBlock(seg, blockOf(seg, source.first), PLURAL_REACH_PARAGRAPHS);
          // or a group the text made a sentence's subject since, though silent so far ("Black voters turned out …")
          while (nextPluralSubject < pluralSubjects.length && (pluralSubjects[nextPluralSubject]?.at ?? Infinity) < source.first) nextPluralSubject++;
          const subject = pluralSubjects[nextPluralSubject - 1];
          const subjectActors = subject !== undefined && subject.at > Math.max(plural.at, group?.at ?? -1) && near(subject.at)
            ? subjectGroup(subject) : [];
          const [subjectFirst, ...subjectOthers] = subjectActors;
          if (subjectFirst !== undefined) {
            actor = subjectFirst;
            if (subjectOthers.length > 0) coSpeakersOf.set(actorOf.length, subjectOthers.map((a) => ({ actorId: a.id, source })));
          } else if (group !== undefined && group.at > plural.at && near(group.at)) {
            const [first, ...others] = group.actors;
            actor = first;
            if (others.length > 0) coSpeakersOf.set(actorOf.length, others.map((a) => ({ actorId: a.id, source })));
          } else if (plural.actor !== undefined && near(plural.at)) {
            actor = plural.actor;
          } else {
            actor = lastOf((a) => a.kind === 'organisation' || a.kind === 'unnamed');
          }
        }
        break;
      case 'relative': {
        // the noun phrase the relative pronoun follows: "Clinton, who said", "documents … that described"
        const end = seg.tokens[source.first - 1]?.text === ',' ? source.first - 1 : source.first;
        const np = subjectLeftOf(seg.tokens, end, Math.max(0, end - 10), () => false, lex);
        // an antecedent that is no noun phrase ("provide details of the talks, which …") leaves the speaker unknown;
        // one that is a clause or a phrase with an object ends in its noun phrase ("… accepted the resignation of his
        // defense minister Kim Yong-hyun, who said", "keeps in place a prime minister who has declared"): the
        // longest phrase that ends the words before the relative and reads as a name or a description
        let read = np.first < np.end ? speakerPhrase(seg, { first: np.first, end: np.end }, true) : null;
        for (let from = np.first + 1; read?.kind === 'none' && from < np.end; from++) {
          const shorter = speakerPhrase(seg, { first: from, end: np.end }, true);
          const reading = shorter.kind === 'phrase' ? readSource(seg, shorter.range) : null;
          if (reading?.kind === 'named' || reading?.kind === 'description') read = shorter;
        }
        const antecedent = read?.kind === 'phrase' ? readSource(seg, read.range) : null;
        if (antecedent?.kind === 'named') actor = namedActor(antecedent.name, antecedent.actorKind);
        else if (antecedent?.kind === 'description' && read?.kind === 'phrase') actor = describedActor(seg, table, antecedent, read.range, names, lastOf);
        else if (read === null) actor = recent[recent.length - 1];
        break;
      }
      case 'named':
        actor = namedActor(reading.name, reading.actorKind);
        if (!genderOf.has(actor)) {
          const title = seg.tokens[source.first]?.lower.replace(/\.$/, '') ?? '';
          const first = actor.name.split(' ')[0]?.toLowerCase() ?? '';
          if (lex.MALE_TITLES.has(title) || lex.MALE_FIRST_NAMES.has(first)) genderOf.set(actor, 'm');
          else if (lex.FEMALE_TITLES.has(title) || lex.FEMALE_FIRST_NAMES.has(first)) genderOf.set(actor, 'f');
        }
        if (reading.description !== undefined && actor.description === undefined) actor.description = reading.description;
        break;
      case 'description':
        actor = describedActor(seg, table, reading, source, names, lastOf, (want) => {
          // the last person of that gender who spoke in this paragraph or the two before
          const person = lastAt((a) => a.kind === 'person' && (genderOf.get(a) ?? want) === want);
          return person.at >= 0 && blockOf(seg, source.first) - blockOf(seg, person.at) <= SUBJECT_REACH_BLOCKS ? person.actor : undefined;
        });
        if (isPluralHead(seg.lexicon, reading.head)) pluralActors.add(actor);
        break;
    }
    if (actor === undefined) {
      actorOf.push(UNKNOWN_ACTOR_ID);
      unknownNeeded = true;
      continue;
    }
    actor.mentions.push(...spansOf(seg, source));
    // "Lo ha detto Peskov. Lo riporta Ria Novosti. …, ha concluso.": the outlet relaying a report is no one a pronoun
    // after it stands for; the speaker it relays stays the latest
    if (!relaysReport(seg, frame)) {
      recent.push(actor);
      recentAt.push(source.first);
    }
    actorOf.push(actor.id);
  }
  // an author's mention may have been noted before its earlier mentions as a speaker: text order, once each
  for (const actor of table.actors) {
    actor.mentions.sort((x, y) => x.block - y.block || x.start - y.start || x.end - y.end);
    actor.mentions = actor.mentions.filter((m, i, all) => i === 0 || !sameSpan(m, all[i - 1]));
  }
  // after every other actor, so it never shifts their ids
  const actors = unknownNeeded ? [...table.actors, unknownActor()] : table.actors;
  return { actors, actorOf, sourceOf, coSpeakersOf };
}

/** Whether a frame reports the report before it (Lexicon.REPORT_OF_REPORT_OBJECTS): "Lo riporta Ria Novosti." */
function relaysReport(seg: Segmented, frame: Frame): boolean {
  const objects = seg.lexicon.REPORT_OF_REPORT_OBJECTS;
  if (objects === undefined) return false;
  const sentence = seg.sentences[seg.sentenceOf[frame.cue.first] ?? -1];
  const content = frame.content[0];
  return sentence !== undefined && content !== undefined && content.first < sentence.first &&
    objects.has(seg.tokens[sentence.first]?.lower ?? '');
}

/** How many paragraphs back a subject may be for a "he" or "she" to point to it. */
const SUBJECT_REACH_BLOCKS = 2;
