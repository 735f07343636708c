/**
 * Spanish words for what is never a claim, though a cue verb or a colon stands in it (step 3d, judge-frames.ts): a
 * deed after the verb (a plea, a verdict, a sum, a time: "contestó 17 segundos después"), the writer's own voice, a
 * section label, a news agency after a dateline, and page furniture in a text read without its page ("Lea también",
 * "Publicidad").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const MEASURE_UNITS = set(`% por ciento puntos punto euros dólares pesos millones millones mil segundos minutos
  horas días semanas meses años metros kilómetros toneladas votos escaños goles puntos`);
export const MEASURE_FOLLOWERS = new Set([...set(`a de en sobre por y o desde ayer más contra después antes tarde`), ',', '.', ';', ')']);

export const DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  declarar: ['culpable|inocente|desierto|desierta|nulo|nula|improcedente|procedente|ante|la guerra|el estado|persona'],
  reconocer: ['culpable|responsable'],
  contar: ['con'],
  // "se ha negado a partir al exilio": refused to, a deed
  negar: ['a'],
  confirmar: ['su pase|el pase|su clasificación|su victoria|su presencia'],
  asegurar: ['su pase|el pase|la victoria|el título|la permanencia|el triunfo|su plaza|la plaza'],
};

export const PASSIVE_DEED_LEMMAS = set(`acusar declarar reconocer condenar`);
export const WRITER_PRONOUNS = set(`yo nosotros nosotras nuestro nuestra nuestros nuestras mi mis`);
export const SECTION_LABELS = set(`lea leer también vídeo video directo en análisis editorial opinión tribuna crónica
  exclusiva reportaje entrevista fotos galería última hora actualización`);
export const NEWS_AGENCIES = set(`efe afp reuters ap europa press ansa dpa xinhua notimex`);

/** How a furniture line opens: a pointer to another article, an advertisement, a share or subscription prompt. */
const FURNITURE_OPENINGS: readonly string[] = ['lea también', 'lee también', 'leer más', 'te puede interesar', 'le puede interesar',
  'puede interesarte', 'también te puede', 'ver también', 'publicidad', 'compartir', 'suscríbete', 'suscribete', 'síguenos',
  'newsletter', 'boletín', 'foto:', 'fotografía:', 'actualizado', 'más información', 'relacionadas', 'noticias relacionadas'];
const FURNITURE_MAX_LENGTH = 160;

export function isFurnitureLine(line: string): boolean {
  const lower = line.trim().toLowerCase();
  return lower.length <= FURNITURE_MAX_LENGTH && FURNITURE_OPENINGS.some((opening) => lower.startsWith(opening));
}
