/**
 * French words for what is never a claim, though a cue verb or a colon stands in it (step 3d, judge-frames.ts): a
 * deed after the verb (a plea, a verdict, a sum), the writer's own voice, a section label, a news agency after a
 * dateline, and page furniture in a text read without its page ("Lire aussi", "Publicité").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const MEASURE_UNITS = set(`% pour cent points point euros dollars millions milliards secondes minutes heures jours
  semaines mois ans mètres kilomètres tonnes voix sièges buts`);
export const MEASURE_FOLLOWERS = new Set([...set(`à de d' en sur par et ou depuis hier plus contre`), ',', '.', ';', ')']);

export const DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  plaider: ['coupable|non-coupable|la'],
  reconnaître: ['coupable|responsable'],
  déclarer: ['coupable|forfait|innocent|irresponsable', 'la guerre|la faillite'],
  juger: ['coupable|irrecevable|recevable|en'],
  rapporter: ['des|un|une|près|plus|environ|gros'],
  annoncer: ['la couleur'],
};

export const PASSIVE_DEED_LEMMAS = set(`accuser juger déclarer reconnaître`);
export const WRITER_PRONOUNS = set(`je j' nous notre nos mon ma mes`);
export const SECTION_LABELS = set(`lire aussi vidéo direct info infos analyse éditorial tribune chronique correction
  exclusif récit reportage enquête décryptage entretien photos témoignage portrait`);
export const NEWS_AGENCIES = set(`afp reuters ap belga ats dpa ansa efe xinhua`);

/** How a furniture line opens: a pointer to another article, an advertisement, a share or subscription prompt. */
const FURNITURE_OPENINGS: readonly string[] = ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire la suite', 'voir aussi',
  'à voir aussi', 'publicité', 'partager', 'abonnez-vous', 'inscrivez-vous', 'suivez-nous', 'newsletter',
  'vous avez des renseignements', 'retrouvez', 'crédit photo', 'photo :', 'mis à jour'];
const FURNITURE_MAX_LENGTH = 160;

export function isFurnitureLine(line: string): boolean {
  const lower = line.trim().toLowerCase();
  return lower.length <= FURNITURE_MAX_LENGTH && FURNITURE_OPENINGS.some((opening) => lower.startsWith(opening));
}
