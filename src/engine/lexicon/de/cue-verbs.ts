/**
 * Lexicon (German): the reporting verbs, one entry each, and the forms the engine derives from them. German has no
 * learned cue table (the annotated German news may not enter the project): every form listed here is a cue,
 * switched on whatever the counts say. Each entry gives the infinitive and how the verb inflects: weak verbs from
 * their stem, strong ones with their forms; a separable verb names its particle, which stands apart in a main clause
 * ("teilte … mit") and joined in a subordinate one ("…, wie sie mitteilte") and in the participle ("mitgeteilt").
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { CueVerb } from '../lexicon.js';

/** How one German reporting verb inflects and what it means. */
interface GermanVerb {
  /** The infinitive, particle included ("mitteilen"). */
  lemma: string;
  /** The separable particle ("mit"), standing after the finite verb in a main clause. */
  particle?: string;
  /** Strong or irregular verbs: present 3rd singular, past singular, past plural, participle (without the particle). */
  strong?: readonly [string, string, string, string];
  stance?: Stance;
  kind?: ClaimKind;
  /** A word that must follow the finite verb for it to report ("heißt es", "geht davon aus"). */
  next?: string;
  /** A preposition that must close the verb's clause for it to report, as a separated particle does ("sprach … von"). */
  closingPreposition?: string;
}

const distancing: Stance = 'distancing';
const cognition: Stance = 'cognition';

const VERBS: readonly GermanVerb[] = [
  { lemma: 'sagen' }, { lemma: 'erklären' }, { lemma: 'betonen' }, { lemma: 'berichten' }, { lemma: 'bestätigen' },
  { lemma: 'kritisieren' }, { lemma: 'warnen' }, { lemma: 'fordern' }, { lemma: 'melden' },
  { lemma: 'behaupten', stance: distancing }, { lemma: 'meinen' }, { lemma: 'begründen' }, { lemma: 'versichern' },
  { lemma: 'entgegnen' }, { lemma: 'bekräftigen' }, { lemma: 'verkünden' }, { lemma: 'appellieren' },
  { lemma: 'argumentieren' }, { lemma: 'kommentieren' }, { lemma: 'verlangen' }, { lemma: 'beschuldigen', stance: distancing },
  { lemma: 'ergänzen' }, { lemma: 'erläutern' }, { lemma: 'dementieren' }, { lemma: 'antworten' }, { lemma: 'erwidern' },
  { lemma: 'beklagen' }, { lemma: 'bemängeln' }, { lemma: 'mahnen' }, { lemma: 'fragen' }, { lemma: 'twittern' },
  { lemma: 'schildern' }, { lemma: 'äußern' }, { lemma: 'beteuern', stance: distancing }, { lemma: 'unterstreichen', strong: ['unterstreicht', 'unterstrich', 'unterstrichen', 'unterstrichen'] },
  { lemma: 'glauben', stance: cognition, kind: 'thought' }, { lemma: 'hoffen', stance: cognition, kind: 'thought' },
  { lemma: 'befürchten', stance: cognition, kind: 'thought' }, { lemma: 'fürchten', stance: cognition, kind: 'thought' },
  { lemma: 'vermuten', stance: cognition, kind: 'thought' }, { lemma: 'erwarten', stance: cognition, kind: 'thought' },
  { lemma: 'schreiben', strong: ['schreibt', 'schrieb', 'schrieben', 'geschrieben'] },
  { lemma: 'beschreiben', strong: ['beschreibt', 'beschrieb', 'beschrieben', 'beschrieben'] },
  { lemma: 'bestreiten', strong: ['bestreitet', 'bestritt', 'bestritten', 'bestritten'] },
  { lemma: 'versprechen', strong: ['verspricht', 'versprach', 'versprachen', 'versprochen'] },
  { lemma: 'empfehlen', strong: ['empfiehlt', 'empfahl', 'empfahlen', 'empfohlen'] },
  { lemma: 'mitteilen', particle: 'mit' }, { lemma: 'ankündigen', particle: 'an' }, { lemma: 'hinzufügen', particle: 'hinzu' },
  { lemma: 'einräumen', particle: 'ein' }, { lemma: 'feststellen', particle: 'fest' }, { lemma: 'klarstellen', particle: 'klar' },
  { lemma: 'ausführen', particle: 'aus' },
  { lemma: 'bekanntgeben', particle: 'bekannt', strong: ['gibt', 'gab', 'gaben', 'gegeben'] },
  { lemma: 'angeben', particle: 'an', strong: ['gibt', 'gab', 'gaben', 'gegeben'] },
  { lemma: 'zugeben', particle: 'zu', strong: ['gibt', 'gab', 'gaben', 'gegeben'] },
  { lemma: 'gestehen', strong: ['gesteht', 'gestand', 'gestanden', 'gestanden'] },
  { lemma: 'anregen', particle: 'an' },
  { lemma: 'festhalten', particle: 'fest', strong: ['hält', 'hielt', 'hielten', 'gehalten'] },
  { lemma: 'vorwerfen', particle: 'vor', strong: ['wirft', 'warf', 'warfen', 'geworfen'], stance: distancing },
  { lemma: 'vorschlagen', particle: 'vor', strong: ['schlägt', 'schlug', 'schlugen', 'geschlagen'] },
  { lemma: 'hinweisen', particle: 'hin', strong: ['weist', 'wies', 'wiesen', 'gewiesen'] },
  { lemma: 'zurückweisen', particle: 'zurück', strong: ['weist', 'wies', 'wiesen', 'gewiesen'] },
  { lemma: 'davon ausgehen', particle: 'aus', strong: ['geht', 'ging', 'gingen', 'gegangen'], stance: cognition, kind: 'thought' },
  { lemma: 'eingestehen', particle: 'ein', strong: ['gesteht', 'gestand', 'gestanden', 'gestanden'] },
  { lemma: 'anbieten', particle: 'an', strong: ['bietet', 'bot', 'boten', 'geboten'] },
  { lemma: 'heißen', strong: ['heißt', 'hieß', 'hießen', 'geheißen'], next: 'es' },
  // cues whose object is the report, summed up ("bezeichnete den Plan als Irrweg", "sprach von einem Erfolg")
  { lemma: 'bezeichnen' }, { lemma: 'loben' }, { lemma: 'begrüßen' }, { lemma: 'verurteilen' },
  { lemma: 'sprechen', strong: ['spricht', 'sprach', 'sprachen', 'gesprochen'], closingPreposition: 'von' },
  { lemma: 'ausschließen', particle: 'aus', strong: ['schließt', 'schloss', 'schlossen', 'geschlossen'] },
  { lemma: 'ablehnen', particle: 'ab' },
  // cues of advice and appeal, their content an infinitive ("riet ihr, die Polizei zu rufen")
  { lemma: 'raten', strong: ['rät', 'riet', 'rieten', 'geraten'] }, { lemma: 'bitten', strong: ['bittet', 'bat', 'baten', 'gebeten'] },
  { lemma: 'auffordern', particle: 'auf' }, { lemma: 'aufrufen', particle: 'auf', strong: ['ruft', 'rief', 'riefen', 'gerufen'] },
  { lemma: 'drohen' }, { lemma: 'prognostizieren' }, { lemma: 'verlauten' }, { lemma: 'bekunden' },
  { lemma: 'festlegen', particle: 'fest' }, { lemma: 'schätzen' }, { lemma: 'zitieren' },
  { lemma: 'fortfahren', particle: 'fort', strong: ['fährt', 'fuhr', 'fuhren', 'gefahren'] },
  // verbs that report what they call something, in its words: "wertete es als „Verschwendung“"
  { lemma: 'werten' }, { lemma: 'charakterisieren' }, { lemma: 'nennen', strong: ['nennt', 'nannte', 'nannten', 'genannt'] },
  // more verbs of telling the real pages used ("„…“, erzählt Pfeiffer", "verweist darauf, dass …", "bezweifelt, dass …")
  { lemma: 'erzählen' }, { lemma: 'bezweifeln' }, { lemma: 'erinnern' }, { lemma: 'konstatieren' }, { lemma: 'präzisieren' },
  { lemma: 'bilanzieren' }, { lemma: 'resümieren' }, { lemma: 'kontern' },
  { lemma: 'verweisen', strong: ['verweist', 'verwies', 'verwiesen', 'verwiesen'] },
  { lemma: 'widersprechen', strong: ['widerspricht', 'widersprach', 'widersprachen', 'widersprochen'] },
  { lemma: 'anmerken', particle: 'an' }, { lemma: 'zusichern', particle: 'zu' },
  { lemma: 'hervorheben', particle: 'hervor', strong: ['hebt', 'hob', 'hoben', 'gehoben'] },
];

/** Prefixes that take no "ge-" in the participle ("erklärt", "bestätigt", "verkündet"). */
const INSEPARABLE = /^(?:be|er|ver|ent|zer|emp|miss|ge|unter|hinter|wider)/;

/** The weak forms of a verb without its particle: present, past, participle (without "ge-" for inseparable stems). */
function weakForms(base: string): { present: string[]; past: string[]; participle: string } {
  const stem = base.endsWith('eln') || base.endsWith('ern') ? base.slice(0, -1) : base.slice(0, -2);
  // "berichtet", "begründete", "antwortete": an e before the ending after t, d, or consonant + n ("entgegnete",
  // "bezeichnete")
  const e = /(?:[td]|chn|[^aeiouäöülrh]n)$/.test(stem) ? 'e' : '';
  const ge = INSEPARABLE.test(base) || stem.endsWith('ier') ? '' : 'ge';
  return { present: [stem + e + 't', stem + 'e', base], past: [stem + e + 'te', stem + e + 'ten'], participle: `${ge}${stem}${e}t` };
}

interface VerbForms {
  /** Forms that report wherever they stand. */
  joined: string[];
  /** Main-clause forms whose particle stands later ("teilte" … "mit"). */
  separated: string[];
}

function formsOf(verb: GermanVerb): VerbForms {
  const particle = verb.particle ?? '';
  const base = verb.lemma.split(' ').pop()?.slice(particle.length) ?? verb.lemma;
  let present: string[];
  let past: string[];
  let participle: string;
  if (verb.strong !== undefined) {
    const [third, pastOne, pastMany, part] = verb.strong;
    present = [third, base, base.slice(0, -1)];
    past = [pastOne, pastMany];
    participle = part;
  } else {
    ({ present, past, participle } = weakForms(base));
  }
  const finite = [...present, ...past];
  if (verb.closingPreposition !== undefined) return { joined: [], separated: [...finite, participle] };
  if (particle === '') return { joined: [...finite, participle], separated: [] };
  // joined: "mitteilte" (verb-final), "mitgeteilt", "mitteilen"; separated: "teilte" … "mit"
  // (not the zu-infinitive, "mitzuteilen": it reports for its main clause's verb, "bat, … mitzuteilen")
  return { joined: [...finite.map((f) => particle + f), particle + participle], separated: finite };
}

const FORMS = new Map<GermanVerb, VerbForms>(VERBS.map((verb) => [verb, formsOf(verb)]));

/** Form → lemma, both joined and separated forms (the latter shared by verbs with the same base: "gab" an/bekannt/zu). */
const LEMMA_OF_FORM = new Map<string, string>();
/** A separated form → the particles that make it a cue, each with its verb's lemma. */
const PARTICLES_OF_FORM = new Map<string, Map<string, string>>();
/** Form → the word that must follow it ("heißt" → "es"). */
const NEXT_OF_FORM = new Map<string, string>();
for (const [verb, forms] of FORMS) {
  for (const form of forms.joined) {
    if (!LEMMA_OF_FORM.has(form)) LEMMA_OF_FORM.set(form, verb.lemma);
    if (verb.next !== undefined && verb.particle === undefined) NEXT_OF_FORM.set(form, verb.next);
  }
  for (const form of forms.separated) {
    const particles = PARTICLES_OF_FORM.get(form) ?? new Map<string, string>();
    particles.set(verb.particle ?? verb.closingPreposition ?? '', verb.lemma);
    PARTICLES_OF_FORM.set(form, particles);
    if (verb.next !== undefined) NEXT_OF_FORM.set(form, verb.next);
  }
}

// a form both joined and separated ("forderte": fordern, and auffordern's "forderte … auf"): with no particle after
// it, it is the joined verb's (key '')
for (const [form, particles] of PARTICLES_OF_FORM) {
  const joined = LEMMA_OF_FORM.get(form);
  if (joined !== undefined) particles.set('', joined);
}

export const CUE_VERBS: readonly CueVerb[] = VERBS.map((verb): CueVerb => {
  const forms = FORMS.get(verb);
  const entry: CueVerb = { lemma: verb.lemma, forms: forms?.joined ?? [] };
  if (verb.stance !== undefined) entry.stance = verb.stance;
  return entry;
});

/**
 * The forms switched on, each with the word that must follow it ('' for none). A separated form ("teilte") is on
 * too: find-cues keeps it only when its particle stands later in its clause (SEPARATED_PARTICLES).
 */
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...LEMMA_OF_FORM.keys()].map((form) => [form, NEXT_OF_FORM.get(form) ?? ''] as const),
  ...[...PARTICLES_OF_FORM.keys()].filter((form) => !LEMMA_OF_FORM.has(form)).map((form) => [form, NEXT_OF_FORM.get(form) ?? ''] as const),
]);

/**
 * A main-clause form whose particle stands at the clause's end → per particle, the verb it makes ("teilte" → mit →
 * mitteilen); the particle '' names the verb the form is without one ("forderte" → fordern).
 */
export const SEPARATED_PARTICLES: ReadonlyMap<string, ReadonlyMap<string, string>> = PARTICLES_OF_FORM;

const STANCE = new Map<string, Stance>(VERBS.flatMap((verb) => (verb.stance === undefined ? [] : [[verb.lemma, verb.stance] as const])));
const KIND = new Map<string, ClaimKind>(VERBS.flatMap((verb) => (verb.kind === undefined ? [] : [[verb.lemma, verb.kind] as const])));

export function stanceOf(lemma: string): Stance {
  return STANCE.get(lemma) ?? 'neutral';
}

export function claimKindOf(lemma: string): ClaimKind {
  return KIND.get(lemma) ?? 'statement';
}

/** The lemma of a lower-case cue form: listed forms map to their verb; a separated form to its first verb. */
export function lemmaOf(form: string): string {
  const lemma = LEMMA_OF_FORM.get(form);
  if (lemma !== undefined) return lemma;
  const separated = PARTICLES_OF_FORM.get(form);
  if (separated !== undefined) for (const verbLemma of separated.values()) return verbLemma;
  return form;
}

/** Every form lemmaOf() turns into `lemma`. */
export function inflectionCandidates(lemma: string): string[] {
  const verb = VERBS.find((v) => v.lemma === lemma);
  const forms = verb === undefined ? undefined : FORMS.get(verb);
  return forms === undefined ? [lemma] : [...new Set([lemma, ...forms.joined, ...forms.separated])];
}

/** German cue verbs take no particle right after them into the cue: a separated particle stands at the clause's end. */
export function particleLength(): number {
  return 0;
}
