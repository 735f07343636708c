/**
 * Lexicon: the Russian reporting verbs, one entry per verb, and their forms. Russian reports mostly in the past
 * tense, whose ending says the speaker's gender and number ("заявил", "заявила", "заявили": CUE_GENDERS), and in the
 * present of the imperfective ("заявляет", "сообщают"); each verb lists its perfective and imperfective forms. The
 * adverbial participle (", добавив, что …") goes on with the clause's speaker. No annotated corpus: the cue table is
 * written from the verbs, not learned (as French's). "ё" is written "е" as often as not: both spellings are listed.
 */
import type { ClaimKind, Stance } from '../../types.js';
import type { AccordingToPhrase, CueCounts, CueVerb } from '../lexicon.js';
import { clauseOnlyContexts, indexVerbForms, REFUSED, TRUSTED } from '../written-cues.js';

const distancing: Stance = 'distancing';
const hedged: Stance = 'hedged';
const cognition: Stance = 'cognition';

interface RussianVerb extends CueVerb {
  /** Past stems (infinitive less "ть"): "заяви" → заявил, заявила, заявило, заявили; "призна-ся" → признался, призналась. */
  past: readonly string[];
  /** Present (or perfective future) third persons, singular and plural: "заявляет", "заявляют". */
  present?: readonly string[];
  /** A cue only with its content before it, in an inverted incise ("…, — пошутил он"). */
  incise?: true;
}

/** The forms of "приводить"/"привести" that cite someone's words, and the word their joined cue reads as (split-words.ts). */
export const CITING_VERB_FORMS: ReadonlySet<string> = new Set(['приводит', 'приводят', 'привел', 'привела', 'привели', 'приводил',
  'приводила', 'приводили']);
export const CITED_WORDS = 'слова';

/** Every verb the engine reads as a cue in Russian, by lemma (the perfective infinitive). */
const RUSSIAN_VERBS: readonly RussianVerb[] = [
  { lemma: 'сказать', past: ['сказа'], present: ['говорит', 'говорят', 'скажет', 'говорится'], speech: true, participle: 'сказав' },
  { lemma: 'заявить', past: ['заяви', 'заявля'], present: ['заявляет', 'заявляют', 'заявляется'], speech: true, participle: 'заявив' },
  { lemma: 'сообщить', past: ['сообщи', 'сообща'], present: ['сообщает', 'сообщают', 'сообщается'], speech: true, participle: 'сообщив' },
  { lemma: 'отметить', past: ['отмети', 'отмеча'], present: ['отмечает', 'отмечают', 'отмечается'], speech: true, participle: 'отметив' },
  { lemma: 'подчеркнуть', past: ['подчеркну', 'подчеркива'], present: ['подчеркивает', 'подчеркивают', 'подчеркивается'], speech: true, participle: 'подчеркнув' },
  { lemma: 'пояснить', past: ['поясни', 'поясня'], present: ['поясняет', 'поясняют'], speech: true, participle: 'пояснив' },
  { lemma: 'объяснить', past: ['объясни', 'объясня'], present: ['объясняет', 'объясняют'], speech: true, participle: 'объяснив' },
  { lemma: 'добавить', past: ['добави', 'добавля'], present: ['добавляет', 'добавляют'], speech: true, participle: 'добавив' },
  { lemma: 'рассказать', past: ['рассказа', 'рассказыва'], present: ['рассказывает', 'рассказывают'], speech: true, participle: 'рассказав' },
  { lemma: 'написать', past: ['написа', 'писа'], present: ['пишет', 'пишут'], speech: true, participle: 'написав' },
  { lemma: 'уточнить', past: ['уточни', 'уточня'], present: ['уточняет', 'уточняют'], speech: true, participle: 'уточнив' },
  { lemma: 'указать', past: ['указа', 'указыва'], present: ['указывает', 'указывают', 'указывается'], speech: true, participle: 'указав' },
  { lemma: 'ответить', past: ['ответи', 'отвеча'], present: ['отвечает', 'отвечают'], speech: true },
  { lemma: 'возразить', past: ['возрази', 'возража'], present: ['возражает', 'возражают'], speech: true },
  { lemma: 'напомнить', past: ['напомни', 'напомина'], present: ['напоминает', 'напоминают'], participle: 'напомнив' },
  { lemma: 'утверждать', past: ['утвержда'], present: ['утверждает', 'утверждают', 'утверждается'], stance: distancing },
  { lemma: 'настаивать', past: ['настаива'], present: ['настаивает', 'настаивают'], stance: distancing },
  { lemma: 'признать', past: ['призна', 'признава'], present: ['признает', 'признают'] },
  { lemma: 'подтвердить', past: ['подтверди', 'подтвержда'], present: ['подтверждает', 'подтверждают'] },
  { lemma: 'предупредить', past: ['предупреди', 'предупрежда'], present: ['предупреждает', 'предупреждают'] },
  { lemma: 'пообещать', past: ['пообеща', 'обеща'], present: ['обещает', 'обещают'] },
  { lemma: 'объявить', past: ['объяви', 'объявля'], present: ['объявляет', 'объявляют'] },
  { lemma: 'констатировать', past: ['констатирова'], present: ['констатирует', 'констатируют'] },
  { lemma: 'прокомментировать', past: ['прокомментирова', 'комментирова'], present: ['комментирует', 'комментируют'] },
  { lemma: 'опровергнуть', past: ['опроверг', 'опроверга'], present: ['опровергает', 'опровергают'], stance: distancing },
  { lemma: 'отрицать', past: ['отрица'], present: ['отрицает', 'отрицают'], stance: distancing },
  { lemma: 'информировать', past: ['информирова', 'проинформирова'], present: ['информирует', 'информируют'] },
  { lemma: 'передать', past: ['переда'], present: ['передает', 'передают'] },
  { lemma: 'процитировать', past: ['процитирова', 'цитирова'], present: ['цитирует', 'цитируют'] },
  // "«…», — приводит издание слова министра": split-words.ts joins the verb, the outlet and the noun of speech into one
  // cue ("приводит слова"), whose speaker is the one whose words they are; "приводит к росту" is no cue
  { lemma: 'привести слова', past: [], present: [...CITING_VERB_FORMS].map((form) => `${form} ${CITED_WORDS}`) },
  { lemma: 'выразить', past: ['вырази'], present: ['выражает', 'выражают'] },
  { lemma: 'признаться', past: ['призна-ся'] },
  { lemma: 'пожаловаться', past: ['пожалова-ся', 'жалова-ся'], present: ['жалуется', 'жалуются'] },
  { lemma: 'предположить', past: ['предположи', 'предполага'], present: ['предполагает', 'предполагают'], stance: hedged },
  { lemma: 'сослаться', past: ['сосла-ся', 'ссыла-ся'], present: ['ссылается', 'ссылаются'], participle: 'ссылаясь' },
  { lemma: 'призвать', past: ['призва', 'призыва'], present: ['призывает', 'призывают'] },
  { lemma: 'пригрозить', past: ['пригрози', 'угрожа'], present: ['угрожает', 'угрожают'] },
  { lemma: 'обвинить', past: ['обвини', 'обвиня'], present: ['обвиняет', 'обвиняют'], stance: distancing },
  { lemma: 'раскритиковать', past: ['раскритикова', 'критикова'], present: ['критикует', 'критикуют'] },
  // thoughts: shown on demand only
  { lemma: 'считать', past: ['счита'], present: ['считает', 'считают'], stance: cognition },
  { lemma: 'полагать', past: ['полага'], present: ['полагает', 'полагают'], stance: cognition },
  { lemma: 'думать', past: ['дума'], present: ['думает', 'думают'], stance: cognition },
  { lemma: 'надеяться', past: ['надея-ся'], present: ['надеется', 'надеются'], stance: cognition },
  { lemma: 'опасаться', past: ['опаса-ся'], present: ['опасается', 'опасаются'], stance: cognition },
  { lemma: 'уверен', past: [], present: ['уверен', 'уверена', 'уверены', 'убежден', 'убеждена', 'убеждены'], stance: cognition },
  // cues only after their content, in an inverted incise: elsewhere they name deeds ("пошутил" reports only there)
  { lemma: 'пошутить', past: ['пошути'], incise: true },
  { lemma: 'резюмировать', past: ['резюмирова'], present: ['резюмирует'], incise: true },
  { lemma: 'продолжить', past: ['продолжи'], present: ['продолжает'], incise: true },
  { lemma: 'заключить', past: ['заключи'], incise: true },
  { lemma: 'воскликнуть', past: ['воскликну'], incise: true },
  { lemma: 'спросить', past: ['спроси'], present: ['спрашивает'], incise: true },
  { lemma: 'посетовать', past: ['посетова', 'сетова'], present: ['сетует'], incise: true },
];

/** The forms of a past stem: "заяви" → заявил (m), заявила (f), заявило (n), заявили (plural); "призна-ся" → признался … */
function pastForms(stem: string): Array<[string, 'm' | 'f' | 'p' | 'n']> {
  if (stem.endsWith('-ся')) {
    const base = stem.slice(0, -3);
    return [[`${base}лся`, 'm'], [`${base}лась`, 'f'], [`${base}лось`, 'n'], [`${base}лись`, 'p']];
  }
  // a stem ending in a consonant has a masculine without "л": "опроверг", "опровергла"
  if (/[^аеиоуыэюяё]$/u.test(stem)) return [[stem, 'm'], [`${stem}ла`, 'f'], [`${stem}ло`, 'n'], [`${stem}ли`, 'p']];
  return [[`${stem}л`, 'm'], [`${stem}ла`, 'f'], [`${stem}ло`, 'n'], [`${stem}ли`, 'p']];
}

/** The spelling with "е" beside one with "ё" ("подчёркивает" is written "подчеркивает" too). */
const withYo = (form: string): string[] => (form.includes('е') ? [form, form.replace(/е/gu, 'ё')] : [form]);

const GENDER_OF_FORM = new Map<string, 'm' | 'f' | 'p'>();
/** Every form of every verb (and, as they are generated, the gender each past form agrees with, in GENDER_OF_FORM). */
const VERB_FORMS = indexVerbForms(RUSSIAN_VERBS.map((verb) => {
  const forms: string[] = [];
  for (const stem of verb.past) {
    for (const [form, gender] of pastForms(stem)) {
      forms.push(form);
      if (gender !== 'n' && !GENDER_OF_FORM.has(form)) GENDER_OF_FORM.set(form, gender);
    }
  }
  for (const form of verb.present ?? []) forms.push(form);
  // the adverbial participle (", добавив, что …") is a cue form too, of the participle construction
  if (verb.participle !== undefined) forms.push(verb.participle);
  if (verb.lemma === 'уверен') {
    GENDER_OF_FORM.set('уверена', 'f').set('убеждена', 'f').set('уверены', 'p').set('убеждены', 'p');
  }
  return { lemma: verb.lemma, forms: [...new Set(forms.flatMap(withYo))], incise: verb.incise === true };
}));
const LEMMA_OF_FORM = VERB_FORMS.lemmaOfForm;
const INCISE_LEMMAS = VERB_FORMS.inciseLemmas;
for (const [form, gender] of [...GENDER_OF_FORM]) for (const spelled of withYo(form)) GENDER_OF_FORM.set(spelled, gender);

/** The verbs as the engine's steps read them. */
export const CUE_VERBS: readonly CueVerb[] = RUSSIAN_VERBS.map(({ past: _past, present: _present, incise: _incise, ...verb }) => verb);

/** The speaker a cue form agrees with: a man ('m'), a woman ('f'), several ('p'), no one ('n'); undefined when it does not say. */
export function cueGenderOf(form: string): 'm' | 'f' | 'p' | 'n' | undefined {
  // an impersonal form ("сообщается") agrees with no one: it needs no speaker, and has none
  return GENDER_OF_FORM.get(form) ?? (IMPERSONAL_CUE_FORMS.has(form) ? 'n' : undefined);
}

export const INCISE_ONLY_LEMMAS: ReadonlySet<string> = INCISE_LEMMAS;

/** The impersonal forms ("сообщается", "говорится"): reports.ts reads them with their locative source. */
export const IMPERSONAL_CUE_FORMS: ReadonlySet<string> = new Set([...LEMMA_OF_FORM.keys()].filter((form) => form.endsWith('ется') ||
  form.endsWith('ится')).filter((form) => !['надеется', 'опасается', 'жалуется', 'ссылается'].includes(form)));

export const lemmaOf: (form: string) => string = VERB_FORMS.lemmaOf;

export const inflectionCandidates: (lemma: string) => string[] = VERB_FORMS.inflectionCandidates;

/**
 * The cue table written from the verbs, as French's: a verb of saying is trusted before and after its content, an
 * incise verb only before it; none with no speaker.
 */
export const LEARNED_CUES: Readonly<Record<string, CueCounts>> = Object.fromEntries([...[...LEMMA_OF_FORM].map(([form, lemma]): [string, CueCounts] => {
  const after = INCISE_LEMMAS.has(lemma) ? REFUSED : TRUSTED;
  // an impersonal form reports with no speaker ("Сообщается, что …": the unknown speaker)
  const bare = IMPERSONAL_CUE_FORMS.has(form) ? TRUSTED : REFUSED;
  const counts: CueCounts = [...TRUSTED, ...after, ...bare];
  return [form, counts];
}), ...['словам', 'данным', 'мнению'].map((form): [string, CueCounts] => [form, [...TRUSTED, ...TRUSTED, ...TRUSTED]])]);

/**
 * Verbs that report with their content after them only before a clause, a quotation or a colon ("отрицает, что …",
 * "подтвердил, что …"): before a noun phrase they name a deed or a topic ("отрицает обвинения", "объявил конкурс",
 * "выразил соболезнования").
 */
const CLAUSE_ONLY_LEMMAS: ReadonlySet<string> = new Set(['отрицать', 'подтвердить', 'объявить', 'выразить', 'признать',
  'опровергнуть', 'передать', 'информировать', 'обвинить', 'раскритиковать', 'призвать', 'пригрозить', 'напомнить',
  'указать', 'ответить', 'прокомментировать', 'предупредить', 'пообещать', 'процитировать', 'написать',
  'рассказать', 'констатировать', 'подчеркнуть', 'отметить', 'возразить']);
// (not 'comma': a Russian clause after a cue always stands after a comma, ", что …")
const NOUN_CONTEXTS = ['det', 'pron', 'cap', 'word', 'prep', 'ing', 'to', 'punct', 'end'];
export const LEARNED_CUE_CONTEXTS: Readonly<Record<string, CueCounts>> = Object.fromEntries(clauseOnlyContexts(LEMMA_OF_FORM, CLAUSE_ONLY_LEMMAS, NOUN_CONTEXTS));

export const FINITE_REPORT_VERB = /(?:заявил|сказал|сообщил|отметил|заявляет|сообщает)$/u;
export const CLAIM_TRAP_NOUNS: ReadonlySet<string> = new Set();
export const HEDGE_LEMMAS: ReadonlySet<string> = new Set();
export const SHOW_KINDS: ReadonlySet<string> = new Set();
/** "сказал спасибо": "сказать" before these words reports nothing. */
export const SAY_TRAP_WORDS: ReadonlySet<string> = new Set(['спасибо', 'до', 'прощай', 'привет', 'да', 'нет']);
/** Set phrases in which a cue word reports nothing: "так *сказать*", "иначе *говоря*", "*говорит* о том". */
export const CUE_IDIOMS: readonly string[] = ['так *сказать*', 'стоит *отметить*', 'нужно *отметить*', 'следует *отметить*',
  'надо *сказать*', 'нельзя *сказать*', 'можно *сказать*', 'стоит *напомнить*', 'следует *напомнить*', 'что *говорит*'];
export const COMMAND_LEMMAS: ReadonlySet<string> = new Set(['призвать']);

const VERB_BY_LEMMA = new Map<string, CueVerb>(CUE_VERBS.map((verb) => [verb.lemma, verb]));
const lemmasWith = (has: (verb: CueVerb) => boolean): ReadonlySet<string> => new Set(CUE_VERBS.filter(has).map((verb) => verb.lemma));

export const HEARER_FIRST: ReadonlySet<string> = lemmasWith((verb) => verb.hearerFirst === true);
export const SPEECH_LEMMAS: ReadonlySet<string> = lemmasWith((verb) => verb.speech === true);
export const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map();
export const CONTENT_MAY_OPEN_WITH_PREPOSITION: ReadonlySet<string> = new Set();
/** Adverbial participles that continue a report after a comma with the same speaker: ", добавив, что …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set(RUSSIAN_VERBS.flatMap((verb) => (verb.participle === undefined ? [] : withYo(verb.participle))));
export const ALWAYS_ON_VERB_FORMS: Readonly<Record<string, string>> = {};

export function stanceOf(lemma: string): Stance {
  return VERB_BY_LEMMA.get(lemma)?.stance ?? 'neutral';
}

export const FINDING_LEMMAS: ReadonlySet<string> = new Set(['показать', 'установить', 'выявить', 'констатировать']);
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set(['считать', 'полагать', 'думать', 'надеяться', 'опасаться', 'уверен', 'по мнению']);

export function claimKindOf(lemma: string): ClaimKind {
  if (THOUGHT_LEMMAS.has(lemma)) return 'thought';
  if (FINDING_LEMMAS.has(lemma)) return 'finding';
  return 'statement';
}

/** "ссылаясь на то, что …", "сослался на …": the preposition (and "то") join the cue. */
export function particleLength(lemma: string, wordAt: (k: number) => string | undefined): number {
  if (lemma !== 'сослаться' || wordAt(0) !== 'на') return 0;
  return wordAt(1) === 'то' ? 2 : 1;
}

/**
 * The phrases that name a source without a verb: "по словам X" and "по данным X" (X in the genitive), "по мнению X"
 * (a thought, THOUGHT_LEMMAS), "согласно X"
 * (the dative). "Со ссылкой на X" stands inside a clause with its own cue and speaker (index.ts ADJUNCTS_BEFORE_CUE).
 */
/**
 * "Как заявил министр, …", "…, как сообщает ТАСС.": an as-clause names its source after the cue, as "по словам X"
 * does; one phrase per finite form of a verb of saying ("как сообщает", "как заявила", "как отметили").
 */
const AS_CLAUSES: readonly AccordingToPhrase[] = [...LEMMA_OF_FORM]
  .filter(([form, lemma]) => SPEECH_LEMMAS.has(lemma) && !IMPERSONAL_CUE_FORMS.has(form) && !PARTICIPLE_FORMS.has(form))
  .map(([form, lemma]) => ({ words: ['как', form], position: 'prefix', lemma, needsSource: true }));

export const ACCORDING_TO: readonly AccordingToPhrase[] = [
  ...AS_CLAUSES,
  // "по его словам", read by split-words.ts as "по он словам": the source before the noun of report
  { words: ['словам'], position: 'postposition', lemma: 'по словам' },
  { words: ['данным'], position: 'postposition', lemma: 'по данным' },
  { words: ['мнению'], position: 'postposition', lemma: 'по мнению' },
  { words: ['по', 'словам'], position: 'prefix', lemma: 'по словам', needsSource: true },
  { words: ['по', 'данным'], position: 'prefix', lemma: 'по данным', needsSource: true },
  { words: ['по', 'мнению'], position: 'prefix', lemma: 'по мнению', needsSource: true },
  { words: ['по', 'информации'], position: 'prefix', lemma: 'по данным', needsSource: true },
  { words: ['по', 'сообщению'], position: 'prefix', lemma: 'по данным', needsSource: true },
  { words: ['по', 'оценке'], position: 'prefix', lemma: 'по данным', needsSource: true },
  { words: ['по', 'оценкам'], position: 'prefix', lemma: 'по данным', needsSource: true },
  { words: ['согласно'], position: 'prefix', lemma: 'согласно', needsSource: true },
];
