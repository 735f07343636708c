/**
 * Italian: the `Lexicon` the engine reads for articles in Italian, assembled from this folder's word lists — cue
 * verbs and their inflections, function words, pronouns, days and months, actor and role words, first names,
 * abbreviations, and what is never a claim — and split-words.ts, which reads the elisions, the two-word verbs, the
 * "Lo ha detto X" that reports the sentence before it, and the subject Italian leaves out. No annotated corpus: the
 * cue table is written from the verbs (cue-verbs.ts), not learned.
 */
import type { Lexicon } from '../lexicon.js';
import { ABBREVIATIONS } from './abbreviations.js';
import * as actorWords from './actor-words.js';
import { MONTHS, MONTHS_AND_DAYS, WEEKDAYS } from './calendar.js';
import * as claimKinds from './claim-kinds.js';
import * as cueVerbs from './cue-verbs.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import * as functionWords from './function-words.js';
import * as notClaims from './not-claims.js';
import * as pronouns from './pronouns.js';
import { titleRefersTo } from './title-anaphora.js';
import * as roleWords from './role-words.js';
import * as seamWords from './seam-words.js';
import { splitTokens } from './split-words.js';

export const italian: Lexicon = {
  language: 'it',
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
  // the English precision rules' words (issue 16: a thing as object, "according to how", generic subjects, plural
  // nouns before a modal): none yet in Italian
  THING_OBJECTS: {},
  NOT_SOURCES_AFTER_ACCORDING_TO: new Set<string>(),
  GENERIC_SUBJECTS: new Set<string>(),
  MODALS: functionWords.MODALS,
  PLURAL_NOUN_FORMS: new Set<string>(),
  COMMAND_LEMMAS: cueVerbs.COMMAND_LEMMAS,
  LEARNED_CUES: cueVerbs.LEARNED_CUES,
  LEARNED_CUE_CONTEXTS: cueVerbs.LEARNED_CUE_CONTEXTS,
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
  INVERTED_AUXILIARIES: functionWords.INVERTED_AUXILIARIES,
  INCISE_ADJUNCTS: functionWords.INCISE_ADJUNCTS,
  INCISES_IN_QUOTATIONS: true,
  ARTICLE_BEFORE_TITLE: true,
  titleRefersTo,
  PERSON_NOUN_SPEAKERS: true,
  NOUN_MARKERS: functionWords.NOUN_MARKERS,
  INCISE_HEARER_PREPOSITIONS: functionWords.INCISE_HEARER_PREPOSITIONS,
  INCISE_SETTING_PREPOSITIONS: functionWords.INCISE_SETTING_PREPOSITIONS,
  REPORT_OF_REPORT_OBJECTS: functionWords.REPORT_OF_REPORT_OBJECTS,
  INCISE_ADJUNCT_PHRASES: functionWords.INCISE_ADJUNCT_PHRASES,
  APPOSITION_ENDERS: functionWords.PREPOSITIONS,
  PERFECT_AUXILIARIES: functionWords.PERFECT_AUXILIARIES,
  REFLEXIVES: functionWords.REFLEXIVES,
  IMPERSONAL_SUBJECTS: functionWords.IMPERSONAL_SUBJECTS,
  FEMININE_ARTICLES: functionWords.FEMININE_ARTICLES,
  MASCULINE_ARTICLES: functionWords.MASCULINE_ARTICLES,
  AS_CLAUSE_OPENERS: functionWords.AS_CLAUSE_OPENERS,
  OBJECT_CLITICS: functionWords.OBJECT_CLITICS,
  COMPOUND_PARTICIPLES: cueVerbs.COMPOUND_PARTICIPLES,
  REFLEXIVE_LEMMAS: cueVerbs.REFLEXIVE_LEMMAS,
  INCISE_ONLY_LEMMAS: cueVerbs.INCISE_ONLY_LEMMAS,
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
  // no annotated Italian corpus: no learned model, the rules alone
  MODELS: {},
};
