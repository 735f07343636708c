/**
 * Lexicon: the Italian reporting verbs, one entry per verb, and the rules that inflect them. The forms are generated
 * here, in every tense reporting uses: present, imperfect, simple past (passato remoto), future and conditional in
 * the third person, the participles (agreeing: "dichiarato", "dichiarata", "dichiarati", "dichiarate") that the
 * compound tenses put after their auxiliary ("ha detto", "aveva spiegato", "hanno dichiarato", "si è detto"), and
 * the gerund (", aggiungendo che …"). Two-word verbs ("fa sapere", "ha reso noto") are joined into one token by
 * split-words.ts and listed here as such.
 *
 * Italian has no annotated corpus here, so no form's precision is learned: each verb says in which constructions it
 * is a cue, and LEARNED_CUES (below) is written from that, not counted. `incise` verbs are cues only in an inverted
 * incise after their content ("…, incalza il ministro", "…, prosegue Tedros"), where any verb of saying reports; in
 * "X prosegue il lavoro" they do not.
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { AccordingToPhrase, CueCounts, CueVerb } from '../lexicon.js';
import { indexVerbForms, REFUSED, TRUSTED } from '../written-cues.js';

const distancing: Stance = 'distancing';
const hedged: Stance = 'hedged';
const cognition: Stance = 'cognition';

/**
 * How a verb inflects: 'are' ("dichiarare"), 'ere' (regular: "ripetere", "credere"), 'isc' ("riferire": "riferisce"),
 * 'ire' ("avvertire": "avverte"), or its principal parts.
 */
type Inflection =
  | { group: 'are' | 'ere' | 'isc' | 'ire' }
  | { group: 'parts'; p3s: string; p3p: string; imperfect: string; past3s: string; past3p: string; future: string;
    participle: string; gerund: string };

interface ItalianVerb extends CueVerb {
  inflection: Inflection;
  /** A cue only in an inverted incise after its content ("…, incalza il ministro"), never with its content after it. */
  incise?: true;
}

/** Principal parts of an irregular verb: presents, the imperfect's stem ("dicev"), simple pasts, the future's stem ("dir"), participle, gerund. */
function parts(p3s: string, p3p: string, imperfect: string, past3s: string, past3p: string, future: string, participle: string,
  gerund: string): Inflection {
  return { group: 'parts', p3s, p3p, imperfect, past3s, past3p, future, participle, gerund };
}

const are: Inflection = { group: 'are' };
const ere: Inflection = { group: 'ere' };
const isc: Inflection = { group: 'isc' };
const ire: Inflection = { group: 'ire' };

const DIRE = parts('dice', 'dicono', 'dicev', 'disse', 'dissero', 'dir', 'detto', 'dicendo');
const SCRIVERE = parts('scrive', 'scrivono', 'scrivev', 'scrisse', 'scrissero', 'scriver', 'scritto', 'scrivendo');
const METTERE = (prefix: string): Inflection => parts(`${prefix}mette`, `${prefix}mettono`, `${prefix}mettev`, `${prefix}mise`,
  `${prefix}misero`, `${prefix}metter`, `${prefix}messo`, `${prefix}mettendo`);
const TENERE = (prefix: string): Inflection => parts(`${prefix}tiene`, `${prefix}tengono`, `${prefix}tenev`, `${prefix}tenne`,
  `${prefix}tennero`, `${prefix}terr`, `${prefix}tenuto`, `${prefix}tenendo`);

/** Every verb the engine reads as a cue in Italian, by lemma. */
const ITALIAN_VERBS: readonly ItalianVerb[] = [
  // verbs of saying: cues before and after their content
  { lemma: 'dire', inflection: DIRE, speech: true },
  { lemma: 'dichiarare', inflection: are, speech: true },
  { lemma: 'affermare', inflection: are, speech: true },
  { lemma: 'aggiungere', inflection: parts('aggiunge', 'aggiungono', 'aggiungev', 'aggiunse', 'aggiunsero', 'aggiunger', 'aggiunto', 'aggiungendo'), speech: true },
  { lemma: 'spiegare', inflection: are, speech: true },
  { lemma: 'sottolineare', inflection: are, speech: true },
  { lemma: 'precisare', inflection: are, speech: true },
  { lemma: 'ribadire', inflection: isc, speech: true },
  { lemma: 'riferire', inflection: isc, speech: true },
  { lemma: 'annunciare', inflection: are, speech: true },
  { lemma: 'raccontare', inflection: are, speech: true },
  { lemma: 'rispondere', inflection: parts('risponde', 'rispondono', 'rispondev', 'rispose', 'risposero', 'risponder', 'risposto', 'rispondendo'), speech: true },
  { lemma: 'replicare', inflection: are, speech: true },
  { lemma: 'assicurare', inflection: are, speech: true },
  { lemma: 'garantire', inflection: isc, speech: true },
  { lemma: 'scrivere', inflection: SCRIVERE, speech: true },
  { lemma: 'twittare', inflection: are, speech: true },
  { lemma: 'ripetere', inflection: ere, speech: true },
  { lemma: 'chiarire', inflection: isc, speech: true },
  { lemma: 'puntualizzare', inflection: are, speech: true },
  { lemma: 'comunicare', inflection: are, speech: true },
  { lemma: 'far sapere', inflection: parts('fa sapere', 'fanno sapere', 'faceva sapere', 'fece sapere', 'fecero sapere', 'farà sapere',
    'fatto sapere', 'facendo sapere'), speech: true },
  { lemma: 'rendere noto', inflection: parts('rende noto', 'rendono noto', 'rendeva noto', 'rese noto', 'resero noto', 'renderà noto',
    'reso noto', 'rendendo noto'), speech: true },
  { lemma: 'confermare', inflection: are },
  { lemma: 'ricordare', inflection: are },
  { lemma: 'osservare', inflection: are },
  { lemma: 'commentare', inflection: are },
  { lemma: 'ammettere', inflection: METTERE('am') },
  { lemma: 'promettere', inflection: METTERE('pro') },
  { lemma: 'riconoscere', inflection: parts('riconosce', 'riconoscono', 'riconoscev', 'riconobbe', 'riconobbero', 'riconoscer', 'riconosciuto', 'riconoscendo') },
  { lemma: 'avvertire', inflection: ire },
  { lemma: 'avvisare', inflection: are },
  { lemma: 'ammonire', inflection: isc },
  { lemma: 'insistere', inflection: parts('insiste', 'insistono', 'insistev', 'insistette', 'insistettero', 'insister', 'insistito', 'insistendo'), stance: distancing },
  { lemma: 'sostenere', inflection: TENERE('sos'), stance: distancing },
  { lemma: 'ritenere', inflection: TENERE('ri'), stance: cognition },
  { lemma: 'negare', inflection: are, stance: distancing },
  { lemma: 'smentire', inflection: isc, stance: distancing },
  { lemma: 'denunciare', inflection: are },
  { lemma: 'lamentare', inflection: are },
  { lemma: 'suggerire', inflection: isc, stance: hedged },
  { lemma: 'rivelare', inflection: are },
  { lemma: 'segnalare', inflection: are },
  { lemma: 'evidenziare', inflection: are },
  { lemma: 'rimarcare', inflection: are },
  { lemma: 'notare', inflection: are },
  { lemma: 'indicare', inflection: are },
  { lemma: 'riportare', inflection: are },
  { lemma: 'mostrare', inflection: are },
  { lemma: 'dimostrare', inflection: are },
  { lemma: 'stimare', inflection: are },
  { lemma: 'giudicare', inflection: are },
  { lemma: 'definire', inflection: isc },
  { lemma: 'avanzare', inflection: are },
  { lemma: 'testimoniare', inflection: are },
  { lemma: 'confidare', inflection: are },
  { lemma: 'raccomandare', inflection: are },
  { lemma: 'minacciare', inflection: are },
  { lemma: 'rilevare', inflection: are },
  { lemma: 'informare', inflection: are, hearerFirst: true },
  { lemma: 'postare', inflection: are, speech: true },
  // thoughts: shown on demand only
  { lemma: 'pensare', inflection: are, stance: cognition },
  { lemma: 'credere', inflection: ere, stance: cognition },
  { lemma: 'sperare', inflection: are, stance: cognition },
  { lemma: 'temere', inflection: ere, stance: cognition },
  { lemma: 'considerare', inflection: are, stance: cognition },
  { lemma: 'auspicare', inflection: are, stance: cognition },
  { lemma: 'intendere', inflection: parts('intende', 'intendono', 'intendev', 'intese', 'intesero', 'intender', 'inteso', 'intendendo'), stance: cognition },
  { lemma: 'augurare', inflection: are, stance: cognition },
  // cues only in an inverted incise: elsewhere they name deeds or topics ("prosegue il lavoro", "attacca la posizione")
  { lemma: 'incalzare', inflection: are, incise: true },
  { lemma: 'proseguire', inflection: ire, incise: true },
  { lemma: 'continuare', inflection: are, incise: true },
  { lemma: 'concludere', inflection: parts('conclude', 'concludono', 'concludev', 'concluse', 'conclusero', 'concluder', 'concluso', 'concludendo'), incise: true },
  { lemma: 'riassumere', inflection: parts('riassume', 'riassumono', 'riassumev', 'riassunse', 'riassunsero', 'riassumer', 'riassunto', 'riassumendo'), incise: true },
  { lemma: 'sintetizzare', inflection: are, incise: true },
  // "ha chiesto agli alleati di inviare armi": a hearer, then the request (CLAUSE_ONLY_LEMMAS: "chiede un accesso" names a topic)
  { lemma: 'chiedere', inflection: parts('chiede', 'chiedono', 'chiedev', 'chiese', 'chiesero', 'chieder', 'chiesto', 'chiedendo') },
  { lemma: 'domandare', inflection: are, incise: true },
  { lemma: 'esclamare', inflection: are, incise: true },
  { lemma: 'attaccare', inflection: are, incise: true },
  { lemma: 'accusare', inflection: are, incise: true, stance: distancing },
  { lemma: 'criticare', inflection: are, incise: true },
  { lemma: 'protestare', inflection: are, incise: true },
  { lemma: 'tuonare', inflection: are, incise: true },
  { lemma: 'ironizzare', inflection: are, incise: true },
  { lemma: 'sbottare', inflection: are, incise: true },
  { lemma: 'chiosare', inflection: are, incise: true },
  { lemma: 'rilanciare', inflection: are, incise: true },
  { lemma: 'sospirare', inflection: are, incise: true },
  { lemma: 'sorridere', inflection: parts('sorride', 'sorridono', 'sorridev', 'sorrise', 'sorrisero', 'sorrider', 'sorriso', 'sorridendo'), incise: true },
  { lemma: 'difendere', inflection: parts('difende', 'difendono', 'difendev', 'difese', 'difesero', 'difender', 'difeso', 'difendendo'), incise: true },
  { lemma: 'rassicurare', inflection: are, incise: true },
  { lemma: 'esortare', inflection: are, incise: true },
  { lemma: 'invitare', inflection: are, incise: true },
  { lemma: 'aggiornare', inflection: are, incise: true },
  { lemma: 'confessare', inflection: are, incise: true },
  { lemma: 'gridare', inflection: are, incise: true },
  { lemma: 'urlare', inflection: are, incise: true },
  { lemma: 'mormorare', inflection: are, incise: true },
  { lemma: 'analizzare', inflection: are, incise: true },
  // "si legge nella nota": the token split-words.ts joins (READ_CUE); its forms are that token alone
  { lemma: 'leggere', inflection: parts('si legge', 'si legge', 'si legge', 'si legge', 'si legge', 'si legge', 'si legge', 'si legge'),
    incise: true },
];

/** The future's stem of an -are verb: "spiegh-erà", "annunc-erà", "dichiar-erà". */
function futureStem(stem: string): string {
  if (/[cg]$/u.test(stem)) return stem + 'h';
  if (/[cg]i$/u.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** The reporting forms of one verb: third persons of five tenses, agreeing participles, the gerund. */
export function formsOf(inflection: Inflection, lemma: string, which: 'all' | 'finite' | 'participles' = 'all'): string[] {
  const out: string[] = [];
  const participles: string[] = [];
  // "detto", "detta", "detti", "dette"; a two-word verb agrees in its first word ("reso noto": "resa nota" is rare, the
  // masculine stands)
  const participle = (pp: string): void => {
    const [head, ...rest] = pp.split(' ');
    const tail = rest.length > 0 ? ' ' + rest.join(' ') : '';
    const stem = (head ?? pp).slice(0, -1);
    if (tail !== '') participles.push(pp);
    else participles.push(stem + 'o', stem + 'a', stem + 'i', stem + 'e');
  };
  const tenses = (p3s: string, p3p: string, imperfect3s: string, imperfect3p: string, past3s: string, past3p: string, future3s: string,
    future3p: string, conditional3s: string, conditional3p: string): void => {
    out.push(p3s, p3p, imperfect3s, imperfect3p, past3s, past3p, future3s, future3p, conditional3s, conditional3p);
  };
  const verb = lemma.split(' ')[0] ?? lemma;
  if (inflection.group === 'are') {
    const stem = verb.slice(0, -3);
    const future = futureStem(stem);
    // "annuncia", "annunciano"; "spiega", "spiegano"
    tenses(stem + 'a', stem + 'ano', stem + 'ava', stem + 'avano', stem + 'ò', stem + 'arono', future + 'erà', future + 'eranno',
      future + 'erebbe', future + 'erebbero');
    participle(stem + 'ato');
    out.push(stem + 'ando');
  } else if (inflection.group === 'ere') {
    const stem = verb.slice(0, -3);
    tenses(stem + 'e', stem + 'ono', stem + 'eva', stem + 'evano', stem + 'é', stem + 'erono', stem + 'erà', stem + 'eranno',
      stem + 'erebbe', stem + 'erebbero');
    out.push(stem + 'è');
    participle(stem + 'uto');
    out.push(stem + 'endo');
  } else if (inflection.group === 'isc' || inflection.group === 'ire') {
    const stem = verb.slice(0, -3);
    const present = inflection.group === 'isc' ? stem + 'isc' : stem;
    tenses(present + 'e', present + 'ono', stem + 'iva', stem + 'ivano', stem + 'ì', stem + 'irono', stem + 'irà', stem + 'iranno',
      stem + 'irebbe', stem + 'irebbero');
    participle(stem + 'ito');
    out.push(stem + 'endo');
  } else if (inflection.group === 'parts' && inflection.p3s.includes(' ')) {
    // two-word verbs: "fa sapere", "ha fatto sapere" (the participle after its auxiliary), "rende noto"
    out.push(inflection.p3s, inflection.p3p, inflection.imperfect, inflection.past3s, inflection.past3p, inflection.future,
      inflection.gerund);
    participle(inflection.participle);
  } else if (inflection.group === 'parts') {
    const f = inflection.future;
    tenses(inflection.p3s, inflection.p3p, inflection.imperfect + 'a', inflection.imperfect + 'ano', inflection.past3s,
      inflection.past3p, f + 'à', f + 'anno', f + 'ebbe', f + 'ebbero');
    participle(inflection.participle);
    out.push(inflection.gerund);
  }
  const chosen = which === 'finite' ? out : which === 'participles' ? participles : [...out, ...participles];
  return [...new Set(chosen)];
}

/**
 * Forms never read as cues, nouns or adjectives far more often than reports: "a detta di" is a phrase of its own
 * (ACCORDING_TO), "dette", "detti" name ("le cosiddette"), "nota", "stima", "intesa", "risposta", "accusa", "difesa"
 * are a note, an estimate, an agreement, an answer, a charge, the defence.
 */
const NOT_CUE_FORMS: ReadonlySet<string> = new Set(['detta', 'dette', 'detti', 'scritta', 'scritte', 'scritti', 'nota', 'note',
  'stima', 'stime', 'definita', 'definito', 'definiti', 'definite', 'intesa', 'intese', 'risposta', 'risposte', 'promessa',
  'promesse', 'accusa', 'accuse', 'difesa', 'difese', 'chiesta', 'chieste', 'indicata', 'indicate', 'indicati']);

/** The verbs as the engine's steps read them (one entry per lemma). */
const UNIQUE_VERBS: readonly ItalianVerb[] = [...new Map(ITALIAN_VERBS.map((verb) => [verb.lemma, verb])).values()];
export const CUE_VERBS: readonly CueVerb[] = UNIQUE_VERBS.map(({ inflection: _inflection, incise: _incise, ...verb }) => verb);

/** Italian reports reflexively only in "si è detto" (said he was), which the compound tense reads already: none report only so. */
export const REFLEXIVE_LEMMAS: ReadonlySet<string> = new Set();

/**
 * "«…», si legge nella nota": the impersonal "si legge" (one reads), joined into one token by split-words.ts, reports
 * what the document after it says; a cue only before its content, like an incise verb.
 */
export const READ_CUE = 'si legge';
/**
 * "«…». Così il ministro, in un'intervista.": the press's verbless attribution after a quotation; split-words.ts gives
 * its "Così" this form, a verb of saying in all but its letters.
 */
export const VERBLESS_CUE = 'così (dire)';

/** Every generated form indexed to its lemma (a form two verbs share keeps the first verb's lemma). */
const VERB_FORMS = indexVerbForms(UNIQUE_VERBS.map((verb) => ({ lemma: verb.lemma, forms: formsOf(verb.inflection, verb.lemma), incise: verb.incise === true })),
  NOT_CUE_FORMS, [[VERBLESS_CUE, 'dire']]);
const LEMMA_OF_FORM = VERB_FORMS.lemmaOfForm;
const INCISE_LEMMAS = VERB_FORMS.inciseLemmas;
/** The lemmas that report only in an inverted incise (Lexicon.INCISE_ONLY_LEMMAS): "…, incalza il capo dell'agenzia". */
export const INCISE_ONLY_LEMMAS: ReadonlySet<string> = INCISE_LEMMAS;

/**
 * The participles, which report only in a compound tense ("ha detto", "aveva spiegato", "si è detto"): alone or after
 * a passive "essere" they describe ("il testo, scritto da …", "è stato annunciato").
 */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = (() => {
  const participles = new Set<string>();
  const finite = new Set<string>();
  for (const verb of UNIQUE_VERBS) {
    for (const form of formsOf(verb.inflection, verb.lemma, 'participles')) participles.add(form);
    for (const form of formsOf(verb.inflection, verb.lemma, 'finite')) finite.add(form);
  }
  return new Set([...participles].filter((form) => !finite.has(form) && LEMMA_OF_FORM.has(form)));
})();

/** The lemma of a (lower-case) cue word: "dichiarata" → "dichiarare", "disse" → "dire"; any other word is its own. */
export const lemmaOf: (form: string) => string = VERB_FORMS.lemmaOf;

/** Every form lemmaOf() turns into `lemma`. */
export const inflectionCandidates: (lemma: string) => string[] = VERB_FORMS.inflectionCandidates;

/**
 * The cue table the engine would otherwise learn from a corpus, written from the verbs above: [matched, extracted]
 * per construction (content before the cue, after it with a speaker, with no speaker). A verb of saying is trusted
 * before and after its content, an incise verb only before it; no verb is trusted with no speaker (a clause with no
 * subject gets one from split-words.ts, the pronoun Italian leaves out). No corpus, so these are settings, not counts.
 */
/**
 * The colon after a label opening a paragraph or a headline ("Idf: “…”", "Lavrov: «…»"), the Italian press's way
 * of quoting in a title: trusted before a quotation only (LEARNED_CUE_CONTEXTS), since "Medioriente: Sunak incontra
 * Guterres" is a topic and a headline.
 */
const LABEL_COLONS = [':', ':h'];
export const LEARNED_CUES: Readonly<Record<string, CueCounts>> = Object.fromEntries([...[...LEMMA_OF_FORM].map(([form, lemma]) => {
  const after = INCISE_LEMMAS.has(lemma) ? REFUSED : TRUSTED;
  const counts: CueCounts = [...TRUSTED, ...after, ...REFUSED];
  return [form, counts];
}), ...LABEL_COLONS.map((form) => [form, [...REFUSED, ...TRUSTED, ...REFUSED]])]);

/**
 * Verbs that report with their content after them only before a clause, a quotation or a colon ("sostiene che …",
 * "ha ricordato che …"): before a noun phrase they name a deed ("sostiene il governo", "ha ricordato le vittime",
 * "ha annunciato le dimissioni" stays a report: not listed). Before their content, in an incise, they report as any verb.
 */
const CLAUSE_ONLY_LEMMAS: ReadonlySet<string> = new Set(['sostenere', 'ricordare', 'riconoscere', 'osservare', 'notare',
  'segnalare', 'confermare', 'testimoniare', 'riportare', 'scrivere', 'raccontare', 'rispondere', 'denunciare', 'lamentare',
  'indicare', 'mostrare', 'dimostrare', 'evidenziare', 'stimare', 'giudicare', 'definire', 'avanzare', 'ammettere', 'promettere',
  'garantire', 'assicurare', 'comunicare', 'minacciare', 'raccomandare', 'confidare', 'negare', 'rivelare', 'ripetere',
  'sottolineare', 'rimarcare', 'rilevare', 'chiedere']);

/**
 * What follows a cue word, as find-cues.ts contextOf() names it, when it is no clause, quotation or colon; an
 * infinitive ('to': "ha negato di aver …", "ha sottolineato di attenersi …") reports in Italian.
 */
/** Verbs whose hearer, after a preposition, comes before their content: "ha chiesto agli alleati di …". */
const PREPOSITIONAL_HEARER_LEMMAS: ReadonlySet<string> = new Set(['chiedere']);
const NOUN_CONTEXTS = ['det', 'pron', 'cap', 'word', 'prep', 'ing', 'punct', 'comma', 'end'];

/** The cue table per form and following context: CLAUSE_ONLY_LEMMAS refused after their content before a noun phrase. */
export const LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>> = Object.fromEntries([...[...LEMMA_OF_FORM]
  .filter(([, lemma]) => CLAUSE_ONLY_LEMMAS.has(lemma))
  // (a request names its hearer first: "ha chiesto agli alleati di …" is read past the preposition)
  .flatMap(([form, lemma]) => NOUN_CONTEXTS.filter((context) => context !== 'prep' || !PREPOSITIONAL_HEARER_LEMMAS.has(lemma))
    .map((context) => [`${form} ${context}`, [...TRUSTED, ...REFUSED, ...REFUSED] as CueCounts])),
...LABEL_COLONS.flatMap((form) => [...NOUN_CONTEXTS, 'to'].map((context) => [`${form} ${context}`, [...REFUSED, ...REFUSED, ...REFUSED] as CueCounts]))]);

export const FINITE_REPORT_VERB = /(?:ha detto|dichiara|afferma|aggiunge|spiega|sottolinea|precisa|ritiene)$/u;

export const CLAIM_TRAP_NOUNS: ReadonlySet<string> = new Set();
export const HEDGE_LEMMAS: ReadonlySet<string> = new Set(['sembrare', 'parere']);
export const SHOW_KINDS: ReadonlySet<string> = new Set();
/** "dire grazie", "dire addio": "dire" before these words reports nothing. */
export const SAY_TRAP_WORDS: ReadonlySet<string> = new Set(['grazie', 'addio', 'buongiorno', 'arrivederci', 'sì', 'no', 'basta']);
/** Set phrases in which a cue word reports nothing: "per così *dire*", "vale a *dire*", "come *detto*". */
export const CUE_IDIOMS: readonly string[] = ['per così *dire*', 'vale a *dire*', 'a dir poco', 'come *detto*',
  'come già *detto*', 'detto questo', 'ciò *detto*', 'per non *dire*', 'va *detto*', 'bisogna *dire*', 'si può *dire*',
  'a *dire* il vero', 'voler *dire*', 'vuol *dire*', 'vuole *dire*', 'vogliono *dire*', 'che *dire*', 'come *dice*',
  'per *ricordare*', 'da *notare*', 'da *segnalare*', 'da *ricordare*', 'si sta *affermando*', 'si stanno *affermando*',
  'si è *affermato*', 'si è *affermata*', 'si sono *affermati*'];
export const COMMAND_LEMMAS: ReadonlySet<string> = new Set(['ordinare']);

const VERB_BY_LEMMA = new Map<string, CueVerb>(CUE_VERBS.map((verb) => [verb.lemma, verb]));
const lemmasWith = (has: (verb: CueVerb) => boolean): ReadonlySet<string> => new Set(CUE_VERBS.filter(has).map((verb) => verb.lemma));

export const HEARER_FIRST: ReadonlySet<string> = lemmasWith((verb) => verb.hearerFirst === true);
export const SPEECH_LEMMAS: ReadonlySet<string> = lemmasWith((verb) => verb.speech === true);
export const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map();
export const CONTENT_MAY_OPEN_WITH_PREPOSITION: ReadonlySet<string> = new Set();
/** Gerunds that continue a report after a comma with the same speaker: ", aggiungendo che …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(['aggiungendo', 'spiegando', 'precisando', 'sottolineando',
  'affermando', 'dichiarando', 'dicendo', 'ricordando', 'ribadendo', 'osservando', 'avvertendo', 'citando',
  'denunciando', 'evidenziando', 'chiarendo', 'riferendo', 'annunciando', 'rilanciando', 'insistendo', 'ammettendo',
  'promettendo', 'sostenendo', 'facendo sapere']);
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> = {};

export function stanceOf(lemma: string): Stance {
  return VERB_BY_LEMMA.get(lemma)?.stance ?? 'neutral';
}

export const FINDING_LEMMAS: ReadonlySet<string> = new Set(['mostrare', 'dimostrare', 'provare', 'stabilire', 'rivelare',
  'evidenziare', 'indicare', 'stimare']);
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set(['pensare', 'credere', 'sperare', 'temere', 'considerare', 'ritenere',
  'intendere', 'auspicare', 'augurare', 'volere', 'sapere']);

export function claimKindOf(lemma: string): ClaimKind {
  if (THOUGHT_LEMMAS.has(lemma)) return 'thought';
  if (FINDING_LEMMAS.has(lemma)) return 'finding';
  return 'statement';
}

/** No particle joins an Italian cue. */
export function particleLength(_lemma: string, _wordAt: (k: number) => string | undefined): number {
  return 0;
}

/** The participles and presents of "secondo quanto riferito da X", "stando a quanto riporta X": the source after them. */
const AS_REPORTED = ['riferito', 'riportato', 'dichiarato', 'affermato', 'annunciato', 'spiegato', 'scritto', 'reso noto',
  'comunicato', 'rivelato', 'riferisce', 'riporta', 'riferiscono', 'riportano', 'scrive', 'scrivono', 'dice', 'dicono',
  'afferma', 'affermano', 'annuncia', 'spiega', 'rivela', 'rende noto', 'fa sapere', 'fanno sapere'];
/** The agent's preposition, bare and joined to its article: "da", "dal", "dalla", "dall'", … */
const AGENT_PREPOSITIONS = ['da', 'dal', 'dallo', 'dalla', "dall'", 'dai', 'dagli', 'dalle'];

/** "secondo quanto riferito dal ministero", "stando a quanto riporta il Guardian": one phrase per verb (and preposition). */
function asReported(opening: readonly string[], lemma: string): AccordingToPhrase[] {
  return AS_REPORTED.flatMap((verb) => {
    const words = [...opening, 'quanto', verb];
    const finite = !/(?:to|ta|ti|te)$/u.test(verb.split(' ')[0] ?? verb);
    return finite ? [{ words, position: 'prefix' as const, lemma, needsSource: true as const }] :
      AGENT_PREPOSITIONS.map((by) => ({ words: [...words, by], position: 'prefix' as const, lemma, needsSource: true as const }));
  });
}

/**
 * The phrases that name a source without a verb, longest first: "secondo X", "a detta di X", "stando a X" (each only
 * before a source: not "secondo me", "secondo cui" after a noun is a relative), "secondo quanto riferito da X", and
 * "Per X, …" opening its sentence before a speaker and a comma.
 */
export const ACCORDING_TO: readonly AccordingToPhrase[] = [
  ...asReported(['secondo'], 'secondo'),
  ...asReported(['stando', 'a'], 'stando a'),
  // "a detta di Rossi", "a detta degli esperti", "stando a Rossi", "stando al Jerusalem Post"
  { words: ['a', 'detta', 'di'], position: 'prefix', lemma: 'a detta di', needsSource: true },
  ...AGENT_PREPOSITIONS.map((by) => ({ words: ['a', 'detta', by.replace(/^da/u, 'de')], position: 'prefix' as const,
    lemma: 'a detta di', needsSource: true as const })),
  { words: ['stando', 'a'], position: 'prefix', lemma: 'stando a', needsSource: true },
  ...AGENT_PREPOSITIONS.map((by) => ({ words: ['stando', by.replace(/^da/u, 'a')], position: 'prefix' as const,
    lemma: 'stando a', needsSource: true as const })),
  { words: ['secondo'], position: 'prefix', lemma: 'secondo', needsSource: true },
  { words: ['per'], position: 'prefix', lemma: 'per', opensSentence: true, needsSource: true },
];
