/**
 * Lexicon: the Spanish reporting verbs, one entry per verb, and the rules that inflect them. Every form is generated
 * here from the infinitive (or, for an irregular verb, its principal parts), in every tense reporting uses: present
 * ("dice", "afirma"), preterite ("dijo", "dijeron", "afirmó", "aseguró"), imperfect ("decía", "explicaba"), future and
 * conditional ("dirá", "diría"), the participle that the perfect and pluperfect put after "haber" ("ha dicho", "han
 * afirmado", "había señalado") and the gerund that continues a report (", añadiendo que …").
 *
 * No annotated Spanish corpus here, so no form's precision is learned: each verb says in which constructions it is a
 * cue, and LEARNED_CUES (below) is written from that, not counted. A `clauseOnly` verb reports with its content after
 * it only before a clause, a quotation or a colon: "aseguró que …" reports, "aseguró la victoria" is a deed, "anunció
 * su dimisión" an act done by saying it, not a statement of what is so. An `incise` verb is a cue only in an inverted
 * incise after its content ("…, zanjó el ministro"), where any verb of saying reports.
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { AccordingToPhrase, CueCounts, CueVerb } from '../lexicon.js';
import { clauseOnlyContexts, indexVerbForms, REFUSED, TRUSTED } from '../written-cues.js';

const distancing: Stance = 'distancing';
const hedged: Stance = 'hedged';
const cognition: Stance = 'cognition';

/**
 * How a verb inflects: regular -ar, -er or -ir, with the stems that change ("advierte": present "adviert",
 * preterite "advirt"), or its principal parts.
 */
type Inflection =
  | { group: 'ar' | 'er' | 'ir'; present?: string; preterite?: string }
  | { group: 'parts'; p3s: string; p3p: string; imperfect: string; past3s: string; past3p: string; future: string;
    participle: string; gerund: string };

interface SpanishVerb extends CueVerb {
  inflection: Inflection;
  /** A cue only in an inverted incise after its content ("…, zanjó el ministro"). */
  incise?: true;
  /** With its content after it, a cue only before a clause, a quotation or a colon ("aseguró que", not "aseguró el título"). */
  clauseOnly?: true;
}

function parts(p3s: string, p3p: string, imperfect: string, past3s: string, past3p: string, future: string, participle: string,
  gerund: string): Inflection {
  return { group: 'parts', p3s, p3p, imperfect, past3s, past3p, future, participle, gerund };
}

const ar: Inflection = { group: 'ar' };
const er: Inflection = { group: 'er' };
const ir: Inflection = { group: 'ir' };
/** A stem-changing verb: "recuerda" (o→ue), "advierte"/"advirtió" (e→ie/i), "pide"/"pidió" (e→i). */
const arStem = (present: string): Inflection => ({ group: 'ar', present });
const erStem = (present: string): Inflection => ({ group: 'er', present });
const irStem = (present: string, preterite: string): Inflection => ({ group: 'ir', present, preterite });

const DECIR = parts('dice', 'dicen', 'decía', 'dijo', 'dijeron', 'dir', 'dicho', 'diciendo');

/** Every verb the engine reads as a cue in Spanish, by lemma. */
const SPANISH_VERBS: readonly SpanishVerb[] = [
  // verbs of saying: cues before and after their content
  { lemma: 'decir', inflection: DECIR, speech: true },
  { lemma: 'afirmar', inflection: ar, speech: true },
  { lemma: 'declarar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'añadir', inflection: ir, speech: true },
  { lemma: 'agregar', inflection: ar, speech: true },
  { lemma: 'manifestar', inflection: arStem('manifiest'), speech: true },
  { lemma: 'aseverar', inflection: ar, speech: true },
  { lemma: 'expresar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'comentar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'subrayar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'recalcar', inflection: ar, speech: true },
  { lemma: 'enfatizar', inflection: ar, speech: true },
  { lemma: 'puntualizar', inflection: ar, speech: true },
  { lemma: 'precisar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'aclarar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'explicar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'asegurar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'sostener', inflection: parts('sostiene', 'sostienen', 'sostenía', 'sostuvo', 'sostuvieron', 'sostendr', 'sostenido', 'sosteniendo'), clauseOnly: true },
  { lemma: 'señalar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'indicar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'apuntar', inflection: ar, clauseOnly: true },
  { lemma: 'destacar', inflection: ar, clauseOnly: true },
  { lemma: 'resaltar', inflection: ar, clauseOnly: true },
  { lemma: 'remarcar', inflection: ar, clauseOnly: true },
  { lemma: 'insistir', inflection: ir, stance: distancing, clauseOnly: true },
  { lemma: 'reiterar', inflection: ar, clauseOnly: true },
  { lemma: 'repetir', inflection: irStem('repit', 'repit'), speech: true, clauseOnly: true },
  { lemma: 'anunciar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'informar', inflection: ar, clauseOnly: true },
  { lemma: 'comunicar', inflection: ar, clauseOnly: true },
  { lemma: 'confirmar', inflection: ar, clauseOnly: true },
  { lemma: 'reconocer', inflection: parts('reconoce', 'reconocen', 'reconocía', 'reconoció', 'reconocieron', 'reconocer', 'reconocido', 'reconociendo'), clauseOnly: true },
  { lemma: 'admitir', inflection: ir, clauseOnly: true },
  { lemma: 'advertir', inflection: irStem('adviert', 'advirt'), clauseOnly: true },
  { lemma: 'alertar', inflection: ar, clauseOnly: true },
  { lemma: 'avisar', inflection: ar, clauseOnly: true },
  { lemma: 'recordar', inflection: arStem('recuerd'), clauseOnly: true },
  { lemma: 'contar', inflection: arStem('cuent'), speech: true, clauseOnly: true },
  { lemma: 'relatar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'narrar', inflection: ar, clauseOnly: true },
  { lemma: 'responder', inflection: er, speech: true, clauseOnly: true },
  { lemma: 'contestar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'replicar', inflection: ar, speech: true, clauseOnly: true },
  { lemma: 'escribir', inflection: parts('escribe', 'escriben', 'escribía', 'escribió', 'escribieron', 'escribir', 'escrito', 'escribiendo'), speech: true, clauseOnly: true },
  { lemma: 'tuitear', inflection: ar, speech: true },
  { lemma: 'revelar', inflection: ar, clauseOnly: true },
  { lemma: 'mencionar', inflection: ar, clauseOnly: true },
  { lemma: 'denunciar', inflection: ar, stance: distancing, clauseOnly: true },
  { lemma: 'criticar', inflection: ar, clauseOnly: true },
  { lemma: 'lamentar', inflection: ar, clauseOnly: true },
  { lemma: 'celebrar', inflection: ar, clauseOnly: true },
  { lemma: 'valorar', inflection: ar, clauseOnly: true },
  { lemma: 'negar', inflection: arStem('nieg'), stance: distancing, clauseOnly: true },
  { lemma: 'desmentir', inflection: irStem('desmient', 'desmint'), stance: distancing, clauseOnly: true },
  { lemma: 'alegar', inflection: ar, stance: distancing, clauseOnly: true },
  { lemma: 'argumentar', inflection: ar, stance: distancing, clauseOnly: true },
  { lemma: 'argüir', inflection: parts('arguye', 'arguyen', 'argüía', 'arguyó', 'arguyeron', 'argüir', 'argüido', 'arguyendo'), stance: distancing },
  { lemma: 'acusar', inflection: ar, stance: distancing, clauseOnly: true },
  { lemma: 'prometer', inflection: er, clauseOnly: true },
  { lemma: 'garantizar', inflection: ar, clauseOnly: true },
  { lemma: 'sugerir', inflection: irStem('sugier', 'sugir'), stance: hedged, clauseOnly: true },
  { lemma: 'insinuar', inflection: parts('insinúa', 'insinúan', 'insinuaba', 'insinuó', 'insinuaron', 'insinuar', 'insinuado', 'insinuando'), stance: hedged, clauseOnly: true },
  { lemma: 'plantear', inflection: ar, clauseOnly: true },
  { lemma: 'proponer', inflection: parts('propone', 'proponen', 'proponía', 'propuso', 'propusieron', 'propondr', 'propuesto', 'proponiendo'), clauseOnly: true },
  { lemma: 'exigir', inflection: ir, clauseOnly: true },
  { lemma: 'pedir', inflection: irStem('pid', 'pid'), clauseOnly: true },
  { lemma: 'reclamar', inflection: ar, clauseOnly: true },
  { lemma: 'confesar', inflection: arStem('confies'), clauseOnly: true },
  { lemma: 'observar', inflection: ar, clauseOnly: true },
  { lemma: 'concluir', inflection: parts('concluye', 'concluyen', 'concluía', 'concluyó', 'concluyeron', 'concluir', 'concluido', 'concluyendo'), clauseOnly: true },
  { lemma: 'opinar', inflection: ar },
  { lemma: 'estimar', inflection: ar, clauseOnly: true },
  { lemma: 'calificar', inflection: ar, clauseOnly: true },
  { lemma: 'preguntar', inflection: ar, clauseOnly: true },
  { lemma: 'cuestionar', inflection: ar, clauseOnly: true },
  { lemma: 'vaticinar', inflection: ar, clauseOnly: true },
  { lemma: 'pronosticar', inflection: ar, clauseOnly: true },
  { lemma: 'predecir', inflection: parts('predice', 'predicen', 'predecía', 'predijo', 'predijeron', 'predecir', 'predicho', 'prediciendo'), clauseOnly: true },
  { lemma: 'citar', inflection: ar, clauseOnly: true },
  { lemma: 'coincidir', inflection: ir, clauseOnly: true },
  { lemma: 'detallar', inflection: ar, clauseOnly: true },
  { lemma: 'exponer', inflection: parts('expone', 'exponen', 'exponía', 'expuso', 'expusieron', 'expondr', 'expuesto', 'exponiendo'), clauseOnly: true },
  { lemma: 'avanzar', inflection: ar, clauseOnly: true },
  { lemma: 'trasladar', inflection: ar, clauseOnly: true },
  { lemma: 'incidir', inflection: ir, clauseOnly: true },
  { lemma: 'augurar', inflection: ar, clauseOnly: true },
  { lemma: 'reivindicar', inflection: ar, clauseOnly: true },
  { lemma: 'rechazar', inflection: ar, stance: distancing, clauseOnly: true },
  { lemma: 'descartar', inflection: ar, clauseOnly: true },
  { lemma: 'defender', inflection: erStem('defiend'), clauseOnly: true },
  { lemma: 'justificar', inflection: ar, clauseOnly: true },
  { lemma: 'reprochar', inflection: ar, clauseOnly: true },
  // findings: what a document, a study or a court shows
  { lemma: 'mostrar', inflection: arStem('muestr'), clauseOnly: true },
  { lemma: 'demostrar', inflection: arStem('demuestr'), clauseOnly: true },
  { lemma: 'reflejar', inflection: ar, clauseOnly: true },
  { lemma: 'evidenciar', inflection: ar, clauseOnly: true },
  { lemma: 'constatar', inflection: ar, clauseOnly: true },
  { lemma: 'determinar', inflection: ar, clauseOnly: true },
  { lemma: 'establecer', inflection: parts('establece', 'establecen', 'establecía', 'estableció', 'establecieron', 'establecer', 'establecido', 'estableciendo'), clauseOnly: true },
  { lemma: 'dictaminar', inflection: ar, clauseOnly: true },
  // thoughts: shown on demand only
  { lemma: 'creer', inflection: parts('cree', 'creen', 'creía', 'creyó', 'creyeron', 'creer', 'creído', 'creyendo'), stance: cognition },
  { lemma: 'pensar', inflection: arStem('piens'), stance: cognition, clauseOnly: true },
  { lemma: 'considerar', inflection: ar, stance: cognition, clauseOnly: true },
  { lemma: 'esperar', inflection: ar, stance: cognition, clauseOnly: true },
  { lemma: 'temer', inflection: er, stance: cognition, clauseOnly: true },
  { lemma: 'planear', inflection: ar, stance: cognition, clauseOnly: true },
  { lemma: 'confiar', inflection: parts('confía', 'confían', 'confiaba', 'confió', 'confiaron', 'confiar', 'confiado', 'confiando'), stance: cognition, clauseOnly: true },
  { lemma: 'suponer', inflection: parts('supone', 'suponen', 'suponía', 'supuso', 'supusieron', 'supondr', 'supuesto', 'suponiendo'), stance: cognition, clauseOnly: true },
  { lemma: 'sospechar', inflection: ar, stance: cognition, clauseOnly: true },
  { lemma: 'dudar', inflection: ar, stance: cognition, clauseOnly: true },
  // cues only in an inverted incise: elsewhere they name deeds or topics ("zanjó el asunto", "lanzó una campaña")
  { lemma: 'zanjar', inflection: ar, incise: true },
  { lemma: 'sentenciar', inflection: ar, incise: true },
  { lemma: 'apostillar', inflection: ar, incise: true },
  { lemma: 'proseguir', inflection: irStem('prosig', 'prosigu'), incise: true },
  { lemma: 'continuar', inflection: parts('continúa', 'continúan', 'continuaba', 'continuó', 'continuaron', 'continuar', 'continuado', 'continuando'), incise: true },
  { lemma: 'lanzar', inflection: ar, incise: true },
  { lemma: 'ironizar', inflection: ar, incise: true },
  { lemma: 'bromear', inflection: ar, incise: true },
  { lemma: 'rematar', inflection: ar, incise: true },
  { lemma: 'resumir', inflection: ir, incise: true },
  { lemma: 'matizar', inflection: ar, incise: true },
  { lemma: 'exclamar', inflection: ar, incise: true },
  { lemma: 'quejar', inflection: ar, incise: true },
  { lemma: 'protestar', inflection: ar, incise: true },
  { lemma: 'agradecer', inflection: parts('agradece', 'agradecen', 'agradecía', 'agradeció', 'agradecieron', 'agradecer', 'agradecido', 'agradeciendo'), incise: true },
  { lemma: 'lamentarse', inflection: ar, incise: true },
  { lemma: 'interrogar', inflection: ar, incise: true },
  { lemma: 'susurrar', inflection: ar, incise: true },
  { lemma: 'gritar', inflection: ar, incise: true },
  { lemma: 'murmurar', inflection: ar, incise: true },
  { lemma: 'suspirar', inflection: ar, incise: true },
  { lemma: 'sonreír', inflection: parts('sonríe', 'sonríen', 'sonreía', 'sonrió', 'sonrieron', 'sonreir', 'sonreído', 'sonriendo'), incise: true },
  { lemma: 'analizar', inflection: ar, incise: true },
  { lemma: 'reflexionar', inflection: ar, incise: true },
  { lemma: 'abundar', inflection: ar, incise: true },
  { lemma: 'completar', inflection: ar, incise: true },
  { lemma: 'cerrar', inflection: arStem('cierr'), incise: true },
];

/** The reporting forms of one verb: third persons of five tenses, agreeing participles, the gerund. */
export function formsOf(inflection: Inflection, lemma: string, which: 'all' | 'finite' | 'participles' = 'all'): string[] {
  const verb = lemma.endsWith('se') ? lemma.slice(0, -2) : lemma;
  const finite: string[] = [];
  const participles: string[] = [];
  const participle = (pp: string): void => {
    const stem = pp.slice(0, -1);
    participles.push(pp, stem + 'a', stem + 'os', stem + 'as');
  };
  const tenses = (p3s: string, p3p: string, imperfect: string, past3s: string, past3p: string, future: string, gerund: string): void => {
    finite.push(p3s, p3p, imperfect, imperfect + 'n', past3s, past3p, future + 'á', future + 'án', future + 'ía', future + 'ían', gerund);
  };
  if (inflection.group === 'parts') {
    tenses(inflection.p3s, inflection.p3p, inflection.imperfect, inflection.past3s, inflection.past3p, inflection.future, inflection.gerund);
    participle(inflection.participle);
  } else {
    const stem = verb.slice(0, -2);
    const present = inflection.present ?? stem;
    const preterite = inflection.preterite ?? stem;
    if (inflection.group === 'ar') {
      tenses(present + 'a', present + 'an', stem + 'aba', stem + 'ó', stem + 'aron', verb, stem + 'ando');
      participle(stem + 'ado');
    } else {
      tenses(present + 'e', present + 'en', stem + 'ía', preterite + 'ió', preterite + 'ieron', verb, preterite + 'iendo');
      participle(stem + 'ido');
    }
  }
  const chosen = which === 'finite' ? finite : which === 'participles' ? participles : [...finite, ...participles];
  return [...new Set(chosen)];
}

/**
 * Forms never read as cues: presents that are nouns or other verbs too often ("la cuenta", "cuenta con", "la cita", "una
 * cierra el acto", "continúa la huelga"); their preterites and compound tenses stay cues. ("una muestra" is a noun
 * by its article: NOUN_MARKERS.)
 */
const NOT_CUE_FORMS: ReadonlySet<string> = new Set(['cuenta', 'cuentan', 'contaba', 'contaban', 'cierra', 'cierran',
  'continúa', 'continúan', 'completa', 'completan', 'cita', 'citan']);

/** The verbs as the engine's steps read them. */
export const CUE_VERBS: readonly CueVerb[] = SPANISH_VERBS.map(({ inflection: _inflection, incise: _incise, clauseOnly: _clauseOnly, ...verb }) => verb);

/** The lemmas that report only as reflexives ("se quejó", "se lamentó"). */
export const REFLEXIVE_LEMMAS: ReadonlySet<string> = new Set(['quejar', 'lamentarse']);

/** Every generated form indexed to its lemma (a form two verbs share keeps the first verb's lemma). */
const VERB_FORMS = indexVerbForms(SPANISH_VERBS.map((verb) => ({ lemma: verb.lemma, forms: formsOf(verb.inflection, verb.lemma), incise: verb.incise === true })),
  NOT_CUE_FORMS);
const LEMMA_OF_FORM = VERB_FORMS.lemmaOfForm;
const INCISE_LEMMAS = VERB_FORMS.inciseLemmas;
/** The lemmas that report only in an inverted incise (Lexicon.INCISE_ONLY_LEMMAS): "…, zanjó el ministro". */
export const INCISE_ONLY_LEMMAS: ReadonlySet<string> = INCISE_LEMMAS;

/**
 * The participles ("dicho", "afirmado", "declarada"): in Spanish none is a finite form, and each reports only after
 * "haber" ("ha dicho", "habían afirmado"); alone it is a passive or an adjective ("dicho informe", "lo declarado").
 */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = (() => {
  const participles = new Set<string>();
  for (const verb of SPANISH_VERBS) for (const form of formsOf(verb.inflection, verb.lemma, 'participles')) participles.add(form);
  return new Set([...participles].filter((form) => LEMMA_OF_FORM.has(form)));
})();

/** Whether a (lower-case) word is a generated cue form: an incise between dashes opens with one (lexicon/dialogue-dash.ts). */
export function isCueForm(lower: string): boolean {
  return LEMMA_OF_FORM.has(lower);
}

/** The lemma of a (lower-case) cue word: "dijeron" → "decir", "aseguró" → "asegurar"; any other word is its own. */
export const lemmaOf: (form: string) => string = VERB_FORMS.lemmaOf;

/** Every form lemmaOf() turns into `lemma`. */
export const inflectionCandidates: (lemma: string) => string[] = VERB_FORMS.inflectionCandidates;

/**
 * The cue table the engine would otherwise learn from a corpus, written from the verbs above: [matched, extracted]
 * per construction (content before the cue, after it with a speaker, with no speaker). A verb of saying is trusted
 * before and after its content, with or without a subject; an incise verb only before it. Settings, not counts.
 */
export const LEARNED_CUES: Readonly<Record<string, CueCounts>> = Object.fromEntries([...LEMMA_OF_FORM].map(([form, lemma]) => {
  const after = INCISE_LEMMAS.has(lemma) ? REFUSED : TRUSTED;
  // Spanish drops its subjects ("Dijo que …"): a verb trusted after its content is trusted with none (PRO_DROP),
  // in the singular: a plural with no subject ("reclamaron que …", "exigen que …") is a group the report before it
  // rarely names, so it is left out rather than given to the last speaker
  const counts: CueCounts = [...TRUSTED, ...after, ...(form.endsWith('n') ? REFUSED : after)];
  return [form, counts];
}));

const CLAUSE_ONLY_LEMMAS: ReadonlySet<string> = new Set(SPANISH_VERBS.filter((verb) => verb.clauseOnly === true).map((verb) => verb.lemma));

/**
 * What follows a cue word, as cue.ts contextOf() names it, when it is no clause, quotation or colon. A preposition
 * is not among them: "declaró a EFE que …", "explicó a los periodistas que …" name a hearer before the clause.
 */
const NOUN_CONTEXTS = ['det', 'pron', 'cap', 'word', 'ing', 'to', 'punct', 'comma', 'end'];

/** The cue table per form and following context: the clause-only verbs refused after their content before a noun phrase. */
export const LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>> = Object.fromEntries(clauseOnlyContexts(LEMMA_OF_FORM, CLAUSE_ONLY_LEMMAS, NOUN_CONTEXTS));

/**
 * "Se dice que …", "se anunció a los ganadores": a cue right after an impersonal "se" names no one who speaks (the
 * reflexive verbs, "se quejó", report with theirs). As set phrases in which the cue word reports nothing (CUE_IDIOMS).
 */
const IMPERSONAL_IDIOMS: readonly string[] = [...LEMMA_OF_FORM].filter(([, lemma]) => !REFLEXIVE_LEMMAS.has(lemma))
  .map(([form]) => `se *${form}*`);

export const FINITE_REPORT_VERB = /(?:ha dicho|dijo|afirmó|aseguró|declaró|explicó|señaló|indicó|añadió|agregó)$/;

export const CLAIM_TRAP_NOUNS: ReadonlySet<string> = new Set();
export const HEDGE_LEMMAS: ReadonlySet<string> = new Set(['parecer']);
export const SHOW_KINDS: ReadonlySet<string> = new Set();
/** "decir adiós", "dijo que sí": "decir" before these words reports nothing. */
export const SAY_TRAP_WORDS: ReadonlySet<string> = new Set(['adiós', 'gracias', 'basta', 'hola']);
/** Set phrases in which a cue word reports nothing: "es *decir*", "por así *decirlo*", "*dicho* sea de paso". */
export const CUE_IDIOMS: readonly string[] = ['es *decir*', 'por así *decir*', 'valga *decir*', 'mejor *dicho*',
  '*dicho* de otro modo', 'hay que *decir*', 'cabe *destacar*', 'cabe *señalar*', 'cabe *recordar*', 'hay que *recordar*',
  'vale la pena *destacar*', ...IMPERSONAL_IDIOMS];
export const COMMAND_LEMMAS: ReadonlySet<string> = new Set(['ordenar', 'pedir', 'exigir', 'reclamar']);

const VERB_BY_LEMMA = new Map<string, CueVerb>(CUE_VERBS.map((verb) => [verb.lemma, verb]));
const lemmasWith = (has: (verb: CueVerb) => boolean): ReadonlySet<string> => new Set(CUE_VERBS.filter(has).map((verb) => verb.lemma));

export const HEARER_FIRST: ReadonlySet<string> = lemmasWith((verb) => verb.hearerFirst === true);
export const SPEECH_LEMMAS: ReadonlySet<string> = lemmasWith((verb) => verb.speech === true);
export const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map();
export const CONTENT_MAY_OPEN_WITH_PREPOSITION: ReadonlySet<string> = new Set();
/** Gerunds that continue a report after a comma with the same speaker: ", añadiendo que …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(['añadiendo', 'agregando', 'explicando', 'señalando',
  'subrayando', 'asegurando', 'afirmando', 'indicando', 'recordando', 'diciendo', 'advirtiendo', 'insistiendo',
  'reconociendo', 'precisando', 'destacando', 'argumentando', 'denunciando', 'alegando', 'aclarando']);
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> = {};

export function stanceOf(lemma: string): Stance {
  return VERB_BY_LEMMA.get(lemma)?.stance ?? 'neutral';
}

export const FINDING_LEMMAS: ReadonlySet<string> = new Set(['mostrar', 'demostrar', 'reflejar', 'evidenciar', 'constatar',
  'dictaminar']);
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set(['creer', 'pensar', 'considerar', 'esperar', 'temer', 'planear',
  'confiar', 'suponer', 'sospechar', 'dudar', 'querer', 'saber']);

export function claimKindOf(lemma: string): ClaimKind {
  if (THOUGHT_LEMMAS.has(lemma)) return 'thought';
  if (FINDING_LEMMAS.has(lemma)) return 'finding';
  return 'statement';
}

export function particleLength(_lemma: string, _wordAt: (k: number) => string | undefined): number {
  return 0;
}

/**
 * The phrases that name a source without a verb, longest first: "de acuerdo con X", "a juicio de X", "en palabras de
 * X", "conforme a X", "según X" (each only before a source: not "según parece", "según el caso"), and "Para X, …"
 * opening its sentence before a speaker and a comma.
 */
export const ACCORDING_TO: readonly AccordingToPhrase[] = [
  { words: ['de', 'acuerdo', 'con'], position: 'prefix', lemma: 'de acuerdo con', needsSource: true },
  { words: ['en', 'palabras', 'de'], position: 'prefix', lemma: 'en palabras de', needsSource: true },
  { words: ['a', 'juicio', 'de'], position: 'prefix', lemma: 'a juicio de', needsSource: true },
  { words: ['a', 'decir', 'de'], position: 'prefix', lemma: 'a decir de', needsSource: true },
  { words: ['conforme', 'a'], position: 'prefix', lemma: 'conforme a', needsSource: true },
  { words: ['según'], position: 'prefix', lemma: 'según', needsSource: true },
  { words: ['para'], position: 'prefix', lemma: 'para', opensSentence: true, needsSource: true },
];
