/**
 * Lexicon: the Portuguese reporting verbs (Brazil and Portugal), one entry per verb, and the rules that inflect
 * them. The forms are generated here, in every tense reporting uses: the third persons of the present ("diz",
 * "afirmam"), imperfect ("dizia"), preterite ("disse", "afirmaram"), simple pluperfect ("dissera"), future ("dirá")
 * and conditional ("diria"); the participle, agreeing ("afirmado", "afirmada", "afirmados", "afirmadas"), which
 * reports only after an auxiliary of the compound tenses ("tem afirmado", "havia dito", "teria dito"); and the gerund
 * (", dizendo que …"). An enclitic pronoun ("disse-lhe", "afirmou-se") is split off by split-words.ts.
 *
 * Portuguese has no annotated corpus here, so no form's precision is learned: each verb says in which constructions
 * it is a cue, and LEARNED_CUES (below) is written from that, not counted. `incise` verbs are cues only in an inverted
 * incise after their content ("…, completou o ministro", "…, ironizou ela"), where any verb of saying reports; in "o
 * clube completou 100 anos" or "criticou o governo" they do not. `clauseOnly` verbs report with their content after
 * them only before a clause, a quotation or a colon ("garantiu que …"): before a noun phrase they name a deed or a
 * topic ("garantiu a vaga", "defendeu o pênalti", "achou o corpo").
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { CueCounts, CueVerb } from '../lexicon.js';
import { clauseOnlyContexts, indexVerbForms, REFUSED, TRUSTED } from '../written-cues.js';

const distancing: Stance = 'distancing';
const hedged: Stance = 'hedged';
const cognition: Stance = 'cognition';

/**
 * How a verb inflects: a regular conjugation by its infinitive's ending ('ar', 'er', 'ir'), or its principal parts
 * (the irregular "dizer", "propor", "prever", and the "-uir" verbs whose endings take an accent).
 */
type Inflection =
  | { group: 'regular' }
  | { group: 'parts'; p3s: string; p3p: string; imperfect3s: string; imperfect3p: string; past3s: string; past3p: string;
    pluperfect: string; future: string; participle: string; gerund: string };

interface PortugueseVerb extends CueVerb {
  inflection: Inflection;
  /** A cue only in an inverted incise after its content ("…, completou o técnico"), never with its content after it. */
  incise?: true;
  /** With its content after it, a cue only before a clause, a quotation or a colon ("garantiu que …"). */
  clauseOnly?: true;
}

const regular: Inflection = { group: 'regular' };

/**
 * Principal parts: present (3s, 3p), imperfect (3s, 3p), preterite (3s, 3p), pluperfect 3s, the future's stem
 * ("dir": "dirá", "diria"), participle and gerund.
 */
function parts(p3s: string, p3p: string, imperfect3s: string, imperfect3p: string, past3s: string, past3p: string,
  pluperfect: string, future: string, participle: string, gerund: string): Inflection {
  return { group: 'parts', p3s, p3p, imperfect3s, imperfect3p, past3s, past3p, pluperfect, future, participle, gerund };
}

const DIZER = parts('diz', 'dizem', 'dizia', 'diziam', 'disse', 'disseram', 'dissera', 'dir', 'dito', 'dizendo');
const ESCREVER_PARTICIPLE = 'escrito';
/** "-uir" verbs: "conclui", "concluiu", "concluíram", "concluído". */
const uir = (stem: string): Inflection => parts(`${stem}ui`, `${stem}uem`, `${stem}uía`, `${stem}uíam`, `${stem}uiu`, `${stem}uíram`,
  `${stem}uíra`, `${stem}uir`, `${stem}uído`, `${stem}uindo`);

/** Every verb the engine reads as a cue in Portuguese, by lemma. */
const PORTUGUESE_VERBS: readonly PortugueseVerb[] = [
  // verbs of saying: cues before and after their content
  { lemma: 'dizer', inflection: DIZER, speech: true },
  { lemma: 'afirmar', inflection: regular, speech: true },
  { lemma: 'declarar', inflection: regular, speech: true },
  { lemma: 'explicar', inflection: regular, speech: true },
  { lemma: 'acrescentar', inflection: regular, speech: true },
  { lemma: 'ressaltar', inflection: regular, speech: true },
  { lemma: 'salientar', inflection: regular, speech: true },
  { lemma: 'sublinhar', inflection: regular, speech: true },
  { lemma: 'frisar', inflection: regular, speech: true },
  { lemma: 'enfatizar', inflection: regular, speech: true },
  { lemma: 'informar', inflection: regular, speech: true },
  { lemma: 'anunciar', inflection: regular, speech: true },
  { lemma: 'argumentar', inflection: regular, speech: true },
  { lemma: 'ponderar', inflection: regular, speech: true },
  { lemma: 'relatar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'contar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'falar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'responder', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'escrever', inflection: parts('escreve', 'escrevem', 'escrevia', 'escreviam', 'escreveu', 'escreveram', 'escrevera', 'escrever',
    ESCREVER_PARTICIPLE, 'escrevendo'), speech: true, clauseOnly: true },
  { lemma: 'destacar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'reiterar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'reforçar', inflection: regular, clauseOnly: true },
  { lemma: 'comentar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'confirmar', inflection: regular },
  { lemma: 'revelar', inflection: regular },
  { lemma: 'detalhar', inflection: regular, clauseOnly: true },
  { lemma: 'esclarecer', inflection: regular, clauseOnly: true },
  { lemma: 'comunicar', inflection: regular, clauseOnly: true },
  { lemma: 'divulgar', inflection: regular, clauseOnly: true },
  { lemma: 'garantir', inflection: regular, clauseOnly: true },
  { lemma: 'assegurar', inflection: regular, clauseOnly: true },
  { lemma: 'admitir', inflection: regular, clauseOnly: true },
  { lemma: 'reconhecer', inflection: regular, clauseOnly: true },
  { lemma: 'lembrar', inflection: regular, clauseOnly: true },
  { lemma: 'recordar', inflection: regular, clauseOnly: true },
  { lemma: 'observar', inflection: regular, clauseOnly: true },
  { lemma: 'apontar', inflection: regular, clauseOnly: true },
  { lemma: 'indicar', inflection: regular, clauseOnly: true },
  { lemma: 'sinalizar', inflection: regular, clauseOnly: true },
  { lemma: 'alertar', inflection: regular, clauseOnly: true },
  { lemma: 'avisar', inflection: regular, clauseOnly: true, hearerFirst: true },
  { lemma: 'advertir', inflection: regular, clauseOnly: true },
  { lemma: 'prometer', inflection: regular, clauseOnly: true },
  { lemma: 'jurar', inflection: regular, clauseOnly: true },
  { lemma: 'confessar', inflection: regular, clauseOnly: true },
  { lemma: 'defender', inflection: regular, clauseOnly: true },
  { lemma: 'sustentar', inflection: regular, clauseOnly: true, stance: distancing },
  { lemma: 'insistir', inflection: regular, clauseOnly: true, stance: distancing },
  { lemma: 'negar', inflection: regular, clauseOnly: true, stance: distancing },
  { lemma: 'alegar', inflection: regular, stance: distancing },
  { lemma: 'sugerir', inflection: regular, clauseOnly: true, stance: hedged },
  { lemma: 'propor', inflection: parts('propõe', 'propõem', 'propunha', 'propunham', 'propôs', 'propuseram', 'propusera', 'propor', 'proposto',
    'propondo'), clauseOnly: true },
  { lemma: 'reclamar', inflection: regular, clauseOnly: true },
  { lemma: 'cobrar', inflection: regular, clauseOnly: true },
  { lemma: 'estimar', inflection: regular, clauseOnly: true },
  { lemma: 'prever', inflection: parts('prevê', 'preveem', 'previa', 'previam', 'previu', 'previram', 'previra', 'prever', 'previsto', 'prevendo'),
    clauseOnly: true },
  { lemma: 'publicar', inflection: regular, clauseOnly: true },
  { lemma: 'tuitar', inflection: regular, speech: true, clauseOnly: true },
  // labelling in quoted words: "classificou os pedidos como «…»" (split-words.ts joins the object and "como" to the verb)
  { lemma: 'classificar', inflection: regular, speech: true, clauseOnly: true },
  { lemma: 'qualificar', inflection: regular, speech: true, clauseOnly: true },
  // findings: "o relatório mostra que …" (claim-kinds.ts)
  { lemma: 'mostrar', inflection: regular, clauseOnly: true },
  { lemma: 'demonstrar', inflection: regular, clauseOnly: true },
  { lemma: 'comprovar', inflection: regular, clauseOnly: true },
  { lemma: 'constatar', inflection: regular, clauseOnly: true },
  { lemma: 'concluir', inflection: uir('concl'), clauseOnly: true },
  // a court's ruling: "o STF decidiu que …" (claim-kinds.ts: a finding); a person's decision is a thought
  { lemma: 'decidir', inflection: regular, clauseOnly: true },
  // reflexives: "queixou-se de que …", "manifestou-se"
  { lemma: 'queixar', inflection: regular },
  // thoughts: shown on demand only
  { lemma: 'acreditar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'avaliar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'pretender', inflection: regular, stance: cognition },
  { lemma: 'considerar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'entender', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'achar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'pensar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'esperar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'temer', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'desejar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'planejar', inflection: regular, stance: cognition, clauseOnly: true },
  { lemma: 'calcular', inflection: regular, stance: cognition, clauseOnly: true },
  // cues only in an inverted incise: elsewhere they name deeds or topics ("completou 18 anos", "criticou o governo")
  { lemma: 'completar', inflection: regular, incise: true },
  { lemma: 'emendar', inflection: regular, incise: true },
  { lemma: 'disparar', inflection: regular, incise: true },
  { lemma: 'desabafar', inflection: regular, incise: true },
  { lemma: 'brincar', inflection: regular, incise: true },
  { lemma: 'ironizar', inflection: regular, incise: true },
  { lemma: 'provocar', inflection: regular, incise: true },
  { lemma: 'cravar', inflection: regular, incise: true },
  { lemma: 'arrematar', inflection: regular, incise: true },
  { lemma: 'pontuar', inflection: regular, incise: true },
  { lemma: 'prosseguir', inflection: regular, incise: true },
  { lemma: 'continuar', inflection: regular, incise: true },
  { lemma: 'resumir', inflection: regular, incise: true },
  { lemma: 'concordar', inflection: regular, incise: true },
  { lemma: 'discordar', inflection: regular, incise: true },
  { lemma: 'lamentar', inflection: regular, incise: true },
  { lemma: 'comemorar', inflection: regular, incise: true },
  { lemma: 'celebrar', inflection: regular, incise: true },
  { lemma: 'exclamar', inflection: regular, incise: true },
  { lemma: 'gritar', inflection: regular, incise: true },
  { lemma: 'protestar', inflection: regular, incise: true },
  { lemma: 'criticar', inflection: regular, incise: true },
  { lemma: 'acusar', inflection: regular, incise: true, stance: distancing },
  { lemma: 'rebater', inflection: regular, incise: true },
  { lemma: 'retrucar', inflection: regular, incise: true },
  { lemma: 'questionar', inflection: regular, incise: true },
  { lemma: 'perguntar', inflection: regular, incise: true },
  { lemma: 'indagar', inflection: regular, incise: true },
  { lemma: 'justificar', inflection: regular, incise: true },
  { lemma: 'analisar', inflection: regular, incise: true },
  { lemma: 'afiançar', inflection: regular, incise: true },
  { lemma: 'reagir', inflection: parts('reage', 'reagem', 'reagia', 'reagiam', 'reagiu', 'reagiram', 'reagira', 'reagir', 'reagido', 'reagindo'),
    incise: true },
  { lemma: 'finalizar', inflection: regular, incise: true },
  { lemma: 'complementar', inflection: regular, incise: true },
];

/** A regular verb's third-person forms from its infinitive: "afirmar" → afirma, afirmam, afirmava, afirmou, … */
function regularParts(verb: string): Inflection {
  const stem = verb.slice(0, -2);
  const ending = verb.slice(-2);
  if (ending === 'ar') {
    return parts(`${stem}a`, `${stem}am`, `${stem}ava`, `${stem}avam`, `${stem}ou`, `${stem}aram`, `${stem}ara`, `${stem}ar`, `${stem}ado`,
      `${stem}ando`);
  }
  if (ending === 'er') {
    return parts(`${stem}e`, `${stem}em`, `${stem}ia`, `${stem}iam`, `${stem}eu`, `${stem}eram`, `${stem}era`, `${stem}er`, `${stem}ido`,
      `${stem}endo`);
  }
  // -ir: "admitir", "garantir", "advertir" (its first person "advirto" is no third person)
  return parts(`${stem}e`, `${stem}em`, `${stem}ia`, `${stem}iam`, `${stem}iu`, `${stem}iram`, `${stem}ira`, `${stem}ir`, `${stem}ido`,
    `${stem}indo`);
}

/** The reporting forms of one verb: third persons of six tenses, the agreeing participle, the gerund. */
export function formsOf(inflection: Inflection, lemma: string, which: 'all' | 'finite' | 'participles' = 'all'): string[] {
  const verb = lemma.split('-')[0] ?? lemma;
  const p = inflection.group === 'regular' ? regularParts(verb) : inflection;
  if (p.group !== 'parts') return [];
  const finite = [p.p3s, p.p3p, p.imperfect3s, p.imperfect3p, p.past3s, p.past3p, p.pluperfect, `${p.future}á`, `${p.future}ão`,
    `${p.future}ia`, `${p.future}iam`, p.gerund];
  const stem = p.participle.slice(0, -1);
  // the infinitive goes with the participles: both report only after an auxiliary ("tem dito", "voltou a dizer")
  const participles = [p.participle, `${stem}a`, `${stem}os`, `${stem}as`, verb];
  const chosen = which === 'finite' ? finite : which === 'participles' ? participles : [...finite, ...participles];
  return [...new Set(chosen)];
}

/**
 * Forms never read as cues: nouns and adjectives that share a verb's spelling too often to trust ("o alerta", "a
 * pergunta", "a proposta", "previsto": the law's "provided for", "a dita reforma": so-called). Others ("a conta", "a
 * fala") are nouns after an article (NOUN_MARKERS) and cues in an incise ("…, conta a moradora").
 */
const NOT_CUE_FORMS: ReadonlySet<string> = new Set(['pergunta', 'perguntas', 'alerta', 'alertas', 'dita', 'ditas', 'previsto', 'prevista',
  'previstos', 'previstas', 'proposta', 'propostas', 'proposto', 'propostos']);

/** The verbs as the engine's steps read them. */
export const CUE_VERBS: readonly CueVerb[] = PORTUGUESE_VERBS.map(({ inflection: _inflection, incise: _incise, clauseOnly: _clauseOnly, ...verb }) => verb);

/** The lemmas that report only as reflexives ("queixou-se de que …"). */
export const REFLEXIVE_LEMMAS: ReadonlySet<string> = new Set(['queixar']);

/** Every generated form indexed to its lemma (a form two verbs share keeps the first verb's lemma). */
const VERB_FORMS = indexVerbForms(PORTUGUESE_VERBS.map((verb) => ({ lemma: verb.lemma, forms: formsOf(verb.inflection, verb.lemma), incise: verb.incise === true })),
  NOT_CUE_FORMS);
const LEMMA_OF_FORM = VERB_FORMS.lemmaOfForm;
const INCISE_LEMMAS = VERB_FORMS.inciseLemmas;
/** The lemmas that report only in an inverted incise (Lexicon.INCISE_ONLY_LEMMAS): "…, completou o técnico". */
export const INCISE_ONLY_LEMMAS: ReadonlySet<string> = INCISE_LEMMAS;

/** Whether a (lower-case) word is a generated cue form: split-words.ts splits an enclitic only off one of these. */
export function isCueForm(lower: string): boolean {
  return LEMMA_OF_FORM.has(lower);
}

/**
 * The participles ("afirmado", "dito", "declarada") and infinitives ("afirmar"): they report only after one of
 * PERFECT_AUXILIARIES, in a compound tense ("tem afirmado", "havia dito") or after the "a" of "voltou a dizer", "tem
 * vindo a afirmar", "ao afirmar que"; alone or after a passive "foi" they describe ("o texto, aprovado …", "foi
 * anunciado"), after a modal they tell what is to come ("vai anunciar").
 */
export const COMPOUND_PARTICIPLES: ReadonlySet<string> = (() => {
  const participles = new Set<string>();
  const finite = new Set<string>();
  for (const verb of PORTUGUESE_VERBS) {
    for (const form of formsOf(verb.inflection, verb.lemma, 'participles')) participles.add(form);
    for (const form of formsOf(verb.inflection, verb.lemma, 'finite')) finite.add(form);
  }
  return new Set([...participles].filter((form) => !finite.has(form) && LEMMA_OF_FORM.has(form)));
})();

/** The lemma of a (lower-case) cue word: "disseram" → "dizer", "afirmada" → "afirmar"; any other word is its own. */
export const lemmaOf: (form: string) => string = VERB_FORMS.lemmaOf;

/** Every form lemmaOf() turns into `lemma`. */
export const inflectionCandidates: (lemma: string) => string[] = VERB_FORMS.inflectionCandidates;

/**
 * The cue table the engine would otherwise learn from a corpus, written from the verbs above: [matched, extracted]
 * per construction (content before the cue, after it with a speaker, with no speaker). A verb of saying is trusted
 * before and after its content, an incise verb only before it. No corpus, so these are settings, not counts.
 */
export const LEARNED_CUES: Readonly<Record<string, CueCounts>> = Object.fromEntries([...LEMMA_OF_FORM].map(([form, lemma]) => {
  const after = INCISE_LEMMAS.has(lemma) ? REFUSED : TRUSTED;
  // Portuguese drops its subjects ("Disse que …", "E afirmou que …"): a verb trusted after its content is trusted
  // with none (PRO_DROP), in the singular; a plural with no subject ("afirmaram que …") is a group the report before
  // it rarely names, so it is left out rather than given to the last speaker
  const counts: CueCounts = [...TRUSTED, ...after, ...(form.endsWith('m') ? REFUSED : after)];
  return [form, counts];
}));

const CLAUSE_ONLY_LEMMAS: ReadonlySet<string> = new Set(PORTUGUESE_VERBS.filter((verb) => verb.clauseOnly === true).map((verb) => verb.lemma));

/** What follows a cue word, as find-cues.ts contextOf() names it, when it is no clause, quotation or colon. */
/** (not 'comma': "reforçou, contudo, que …" puts an adverb between commas before the clause) */
const NOUN_CONTEXTS = ['det', 'pron', 'cap', 'word', 'prep', 'ing', 'to', 'punct', 'end'];

/** The cue table per form and following context: the clause-only verbs refused after their content before a noun phrase. */
export const LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>> = Object.fromEntries(clauseOnlyContexts(LEMMA_OF_FORM, CLAUSE_ONLY_LEMMAS, NOUN_CONTEXTS));

/**
 * A finite form, by its ending ("disse", "afirma", "reitera", "dizem", "dirão", "diz", "propôs"): not a participle
 * ("dito", "afirmado"), an infinitive or a gerund. "… e reitera que …" is a second report by the same speaker.
 */
export const FINITE_REPORT_VERB = /(?:[aeiuáêz]|ou|am|em|ão|ôs)$/u;

export const CLAIM_TRAP_NOUNS: ReadonlySet<string> = new Set();
export const HEDGE_LEMMAS: ReadonlySet<string> = new Set(['parecer']);
export const SHOW_KINDS: ReadonlySet<string> = new Set();
/** "diz respeito a" (concerns), "disse adeus", "disse sim": "dizer" before these words reports nothing. */
export const SAY_TRAP_WORDS: ReadonlySet<string> = new Set(['respeito', 'adeus', 'sim', 'não', 'obrigado', 'obrigada', 'amém']);
/** Set phrases in which a cue word reports nothing: "quer *dizer*", "por assim *dizer*", "*diga-se* de passagem". */
export const CUE_IDIOMS: readonly string[] = ['quer *dizer*', 'querem *dizer*', 'queria *dizer*', 'por assim *dizer*', 'vale *dizer*',
  'ou *seja*', 'é *dito*', 'dito *isso*', 'há quem *diga*', 'é preciso *dizer*', 'vale *lembrar*', 'vale *ressaltar*',
  'vale *destacar*', 'o que *diz*', 'o que *dizem*', 'o que *disse*', 'o que *pensa*', 'cabe *lembrar*', 'cabe *ressaltar*', 'é bom *lembrar*', 'como se *diz*', 'diz *respeito*', 'dizem *respeito*'];
export const COMMAND_LEMMAS: ReadonlySet<string> = new Set(['ordenar', 'determinar']);

const VERB_BY_LEMMA = new Map<string, CueVerb>(CUE_VERBS.map((verb) => [verb.lemma, verb]));
const lemmasWith = (has: (verb: CueVerb) => boolean): ReadonlySet<string> => new Set(CUE_VERBS.filter(has).map((verb) => verb.lemma));

export const HEARER_FIRST: ReadonlySet<string> = lemmasWith((verb) => verb.hearerFirst === true);
export const SPEECH_LEMMAS: ReadonlySet<string> = lemmasWith((verb) => verb.speech === true);
export const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map();
export const CONTENT_MAY_OPEN_WITH_PREPOSITION: ReadonlySet<string> = new Set();
/** Gerunds that continue a report after a comma with the same speaker: ", acrescentando que …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(['acrescentando', 'explicando', 'afirmando', 'dizendo', 'ressaltando',
  'destacando', 'lembrando', 'alegando', 'argumentando', 'garantindo', 'alertando', 'declarando', 'salientando', 'sublinhando',
  'frisando', 'informando', 'admitindo', 'reconhecendo', 'negando', 'prometendo', 'sugerindo', 'observando', 'defendendo']);
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> = {};

export function stanceOf(lemma: string): Stance {
  return VERB_BY_LEMMA.get(lemma)?.stance ?? 'neutral';
}

export const FINDING_LEMMAS: ReadonlySet<string> = new Set(['mostrar', 'demonstrar', 'comprovar', 'constatar']);
/** Beliefs, assessments and plans: "acredita que …", "avalia que …", "pretende votar …". */
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set(['acreditar', 'avaliar', 'pretender', 'considerar', 'entender', 'achar',
  'pensar', 'esperar', 'temer', 'desejar', 'planejar', 'calcular', 'crer', 'querer', 'decidir']);

export function claimKindOf(lemma: string): ClaimKind {
  if (THOUGHT_LEMMAS.has(lemma)) return 'thought';
  if (FINDING_LEMMAS.has(lemma)) return 'finding';
  return 'statement';
}

/** Portuguese cue verbs take no particle into their cue. */
export function particleLength(_lemma: string, _wordAt: (k: number) => string | undefined): number {
  return 0;
}
