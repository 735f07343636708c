/**
 * Lexicon: the English reporting verbs, one entry per verb — its irregular forms, the stance it takes towards its
 * content, the particles that belong to its cue, whether its hearer comes first, the participle that continues a
 * report, and the forms switched on whatever the learned counts say. Which other forms count as cues (and in which
 * constructions) is learned from PolNeAR train (learned-cues.generated.ts); this file says what the words mean.
 * A new cue verb is one entry here.
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { AccordingToPhrase, CueVerb } from '../lexicon.js';

const distancing: Stance = 'distancing';
const hedged: Stance = 'hedged';
const cognition: Stance = 'cognition';

/** Every verb the engine knows something about, by lemma. Verbs not listed are cues only if learned, and neutral. */
export const CUE_VERBS: readonly CueVerb[] = [
  { lemma: 'according to', forms: ['according'] },
  { lemma: 'accuse', stance: distancing, participle: 'accusing' },
  { lemma: 'acknowledge', participle: 'acknowledging' },
  { lemma: 'add', forms: ['added'], participle: 'adding', particles: ['to'], speech: true },
  { lemma: 'admit', forms: ['admitted'], participle: 'admitting' },
  { lemma: 'advise', hearerFirst: true },
  { lemma: 'agree', forms: ['agreed', 'agrees'], stance: cognition },
  { lemma: 'allege', stance: distancing, alwaysOn: { alleges: '', alleged: '' } },
  { lemma: 'allude', particles: ['to'] },
  { lemma: 'announce', participle: 'announcing', speech: true },
  { lemma: 'appeal', particles: ['to'] },
  { lemma: 'appear', stance: hedged },
  { lemma: 'argue', forms: ['argued'], participle: 'arguing', speech: true, contentMayOpenWithPreposition: true },
  { lemma: 'ask', hearerFirst: true, participle: 'asking', contentMayOpenWithPreposition: true },
  { lemma: 'assert', stance: distancing, participle: 'asserting', alwaysOn: { asserts: '', asserted: '' } },
  { lemma: 'assume', stance: cognition },
  { lemma: 'assure', hearerFirst: true },
  { lemma: 'become', forms: ['became'] },
  { lemma: 'beg', hearerFirst: true },
  { lemma: 'begin', forms: ['began'] },
  { lemma: 'believe', forms: ['believed'], stance: cognition },
  { lemma: 'blame', participle: 'blaming' },
  { lemma: 'boast', stance: distancing, participle: 'boasting' },
  { lemma: 'brag', stance: distancing },
  { lemma: 'brand', alwaysOn: { brands: '', branded: '' } },
  { lemma: 'brief', hearerFirst: true },
  { lemma: 'bring', forms: ['brought'] },
  { lemma: 'call', participle: 'calling', particles: ['on'] },
  { lemma: 'caution', hearerFirst: true },
  { lemma: 'challenge', hearerFirst: true },
  { lemma: 'charge', stance: distancing, participle: 'charging' },
  { lemma: 'cite', participle: 'citing' },
  { lemma: 'claim', stance: distancing, participle: 'claiming', speech: true },
  { lemma: 'commit', forms: ['committed'] },
  { lemma: 'complain', participle: 'complaining', contentMayOpenWithPreposition: true },
  { lemma: 'concede', participle: 'conceding' },
  { lemma: 'condemn', alwaysOn: { condemns: '', condemned: '' } },
  { lemma: 'consider', stance: cognition },
  { lemma: 'contend', stance: distancing, participle: 'contending' },
  { lemma: 'convince', hearerFirst: true },
  { lemma: 'criticize', participle: 'criticizing' },
  { lemma: 'declare', forms: ['declared'], participle: 'declaring' },
  { lemma: 'demand', alwaysOn: { demands: '', demanded: '' } },
  { lemma: 'denounce', alwaysOn: { denounces: '', denounced: '' } },
  { lemma: 'deny', forms: ['denied'], stance: distancing, participle: 'denying' },
  { lemma: 'describe', participle: 'describing' },
  { lemma: 'dispute', stance: distancing },
  { lemma: 'doubt', stance: cognition },
  { lemma: 'draw', forms: ['drew'] },
  { lemma: 'e-mail', forms: ['e-mailed'] },
  { lemma: 'email', forms: ['emailed'] },
  { lemma: 'emphasize', participle: 'emphasizing' },
  { lemma: 'encourage', hearerFirst: true },
  { lemma: 'estimate', stance: hedged },
  { lemma: 'expect', stance: cognition },
  { lemma: 'explain', participle: 'explaining', speech: true },
  { lemma: 'fear', forms: ['feared'], stance: cognition },
  { lemma: 'feel', forms: ['felt'], stance: cognition },
  { lemma: 'find', forms: ['found'] },
  { lemma: 'forecast', forms: ['forecast'] },
  { lemma: 'foresee', forms: ['foresaw'] },
  { lemma: 'give', forms: ['gave', 'given'] },
  { lemma: 'go', forms: ['went', 'gone'] },
  { lemma: 'guarantee', forms: ['guaranteed'] },
  { lemma: 'hint', stance: hedged, participle: 'hinting' },
  { lemma: 'hold', forms: ['held'] },
  { lemma: 'hope', forms: ['hoped'], stance: cognition },
  { lemma: 'imply', forms: ['implied'], stance: hedged },
  { lemma: 'implore', hearerFirst: true },
  { lemma: 'indicate', stance: hedged },
  { lemma: 'inform', hearerFirst: true },
  { lemma: 'insist', forms: ['insisted'], stance: distancing, participle: 'insisting', speech: true, alwaysOn: { insists: '', insisted: '' } },
  { lemma: 'intend', stance: cognition },
  { lemma: 'joke', participle: 'joking' },
  { lemma: 'know', forms: ['knew', 'known'], stance: cognition },
  { lemma: 'lament', participle: 'lamenting' },
  { lemma: 'lead', forms: ['led'] },
  { lemma: 'learn', stance: cognition },
  { lemma: 'lie', forms: ['lied', 'lies'] },
  { lemma: 'maintain', stance: distancing },
  { lemma: 'make', forms: ['made'] },
  { lemma: 'mean', forms: ['meant'] },
  { lemma: 'mention', alwaysOn: { mentions: '', mentioned: '' } },
  { lemma: 'note', forms: ['noted'], participle: 'noting', speech: true },
  { lemma: 'notify', hearerFirst: true },
  { lemma: 'object', particles: ['to'] },
  { lemma: 'persuade', hearerFirst: true },
  { lemma: 'plan', stance: cognition },
  { lemma: 'plead', forms: ['pleaded', 'pled'] },
  { lemma: 'pledge', forms: ['pledged'], alwaysOn: { pledged: 'that|to', pledges: 'that|to', pledging: 'that|to' } },
  { lemma: 'point', participle: 'pointing', particles: ['to', 'out'], alwaysOn: { points: 'to|out', pointed: 'to|out' } },
  { lemma: 'praise', participle: 'praising', alwaysOn: { praises: '', praised: '' } },
  { lemma: 'predict', stance: hedged, participle: 'predicting' },
  { lemma: 'prefer', stance: cognition },
  { lemma: 'press', hearerFirst: true },
  { lemma: 'promise', hearerFirst: true, participle: 'promising' },
  { lemma: 'protest', stance: distancing },
  { lemma: 'purport', stance: distancing },
  { lemma: 'put', forms: ['put'] },
  { lemma: 'question', forms: ['questioned'], participle: 'questioning' },
  { lemma: 'quip', forms: ['quipped'] },
  { lemma: 'quote', particles: ['as saying'] },
  { lemma: 'react', particles: ['to'] },
  { lemma: 'read', forms: ['read'] },
  { lemma: 'realize', stance: cognition },
  { lemma: 'reassure', hearerFirst: true },
  { lemma: 'recall', participle: 'recalling' },
  { lemma: 'refer', forms: ['referred'], participle: 'referring', particles: ['to'] },
  { lemma: 'regard', stance: cognition },
  { lemma: 'regret', forms: ['regretted'] },
  { lemma: 'remind', hearerFirst: true },
  { lemma: 'reply', forms: ['replied'] },
  { lemma: 'report', forms: ['reported'] },
  { lemma: 'respond', particles: ['to'] },
  { lemma: 'rule', forms: ['ruled'] },
  { lemma: 'run', forms: ['ran'] },
  { lemma: 'say', forms: ['said', 'says', 'saying'], participle: 'saying', refusesParticles: ['of'], speech: true },
  { lemma: 'see', forms: ['saw', 'seen', 'sees'], stance: cognition },
  { lemma: 'seek', forms: ['sought'] },
  { lemma: 'seem', stance: hedged },
  { lemma: 'show', forms: ['shown'] },
  { lemma: 'signal', stance: hedged },
  { lemma: 'speak', forms: ['spoke', 'spoken'], contentMayOpenWithPreposition: true },
  { lemma: 'speculate', stance: hedged },
  { lemma: 'state', alwaysOn: { states: 'that|.|:', stated: '' } },
  { lemma: 'stress', forms: ['stressed'], participle: 'stressing' },
  { lemma: 'suggest', stance: hedged, participle: 'suggesting' },
  { lemma: 'suspect', stance: cognition },
  { lemma: 'swear', forms: ['swore', 'sworn'] },
  { lemma: 'take', forms: ['took'] },
  { lemma: 'talk', contentMayOpenWithPreposition: true },
  { lemma: 'teach', forms: ['taught'] },
  { lemma: 'tell', forms: ['told'], hearerFirst: true, participle: 'telling', speech: true },
  { lemma: 'testify', forms: ['testified'], contentMayOpenWithPreposition: true },
  { lemma: 'think', forms: ['thought'], stance: cognition },
  { lemma: 'trust', stance: cognition },
  { lemma: 'turn', particles: ['to'] },
  { lemma: 'tweet', forms: ['tweeted'] },
  { lemma: 'understand', forms: ['understood'], stance: cognition },
  { lemma: 'urge', forms: ['urged'], hearerFirst: true, participle: 'urging', alwaysOn: { urges: '', urged: '' } },
  { lemma: 'view', stance: cognition },
  { lemma: 'vow', forms: ['vowed'], participle: 'vowing' },
  { lemma: 'want', stance: cognition },
  { lemma: 'warn', forms: ['warned'], hearerFirst: true, participle: 'warning', contentMayOpenWithPreposition: true },
  // "weighed in on the deal" reports; "the console weighs 8.4 pounds" measures
  { lemma: 'weigh', particles: ['in'], onlyBefore: ['in'] },
  { lemma: 'wish', stance: cognition },
  { lemma: 'worry', forms: ['worried'], stance: cognition, contentMayOpenWithPreposition: true },
  { lemma: 'write', forms: ['wrote', 'written', 'writes', 'writing'], participle: 'writing', speech: true, contentMayOpenWithPreposition: true },
];

/** The phrase of the "according to" construction: its words, and the lemma its claims report. */
export const ACCORDING_TO: readonly AccordingToPhrase[] = [{ words: ['according', 'to'], position: 'prefix', lemma: 'according to' }];

/** Particles any cue verb may take into its cue ("called for", "warned about", "pointed out"), unless it refuses one. */
export const GENERAL_PARTICLES: ReadonlySet<string> = new Set(['for', 'about', 'with', 'against', 'out', 'of']);

/**
 * A finite report verb after "and"/"but" ("… and said that …", "… but argues …"): the word endings that mark one
 * when the clause has no subject of its own.
 */
export const FINITE_REPORT_VERB = /(?:ed|said|told|says|wrote|thinks|believes|argues|warns|insists|adds|notes)$/;

/** "an attack that claimed the lives of 140 people": "claim" before these nouns reports nothing. */
export const CLAIM_TRAP_NOUNS: ReadonlySet<string> = new Set(['lives', 'life', 'responsibility', 'credit', 'ownership',
  'asylum', 'benefits']);

/** Verbs of seeming: they report only as "appeared to suggest", "seems to show". */
export const HEDGE_LEMMAS: ReadonlySet<string> = new Set(['seem', 'appear']);

/** Kinds of show: "show" right after one of them is a noun ("a radio show", "the reality show"). */
export const SHOW_KINDS: ReadonlySet<string> = new Set(['radio', 'talk', 'tv', 'television', 'reality', 'game', 'news',
  'morning', 'evening', 'cooking', 'comedy', 'variety', 'quiz', 'chat', 'call-in', 'hit', 'road', 'slide', 'trade',
  'fashion', 'awards', 'art', 'magic', 'stage', 'sketch', 'cable', 'web', 'podcast']);

/** "She said goodbye", "they said their prayers": "say" before these words reports nothing. */
export const SAY_TRAP_WORDS: ReadonlySet<string> = new Set(['goodbye', 'goodbyes', 'good-bye', 'farewell', 'farewells',
  'hello', 'thanks', 'grace', 'prayer', 'prayers', 'amen', 'cheese']);

/**
 * Set phrases in which a cue word reports nothing: the writer's voice ("needless to say", "let's say"), a gesture
 * ("as if to say"), a figure of speech ("so to speak"). The cue word is starred; the words around it must match
 * (in lower case; a word written with a capital only as a capitalised word).
 */
export const CUE_IDIOMS: readonly string[] = ['as if to *say*', 'safe to *say*', 'needless to *say*', 'suffice it to *say*',
  'that is to *say*', "let's *say*", 'let us *say*', 'come to *think* of it', 'to *say* the least', 'so to *speak*',
  'truth be *told*', 'that is *said*',
  // "Having said that, …" and "That said, …" introduce the writer's own point (a capital: only a capitalised word)
  'having *said*', 'That *said* ,',
  // "he said thank you": a greeting
  '*say* thank you', '*says* thank you', '*said* thank you', '*saying* thank you',
  // "All told, it is a neat story", "As promised, the console is fast", "it goes without saying": the writer's own aside
  'all *told*', 'as *promised*', 'without *saying*',
  // "— say, the latitude of the winds —": an example given, no one speaking
  ', *say* ,', '— *say* ,', '– *say* ,', '( *say* ,',
  // "as its name suggests": what a name implies, no one speaking
  'as its name *suggests*', 'as the name *suggests*', 'as their name *suggests*', 'as his name *suggests*', 'as her name *suggests*',
  // "that should ring warning bells": a noun, not a warning given
  '*warning* bells', '*warning* signs', '*warning* sign', '*warning* lights', '*warning* light', '*warning* shots', '*warning* shot',
  '*warning* labels', '*warning* label',
  // "a massive neon sign reading …": what a sign or a banner says on it, nobody speaking
  'sign *reading*', 'signs *reading*', 'banner *reading*', 'banners *reading*', 'placard *reading*', 'placards *reading*',
  'sticker *reading*', 'plaque *reading*',
  // "Be warned: the jump scares will get you": the writer to the reader
  'Be *warned*', 'be *warned*'];

/**
 * -s forms of cue verbs that are as often plural nouns: right before a modal they are ("these forecasts will prove
 * accurate", "development projects would expire"), while "which she believes will pass" keeps its verb.
 */
export const PLURAL_NOUN_FORMS: ReadonlySet<string> = new Set(['forecasts', 'projects', 'reports', 'claims', 'estimates',
  'states', 'promises', 'plans', 'proposals', 'projections', 'charges', 'pledges', 'vows', 'appeals', 'demands',
  'complaints', 'statements', 'notes', 'comments', 'remarks', 'questions', 'answers', 'replies', 'responses', 'warnings',
  'threats', 'predictions', 'figures', 'records', 'accounts', 'lists', 'calls', 'offers', 'requests', 'orders', 'findings']);

/**
 * Verbs of command that report only a command: "ordered that the files be released", "ordered the agency to
 * release them"; with a bare object ("ordered a missile strike", "ordered an inquiry") they report a deed.
 */
export const COMMAND_LEMMAS: ReadonlySet<string> = new Set(['order', 'command']);

// ——— Derived views of CUE_VERBS, built once: the steps ask by lemma or by form. ———

const VERB_BY_LEMMA = new Map<string, CueVerb>(CUE_VERBS.map((verb) => [verb.lemma, verb]));

/** Each verb's particles as words, split once: particleLength reads them for every cue. */
const PARTICLE_WORDS = new Map<string, string[][]>(CUE_VERBS.flatMap((verb) =>
  verb.particles === undefined ? [] : [[verb.lemma, verb.particles.map((phrase) => phrase.split(' '))] as const]));

/** Irregular form → lemma ("said" → "say"). */
const LEMMA_OF_FORM = new Map<string, string>(CUE_VERBS.flatMap((verb) => (verb.forms ?? []).map((form) => [form, verb.lemma] as const)));

const lemmasWith = (has: (verb: CueVerb) => boolean): ReadonlySet<string> =>
  new Set(CUE_VERBS.filter(has).map((verb) => verb.lemma));

/** Verbs whose first complement is the hearer: content starts after that object. */
export const HEARER_FIRST: ReadonlySet<string> = lemmasWith((verb) => verb.hearerFirst === true);

/** Verbs of saying proper: a clause opening with one of them is a report in its own right. */
export const SPEECH_LEMMAS: ReadonlySet<string> = lemmasWith((verb) => verb.speech === true);

/** Lemmas that are cues only before certain words (CueVerb.onlyBefore). */
export const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map(CUE_VERBS.flatMap((verb) =>
  verb.onlyBefore === undefined ? [] : [[verb.lemma, new Set(verb.onlyBefore)] as const]));

/** Cues whose content may open with a preposition ("pointed to", "called for", "warned of" keep theirs in the cue). */
export const CONTENT_MAY_OPEN_WITH_PREPOSITION: ReadonlySet<string> = lemmasWith((verb) => verb.contentMayOpenWithPreposition === true);

/** Participles that continue a report after a comma with the same speaker: ", adding that …", ", saying …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(CUE_VERBS.flatMap((verb) => (verb.participle === undefined ? [] : [verb.participle])));

/** The verb forms switched on whatever the learned counts say, with the words one of which must follow. */
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> =
  Object.fromEntries(CUE_VERBS.flatMap((verb) => Object.entries(verb.alwaysOn ?? {})));

export function stanceOf(lemma: string): Stance {
  return VERB_BY_LEMMA.get(lemma)?.stance ?? 'neutral';
}

/**
 * Cue lemmas whose claims are findings: what a document, study, poll, court or data set shows. Listed here rather
 * than on CUE_VERBS entries because most are learned cues with no entry of their own.
 */
export const FINDING_LEMMAS: ReadonlySet<string> = new Set([
  'show', 'find', 'conclude', 'rule', 'reveal', 'indicate', 'demonstrate', 'determine', 'estimate', 'project',
  'forecast', 'establish', 'prove', 'uncover', 'detail', 'document', 'list', 'cite',
]);

/** Cue lemmas whose claims are thoughts: beliefs, feelings, intentions and plans rather than speech. */
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set([
  'agree', 'assume', 'believe', 'consider', 'decide', 'doubt', 'expect', 'fear', 'feel', 'hope', 'intend', 'know',
  'learn', 'plan', 'prefer', 'realize', 'regard', 'see', 'suspect', 'think', 'trust', 'understand', 'want', 'wish',
  'worry', 'view', 'mean', 'aim', 'seek', 'remember', 'recognize', 'anticipate', 'imagine', 'guess',
  'figure', 'suppose', 'reckon', 'wonder', 'hesitate', 'refuse', 'offer', 'like', 'love',
  'hate', 'favor', 'oppose', 'support', 'embrace', 'accept', 'reject', 'be convinced', 'concern',
  // seeking ("are looking to accelerate", "looking for a buyer") and the adjectives of an attitude ("is willing to",
  // "skeptical about", "confident that"; "willing" is lemmatised "will"): what someone wants or holds, not says
  'look', 'will', 'confident', 'skeptical', 'sceptical', 'hopeful', 'optimistic', 'pessimistic',
]);

/**
 * What a claim with this cue reports, read from the cue alone ("pledged", "vowed", "suggested" and "confirmed" are
 * said, so statements).
 */
export function claimKindOf(lemma: string): ClaimKind {
  if (THOUGHT_LEMMAS.has(lemma)) return 'thought';
  if (FINDING_LEMMAS.has(lemma)) return 'finding';
  return 'statement';
}

/**
 * How many words after a cue verb belong to its cue as a particle: "called for" (1), "quoted as saying" (2), or 0.
 * `wordAt(k)` is the lower-case k-th word after the verb.
 */
export function particleLength(lemma: string, wordAt: (k: number) => string | undefined): number {
  const verb = VERB_BY_LEMMA.get(lemma);
  for (const words of PARTICLE_WORDS.get(lemma) ?? []) {
    if (words.every((word, k) => wordAt(k) === word)) return words.length;
  }
  const first = wordAt(0);
  const refused = first !== undefined && (verb?.refusesParticles ?? []).includes(first);
  return first !== undefined && GENERAL_PARTICLES.has(first) && !refused ? 1 : 0;
}

/** The base form of a (lower-case) cue word: "said" → "say", "claims" → "claim", "arguing" → "argue". */
export function lemmaOf(form: string): string {
  const irregular = LEMMA_OF_FORM.get(form);
  if (irregular !== undefined) return irregular;
  if (form.length > 4 && form.endsWith('ies')) return form.slice(0, -3) + 'y';
  if (form.length > 5 && form.endsWith('ied')) return form.slice(0, -3) + 'y';
  if (form.length > 5 && form.endsWith('ing')) return restoreE(form.slice(0, -3));
  if (form.length > 4 && form.endsWith('ed')) return restoreE(form.slice(0, -2));
  if (form.length > 4 && /(?:ss|sh|ch|x)es$/.test(form)) return form.slice(0, -2);
  if (form.length > 3 && form.endsWith('s') && !form.endsWith('ss')) return form.slice(0, -1);
  return form;
}

/**
 * Every form that lemmaOf() could turn into `lemma`, each once: a superset (check each with lemmaOf), so that a
 * caller can find the forms of one lemma in a table without computing the lemma of every form in it. Each rule of
 * lemmaOf read backwards: the irregular forms; "-ies"/"-ied" from "-y"; "-ing"/"-ed" after the stems restoreE()
 * maps to the lemma (the lemma itself, it with its last letter doubled, it without a final "e"); "-es"; "-s".
 * tests/engine/lemma-inflections.test.ts holds it to lemmaOf.
 */
export function inflectionCandidates(lemma: string): string[] {
  const out = [lemma, lemma + 's', lemma + 'es', lemma + 'ing', lemma + 'ed'];
  const last = lemma.slice(-1);
  out.push(lemma + last + 'ing', lemma + last + 'ed');
  const stem = lemma.slice(0, -1);
  if (last === 'y') out.push(stem + 'ies', stem + 'ied');
  if (last === 'e') out.push(stem + 'ing', stem + 'ed');
  // the regular candidates are distinct by construction; an irregular form may repeat one ("agreed")
  for (const form of VERB_BY_LEMMA.get(lemma)?.forms ?? []) if (!out.includes(form)) out.push(form);
  return out;
}

/** "argu" → "argue", "not" → "note", "warn" → "warn", "stopp" → "stop". */
function restoreE(stem: string): string {
  if (/([bcdfgklmnprstvz])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[^aeiou][aeiou][cgsvz]|u|[^aeiouy]at|[^aeiou]iz|dg|rs|rg|ns|ys|pos|vok|cid|rib|lud|clar|rat|nit|lin|dic|sum|fin|cit|not|crib|quot|gu|tat|cas|lat|quir|ger|bat|lud|hop|lv|nvit|rat|vot|pir)$/.test(stem)) {
    return stem + 'e';
  }
  return stem;
}
