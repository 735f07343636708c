/**
 * Lexicon: the French reporting verbs, one entry per verb, and the rules that inflect them. The lemmas come from the
 * Gender Gap Tracker's French list (MIT, see LICENSE-NOTE.txt); the forms are generated here, in every tense
 * reporting uses: present, imperfect, simple past, future and conditional in the third person, the participles
 * (agreeing: "déclaré", "déclarée", "déclarés", "déclarées") that compound tenses put after their auxiliary ("a
 * déclaré", "avait indiqué", "s'est inquiétée"), and the present participle (", ajoutant que …").
 *
 * French has no annotated corpus here, so no form's precision is learned: each verb says in which constructions it
 * is a cue, and LEARNED_CUES (below) is written from that, not counted. `incise` verbs are cues only in an inverted
 * incise after their content ("…, lance le ministre", "…, poursuit-elle"), where any verb of saying reports; in "X
 * lance une campagne" or "X poursuit l'entreprise" they do not.
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { AccordingToPhrase, CueCounts, CueVerb } from '../lexicon.js';
import { clauseOnlyContexts, indexVerbForms, REFUSED, TRUSTED } from '../written-cues.js';

const distancing: Stance = 'distancing';
const hedged: Stance = 'hedged';
const cognition: Stance = 'cognition';

/**
 * How a verb inflects. 'er': first group (with the present stem where it differs: "révèl", "rappell", "martèl");
 * 'ir': second group ("avertit", "avertissent"); 're': "répondre" ("répond", "répondu"); or its principal parts.
 */
type Inflection =
  | { group: 'er'; present?: string }
  | { group: 'ir' }
  | { group: 're' }
  | { group: 'parts'; p3s: string; p3p: string; imperfect: string; past3s: string; past3p: string; future: string;
    participle: string; presentParticiple: string };

interface FrenchVerb extends CueVerb {
  inflection: Inflection;
  /** A cue only in an inverted incise after its content ("…, lance-t-il"), never with its content after it. */
  incise?: true;
}

/** Principal parts of the irregular verbs, from which every reporting form is built. */
function parts(p3s: string, p3p: string, imperfect: string, past3s: string, past3p: string, future: string, participle: string,
  presentParticiple: string): Inflection {
  return { group: 'parts', p3s, p3p, imperfect, past3s, past3p, future, participle, presentParticiple };
}

const er: Inflection = { group: 'er' };
const ir: Inflection = { group: 'ir' };
const re: Inflection = { group: 're' };
const erPresent = (present: string): Inflection => ({ group: 'er', present });

const DIRE = parts('dit', 'disent', 'dis', 'dit', 'dirent', 'dir', 'dit', 'disant');
const ECRIRE = parts('écrit', 'écrivent', 'écriv', 'écrivit', 'écrivirent', 'écrir', 'écrit', 'écrivant');

/** Every verb the engine reads as a cue in French, by lemma. */
const FRENCH_VERBS: readonly FrenchVerb[] = [
  // verbs of saying: cues before and after their content
  { lemma: 'dire', inflection: DIRE, speech: true },
  { lemma: 'déclarer', inflection: er, speech: true },
  { lemma: 'affirmer', inflection: er, speech: true },
  { lemma: 'ajouter', inflection: er, speech: true },
  { lemma: 'expliquer', inflection: er, speech: true },
  { lemma: 'indiquer', inflection: er, speech: true },
  { lemma: 'préciser', inflection: er, speech: true },
  { lemma: 'souligner', inflection: er, speech: true },
  { lemma: 'assurer', inflection: er, speech: true },
  { lemma: 'annoncer', inflection: er, speech: true },
  { lemma: 'confier', inflection: er, speech: true },
  { lemma: 'raconter', inflection: er, speech: true },
  { lemma: 'répondre', inflection: re, speech: true },
  { lemma: 'rétorquer', inflection: er, speech: true },
  { lemma: 'répliquer', inflection: er, speech: true },
  { lemma: 'confirmer', inflection: er },
  { lemma: 'reconnaître', inflection: parts('reconnaît', 'reconnaissent', 'reconnaiss', 'reconnut', 'reconnurent', 'reconnaîtr', 'reconnu', 'reconnaissant') },
  { lemma: 'admettre', inflection: parts('admet', 'admettent', 'admett', 'admit', 'admirent', 'admettr', 'admis', 'admettant') },
  { lemma: 'avertir', inflection: ir, hearerFirst: true },
  { lemma: 'prévenir', inflection: parts('prévient', 'préviennent', 'préven', 'prévint', 'prévinrent', 'préviendr', 'prévenu', 'prévenant'), hearerFirst: true },
  { lemma: 'écrire', inflection: ECRIRE, speech: true },
  { lemma: 'témoigner', inflection: er },
  { lemma: 'insister', inflection: er, stance: distancing },
  { lemma: 'marteler', inflection: erPresent('martèl'), stance: distancing },
  { lemma: 'estimer', inflection: er },
  { lemma: 'juger', inflection: er },
  { lemma: 'rappeler', inflection: erPresent('rappell') },
  { lemma: 'révéler', inflection: erPresent('révèl') },
  { lemma: 'mentionner', inflection: er },
  { lemma: 'prétendre', inflection: re, stance: distancing },
  { lemma: 'alléguer', inflection: erPresent('allègu'), stance: distancing },
  { lemma: 'promettre', inflection: parts('promet', 'promettent', 'promett', 'promit', 'promirent', 'promettr', 'promis', 'promettant') },
  { lemma: 'jurer', inflection: er },
  { lemma: 'avouer', inflection: er },
  { lemma: 'concéder', inflection: erPresent('concèd') },
  { lemma: 'détailler', inflection: er },
  { lemma: 'relater', inflection: er },
  { lemma: 'rapporter', inflection: er },
  { lemma: 'signaler', inflection: er },
  { lemma: 'démentir', inflection: parts('dément', 'démentent', 'dément', 'démentit', 'démentirent', 'démentir', 'démenti', 'démentant'), stance: distancing },
  { lemma: 'nier', inflection: er, stance: distancing },
  { lemma: 'soutenir', inflection: parts('soutient', 'soutiennent', 'souten', 'soutint', 'soutinrent', 'soutiendr', 'soutenu', 'soutenant'), stance: distancing },
  { lemma: 'suggérer', inflection: erPresent('suggèr'), stance: hedged },
  { lemma: 'noter', inflection: er },
  { lemma: 'observer', inflection: er },
  { lemma: 'constater', inflection: er },
  { lemma: 'tweeter', inflection: er, speech: true },
  { lemma: 'répéter', inflection: erPresent('répèt'), speech: true },
  // reflexives: "s'inquiète", "se félicite" report; "inquiète les opposants" does not (REFLEXIVE_LEMMAS)
  { lemma: 'inquiéter', inflection: erPresent('inquièt') },
  { lemma: 'réjouir', inflection: ir },
  { lemma: 'féliciter', inflection: er },
  { lemma: 'préconiser', inflection: er },
  { lemma: 'recommander', inflection: er },
  { lemma: 'arguer', inflection: er },
  // thoughts: shown on demand only
  { lemma: 'penser', inflection: er, stance: cognition },
  { lemma: 'croire', inflection: parts('croit', 'croient', 'croy', 'crut', 'crurent', 'croir', 'cru', 'croyant'), stance: cognition },
  { lemma: 'espérer', inflection: erPresent('espèr'), stance: cognition },
  { lemma: 'craindre', inflection: parts('craint', 'craignent', 'craign', 'craignit', 'craignirent', 'craindr', 'craint', 'craignant'), stance: cognition },
  { lemma: 'redouter', inflection: er, stance: cognition },
  { lemma: 'souhaiter', inflection: er, stance: cognition },
  { lemma: 'considérer', inflection: erPresent('considèr'), stance: cognition },
  // cues only in an inverted incise: elsewhere they name deeds or topics ("lance une campagne", "dénonce la loi")
  { lemma: 'lancer', inflection: er, incise: true },
  { lemma: 'poursuivre', inflection: parts('poursuit', 'poursuivent', 'poursuiv', 'poursuivit', 'poursuivirent', 'poursuivr', 'poursuivi', 'poursuivant'), incise: true },
  { lemma: 'glisser', inflection: er, incise: true },
  { lemma: 'trancher', inflection: er, incise: true },
  { lemma: 'sourire', inflection: parts('sourit', 'sourient', 'souri', 'sourit', 'sourirent', 'sourir', 'souri', 'souriant'), incise: true },
  { lemma: 'soupirer', inflection: er, incise: true },
  { lemma: 'enchaîner', inflection: er, incise: true },
  { lemma: 'pointer', inflection: er, incise: true },
  { lemma: 'avancer', inflection: er, incise: true },
  { lemma: 'demander', inflection: er, incise: true },
  { lemma: 'interroger', inflection: er, incise: true },
  { lemma: 'exclamer', inflection: er, incise: true },
  { lemma: 'emporter', inflection: er, incise: true },
  { lemma: 'agacer', inflection: er, incise: true },
  { lemma: 'insurger', inflection: er, incise: true },
  { lemma: 'reprendre', inflection: parts('reprend', 'reprennent', 'repren', 'reprit', 'reprirent', 'reprendr', 'repris', 'reprenant'), incise: true },
  { lemma: 'continuer', inflection: er, incise: true },
  { lemma: 'conclure', inflection: parts('conclut', 'concluent', 'conclu', 'conclut', 'conclurent', 'conclur', 'conclu', 'concluant'), incise: true },
  { lemma: 'prévoir', inflection: parts('prévoit', 'prévoient', 'prévoy', 'prévit', 'prévirent', 'prévoir', 'prévu', 'prévoyant'), incise: true },
  { lemma: 'critiquer', inflection: er, incise: true },
  { lemma: 'dénoncer', inflection: er, incise: true },
  { lemma: 'déplorer', inflection: er, incise: true },
  { lemma: 'regretter', inflection: er, incise: true },
  { lemma: 'saluer', inflection: er, incise: true },
  { lemma: 'commenter', inflection: er, incise: true },
  { lemma: 'résumer', inflection: er, incise: true },
  { lemma: 'nuancer', inflection: er, incise: true },
  { lemma: 'ironiser', inflection: er, incise: true },
  { lemma: 'renchérir', inflection: ir, incise: true },
  { lemma: 'abonder', inflection: er, incise: true },
  { lemma: 'tempérer', inflection: erPresent('tempèr'), incise: true },
  { lemma: 'protester', inflection: er, incise: true },
  { lemma: 'plaider', inflection: er, incise: true },
  { lemma: 'accuser', inflection: er, incise: true, stance: distancing },
  { lemma: 'réagir', inflection: ir, incise: true },
  { lemma: 'relever', inflection: erPresent('relèv'), incise: true },
  { lemma: 'analyser', inflection: er, incise: true },
  { lemma: 'souffler', inflection: er, incise: true },
  { lemma: 'tacler', inflection: er, incise: true },
  { lemma: 'fustiger', inflection: er, incise: true },
  { lemma: 'railler', inflection: er, incise: true },
  { lemma: 'asséner', inflection: erPresent('assèn'), incise: true },
  { lemma: 'défendre', inflection: re, incise: true },
  { lemma: 'justifier', inflection: er, incise: true },
  { lemma: 'rassurer', inflection: er, incise: true },
  { lemma: 'évoquer', inflection: er, incise: true },
  { lemma: 'expliciter', inflection: er, incise: true },
  { lemma: 'étonner', inflection: er, incise: true },
  { lemma: 'indigner', inflection: er, incise: true },
  { lemma: 'alarmer', inflection: er, incise: true },
  { lemma: 'désoler', inflection: er, incise: true },
  { lemma: 'lâcher', inflection: er, incise: true },
  { lemma: 'confesser', inflection: er, incise: true },
  { lemma: 'murmurer', inflection: er, incise: true },
  { lemma: 'crier', inflection: er, incise: true },
];

/** A stem's spelling before "a" and "o": "annonç-ait", "juge-ait". */
function softStem(stem: string): string {
  if (stem.endsWith('c')) return stem.slice(0, -1) + 'ç';
  if (stem.endsWith('g')) return stem + 'e';
  return stem;
}

/** The reporting forms of one verb: third persons of five tenses, agreeing participles, the present participle. */
export function formsOf(inflection: Inflection, lemma: string, which: 'all' | 'finite' | 'participles' = 'all'): string[] {
  const verb = lemma.split(' ')[0] ?? lemma;
  const out: string[] = [];
  const participles: string[] = [];
  const participle = (pp: string): void => {
    participles.push(pp, pp + 'e');
    if (!pp.endsWith('s')) participles.push(pp + 's');
    participles.push(pp + 'es');
  };
  const tenses = (p3s: string, p3p: string, imperfect: string, past3s: string, past3p: string, future: string): void => {
    out.push(p3s, p3p, imperfect + 'ait', imperfect + 'aient', past3s, past3p, future + 'a', future + 'ont', future + 'ait',
      future + 'aient');
  };
  if (inflection.group === 'er') {
    const stem = verb.slice(0, -2);
    const present = inflection.present ?? stem;
    const soft = softStem(stem);
    tenses(present + 'e', present + 'ent', soft, soft + 'a', stem + 'èrent', present + 'er');
    // the future keeps the infinitive's "é" in the older spelling ("révélera" beside "révèlera")
    if (present !== stem) out.push(stem + 'era', stem + 'eront', stem + 'erait', stem + 'eraient');
    participle(stem + 'é');
    out.push(soft + 'ant');
  } else if (inflection.group === 'ir') {
    const stem = verb.slice(0, -2);
    tenses(stem + 'it', stem + 'issent', stem + 'iss', stem + 'it', stem + 'irent', stem + 'ir');
    participle(stem + 'i');
    out.push(stem + 'issant');
  } else if (inflection.group === 're') {
    const stem = verb.slice(0, -2);
    tenses(stem, stem + 'ent', stem, stem + 'it', stem + 'irent', stem + 'r');
    participle(stem + 'u');
    out.push(stem + 'ant');
  } else {
    tenses(inflection.p3s, inflection.p3p, inflection.imperfect, inflection.past3s, inflection.past3p, inflection.future);
    participle(inflection.participle);
    out.push(inflection.presentParticiple);
  }
  const chosen = which === 'finite' ? out : which === 'participles' ? participles : [...out, ...participles];
  // "reconnait" beside "reconnaît" (the 1990 spelling drops the circumflex)
  return [...new Set(chosen.flatMap((form) => (form.includes('î') ? [form, form.replace(/î/g, 'i')] : [form])))];
}

/**
 * Forms never read as cues: "dite", "dites", "dits" after a noun name a thing ("la loi dite Macron": so-called), and
 * "dit" is then a participle of naming too often to trust in its agreeing forms.
 */
const NOT_CUE_FORMS: ReadonlySet<string> = new Set(['dite', 'dites', 'dits']);

/** The verbs as the engine's steps read them. */
export const CUE_VERBS: readonly CueVerb[] = FRENCH_VERBS.map(({ inflection: _inflection, incise: _incise, ...verb }) => verb);

/** The lemmas that report only as reflexives ("s'inquiéter", "s'exclamer"). */
export const REFLEXIVE_LEMMAS: ReadonlySet<string> = new Set(['inquiéter', 'réjouir', 'féliciter', 'exclamer', 'emporter',
  'agacer', 'insurger', 'étonner', 'indigner', 'alarmer', 'désoler']);

/** Every generated form indexed to its lemma (a form two verbs share keeps the first verb's lemma). */
const VERB_FORMS = indexVerbForms(FRENCH_VERBS.map((verb) => ({ lemma: verb.lemma, forms: formsOf(verb.inflection, verb.lemma), incise: verb.incise === true })),
  NOT_CUE_FORMS);
const LEMMA_OF_FORM = VERB_FORMS.lemmaOfForm;
const INCISE_LEMMAS = VERB_FORMS.inciseLemmas;
/** The lemmas that report only in an inverted incise (Lexicon.INCISE_ONLY_LEMMAS): "…, poursuit-elle", "…, lance la députée". */
export const INCISE_ONLY_LEMMAS: ReadonlySet<string> = INCISE_LEMMAS;

/**
 * The participles that are no finite form too ("déclaré", "déclarée", "conclu"; not "dit" or "écrit", which are also
 * presents): they report only in a compound tense (Lexicon.COMPOUND_PARTICIPLES).
 */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = (() => {
  const participles = new Set<string>();
  const finite = new Set<string>();
  for (const verb of FRENCH_VERBS) {
    for (const form of formsOf(verb.inflection, verb.lemma, 'participles')) participles.add(form);
    for (const form of formsOf(verb.inflection, verb.lemma, 'finite')) finite.add(form);
  }
  return new Set([...participles].filter((form) => !finite.has(form) && LEMMA_OF_FORM.has(form)));
})();

/** The lemma of a (lower-case) cue word: "déclarée" → "déclarer", "dit" → "dire"; any other word is its own. */
export const lemmaOf: (form: string) => string = VERB_FORMS.lemmaOf;

/** Every form lemmaOf() turns into `lemma`. */
export const inflectionCandidates: (lemma: string) => string[] = VERB_FORMS.inflectionCandidates;

/**
 * The cue table the engine would otherwise learn from a corpus, written from the verbs above: [matched, extracted]
 * per construction (content before the cue, after it with a speaker, with no speaker). A verb of saying is trusted
 * before and after its content, an incise verb only before it; no verb is trusted with no speaker. No corpus, so
 * these are settings, not counts.
 */
export const LEARNED_CUES: Readonly<Record<string, CueCounts>> = Object.fromEntries([...LEMMA_OF_FORM].map(([form, lemma]) => {
  const after = INCISE_LEMMAS.has(lemma) ? REFUSED : TRUSTED;
  const counts: CueCounts = [...TRUSTED, ...after, ...REFUSED];
  return [form, counts];
}));

/**
 * Verbs that report with their content after them only before a clause, a quotation or a colon ("soutient que …",
 * "a rappelé que …"): before a noun phrase they name a deed ("soutiennent le mouvement", "a rappelé son ambassadeur",
 * "prévenir les accidents", "témoigne d'un malaise"). Before their content, in an incise, they report as any verb.
 */
const CLAUSE_ONLY_LEMMAS: ReadonlySet<string> = new Set(['soutenir', 'rappeler', 'reconnaître', 'observer', 'noter',
  'signaler', 'constater', 'jurer', 'témoigner', 'relater', 'rapporter', 'mentionner', 'prévenir', 'écrire', 'raconter',
  'répondre']);

/** What follows a cue word, as find-cues.ts contextOf() names it, when it is no clause, quotation or colon. */
const NOUN_CONTEXTS = ['det', 'pron', 'cap', 'word', 'prep', 'ing', 'to', 'punct', 'comma', 'end'];

/** The cue table per form and following context: CLAUSE_ONLY_LEMMAS refused after their content before a noun phrase. */
export const LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>> = Object.fromEntries(clauseOnlyContexts(LEMMA_OF_FORM, CLAUSE_ONLY_LEMMAS, NOUN_CONTEXTS));



/** Particles any cue verb may take into its cue ("a mis en garde contre"). */
const GENERAL_PARTICLES: ReadonlySet<string> = new Set(['contre']);

export const FINITE_REPORT_VERB = /(?:a dit|déclare|affirme|ajoute|explique|indique|précise|estime|souligne)$/;

export const CLAIM_TRAP_NOUNS: ReadonlySet<string> = new Set();
export const HEDGE_LEMMAS: ReadonlySet<string> = new Set(['sembler', 'paraître']);
export const SHOW_KINDS: ReadonlySet<string> = new Set();
/** "dire merci", "dire adieu": "dire" before these words reports nothing. */
export const SAY_TRAP_WORDS: ReadonlySet<string> = new Set(['merci', 'adieu', 'bonjour', 'au-revoir', 'oui', 'non']);
/** Set phrases in which a cue word reports nothing: "c'est-à-*dire*", "pour ainsi *dire*", "*dit* autrement". */
export const CUE_IDIOMS: readonly string[] = ['pour ainsi *dire*', 'à vrai *dire*', 'autrement *dit*', 'soit *dit*',
  'cela *dit*', 'ceci *dit*', 'ça *dit*', 'sans *dire*', 'va sans *dire*', 'tout *dit*', 'à *noter*', 'à *souligner*',
  'il faut *dire*', 'faut *dire*', 'on peut *dire*', 'ainsi *dit*'];
export const COMMAND_LEMMAS: ReadonlySet<string> = new Set(['ordonner']);

const VERB_BY_LEMMA = new Map<string, CueVerb>(CUE_VERBS.map((verb) => [verb.lemma, verb]));
const lemmasWith = (has: (verb: CueVerb) => boolean): ReadonlySet<string> => new Set(CUE_VERBS.filter(has).map((verb) => verb.lemma));

export const HEARER_FIRST: ReadonlySet<string> = lemmasWith((verb) => verb.hearerFirst === true);
export const SPEECH_LEMMAS: ReadonlySet<string> = lemmasWith((verb) => verb.speech === true);
export const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map();
export const CONTENT_MAY_OPEN_WITH_PREPOSITION: ReadonlySet<string> = new Set();
/** Present participles that continue a report after a comma with the same speaker: ", ajoutant que …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(['ajoutant', 'expliquant', 'précisant', 'soulignant', 'affirmant',
  'estimant', 'assurant', 'indiquant', 'rappelant', 'déclarant', 'disant', 'jugeant', 'insistant', 'dénonçant',
  'promettant', 'reconnaissant', 'admettant', 'avertissant', 'arguant']);
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> = {};

export function stanceOf(lemma: string): Stance {
  return VERB_BY_LEMMA.get(lemma)?.stance ?? 'neutral';
}

export const FINDING_LEMMAS: ReadonlySet<string> = new Set(['montrer', 'démontrer', 'prouver', 'établir', 'révéler', 'constater']);
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set(['penser', 'croire', 'espérer', 'craindre', 'redouter', 'souhaiter',
  'considérer', 'vouloir', 'savoir']);

export function claimKindOf(lemma: string): ClaimKind {
  if (THOUGHT_LEMMAS.has(lemma)) return 'thought';
  if (FINDING_LEMMAS.has(lemma)) return 'finding';
  return 'statement';
}

/** "a mis en garde contre …", "s'insurge contre …": the particle joins the cue. */
export function particleLength(_lemma: string, wordAt: (k: number) => string | undefined): number {
  const first = wordAt(0);
  return first !== undefined && GENERAL_PARTICLES.has(first) ? 1 : 0;
}

/**
 * The phrases that name a source without a verb, longest first: "à en croire X", "d'après X", "selon X" (each only
 * before a source: not "selon que", "selon nous"), and "Pour X, …" opening its sentence before a speaker and a comma.
 */
export const ACCORDING_TO: readonly AccordingToPhrase[] = [
  { words: ['à', 'en', 'croire'], position: 'prefix', lemma: 'à en croire', needsSource: true },
  { words: ["d'", 'après'], position: 'prefix', lemma: "d'après", needsSource: true },
  { words: ['selon'], position: 'prefix', lemma: 'selon', needsSource: true },
  { words: ['pour'], position: 'prefix', lemma: 'pour', opensSentence: true, needsSource: true },
];
