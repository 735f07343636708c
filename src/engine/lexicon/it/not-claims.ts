/**
 * Italian words for what is never a claim, though a cue verb or a colon stands in it (step 3d, judge-frames.ts): a
 * deed after the verb (a plea, a verdict, a sum, a result), the writer's own voice, a section label, a news agency
 * after a dateline, and page furniture in a text read without its page ("Leggi anche", "Pubblicità").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const MEASURE_UNITS = set(`% per cento punti punto euro dollari milioni miliardi secondi minuti ore giorni settimane
  mesi anni metri chilometri tonnellate voti seggi gol reti`);
export const MEASURE_FOLLOWERS = new Set([...set(`a di in su per e o da ieri più contro rispetto`), ',', '.', ';', ')']);

export const DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  dichiarare: ['colpevole|innocente|fallimento|guerra|forfait|decaduto|decaduta|inammissibile|illegittimo|illegittima'],
  riconoscere: ['colpevole|responsabile|colpevoli|responsabili'],
  giudicare: ['colpevole|inammissibile|ammissibile|colpevoli'],
  riportare: ['ferite|danni|lesioni|fratture|ustioni|contusioni|gravi ferite|lievi ferite|gravi lesioni|una ferita|un trauma|una frattura|una condanna|una vittoria|la vittoria|un successo|il successo|una sconfitta'],
  confermare: ['il titolo|la leadership|il primato|la vittoria|il contratto'],
  mostrare: ['i muscoli'],
  dire: ['sì|no'],
};

export const PASSIVE_DEED_LEMMAS = set(`accusare giudicare dichiarare riconoscere`);
export const WRITER_PRONOUNS = set(`io noi nostro nostra nostri nostre mio mia miei mie me`);
export const SECTION_LABELS = set(`leggi anche video diretta live foto analisi editoriale commento rubrica esclusiva
  reportage inchiesta intervista ritratto aggiornamento ultime notizie`);
export const NEWS_AGENCIES = set(`ansa adnkronos agi askanews lapresse reuters ap afp dire italpress nova`);

/** How a furniture line opens: a pointer to another article, an advertisement, a share or subscription prompt. */
const FURNITURE_OPENINGS: readonly string[] = ['leggi anche', 'leggi la', 'leggi il', 'guarda anche', 'vedi anche',
  'pubblicità', 'condividi', 'abbonati', 'iscriviti', 'seguici', 'newsletter', 'riproduzione riservata',
  '© riproduzione', 'foto:', 'credit', 'aggiornato'];
const FURNITURE_MAX_LENGTH = 160;

export function isFurnitureLine(line: string): boolean {
  const lower = line.trim().toLowerCase();
  return lower.length <= FURNITURE_MAX_LENGTH && FURNITURE_OPENINGS.some((opening) => lower.startsWith(opening));
}

/**
 * Cue lemmas whose bare noun-phrase object names only a topic, not what was said ("ha ribadito il problema", "ha
 * aggiornato il numero delle vittime", "denuncia la situazione"): a claim only with a clause or a quotation after them
 * (judge-frames.ts). Not "annunciare", "confermare", "sottolineare", whose object is what was said ("ha confermato la
 * morte di un soldato", "ha sottolineato l'importanza di …").
 */
export const TOPIC_OBJECT_LEMMAS = set(`ribadire denunciare criticare commentare aggiornare lamentare difendere rilanciare
  attaccare accusare`);
