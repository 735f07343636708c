/**
 * A Russian person's name as the nominative shows it, from a form in another case (Lexicon.nominativeOf): the
 * sidebar names "Дмитрий Песков" when the text has only "по словам Дмитрия Пескова". The first name tells gender and
 * case (only listed first names: first-names.ts); the surname then takes the nominative ending of that gender
 * ("Пескова" → "Песков", "Захаровой" → "Захарова", "Вишневского" → "Вишневский", "Шольца" → "Шольц"). A name whose
 * first name is not listed, or a lone surname, is shown as written: "Пескова" alone may be a woman's nominative.
 * A body named by its noun is shown so too: "Министерства обороны" → "Министерство обороны", "Минздрава" → "Минздрав".
 * Endings are read from the end of each word, with no expression that backtracks.
 */
import { caseForms, SHORT_FORMS, stemOf } from './declension.js';
import { FEMALE_NOMINATIVES, MALE_NOMINATIVES } from './first-names.js';

type Case = 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
type Gender = 'm' | 'f';

interface FirstNameForm { nominative: string; gender: Gender; grammaticalCase: Case }

/** Men's names whose stem loses or changes a vowel in the other cases: "Павел" → Павла, "Пётр" → Петра. */
const FLEETING_STEMS: Readonly<Record<string, string>> = { павел: 'павл', пётр: 'петр', лев: 'льв' };

/** The oblique forms of a man's first name, by case: "Дмитрий" → Дмитрия, Дмитрию, Дмитрием, Дмитрии. */
function maleForms(name: string): [Case, string][] {
  const fleeting = FLEETING_STEMS[name];
  const forms = (stem: string, gen: string, dat: string, ins: string, pre: string): [Case, string][] =>
    [['gen', stem + gen], ['acc', stem + gen], ['dat', stem + dat], ['ins', stem + ins], ['pre', stem + pre]];
  if (name.endsWith('ий')) return forms(name.slice(0, -2), 'ия', 'ию', 'ием', 'ии');
  if (name.endsWith('й')) return forms(name.slice(0, -1), 'я', 'ю', 'ем', 'е');
  if (name.endsWith('ь')) return forms(name.slice(0, -1), 'я', 'ю', 'ем', 'е');
  if (/[аяо]$/u.test(name)) return [];
  const stem = fleeting ?? name;
  return forms(stem, 'а', 'у', /[жшчщц]$/u.test(stem) ? 'ем' : 'ом', 'е');
}

/** The oblique forms of a woman's first name, by case: "Мария" → Марии, Марию, Марией; "Ольга" → Ольги, Ольге, Ольгу, Ольгой. */
function femaleForms(name: string): [Case, string][] {
  if (name.endsWith('ия')) {
    const stem = name.slice(0, -2);
    return [['gen', `${stem}ии`], ['dat', `${stem}ии`], ['pre', `${stem}ии`], ['acc', `${stem}ию`], ['ins', `${stem}ией`]];
  }
  if (name.endsWith('я')) {
    const stem = name.slice(0, -1);
    return [['gen', `${stem}и`], ['dat', `${stem}е`], ['pre', `${stem}е`], ['acc', `${stem}ю`], ['ins', `${stem}ей`]];
  }
  if (name.endsWith('а')) {
    const stem = name.slice(0, -1);
    const gen = /[гкхжшчщ]$/u.test(stem) ? 'и' : 'ы';
    return [['gen', stem + gen], ['dat', `${stem}е`], ['pre', `${stem}е`], ['acc', `${stem}у`], ['ins', `${stem}ой`]];
  }
  return [];
}

/** Every oblique form of a listed first name → its nominative, gender and case (a form two names share is left out). */
const FIRST_NAME_FORMS: ReadonlyMap<string, FirstNameForm> = (() => {
  const out = new Map<string, FirstNameForm>();
  const shared = new Set<string>();
  const add = (names: readonly string[], gender: Gender, formsOf: (name: string) => [Case, string][]): void => {
    for (const nominative of names) {
      for (const [grammaticalCase, written] of formsOf(nominative)) {
        const form = written.replace(/ё/gu, 'е');
        const known = out.get(form);
        // ("Дмитрия" is genitive and accusative alike: one reading is enough; two names sharing a form are none)
        // ("Петр" and "Пётр" are one name)
        if (known !== undefined && known.nominative.replace(/ё/gu, 'е') !== nominative.replace(/ё/gu, 'е')) shared.add(form);
        else if (known === undefined) out.set(form, { nominative, gender, grammaticalCase });
      }
    }
  };
  add(MALE_NOMINATIVES, 'm', maleForms);
  add(FEMALE_NOMINATIVES, 'f', femaleForms);
  for (const form of shared) out.delete(form);
  // ("Александра", "Валентина", "Евгения": a woman's name in the nominative as well as a man's in the genitive)
  for (const nominative of [...MALE_NOMINATIVES, ...FEMALE_NOMINATIVES]) out.delete(nominative.replace(/ё/gu, 'е'));
  return out;
})();

/** Per gender and case, a surname's oblique ending → its nominative ending, longest first. */
const SURNAME_ENDINGS: Readonly<Record<Gender, Partial<Record<Case, readonly (readonly [string, string])[]>>>> = {
  m: {
    gen: [['ского', 'ский'], ['цкого', 'цкий'], ['ова', 'ов'], ['ева', 'ев'], ['ёва', 'ёв'], ['ина', 'ин'], ['ына', 'ын'], ['а', '']],
    acc: [['ского', 'ский'], ['цкого', 'цкий'], ['ова', 'ов'], ['ева', 'ев'], ['ёва', 'ёв'], ['ина', 'ин'], ['ына', 'ын'], ['а', '']],
    dat: [['скому', 'ский'], ['цкому', 'цкий'], ['ову', 'ов'], ['еву', 'ев'], ['ёву', 'ёв'], ['ину', 'ин'], ['ыну', 'ын'], ['у', '']],
    ins: [['ским', 'ский'], ['цким', 'цкий'], ['овым', 'ов'], ['евым', 'ев'], ['ёвым', 'ёв'], ['иным', 'ин'], ['ыным', 'ын'],
      ['ом', ''], ['ем', '']],
    pre: [['ском', 'ский'], ['цком', 'цкий'], ['ове', 'ов'], ['еве', 'ев'], ['ёве', 'ёв'], ['ине', 'ин'], ['ыне', 'ын'], ['е', '']],
  },
  f: {
    gen: [['ской', 'ская'], ['цкой', 'цкая'], ['овой', 'ова'], ['евой', 'ева'], ['ёвой', 'ёва'], ['иной', 'ина'], ['ыной', 'ына']],
    dat: [['ской', 'ская'], ['цкой', 'цкая'], ['овой', 'ова'], ['евой', 'ева'], ['ёвой', 'ёва'], ['иной', 'ина'], ['ыной', 'ына']],
    pre: [['ской', 'ская'], ['цкой', 'цкая'], ['овой', 'ова'], ['евой', 'ева'], ['ёвой', 'ёва'], ['иной', 'ина'], ['ыной', 'ына']],
    ins: [['ской', 'ская'], ['цкой', 'цкая'], ['овой', 'ова'], ['евой', 'ева'], ['ёвой', 'ёва'], ['иной', 'ина'], ['ыной', 'ына']],
    acc: [['скую', 'ская'], ['цкую', 'цкая'], ['ову', 'ова'], ['еву', 'ева'], ['ёву', 'ёва'], ['ину', 'ина'], ['ыну', 'ына']],
  },
};

/** A word's case as written: "Пескова" with its first letter's case kept. */
function withCaseOf(written: string, lower: string): string {
  return written.charAt(0) === written.charAt(0).toUpperCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** The surname in the nominative, given its bearer's gender and the case it stands in; as written when no ending fits. */
function nominativeSurname(surname: string, gender: Gender, grammaticalCase: Case): string {
  const lower = surname.toLowerCase();
  for (const [oblique, nominative] of SURNAME_ENDINGS[gender][grammaticalCase] ?? []) {
    // (a stem of at least three letters: "Ким", "Ли" stay whole)
    if (lower.endsWith(oblique) && lower.length - oblique.length >= 3) return withCaseOf(surname, lower.slice(0, -oblique.length) + nominative);
  }
  return surname;
}

/**
 * "Дмитрия Пескова" → "Дмитрий Песков", "Марии Захаровой" → "Мария Захарова", "Олафом Шольцем" → "Олаф Шольц": a
 * name of a listed first name in an oblique case and a surname (a patronymic between is kept as written); any other
 * name as written.
 */
export function nominativeOf(name: string): string {
  const words = name.trim().split(/\s+/u);
  const body = bodyNominative(words);
  if (body !== null) return body;
  // "судья ОАСК Павла Вовка": a body's acronym in the genitive before the first name is the title's, not the name's
  if (words.length > 2 && /^\p{Lu}{2,}$/u.test(words[0] ?? '') && FIRST_NAME_FORMS.has((words[1] ?? '').toLowerCase().replace(/ё/gu, 'е'))) {
    return nominativeOf(words.slice(1).join(' '));
  }
  const first = words[0];
  const surname = words[words.length - 1];
  if (words.length < 2 || words.length > 3 || first === undefined || surname === undefined) return name;
  const form = FIRST_NAME_FORMS.get(first.toLowerCase().replace(/ё/gu, 'е'));
  if (form === undefined) return name;
  const middle = words.slice(1, -1);
  return [withCaseOf(first, form.nominative), ...middle, nominativeSurname(surname, form.gender, form.grammaticalCase)].join(' ');
}

/** Nouns that open a body's name ("Министерство обороны"), each case form → its nominative. */
const BODY_NOUN_FORMS: ReadonlyMap<string, string> = new Map(`министерство ведомство правительство комитет совет суд
  служба агентство управление департамент прокуратура администрация комиссия партия фонд банк союз посольство мэрия
  кремль`
  .trim().split(/\s+/u).flatMap((noun) => caseForms(noun).map((form): [string, string] => [form, noun])));

/**
 * "Министерства обороны" → "Министерство обороны", "Минздрава" → "Минздрав", "Кремле" → "Кремль"; null for a name that
 * is no body's.
 */
function bodyNominative(words: readonly string[]): string | null {
  const first = words[0];
  if (first === undefined) return null;
  const lower = first.toLowerCase();
  if (words.length === 1 && !BODY_NOUN_FORMS.has(lower)) {
    if (SHORT_FORMS.has(lower)) return null;
    const stem = stemOf(lower);
    return stem !== lower && SHORT_FORMS.has(stem) ? withCaseOf(first, stem) : null;
  }
  // ("в Кремле заявили": "Кремль")
  const noun = BODY_NOUN_FORMS.get(lower);
  return noun === undefined || noun === lower ? null : [withCaseOf(first, noun), ...words.slice(1)].join(' ');
}
