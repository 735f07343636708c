/**
 * Step 5 — resolve actors: links every speaker phrase to an actor. Pronouns go to the last compatible actor
 * ("she" → the last person, "it" → the last document or organisation), surnames to full names found anywhere in
 * the article, acronyms to their expansions, "the document"/"the appeal" to the last document and through it to
 * its author ("the appeal, which was penned by …").
 */
import type { Actor, ActorKind, Span } from './types.js';
import type { Segmented, TokenRange } from './tokens.js';
import type { Lexicon } from './lexicon/lexicon.js';
import type { Frame } from './constructions/frame.js';
import { nameIn, readSource, type SourceReading } from './find-sources.js';
import { textOf } from './tokens.js';
import { DOCUMENT_NOUNS, TITLES } from './lexicon/en/actor-words.js';
import { subjectLeftOf } from './noun-phrase.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './lexicon/en/first-names.js';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS } from './lexicon/en/pronouns.js';
import { speakerPhrase } from './speaker-phrase.js';
import type { BoundsModel } from './model/content-bounds.js';
import { SourceBoundsChooser } from './model/source-bounds.js';
import { unknownActor, UNKNOWN_ACTOR_ID } from './unknown-actor.js';
import { FLOATING_REACH_PARAGRAPHS, isFloating } from './floating-quotes.js';

/** Words of a name that an acronym's letters skip ("Parliamentary Assembly of the Council of Europe" → PACE). */
const ACRONYM_SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** Verbs that say who wrote a document: "the appeal, which was penned by …". */
const AUTHORED = /^(?:penned|written|drafted|issued|adopted|signed|published|released|authored|prepared|sent|filed|passed|approved|produced|compiled)$/;

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

/** A pronoun recovered from a contraction or the end of a phrase ("we’ll" → "we"), read as readSource would. */
function pronounReading(word: string): SourceReading {
  const refers = PERSON_PRONOUNS.has(word) ? 'person' : THING_PRONOUNS.has(word) ? 'thing' : PLURAL_PRONOUNS.has(word) ? 'plural' : 'speaker';
  return { kind: 'pronoun', refers, word };
}

interface ArticleNames {
  /** Acronym → its expansion as written ("CEC" → "Central Election Commission"). */
  acronyms: Map<string, string>;
  /** Lower-case surname → the fullest name ending with it ("pamfilova" → "Ella Pamfilova"). */
  fullNames: Map<string, string>;
  /** Token of a document noun → the author named right after it. */
  authorAt: Map<number, { name: string; description?: string }>;
  /** Lower-case title → the names written after it ("mayor" → {"Lena Ortiz"} from "Mayor Lena Ortiz"). */
  titled: Map<string, Set<string>>;
  /**
   * Names written as a sentence's subject, in text order: "Ed Brookover spoke to reporters …", "On Wednesday, Clinton
   * bashed …". A later "he" or "she" may point to one of them though they have not spoken yet.
   */
  subjects: SubjectMention[];
}

/** A name at the head of its sentence, as written, with the title before it (for its gender). */
interface SubjectMention {
  at: number;
  /** One past the name's last token. */
  end: number;
  name: string;
  title: string;
  /** The word right after the name, lower case ('' for punctuation). */
  next: string;
}

/** One pass over the article: acronym definitions, multi-word names, documents' authors. */
function* collectNames(seg: Segmented): Generator<void, ArticleNames> {
  const { tokens } = seg;
  const acronyms = new Map<string, string>();
  const fullNames = new Map<string, string>();
  const authorAt = new Map<number, { name: string; description?: string }>();
  const titled = new Map<string, Set<string>>();
  const subjects: SubjectMention[] = [];
  let runFirst = -1;
  for (let t = 0; t <= tokens.length; t++) {
    if (t % TOKENS_PER_SLICE === TOKENS_PER_SLICE - 1) yield;
    const tok = tokens[t];
    const inRun = tok !== undefined && tok.kind === 'word' && tok.cap && (runFirst < 0 || tokens[t - 1]?.block === tok.block);
    if (inRun) { if (runFirst < 0) runFirst = t; continue; }
    // only a run's last words can be a name: a wall of capitalised words would otherwise be read whole, at once
    const readFrom = Math.max(runFirst, t - LONGEST_NAME_TOKENS);
    // the name of a run of two words or more is read here once, for the full names and for the subject mentions
    const named = runFirst >= 0 && t - runFirst >= 2 ? nameIn(seg, readFrom, t) : undefined;
    if (runFirst >= 0) {
      const subject = subjectMention(seg, readFrom, t, named);
      if (subject !== null) subjects.push(subject);
    }
    if (named !== undefined) {
      if (named !== null && named.end - named.first >= 2) {
        const last = named.name.split(' ').pop()?.toLowerCase() ?? '';
        const known = fullNames.get(last);
        if (known === undefined || known.length < named.name.length) fullNames.set(last, named.name);
        // "Mayor Lena Ortiz": the title the name was written after
        const title = tokens[named.first - 1]?.lower.replace(/\.$/, '') ?? '';
        if (named.first > runFirst && TITLES.has(title)) titled.set(title, (titled.get(title) ?? new Set()).add(named.name));
      }
    }
    runFirst = -1;
    if (tok === undefined) continue;
    // "Central Election Commission (CEC)"
    if (tok.text === '(' && tokens[t + 2]?.text === ')') {
      const acr = tokens[t + 1];
      if (acr !== undefined && acr.kind === 'word' && acr.text.length >= 2 && acr.text === acr.text.toUpperCase()) {
        const expansion = expandAcronym(seg, t, acr.text);
        if (expansion !== null) acronyms.set(acr.text, expansion);
      }
    }
    // "the appeal, which was penned by Russia’s Federation Council, the upper house …"
    if (tok.kind === 'word' && DOCUMENT_NOUNS.has(tok.lower)) {
      let i = t + 1;
      if (tokens[i]?.text === ',') i++;
      if (tokens[i]?.lower === 'which' || tokens[i]?.lower === 'that') i++;
      while (tokens[i]?.lower === 'was' || tokens[i]?.lower === 'is' || tokens[i]?.lower === 'had' || tokens[i]?.lower === 'been' || tokens[i]?.lower === 'has') i++;
      if (AUTHORED.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'by') {
        let e = i + 2;
        while (e < tokens.length && e - i < 10 && tokens[e]?.kind === 'word' && tokens[e]?.block === tok.block) e++;
        const named = nameIn(seg, i + 2, e);
        if (named !== null) {
          let description: string | undefined;
          if (tokens[e]?.text === ',' && tokens[e + 1]?.lower === 'the') {
            let d = e + 2;
            while (d < tokens.length && d - e < 14 && tokens[d]?.kind === 'word' && tokens[d]?.block === tok.block) d++;
            description = textOf(seg, e + 2, d);
          }
          authorAt.set(t, { name: named.name, description });
        }
      }
    }
  }
  return { acronyms, fullNames, authorAt, titled, subjects };
}

/**
 * The name in the capitalised run [first, end) when it is its sentence's subject: at the sentence's head (titles
 * before it allowed) or right after the comma that closes an opening phrase ("On Wednesday, Clinton bashed …"), and
 * followed by a verb or an apposition (a lower-case word or a comma), not by "'s" or a quotation.
 */
function subjectMention(seg: Segmented, first: number, end: number, read?: ReturnType<typeof nameIn>): SubjectMention | null {
  const { tokens, lexicon: lex } = seg;
  const sentence = seg.sentences[seg.sentenceOf[first] ?? -1];
  // a name inside a quotation is the speaker's words, not the article's subject
  if (sentence === undefined || seg.quoteOf[first] !== -1) return null;
  const after = tokens[end];
  if (after === undefined || after.block !== tokens[first]?.block || !(after.text === ',' || (after.kind === 'word' && !after.cap))) return null;
  // (cheaply first: most capitalised runs stand mid-clause, far from a sentence's head or an opening phrase's comma)
  let reach = first - 1;
  while (reach >= sentence.first && first - reach <= SUBJECT_LEAD_TOKENS && tokens[reach]?.text !== ',' &&
    (tokens[reach]?.kind === 'word' || tokens[reach]?.text === '.')) reach--;
  if (reach >= sentence.first && tokens[reach]?.text !== ',') return null;
  const named = read === undefined ? nameIn(seg, first, end) : read;
  if (named === null || named.first < sentence.first || /['’]s$/u.test(tokens[named.end - 1]?.text ?? '')) return null;
  // "I" is nobody's name ("… Jim Eastland I've …")
  for (let t = named.first; t < named.end; t++) if (/^i(?:['’](?:ve|m|ll|d))?$/.test(tokens[t]?.lower ?? '')) return null;
  // back from the name over its title and a short description ("Clinton campaign manager Robby Mook", "skipper
  // Wade Bassi", "Mr. Trump") to the sentence's head or the comma closing an opening phrase
  let lead = named.first - 1;
  while (lead >= sentence.first && named.first - lead <= SUBJECT_LEAD_TOKENS) {
    const tok = tokens[lead];
    if (tok === undefined || tok.text === ',' || (tok.kind === 'word' && (lex.PREPOSITIONS.has(tok.lower) || lex.ARTICLES.has(tok.lower) ||
      lex.POSSESSIVES.has(tok.lower) || lex.PERSONAL_PRONOUNS.has(tok.lower) || lex.NEGATIONS.has(tok.lower)))) break;
    if (tok.kind !== 'word' && tok.text !== '.') return null;
    // a verb before the name makes it an object or a clause's subject ("Bob Gunnell says Ali was …")
    if (tok.kind === 'word' && !tok.cap && verbEnding(tok.lower)) return null;
    lead--;
  }
  if (lead >= sentence.first && tokens[lead]?.text !== ',') return null;
  // after a comma: the first of the sentence, before a verb ("On Wednesday, Clinton bashed …"), or the comma before a
  // second clause's "but" ("…, but Mr. Obama learned …"), or the apposition naming a subject the sentence opened with
  // ("The minister of the economy, Mr. Guajardo Villarreal, argues …"); not a list ("Georgia, Virginia, Arkansas")
  // nor a place's apposition ("in Buffalo, New York, that …")
  if (lead >= sentence.first) {
    const joined = lex.SENTENCE_CONNECTIVES.has(tokens[lead + 1]?.lower ?? '') && tokens[lead + 1]?.cap === false;
    let firstComma = true;
    for (let t = sentence.first; t < lead; t++) if (tokens[t]?.text === ',') firstComma = false;
    let opensWithDescription = lex.ARTICLES.has(tokens[sentence.first]?.lower ?? '') && lead - sentence.first <= SUBJECT_LEAD_TOKENS;
    for (let t = sentence.first; t < lead && opensWithDescription; t++) {
      const w = tokens[t];
      // "The plan passed in Westport, New Haven, …": a verb makes the opening a clause, not a description
      if (w !== undefined && w.kind === 'word' && !w.cap && verbEnding(w.lower)) opensWithDescription = false;
    }
    const apposition = firstComma && after.text === ',' && opensWithDescription;
    // after a longer opening ("From the deck of his schooner, undergoing an overhaul, skipper Wade Bassi has …") a
    // name is the subject only when an auxiliary follows it at once
    const auxiliaryNext = after.kind === 'word' && lex.MODEL_AUXILIARIES.has(after.lower);
    if (!joined && !apposition && (after.text === ',' || (!firstComma && !auxiliaryNext))) return null;
  }
  let titleAt = named.first - 1;
  if (tokens[titleAt]?.text === '.') titleAt--;
  const title = tokens[titleAt]?.kind === 'word' ? tokens[titleAt]?.lower.replace(/\.$/, '') ?? '' : '';
  return { at: named.first, end: named.end, name: named.name, title, next: after.kind === 'word' ? after.lower : '' };
}

/** A lower-case word ending as a finite verb does ("-s", "-ed"), not as "-ss" ("says", "passed"; not "press"). */
function verbEnding(lower: string): boolean {
  return /(?:s|ed)$/.test(lower) && !lower.endsWith('ss');
}

/** Words between a sentence's head (or an opening phrase's comma) and a subject's name: title and description. */
const SUBJECT_LEAD_TOKENS = 6;

/** The words before "(" whose initials spell the acronym, skipping "of", "the", … */
function expandAcronym(seg: Segmented, paren: number, acronym: string): string | null {
  const letters = acronym.toLowerCase();
  let k = letters.length - 1;
  let t = paren - 1;
  let first = -1;
  const block = seg.tokens[paren]?.block;
  while (t >= 0 && k >= 0 && paren - t <= acronym.length * 3) {
    const tok = seg.tokens[t];
    if (tok === undefined || tok.kind !== 'word' || tok.block !== block) break;
    if (ACRONYM_SKIPPED.has(tok.lower)) { t--; continue; }
    if (tok.lower.charAt(0) !== letters.charAt(k)) break;
    first = t;
    k--;
    t--;
  }
  if (k >= 0 || first < 0) return null;
  return textOf(seg, first, paren);
}

function spansOf(seg: Segmented, range: TokenRange): Span[] {
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

export { spansOf };

/** Document nouns that say nothing about which document it is. */
const GENERIC_DOCUMENT_NOUNS = new Set(['document', 'documents', 'text', 'paper']);

/** The document nouns inside a speaker phrase ("Wednesday’s letter of appeal" → letter, appeal). */
function documentHeads(seg: Segmented, range: TokenRange): Set<string> {
  const out = new Set<string>();
  for (let t = range.first; t < range.end; t++) {
    const tok = seg.tokens[t];
    if (tok !== undefined && tok.kind === 'word' && !tok.cap && DOCUMENT_NOUNS.has(tok.lower)) out.add(tok.lower);
  }
  return out;
}

class ActorTable {
  readonly actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  private readonly heads = new Map<Actor, Set<string>>();

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
}

function sameSpan(a: Span, b: Span | undefined): boolean {
  return b !== undefined && a.block === b.block && a.start === b.start && a.end === b.end;
}

/** Work done between two yields of the sliced form. */
const TOKENS_PER_SLICE = 10_000;
/** Tokens of the longest name collectNames reads ("Ms. María de los Ángeles Fernández-Castillo Ruiz"). */
const LONGEST_NAME_TOKENS = 16;
const FRAMES_PER_SLICE = 250;

/**
 * Links the frames' speakers to actors; frames must be in text order. Yields now and then on long articles. With a
 * source-bounds model, each speaker phrase's bounds are the model's choice when speakerPhrase reads that choice back
 * as the same noun phrase (so a name never becomes a clause or a bare function word).
 */
export function* resolveActors(seg: Segmented, frames: Frame[], sourceBounds: BoundsModel | null = null): Generator<void, ResolvedActors> {
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
      range, names, lastOf, namedActor);
    pluralActors.add(actor);
    return [actor];
  };
  const table = new ActorTable();
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
  const namedActor = (rawName: string, kind: ActorKind): Actor => {
    let name = rawName;
    let k = kind;
    const expansion = names.acronyms.get(name);
    if (expansion !== undefined) { name = stripLeadingAdjectives(expansion); k = 'organisation'; }
    if (!name.includes(' ')) {
      const full = names.fullNames.get(name.toLowerCase());
      if (full !== undefined) name = full;
    }
    const key = `n:${name.toLowerCase()}`;
    const surnameKey = k === 'person' ? `s:${name.split(' ').pop()?.toLowerCase() ?? ''}` : key;
    const existing = table.get(key) ?? table.get(surnameKey);
    if (existing !== undefined) return existing;
    const actor = table.add(key, name, k);
    table.alias(surnameKey, actor);
    for (const [acr, exp] of names.acronyms) if (stripLeadingAdjectives(exp) === name) table.alias(`n:${acr.toLowerCase()}`, actor);
    return actor;
  };

  const chooser = sourceBounds === null ? null : new SourceBoundsChooser(seg, sourceBounds);
  let nextFloatingSubject = 0;
  const coSpeakersOf = new Map<number, CoSpeaker[]>();
  /** Groups that spoke together ("Smith and Jones said"), in text order, with where they were named: "they" may be one. */
  const groups: { actors: Actor[]; at: number }[] = [];
  /** Actors read from a plural description ("officials", "the two workers"): "they" may be one. */
  const pluralActors = new Set<Actor>();
  for (const frame of frames) {
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
    let phrase = frame.source === null ? null : speakerPhrase(seg, frame.source);
    if (chooser !== null && phrase?.kind === 'phrase') {
      const chosen = chooser.choose(frame, phrase.range);
      const again = chosen === phrase.range ? null : speakerPhrase(seg, chosen);
      if (again?.kind === 'phrase' && again.range.first === chosen.first && again.range.end === chosen.end) phrase = again;
    }
    if (phrase === null || phrase.kind === 'none') {
      sourceOf.push(null);
      actorOf.push(UNKNOWN_ACTOR_ID);
      unknownNeeded = true;
      continue;
    }
    const source = phrase.range;
    sourceOf.push(source);
    if (phrase.kind === 'unspecified') {
      actorOf.push(UNKNOWN_ACTOR_ID);
      unknownNeeded = true;
      continue;
    }
    // "Clinton and Sanders said", "Smith and the mayor told reporters": each is credited, the first here, the others
    // as co-speakers; "Two workers, Sam Ortiz and Lena Fisk, said": the names the group is given
    const listed = phrase.kind === 'phrase' ? listFrom(seg, source) : source;
    const parts = phrase.kind !== 'phrase' ? null :
      (listed === source ? null : conjuncts(seg, listed, names)) ?? conjuncts(seg, source, names);
    if (parts !== null) {
      const credited: { actor: Actor; range: TokenRange }[] = [];
      for (const part of parts) {
        const read = readSource(seg, part);
        const actor = read.kind === 'named' ? namedActor(read.name, read.actorKind)
          : read.kind === 'description' ? describedActor(seg, table, read, part, names, lastOf, namedActor) : undefined;
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
    const reading: SourceReading = phrase.kind === 'pronoun' ? pronounReading(phrase.word) : readSource(seg, source);
    let actor: Actor | undefined;
    switch (reading.kind) {
      case 'pronoun':
        if (reading.refers === 'person') {
          // "she" skips a person known to be "he" (by a title or an earlier pronoun), and the other way round
          const want = reading.word === 'she' || reading.word === 'her' ? 'f' : 'm';
          const speaker = lastAt((a) => a.kind === 'person' && (genderOf.get(a) ?? want) === want);
          actor = speaker.actor;
          const at = speaker.at;
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
            break;
          }
          if (actor !== undefined) genderOf.set(actor, want);
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
        const np = subjectLeftOf(seg.tokens, end, Math.max(0, end - 10), () => false);
        // an antecedent that is no noun phrase ("provide details of the talks, which …") leaves the speaker unknown
        const read = np.first < np.end ? speakerPhrase(seg, { first: np.first, end: np.end }, true) : null;
        const antecedent = read?.kind === 'phrase' ? readSource(seg, read.range) : null;
        if (antecedent?.kind === 'named') actor = namedActor(antecedent.name, antecedent.actorKind);
        else if (antecedent?.kind === 'description' && read?.kind === 'phrase') actor = describedActor(seg, table, antecedent, read.range, names, lastOf, namedActor);
        else if (read === null) actor = recent[recent.length - 1];
        break;
      }
      case 'named':
        actor = namedActor(reading.name, reading.actorKind);
        if (!genderOf.has(actor)) {
          const title = seg.tokens[source.first]?.lower.replace(/\.$/, '') ?? '';
          const first = actor.name.split(' ')[0]?.toLowerCase() ?? '';
          if (title === 'mr' || MALE_FIRST_NAMES.has(first)) genderOf.set(actor, 'm');
          else if (title === 'mrs' || title === 'ms' || title === 'miss' || FEMALE_FIRST_NAMES.has(first)) genderOf.set(actor, 'f');
        }
        if (reading.description !== undefined && actor.description === undefined) actor.description = reading.description;
        break;
      case 'description':
        actor = describedActor(seg, table, reading, source, names, lastOf, namedActor);
        if (isPluralHead(seg.lexicon, reading.head)) pluralActors.add(actor);
        break;
    }
    if (actor === undefined) {
      actorOf.push(UNKNOWN_ACTOR_ID);
      unknownNeeded = true;
      continue;
    }
    actor.mentions.push(...spansOf(seg, source));
    recent.push(actor);
    recentAt.push(source.first);
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

/** A group a sentence opens with as its subject: people described ("Black voters"), or named ("Crapo and Risch"). */
interface PluralSubject {
  at: number;
  end: number;
  /** The description's plural head noun; '' for named people. */
  head: string;
  /** Each person named, when the subject is conjoined names. */
  people: TokenRange[];
}

/** Words a plural subject may run over before its head ("the two dock workers", "many progressive economists"). */
const PLURAL_SUBJECT_TOKENS = 6;
const SENTENCES_PER_SLICE = 400;

/**
 * Each sentence's subject when it is a group of people: a description whose head is a plural noun for people
 * ("The two workers walked off …", "Progressive economists argue …"), or people named together ("Crapo and Risch
 * voted …"), followed by a lower-case word (the verb). Outside quotations; one look at each sentence's head.
 */
function* collectPluralSubjects(seg: Segmented, names: ArticleNames): Generator<void, PluralSubject[]> {
  const { tokens, lexicon: lex } = seg;
  const out: PluralSubject[] = [];
  for (const [index, sentence] of seg.sentences.entries()) {
    if (index % SENTENCES_PER_SLICE === SENTENCES_PER_SLICE - 1) yield;
    const first = sentence.first;
    if (seg.quoteOf[first] !== -1 || tokens[first]?.kind !== 'word') continue;
    for (let t = first; t < sentence.end && t - first < PLURAL_SUBJECT_TOKENS; t++) {
      const tok = tokens[t];
      if (tok === undefined || tok.kind !== 'word') break;
      const next = tokens[t + 1];
      const verbNext = next !== undefined && next.kind === 'word' && !next.cap && !lex.PREPOSITIONS.has(next.lower) && next.lower !== 'and' && next.lower !== 'of';
      if (tok.lower === 'and' && t > first) {
        // "Sam Ortiz and Lena Fisk walked off …"
        let e = t + 1;
        while (e < sentence.end && e - t <= 4 && tokens[e]?.kind === 'word' && tokens[e]?.cap === true) e++;
        const after = tokens[e];
        const people = [{ first, end: t }, { first: t + 1, end: e }];
        if (e > t + 1 && after !== undefined && after.kind === 'word' && !after.cap && people.every((p) => personAt(seg, p, names))) {
          out.push({ at: first, end: e, head: '', people });
        }
        break;
      }
      if (tok.kind === 'word' && lex.isPersonNoun(tok.lower) && isPluralHead(lex, tok.lower) && verbNext) {
        out.push({ at: first, end: t + 1, head: tok.lower, people: [] });
        break;
      }
      // only determiners, numbers and modifiers before the head: not a clause ("He promised that if voters …", "As
      // Republicans …"), a verb or an adverb
      if ((lex.PREPOSITIONS.has(tok.lower) && t > first) || lex.PERSONAL_PRONOUNS.has(tok.lower) || lex.SUBORDINATORS.has(tok.lower) ||
        lex.SUBORDINATE_OPENERS.has(tok.lower) || lex.SENTENCE_CONNECTIVES.has(tok.lower) || tok.lower === 'that' || tok.lower === 'if' ||
        tok.lower === 'as' || (!tok.cap && /(?:ed|ly)$/.test(tok.lower))) break;
    }
  }
  return out;
}

/** How many paragraphs back the group "they" stands for may have been named. */
const PLURAL_REACH_PARAGRAPHS = 3;

/** A plural head noun: "workers", "officials", "people" (not "press", "witness", "analysis"). */
function isPluralHead(lex: Lexicon, head: string): boolean {
  return lex.PLURAL_PERSON_NOUNS.has(head) || (head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('is') && !head.endsWith('us'));
}

/** The most speakers one conjoined phrase is read as ("A, B, C and D"). */
const MAX_CONJUNCTS = 6;

/**
 * The speakers of a conjoined speaker phrase, "Clinton and Sanders", "Mr. Grassley and Mr. Leahy", "Smith, Jones and
 * the mayor": each part a person's name or a description opened by "the" or a possessive; or, for "Two workers, Sam
 * Ortiz and Lena Fisk", the people a group is given as. Null for one speaker: no "and" at the top level, a part that
 * is no such noun phrase ("Federal and state officials", "Ms. Reyes, the chair and founder"), no person among the
 * parts, or a name with "and" inside it ("Department of Fish and Wildlife").
 */
function conjuncts(seg: Segmented, range: TokenRange, names: ArticleNames): TokenRange[] | null {
  const { tokens, lexicon: lex } = seg;
  const parts: TokenRange[] = [];
  let start = range.first;
  let depth = 0;
  let joined = false;
  for (let t = range.first; t < range.end && parts.length <= MAX_CONJUNCTS; t++) {
    const tok = tokens[t];
    if (tok === undefined) return null;
    if (tok.text === '(') depth++;
    else if (tok.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || (tok.text !== ',' && tok.lower !== 'and')) continue;
    if (tok.lower === 'and') joined = true;
    parts.push({ first: start, end: t });
    // the serial comma: "A, B, and C"
    if (tok.text === ',' && tokens[t + 1]?.lower === 'and') { joined = true; t++; }
    start = t + 1;
  }
  parts.push({ first: start, end: range.end });
  if (!joined || parts.length < 2 || parts.length > MAX_CONJUNCTS) return null;
  // a body's name with "and" inside it is one name
  const whole = nameIn(seg, range.first, range.end);
  if (whole !== null && parts.some((p) => p.first > whole.first && p.first < whole.end)) return null;
  const trimmed = parts.map((p) => trimPart(seg, p));
  const [head, ...rest] = trimmed;
  if (head === undefined) return null;
  // "Two workers, Sam Ortiz and Lena Fisk": a plural description named by the people after it
  const headRead = head.end > head.first ? readSource(seg, head) : null;
  if (rest.length >= 2 && headRead?.kind === 'description' && isPluralHead(lex, headRead.head) && rest.every((p) => personAt(seg, p, names))) {
    return rest;
  }
  // each a person's name, or a description opened by "the" or a possessive ("Smith and the mayor", "Cruz and his
  // aides"), one at least a person's: a body's name is too often made with "and" ("Immigration and Customs
  // Enforcement", "Food and Drug Administration") to be split without one
  const definite = (p: TokenRange): boolean => {
    const first = tokens[p.first];
    return first !== undefined && p.end > p.first && (first.lower === 'the' || lex.POSSESSIVES.has(first.lower));
  };
  const people = trimmed.filter((p) => personAt(seg, p, names)).length;
  return people > 0 && trimmed.every((p) => definite(p) || personAt(seg, p, names)) ? trimmed : null;
}

/** Lower-case words a person's name may hold ("Ludwig van Beethoven", "Charles de Gaulle"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'der', 'la', 'le', 'bin', 'al']);

/**
 * Whether tokens `part` are a person's name and nothing else, with a title maybe ("Mr. Leahy", "Sen. Jon Tester
 * (D-Mont.)", "Samuelson" when the article names Heather Samuelson): every word capitalised, and a title, a first
 * name or a two- or three-word name saying it is a person's (personNamed).
 */
function personAt(seg: Segmented, part: TokenRange, names: ArticleNames): boolean {
  const { tokens, lexicon: lex } = seg;
  let depth = 0;
  for (let t = part.first; t < part.end; t++) {
    const tok = tokens[t];
    if (tok === undefined) return false;
    if (tok.text === '(') depth++;
    else if (tok.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || tok.kind !== 'word') continue;
    if (!tok.cap && !NAME_PARTICLES.has(tok.lower)) return false;
  }
  const named = nameIn(seg, part.first, part.end);
  if (named === null) return false;
  let titleAt = named.first - 1;
  if (tokens[titleAt]?.text === '.') titleAt--;
  const title = titleAt >= part.first && tokens[titleAt]?.kind === 'word' ? tokens[titleAt]?.lower.replace(/\.$/, '') ?? '' : '';
  return personNamed(lex, { at: named.first, end: named.end, name: named.name, title, next: '' }, names) !== null;
}

/** The most tokens one name of a list may have ("Conservative Leader Pierre Poilievre"). */
const LIST_NAME_TOKENS = 6;

/**
 * The speaker phrase with the names listed before it, when it ends a list that opens its sentence: "Sam Ortiz, Lena
 * Fisk and Omar Haddad said" hands over "Lena Fisk and Omar Haddad" (or, with the serial comma, "Omar Haddad"); the
 * list is read from "Sam". Each name before must be capitalised words only; otherwise the phrase as it was.
 */
function listFrom(seg: Segmented, source: TokenRange): TokenRange {
  const { tokens } = seg;
  const sentence = seg.sentences[seg.sentenceOf[source.first] ?? -1];
  if (sentence === undefined || source.first <= sentence.first) return source;
  let t = source.first - 1;
  let joined = false;
  for (let u = source.first; u < source.end; u++) if (tokens[u]?.lower === 'and') joined = true;
  if (tokens[t]?.lower === 'and') { joined = true; t--; }
  if (!joined || tokens[t]?.text !== ',') return source;
  // back over ", Name" runs to the sentence's first token
  while (t > sentence.first) {
    if (tokens[t]?.text !== ',') return source;
    let first = t - 1;
    while (first > sentence.first && t - first < LIST_NAME_TOKENS && (tokens[first - 1]?.cap === true || tokens[first - 1]?.text === '.')) first--;
    for (let u = first; u < t; u++) { const tok = tokens[u]; if (tok === undefined || (tok.kind === 'word' && !tok.cap)) return source; }
    if (first === sentence.first) return { first, end: source.end };
    t = first - 1;
  }
  return source;
}

/** A conjunct without the punctuation at its edges. */
function trimPart(seg: Segmented, part: TokenRange): TokenRange {
  let { first, end } = part;
  while (first < end && seg.tokens[first]?.kind !== 'word') first++;
  while (end > first && seg.tokens[end - 1]?.kind === 'punct' && seg.tokens[end - 1]?.text !== ')' && seg.tokens[end - 1]?.text !== '.') end--;
  return { first, end };
}

/**
 * Whom the floating quote `frames[index]` may go on with: the latest statement before it (a thought or a finding is
 * nobody speaking on: "scientists think …", a caption's "seen from …") when it ends within the last
 * FLOATING_REACH_PARAGRAPHS paragraphs, and the people named as a sentence's subject since then (or within reach
 * when there is none), latest first. `subjectsBefore` is the number of subject mentions before the quote.
 */
function floatingCandidates(seg: Segmented, frames: Frame[], index: number, subjects: SubjectMention[], subjectsBefore: number):
  { prior: number; introduced: SubjectMention[] } {
  const frame = frames[index];
  const introduced: SubjectMention[] = [];
  if (frame === undefined) return { prior: -1, introduced };
  const earliest = reachBlock(seg, blockOf(seg, frame.cue.first), FLOATING_REACH_PARAGRAPHS);
  let prior = -1;
  for (let j = index - 1; j >= 0; j--) {
    const f = frames[j];
    if (f === undefined || blockOf(seg, frameEnd(f) - 1) < earliest) break;
    if (seg.lexicon.claimKindOf(f.cue.lemma) === 'statement') { prior = j; break; }
  }
  const priorFrame = frames[prior];
  const priorEnd = priorFrame === undefined ? -1 : frameEnd(priorFrame);
  for (let i = subjectsBefore - 1; i >= 0; i--) {
    const mention = subjects[i];
    if (mention === undefined || mention.at < priorEnd || blockOf(seg, mention.at) < earliest) break;
    introduced.push(mention);
  }
  return { prior, introduced };
}

/**
 * Whether an actor can be the one a floating quote goes on with: a person, a body, or people described as people
 * ("officials", "two dock workers"); not a document, and not a description of a thing ("the recent spate of
 * strandings", which a passive "has been described as" made a speaker).
 */
function canSpeakOn(lex: Lexicon, actor: Actor, heads: Set<string>): boolean {
  if (actor.kind === 'person' || actor.kind === 'organisation') return true;
  if (actor.kind !== 'unnamed') return false;
  for (const head of heads) if (lex.isPersonNoun(head)) return true;
  return false;
}


/** One past a frame's last token: its cue, speaker or content, whichever ends last. */
function frameEnd(frame: Frame): number {
  let end = Math.max(frame.cueRange.end, frame.source?.end ?? 0);
  for (const c of frame.content) end = Math.max(end, c.end);
  return end;
}

/** Empty blocks a floating quote's reach steps over at most (a text's blank lines between paragraphs). */
const MAX_EMPTY_BLOCKS = 8;

/** The earliest block within `reach` paragraphs (blocks with words) before `block`. */
function reachBlock(seg: Segmented, block: number, reach: number): number {
  let b = block;
  let paragraphs = 0;
  let empty = 0;
  while (b > 0 && paragraphs < reach && empty <= MAX_EMPTY_BLOCKS) {
    b--;
    const range = seg.blockTokens[b];
    if (range !== undefined && range.end > range.first) paragraphs++;
    else empty++;
  }
  return b;
}

/** How many paragraphs back a subject may be for a "he" or "she" to point to it. */
const SUBJECT_REACH_BLOCKS = 2;

function blockOf(seg: Segmented, tok: number): number {
  return seg.tokens[tok]?.block ?? -1;
}

/**
 * The person a subject mention names, with their gender when a title or first name tells it, or null when nothing
 * says the name is a person's: a known first name, a personal title, or a surname the article gives in full with one.
 */
function personNamed(lex: Lexicon, mention: SubjectMention, names: ArticleNames): { name: string; gender: 'f' | 'm' | null } | null {
  const full = mention.name.includes(' ') ? mention.name : names.fullNames.get(mention.name.toLowerCase()) ?? mention.name;
  const first = full.split(' ')[0]?.toLowerCase() ?? '';
  const title = mention.title;
  const male = title === 'mr' || MALE_FIRST_NAMES.has(first);
  const female = title === 'mrs' || title === 'ms' || title === 'miss' || FEMALE_FIRST_NAMES.has(first);
  // a name of two or three words none of which names a body ("Robby Mook", not "Green Party") reads as a person's
  const words = full.split(' ');
  const personLike = words.length >= 2 && words.length <= 3 && !lex.DETERMINERS.has(words[0]?.toLowerCase() ?? '') &&
    words.every((w) => /^\p{Lu}(?:[’']\p{Lu})?[\p{Ll}-]+$/u.test(w) &&
    !lex.ORGANISATION_NOUNS.has(w.toLowerCase()) && !lex.DOCUMENT_NOUNS.has(w.toLowerCase()) && !lex.TITLES.has(w.toLowerCase()) &&
    !lex.MONTHS_AND_DAYS.has(w));
  // (and a plural noun after it makes it a modifier: "New York officials say …"; an -s verb the corpus knows as a
  // cue, "says", "argues", is a verb)
  const modifier = mention.next.endsWith('s') && !mention.next.endsWith('ss') && !Object.hasOwn(lex.LEARNED_CUES, mention.next) &&
    !lex.MODEL_AUXILIARIES.has(mention.next);
  if (!male && !female && !lex.PERSON_TITLES.has(title) && !(personLike && !modifier)) return null;
  return { name: full, gender: male && !female ? 'm' : female && !male ? 'f' : null };
}

/** "Russian Central Election Commission" → "Central Election Commission": nationality adjectives are not the name. */
function stripLeadingAdjectives(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && /(?:an|ese|ish|ian|ic)$/.test(words[0] ?? '') && !TITLES.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}

// Letter by letter rather than with the `i` flag: a case-insensitive expression is compiled through ICU's case
// closure, which costs more than the rest of this step on a cold run. For ASCII patterns the two read the same
// (a non-Unicode `i` never matches a non-ASCII character to an ASCII one).
const LEADING_ARTICLE_RE = /^(?:[Tt][Hh][Ee]|[Aa]|[Aa][Nn])\s+/;
const LEADING_THE_RE = /^[Tt][Hh][Ee]\s/;

function describedActor(seg: Segmented, table: ActorTable, reading: Extract<SourceReading, { kind: 'description' }>,
  source: TokenRange, names: ArticleNames, lastOf: (pred: (a: Actor) => boolean) => Actor | undefined,
  namedActor: (name: string, kind: ActorKind) => Actor): Actor {
  const text = reading.text.replace(LEADING_ARTICLE_RE, '');
  if (reading.actorKind !== 'document') {
    // "the operator", "the union": a short definite description goes to the last body with that head noun
    const short = LEADING_THE_RE.test(reading.text) && text.split(/\s+/).length <= 2;
    // "the mayor" in an article that names one mayor ("Mayor Lena Ortiz"), before or after: that person
    const holders = short && text.split(/\s+/).length === 1 ? names.titled.get(reading.head) : undefined;
    const holder = holders !== undefined && holders.size === 1 ? [...holders][0] : undefined;
    if (holder !== undefined) return namedActor(holder, 'person');
    if (short && reading.head !== '') {
      const earlier = lastOf((a) => a.kind === reading.actorKind && table.headsOf(a).has(reading.head));
      if (earlier !== undefined) return earlier;
    }
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
  const specific = [...heads].filter((h) => !GENERIC_DOCUMENT_NOUNS.has(h));
  let doc: Actor | undefined;
  if (reading.authorName !== undefined) {
    doc = table.add(`d:${reading.authorName.toLowerCase()}:${reading.head}`, text, 'document');
  } else {
    // "the document" → the last document; "the appeal" → the last appeal, or the last document not yet named
    const sameHead = (a: Actor): boolean => a.kind === 'document' && specific.some((h) => table.headsOf(a).has(h));
    const unnamedDoc = (a: Actor): boolean => a.kind === 'document' && [...table.headsOf(a)].every((h) => GENERIC_DOCUMENT_NOUNS.has(h));
    doc = specific.length === 0
      ? lastOf((a) => a.kind === 'document')
      : lastOf(sameHead) ?? lastOf(unnamedDoc);
    doc ??= table.add(`d::${reading.head}`, text, 'document');
  }
  const known = table.headsOf(doc);
  const wasGeneric = [...known].every((h) => GENERIC_DOCUMENT_NOUNS.has(h));
  for (const h of heads) known.add(h);
  if (wasGeneric && specific.length > 0 && text.trim() !== '') doc.name = text;
  if (authorName !== undefined && doc.authorId === undefined) {
    const author = namedActor(authorName, 'organisation');
    if (authorDescription !== undefined && author.description === undefined) author.description = authorDescription;
    if (author.mentions.length === 0) {
      const at = findNameTokens(seg, source.first, author.name);
      if (at !== null) author.mentions.push(...spansOf(seg, at));
    }
    doc.authorId = author.id;
    if (reading.authorName !== undefined && author.mentions.length === 0) {
      for (let t = source.first; t < source.end; t++) {
        if (seg.tokens[t]?.text.replace(/['’]s$/u, '') === reading.authorName) author.mentions.push(...spansOf(seg, { first: t, end: t + 1 }));
      }
    }
  }
  // name the document after its author once both are known: "Federation Council appeal"
  const head = specific[0] ?? [...known].find((h) => !GENERIC_DOCUMENT_NOUNS.has(h));
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
    if (seg.tokens[t]?.text.replace(/['’]s$/u, '') === first || seg.tokens[t]?.text === first) {
      const n = name.split(' ').length;
      const end = t + n;
      if (textOf(seg, t, end).replace(/\s+/g, ' ') === name) return { first: t, end };
    }
  }
  return null;
}
