/**
 * Russian: the `Lexicon` the engine reads for articles in Russian, assembled from this folder's word lists — cue
 * verbs with their past-tense genders, function words, pronouns, days and months (in the genitive too), actor and
 * role words in their cases, first names, abbreviations, what is never a claim — and Russian's own readings: the
 * name key that takes a name in any case for one actor (declension.ts), the speaker a past tense agrees with, and the
 * quotation marks within quotation marks (split-words.ts). No annotated corpus: the cue table is written from the
 * verbs (cue-verbs.ts), not learned.
 */
import type { Lexicon } from '../lexicon.js';
import { ABBREVIATIONS } from './abbreviations.js';
import * as actorWords from './actor-words.js';
import { MONTHS, MONTHS_AND_DAYS, WEEKDAYS } from './calendar.js';
import * as claimKinds from './claim-kinds.js';
import * as cueVerbs from './cue-verbs.js';
import { nameKey } from './declension.js';
import { nominativeOf } from './nominative.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import * as functionWords from './function-words.js';
import * as notClaims from './not-claims.js';
import * as pronouns from './pronouns.js';
import * as roleWords from './role-words.js';
import * as seamWords from './seam-words.js';
import { readSpeakerPhrase } from './speaker-phrases.js';
import { splitTokens } from './split-words.js';

const none: ReadonlySet<string> = new Set();

export const russian: Lexicon = {
  language: 'ru',
  CUE_VERBS: cueVerbs.CUE_VERBS,
  lemmaOf: cueVerbs.lemmaOf,
  inflectionCandidates: cueVerbs.inflectionCandidates,
  stanceOf: cueVerbs.stanceOf,
  claimKindOf: cueVerbs.claimKindOf,
  particleLength: cueVerbs.particleLength,
  ACCORDING_TO: cueVerbs.ACCORDING_TO,
  HEARER_FIRST: cueVerbs.HEARER_FIRST,
  SPEECH_LEMMAS: cueVerbs.SPEECH_LEMMAS,
  CONTENT_MAY_OPEN_WITH_PREPOSITION: cueVerbs.CONTENT_MAY_OPEN_WITH_PREPOSITION,
  PARTICIPLE_FORMS: cueVerbs.PARTICIPLE_FORMS,
  ALWAYS_ON_VERB_FORMS: cueVerbs.ALWAYS_ON_VERB_FORMS,
  FINITE_REPORT_VERB: cueVerbs.FINITE_REPORT_VERB,
  CLAIM_TRAP_NOUNS: cueVerbs.CLAIM_TRAP_NOUNS,
  SAY_TRAP_WORDS: cueVerbs.SAY_TRAP_WORDS,
  ONLY_BEFORE: cueVerbs.ONLY_BEFORE,
  CUE_IDIOMS: cueVerbs.CUE_IDIOMS,
  HEDGE_LEMMAS: cueVerbs.HEDGE_LEMMAS,
  SHOW_KINDS: cueVerbs.SHOW_KINDS,
  COMMAND_LEMMAS: cueVerbs.COMMAND_LEMMAS,
  LEARNED_CUES: cueVerbs.LEARNED_CUES,
  LEARNED_CUE_CONTEXTS: cueVerbs.LEARNED_CUE_CONTEXTS,
  INCISE_ONLY_LEMMAS: cueVerbs.INCISE_ONLY_LEMMAS,
  nameKey,
  nominativeOf,
  // the English precision rules' words (issue 16): none yet in Russian
  THING_OBJECTS: {},
  NOT_SOURCES_AFTER_ACCORDING_TO: none,
  GENERIC_SUBJECTS: none,
  MODALS: none,
  PLURAL_NOUN_FORMS: none,
  ...claimKinds,
  ABBREVIATIONS,
  PHRASE_BREAKERS: functionWords.PHRASE_BREAKERS,
  BETWEEN_SUBJECT_AND_CUE: functionWords.BETWEEN_SUBJECT_AND_CUE,
  NEGATIONS: functionWords.NEGATIONS,
  PREPOSITIONS: functionWords.PREPOSITIONS,
  TOPIC_PREPOSITIONS: functionWords.TOPIC_PREPOSITIONS,
  DURATION_NOUNS: functionWords.DURATION_NOUNS,
  DURATION_QUANTIFIERS: functionWords.DURATION_QUANTIFIERS,
  TIME_NOUNS: functionWords.TIME_NOUNS,
  WH_WORDS: functionWords.WH_WORDS,
  TIME_WORDS: functionWords.TIME_WORDS,
  DETERMINERS: functionWords.DETERMINERS,
  ARTICLES: functionWords.ARTICLES,
  POSSESSIVES: functionWords.POSSESSIVES,
  CONTEXT_DETERMINERS: functionWords.CONTEXT_DETERMINERS,
  CONTEXT_PREPOSITIONS: functionWords.CONTEXT_PREPOSITIONS,
  CUE_PREFIX: functionWords.CUE_PREFIX,
  MODEL_PRONOUNS: functionWords.MODEL_PRONOUNS,
  MODEL_AUXILIARIES: functionWords.MODEL_AUXILIARIES,
  MODEL_PREPOSITIONS: functionWords.MODEL_PREPOSITIONS,
  PASSIVE_AUXILIARIES: functionWords.PASSIVE_AUXILIARIES,
  SUBORDINATE_OPENERS: functionWords.SUBORDINATE_OPENERS,
  SUBORDINATORS: functionWords.SUBORDINATORS,
  ADJUNCT_CONJUNCTIONS: functionWords.ADJUNCT_CONJUNCTIONS,
  BARE_CUE_OPENERS: functionWords.BARE_CUE_OPENERS,
  CLAUSE_JOINERS: functionWords.CLAUSE_JOINERS,
  SENTENCE_CONNECTIVES: functionWords.SENTENCE_CONNECTIVES,
  splitTokens,
  readSpeakerPhrase,
  INVERTED_AUXILIARIES: none,
  INCISE_ADJUNCTS: functionWords.INCISE_ADJUNCTS,
  INCISE_ADJUNCT_PHRASES: functionWords.INCISE_ADJUNCT_PHRASES,
  PERSON_NOUN_SPEAKERS: true,
  APPOSITION_ENDERS: functionWords.PREPOSITIONS,
  IMPERSONAL_SUBJECTS: functionWords.IMPERSONAL_SUBJECTS,
  FEMININE_ARTICLES: functionWords.FEMININE_ARTICLES,
  MASCULINE_ARTICLES: functionWords.MASCULINE_ARTICLES,
  AS_CLAUSE_OPENERS: functionWords.AS_CLAUSE_OPENERS,
  PERSON_PRONOUNS: pronouns.PERSON_PRONOUNS,
  THING_PRONOUNS: pronouns.THING_PRONOUNS,
  PLURAL_PRONOUNS: pronouns.PLURAL_PRONOUNS,
  SPEAKER_PRONOUNS: pronouns.SPEAKER_PRONOUNS,
  THIRD_PERSON_SUBJECTS: pronouns.THIRD_PERSON_SUBJECTS,
  SUBJECT_PRONOUNS: pronouns.SUBJECT_PRONOUNS,
  SECOND_REPORT_SUBJECTS: pronouns.SECOND_REPORT_SUBJECTS,
  OBJECT_PRONOUNS: pronouns.OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS: pronouns.PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS: pronouns.RELATIVE_PRONOUNS,
  RELATIVE_WORDS: pronouns.RELATIVE_WORDS,
  RELATIVES_AFTER_SPEAKER: pronouns.RELATIVES_AFTER_SPEAKER,
  WEEKDAYS,
  MONTHS,
  MONTHS_AND_DAYS,
  ...actorWords,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  ...roleWords,
  ...notClaims,
  ...seamWords,
  // no annotated Russian corpus: no learned model, the rules alone
  MODELS: {},
};
