/**
 * Lexicon: reporting verbs by base form, with the stance each one takes towards its content, and the irregular
 * forms a suffix rule cannot undo. Which forms are switched on as cues (and in which constructions) is decided by
 * precision learned from PolNeAR train (learned-cues.generated.ts); this file says what the words mean.
 */
import type { Stance } from '../../types.js';

/** Cue words whose stance is not neutral. Everything else found as a cue is 'neutral'. */
const STANCE_OF_LEMMA: Record<string, Stance> = {
  // distancing: the writer reports without vouching
  claim: 'distancing', allege: 'distancing', insist: 'distancing', contend: 'distancing', assert: 'distancing',
  maintain: 'distancing', purport: 'distancing', accuse: 'distancing', charge: 'distancing', deny: 'distancing',
  boast: 'distancing', brag: 'distancing', protest: 'distancing', dispute: 'distancing',
  // hedged: the content is implied rather than said
  suggest: 'hedged', hint: 'hedged', imply: 'hedged', indicate: 'hedged', signal: 'hedged', speculate: 'hedged',
  seem: 'hedged', appear: 'hedged', predict: 'hedged', estimate: 'hedged',
  // cognition: a belief or an intention
  think: 'cognition', believe: 'cognition', want: 'cognition', hope: 'cognition', expect: 'cognition',
  fear: 'cognition', feel: 'cognition', know: 'cognition', plan: 'cognition', intend: 'cognition',
  wish: 'cognition', doubt: 'cognition', worry: 'cognition', suspect: 'cognition', assume: 'cognition',
  consider: 'cognition', see: 'cognition', view: 'cognition', regard: 'cognition', prefer: 'cognition',
  trust: 'cognition', understand: 'cognition', learn: 'cognition', realize: 'cognition', agree: 'cognition',
};

export function stanceOf(lemma: string): Stance {
  return Object.hasOwn(STANCE_OF_LEMMA, lemma) ? (STANCE_OF_LEMMA[lemma] ?? 'neutral') : 'neutral';
}

/** Irregular past forms and a few forms the suffix rules get wrong. */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', wrote: 'write', written: 'write', writes: 'write',
  thought: 'think', knew: 'know', known: 'know', felt: 'feel', saw: 'see', seen: 'see', sees: 'see',
  spoke: 'speak', spoken: 'speak', taught: 'teach', made: 'make', gave: 'give', given: 'give', read: 'read',
  became: 'become', found: 'find', meant: 'mean', put: 'put', held: 'hold', sought: 'seek', swore: 'swear',
  sworn: 'swear', forecast: 'forecast', foresaw: 'foresee', understood: 'understand', went: 'go', gone: 'go',
  drew: 'draw', took: 'take', led: 'lead', ran: 'run', began: 'begin', shown: 'show', brought: 'bring',
  insisted: 'insist', reported: 'report', argued: 'argue', noted: 'note', added: 'add', pleaded: 'plead',
  pled: 'plead', lied: 'lie', replied: 'reply', denied: 'deny', implied: 'imply', testified: 'testify',
  tweeted: 'tweet', agreed: 'agree', agrees: 'agree', guaranteed: 'guarantee', lies: 'lie',
  hoped: 'hope', believed: 'believe', declared: 'declare', feared: 'fear', worried: 'worry', warned: 'warn',
  questioned: 'question', vowed: 'vow', pledged: 'pledge', referred: 'refer', stressed: 'stress',
  according: 'according to', quipped: 'quip', emailed: 'email', 'e-mailed': 'e-mail', admitted: 'admit',
  committed: 'commit', regretted: 'regret', ruled: 'rule', urged: 'urge',
};

/** The base form of a (lower-case) cue word: "said" → "say", "claims" → "claim", "arguing" → "argue". */
export function lemmaOf(form: string): string {
  const irregular = Object.hasOwn(IRREGULAR, form) ? IRREGULAR[form] : undefined;
  if (irregular !== undefined) return irregular;
  if (form.length > 4 && form.endsWith('ies')) return form.slice(0, -3) + 'y';
  if (form.length > 5 && form.endsWith('ied')) return form.slice(0, -3) + 'y';
  if (form.length > 5 && form.endsWith('ing')) return restoreE(form.slice(0, -3));
  if (form.length > 4 && form.endsWith('ed')) return restoreE(form.slice(0, -2));
  if (form.length > 4 && /(?:ss|sh|ch|x)es$/.test(form)) return form.slice(0, -2);
  if (form.length > 3 && form.endsWith('s') && !form.endsWith('ss')) return form.slice(0, -1);
  return form;
}

/** Irregular forms by their base form ("say" → said, says, saying), built on first use. */
let irregularForms: Map<string, string[]> | null = null;

function irregularFormsOf(lemma: string): readonly string[] {
  if (irregularForms === null) {
    irregularForms = new Map();
    for (const [form, base] of Object.entries(IRREGULAR)) {
      const forms = irregularForms.get(base);
      if (forms === undefined) irregularForms.set(base, [form]);
      else forms.push(form);
    }
  }
  return irregularForms.get(lemma) ?? [];
}

/**
 * Every form that lemmaOf() could turn into `lemma`, each once: a superset (check each with lemmaOf), so that a
 * caller can find the forms of one lemma in a table without computing the lemma of every form in it. Each rule of
 * lemmaOf read backwards: the irregular table; "-ies"/"-ied" from "-y"; "-ing"/"-ed" after the stems restoreE()
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
  for (const form of irregularFormsOf(lemma)) if (!out.includes(form)) out.push(form);
  return out;
}

/** "argu" → "argue", "not" → "note", "warn" → "warn", "stopp" → "stop". */
function restoreE(stem: string): string {
  if (/([bcdfgklmnprstvz])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  if (/(?:[^aeiou][aeiou][cgsvz]|u|[^aeiouy]at|[^aeiou]iz|dg|rs|rg|ns|ys|ct|pos|vok|cid|rib|lud|clar|rat|nit|lin|dic|sum|fin|cit|not|crib|quot|gu|tat|cas|lat|quir|ger|bat|lud|hop|lv|nvit|rat|vot|pir)$/.test(stem)) {
    return stem + 'e';
  }
  return stem;
}

/**
 * Verbs whose first complement is the hearer, not the content: "told reporters that …", "urged Congress to …".
 * Content starts after that object.
 */
export const HEARER_FIRST: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'warn', 'remind', 'urge', 'ask', 'convince', 'persuade', 'advise', 'notify',
  'promise', 'call on', 'press', 'implore', 'encourage', 'caution', 'brief', 'reassure', 'challenge', 'beg',
]);

/** Participles that continue a report after a comma with the same speaker: ", adding that …", ", saying …". */
export const PARTICIPLE_FORMS: ReadonlySet<string> = new Set([
  'adding', 'saying', 'noting', 'arguing', 'calling', 'telling', 'citing', 'suggesting', 'warning', 'insisting',
  'explaining', 'asking', 'claiming', 'describing', 'accusing', 'declaring', 'stressing', 'pointing', 'urging',
  'vowing', 'promising', 'acknowledging', 'predicting', 'complaining', 'referring', 'writing', 'charging',
  'contending', 'asserting', 'recalling', 'boasting', 'praising', 'criticizing', 'blaming', 'questioning',
  'denying', 'admitting', 'emphasizing', 'conceding', 'lamenting', 'hinting', 'announcing', 'joking',
]);
