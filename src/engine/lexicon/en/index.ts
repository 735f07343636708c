/**
 * English: the `Lexicon` the engine reads by default, assembled from this folder's word lists — cue verbs, function
 * words, pronouns, days and months, actor words, role words, first names, abbreviations, the words the steps once held inline (seam-words.ts), and the cue precision and
 * the models learned on PolNeAR.
 */
import type { Lexicon } from '../lexicon.js';
import { ABBREVIATIONS } from './abbreviations.js';
import * as actorWords from './actor-words.js';
import { MONTHS, MONTHS_AND_DAYS, WEEKDAYS } from './calendar.js';
import * as claimKinds from './claim-kinds.js';
import * as cueVerbs from './cue-verbs.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.js';
import * as functionWords from './function-words.js';
import { LEARNED_CUE_CONTEXTS, LEARNED_CUES } from './learned-cues.generated.js';
import * as notClaims from './not-claims.js';
import * as pronouns from './pronouns.js';
import * as roleWords from './role-words.js';
import * as seamWords from './seam-words.js';
import { CONTENT_BOUNDS } from '../../model/bounds-weights.generated.js';
import { SOURCE_BOUNDS } from '../../model/source-bounds-weights.generated.js';
import { REPORT_MODEL } from '../../model/report-weights.generated.js';

export const english: Lexicon = {
  language: 'en',
  ...cueVerbs,
  ...claimKinds,
  LEARNED_CUES,
  LEARNED_CUE_CONTEXTS,
  ABBREVIATIONS,
  ...functionWords,
  ...pronouns,
  WEEKDAYS,
  MONTHS,
  MONTHS_AND_DAYS,
  ...actorWords,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  ...roleWords,
  ...seamWords,
  MEASURE_UNITS: notClaims.MEASURE_UNITS,
  MEASURE_FOLLOWERS: notClaims.MEASURE_FOLLOWERS,
  DEED_FOLLOWERS: notClaims.DEED_FOLLOWERS,
  PASSIVE_DEED_LEMMAS: notClaims.PASSIVE_DEED_LEMMAS,
  THING_OBJECTS: notClaims.THING_OBJECTS,
  GENERIC_SUBJECTS: notClaims.GENERIC_SUBJECTS,
  TOPIC_OBJECT_LEMMAS: notClaims.TOPIC_OBJECT_LEMMAS,
  TOPIC_PARTICLES: notClaims.TOPIC_PARTICLES,
  TOPIC_REASON_WORDS: notClaims.TOPIC_REASON_WORDS,
  NOTHING_SAID: notClaims.NOTHING_SAID,
  COUNTERFACTUAL_AUXILIARIES: notClaims.COUNTERFACTUAL_AUXILIARIES,
  SPEAKERLESS_PARAPHRASE_IS_NO_CLAIM: notClaims.SPEAKERLESS_PARAPHRASE_IS_NO_CLAIM,
  NOT_SOURCES_AFTER_ACCORDING_TO: notClaims.NOT_SOURCES_AFTER_ACCORDING_TO,
  WRITER_PRONOUNS: notClaims.WRITER_PRONOUNS,
  SECTION_LABELS: notClaims.SECTION_LABELS,
  NEWS_AGENCIES: notClaims.NEWS_AGENCIES,
  isFurnitureLine: notClaims.isFurnitureLine,
  // trained on PolNeAR train by `npm run train`
  MODELS: { contentStarts: CONTENT_BOUNDS, sourceBounds: SOURCE_BOUNDS, reports: REPORT_MODEL },
};
