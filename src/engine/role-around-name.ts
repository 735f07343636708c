/**
 * What step 7 (roles.ts) reads around one place an actor's name is written: a title before it ("Senator Mark
 * Warner"), an apposition before or after it ("her mother, Fiona,", "Ananth Iyer, a professor at …"), "of"/"from" a
 * body, a copula ("Uber is a taxi company"), a business word after an organisation ("Amazon founder"), and "its chair,
 * …" that borrows the role of the body just named.
 */
import type { Actor } from './types.js';
import type { Segmented } from './tokens.js';
import { textOf } from './tokens.js';
import { FROM_NAME, type Candidate } from './role-decision.js';
import { quoted, unpossessed, wordsOfTokens, type Word } from './role-phrases.js';

/** Words of a title before a name ("White House press secretary"), of an apposition, of an "of …" phrase. */
const TITLE_WORDS = 6;
const APPOSITION_BEFORE_TOKENS = 9;
const APPOSITION_AFTER_WORDS = 16;
const OF_PHRASE_WORDS = 6;
const COPULA_WORDS = 10;

/** An actor as the pass over the text looks for it: by the words of its name. */
export interface Target {
  actor: Actor;
  words: string[];
  /** A person named by two words or more, whose surname alone also names them ("Mr. Warner"). */
  bySurname: boolean;
  /** An organisation, or one capitalised word read as a person ("Microsoft"): "the company" may point to it. */
  orgLike: boolean;
}

/** What readAround needs of the pass that calls it: the text, and how evidence is recorded. */
export interface RoleReader {
  seg: Segmented;
  /** Records a piece of evidence for an actor. */
  add(actor: Actor, candidate: Omit<Candidate, 'order'>): void;
  /** Records the role word a phrase turns on, if any; whether there was one. */
  fromPhrase(actor: Actor, words: readonly Word[], headFinal: boolean, rank: number, phrase: string): boolean;
  /** The organisation named last, when it is near enough to token `at` for "the company" or "its chair" to mean it. */
  recentOrg(at: number): Actor | undefined;
}

/** Reads the title before, the appositions around, and what follows one place the name is written. */
export function readAround(reader: RoleReader, target: Target, first: number, last: number, rank: number): void {
  const { seg, add, fromPhrase, recentOrg } = reader;
  const lex = seg.lexicon;
  const { tokens } = seg;
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
