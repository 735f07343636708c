/**
 * German reports, one construction each, on invented sentences (constructions/clause-reports.ts with lexicon/de/):
 * verb-second and verb-final order, separable verbs, "laut", "zufolge", "nach Angaben", "so", incises, colon quotes,
 * German quotation marks, ordinals and abbreviations, and the Konjunktiv I that goes on with the report before it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Span, type TextBlock } from '../../src/engine/index.js';
import { registerToolLanguages } from '../../src/engine/lab/index.js';

registerToolLanguages();

function read(...paragraphs: string[]): { analysis: Analysis; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [{ kind: 'headline', text: 'Ein Titel' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))];
  return { analysis: analyze(blocks, { language: 'de' }), blocks };
}

/** Each claim as "cue | speaker | content". */
function claimsOf(...paragraphs: string[]): string[] {
  const { analysis, blocks } = read(...paragraphs);
  const text = (s: Span | null): string => (s === null ? '-' : (blocks[s.block]?.text ?? '').slice(s.start, s.end));
  return analysis.claims.map((c) => `${text(c.cue)} | ${text(c.source)} | ${c.content.map(text).join(' … ')}`);
}

describe('German reports', () => {
  it('reads the speaker before the cue and the content after its comma (verb-second)', () => {
    expect(claimsOf('Die Bürgermeisterin sagte, die Brücke werde im Mai wieder geöffnet.'))
      .toEqual(['sagte | Die Bürgermeisterin | die Brücke werde im Mai wieder geöffnet']);
  });

  it('reads an inverted speaker after the finite verb', () => {
    expect(claimsOf('Am Dienstag erklärte der Verkehrsminister, dass die Strecke saniert werden müsse.'))
      .toEqual(['erklärte | der Verkehrsminister | dass die Strecke saniert werden müsse']);
  });

  it('finds the particle of a separable verb at the end of its clause', () => {
    expect(claimsOf('Die Feuerwehr teilte am Abend mit, dass niemand verletzt worden sei.'))
      .toEqual(['teilte | Die Feuerwehr | dass niemand verletzt worden sei']);
    // "teilte" without its particle shares: no report
    expect(claimsOf('Der Verein teilte die Einnahmen, die er erzielt hatte.')).toEqual([]);
  });

  it('reads "wies … zurück" with its content after the comma', () => {
    expect(claimsOf('Der Konzern wies die Vorwürfe zurück, er habe sich stets an die Regeln gehalten.'))
      .toEqual(['wies | Der Konzern | er habe sich stets an die Regeln gehalten']);
  });

  it('reads an incise after the content: "…, sagte er"', () => {
    expect(claimsOf('„Wir haben heute alles gegeben“, sagte die Trainerin nach dem Spiel.'))
      .toEqual(['sagte | die Trainerin | „Wir haben heute alles gegeben“']);
  });

  it('reads "…, so der Minister"', () => {
    expect(claimsOf('Die Preise würden im Herbst sinken, so der Wirtschaftsminister.'))
      .toEqual(['so | der Wirtschaftsminister | Die Preise würden im Herbst sinken']);
  });

  it('reads a verb-final cue after "wie"', () => {
    expect(claimsOf('Die Schule bleibt bis Freitag geschlossen, wie die Stadtverwaltung mitteilte.'))
      .toEqual(['mitteilte | die Stadtverwaltung | Die Schule bleibt bis Freitag geschlossen']);
  });

  it('reads "laut X", "X zufolge" and "nach Angaben X" as framing their sentence', () => {
    expect(claimsOf('Laut Polizei wurden drei Autos beschädigt.')).toEqual(['Laut | Polizei | wurden drei Autos beschädigt']);
    expect(claimsOf('Ersten Schätzungen zufolge kamen rund tausend Besucher.'))
      .toEqual(['zufolge | Ersten Schätzungen | kamen rund tausend Besucher']);
    expect(claimsOf('Nach Angaben des Veranstalters ist das Konzert ausverkauft.'))
      .toEqual(['Nach | Angaben des Veranstalters | ist das Konzert ausverkauft']);
    // "nach" before no noun of report is a preposition of time or place
    expect(claimsOf('Nach dem Spiel feierten die Fans auf dem Marktplatz.')).toEqual([]);
  });

  it('reads a colon-introduced quotation in „…“ marks', () => {
    expect(claimsOf('Die Ärztin betonte: „Die Impfung schützt auch ältere Menschen.“'))
      .toEqual(['betonte | Die Ärztin | „Die Impfung schützt auch ältere Menschen.“']);
  });

  it('pairs »…« and «…» quotation marks', () => {
    expect(claimsOf('»Wir bleiben hier«, sagte die Sprecherin.')).toEqual(['sagte | die Sprecherin | »Wir bleiben hier«']);
    expect(claimsOf('«Das Projekt ist gescheitert», sagte der Gemeinderat.')).toEqual(['sagte | der Gemeinderat | «Das Projekt ist gescheitert»']);
  });

  it('credits a Konjunktiv I sentence to the speaker of the report before it', () => {
    const { analysis } = read('Die Ministerin Eva Roth sagte, das Gesetz komme noch in diesem Jahr. Es sei mit allen Ländern abgestimmt.');
    expect(analysis.claims).toHaveLength(2);
    expect(analysis.claims[1]?.actorId).toBe(analysis.claims[0]?.actorId);
    // an indicative sentence opening the next paragraph ends the report: nothing goes on after it
    expect(claimsOf('Der Sprecher sagte, es gebe keine Pläne.', 'Das Wetter war schön. Es sei alles gut.')).toHaveLength(1);
    // in the report's own paragraph it only pauses it (german-news.test.ts)
    expect(claimsOf('Der Sprecher sagte, es gebe keine Pläne. Das Wetter war schön. Es sei alles gut.')).toHaveLength(2);
  });

  it('names the speaker through a relative clause or an apposition', () => {
    expect(claimsOf('Der Verband, der rund 300 Betriebe vertritt, forderte, dass die Steuer sinken müsse.'))
      .toEqual(['forderte | Der Verband | dass die Steuer sinken müsse']);
  });

  it('gives a passive no speaker as its subject', () => {
    // the subject of "wurden … festgestellt" is what was found, not who found it: a report with no speaker
    expect(claimsOf('In der Probe wurden Spuren festgestellt, dass das Wasser verunreinigt sei.'))
      .toEqual(['festgestellt | - | dass das Wasser verunreinigt sei']);
    expect(claimsOf('Dem Bürgermeister wird vorgeworfen, die Kasse geplündert zu haben.'))
      .toEqual(['vorgeworfen | - | die Kasse geplündert zu haben']);
  });

  it('ends no sentence at an ordinal or an abbreviation', () => {
    expect(claimsOf('Am 3. Oktober sagte Dr. Lena Brandt, die Forschung sei z. B. für Kliniken wichtig.'))
      .toEqual(['sagte | Dr. Lena Brandt | die Forschung sei z. B. für Kliniken wichtig']);
  });

  it('reads "Das teilte X mit." as reporting the sentence before it', () => {
    expect(claimsOf('Die Ausstellung wird bis Ende Mai verlängert. Das teilte das Stadtmuseum am Freitag mit.'))
      .toEqual(['teilte | das Stadtmuseum | Die Ausstellung wird bis Ende Mai verlängert']);
  });

  it('takes the quoted words after "als" as the content', () => {
    expect(claimsOf('Die Stadträtin bezeichnete den Entwurf als „völlig unausgegoren“.'))
      .toEqual(['bezeichnete | Die Stadträtin | „völlig unausgegoren“']);
  });

  it('makes any verb before a colon and a quotation a cue', () => {
    expect(claimsOf('Der Bürgermeister reagierte gelassen: „Wir haben alles im Griff.“'))
      .toEqual(['reagierte | Der Bürgermeister | „Wir haben alles im Griff.“']);
  });

  it('credits a quoted sentence after a report in its paragraph to that report\'s speaker', () => {
    const { analysis } = read('Die Trainerin Mia Sommer sagte, die Mannschaft sei gut vorbereitet. „Wir fürchten niemanden.“');
    expect(analysis.claims).toHaveLength(2);
    expect(analysis.claims[1]?.actorId).toBe(analysis.claims[0]?.actorId);
  });

  it('reads a summed-up report with its object as content', () => {
    expect(claimsOf('Die Polizei bestätigte die Festnahme eines Verdächtigen.'))
      .toEqual(['bestätigte | Die Polizei | die Festnahme eines Verdächtigen']);
  });

  it('reads roles from German titles and role nouns, and names the person without them', () => {
    const { analysis } = read('Innenministerin Karla Vogt sagte, die Lage sei ernst.',
      'Der Politologe Jonas Brehm erklärte, die Wahl sei entschieden.', 'Laut Polizei wurden drei Autos beschädigt.');
    const roles = analysis.actors.map((a) => `${a.name}: ${a.role}`);
    expect(roles).toContain('Karla Vogt: politician');
    expect(roles).toContain('Jonas Brehm: expert');
    expect(roles).toContain('Polizei: justice');
  });

  it('reads a genitive name as the owner, not a person named so: "Merkels Sprecher"', () => {
    const { analysis } = read('Brandts Sprecher sagte, die Reise sei abgesagt.');
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.actors.map((a) => a.name)).not.toContain('Brandts');
  });
});
