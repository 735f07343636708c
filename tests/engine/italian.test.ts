/**
 * Italian (issue 18): the engine reads Italian news through lexicon/it and the constructions Italian has beside
 * English's — compound tenses with "avere" ("ha detto", "aveva spiegato"), the simple past and the future, a hearer's
 * clitic ("gli ha detto"), the subject Italian leaves out ("Ha aggiunto che …", "«…», ha aggiunto."), inverted incises
 * ("…, ha spiegato il sindaco"), "Lo ha detto X" after what X said, incises between dashes, «…» with “…” inside, the
 * press colon ("Il ministro: «…»"), "secondo X", "a detta di X", "stando a X", "per X, …", "X, secondo cui …" — and
 * refuses what only looks like a report (a passive, a deed, "per garantire …"). One invented sentence per
 * construction, our own writing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/engine/index.js';
import { analyzeParagraphs, spanText } from './paragraphs.js';
import { lexiconFor, registerToolLanguages, segment } from '../../src/engine/lab/index.js';

// Italian is a bundle of its own in the extension; the tools, and this test, register every language
beforeAll(() => registerToolLanguages());

const analysisOf = (...paragraphs: string[]): Analysis => analyzeParagraphs('it', paragraphs);

/** Each claim shown by default as "speaker | cue | first content fragment", the speaker as the actor's name. */
function claimsOf(...paragraphs: string[]): string[] {
  const a = analysisOf(...paragraphs);
  return a.claims.filter((c) => c.kind !== 'thought').map((c) => {
    const actor = a.actors.find((x) => x.id === c.actorId)?.name ?? '?';
    return `${actor} | ${spanText(a, c.cue)} | ${spanText(a, c.content[0] ?? null)}`;
  });
}

describe('the Italian lexicon is registered', () => {
  it('is found by its tag and by a regional tag', () => {
    expect(lexiconFor('it').language).toBe('it');
    expect(lexiconFor('it-CH').language).toBe('it');
  });

  it('inflects its verbs by rule: presents, pasts, futures, participles, gerunds', () => {
    const lex = lexiconFor('it');
    for (const form of ['dice', 'dicono', 'disse', 'dissero', 'dirà', 'direbbe', 'detto', 'dicendo']) expect(lex.lemmaOf(form)).toBe('dire');
    for (const form of ['dichiara', 'dichiarò', 'dichiarerà', 'dichiarato', 'dichiarata', 'dichiarando']) expect(lex.lemmaOf(form)).toBe('dichiarare');
    expect(lex.lemmaOf('spiegherà')).toBe('spiegare');
    expect(lex.lemmaOf('annuncerà')).toBe('annunciare');
    expect(lex.lemmaOf('riferisce')).toBe('riferire');
    expect(lex.lemmaOf('fa sapere')).toBe('far sapere');
  });
});

describe('segmenting Italian', () => {
  it('splits elided articles and prepositions off their word, keeping offsets', () => {
    const seg = segment([{ kind: 'paragraph', text: "L'esercito dell'Onu e un'altra agenzia." }], lexiconFor('it'));
    expect(seg.tokens.map((t) => t.text)).toEqual(["L'", 'esercito', "dell'", 'Onu', 'e', "un'", 'altra', 'agenzia', '.']);
    expect(seg.tokens[1]?.start).toBe(2);
  });

  it('joins a two-word verb of saying into one token', () => {
    const seg = segment([{ kind: 'paragraph', text: 'Il comune fa sapere che la scuola riapre.' }], lexiconFor('it'));
    expect(seg.tokens.map((t) => t.text)).toContain('fa sapere');
  });

  it('leaves English tokens as they were', () => {
    const seg = segment([{ kind: 'paragraph', text: "L'Oréal said it's fine." }], lexiconFor('en'));
    expect(seg.tokens.map((t) => t.text)).toEqual(["L'Oréal", 'said', "it's", 'fine', '.']);
  });
});

describe('tenses and clitics', () => {
  it('reads the compound past with "avere", the pluperfect, the simple past and the future', () => {
    expect(claimsOf('Il ministro Marco Ferri ha detto che il governo resiste.')).toEqual(['Marco Ferri | ha detto | che il governo resiste']);
    expect(claimsOf('I sindacati hanno spiegato che lo sciopero continua.')).toEqual(['I sindacati | hanno spiegato | che lo sciopero continua']);
    expect(claimsOf('Rossi aveva dichiarato che era pronto.')).toEqual(['Rossi | aveva dichiarato | che era pronto']);
    expect(claimsOf('Rossi disse che era pronto.')).toEqual(['Rossi | disse | che era pronto']);
    expect(claimsOf('Rossi dirà che è pronto.')).toEqual(['Rossi | dirà | che è pronto']);
    expect(claimsOf('Rossi afferma che è pronto.')).toEqual(['Rossi | afferma | che è pronto']);
  });

  it('reads a subject whose adjunct after a comma has no comma before the verb', () => {
    expect(claimsOf('Il ministro della Salute, Orazio Schillaci, in un\'intervista al Corriere della Sera ha spiegato che i vaccini sono sicuri.'))
      .toEqual(['Orazio Schillaci | ha spiegato | che i vaccini sono sicuri']);
  });

  it('reads a hearer\'s clitic before the verb and "loro" after it', () => {
    expect(claimsOf('Il premier gli ha detto che era tardi.')).toEqual(['Il premier | ha detto | che era tardi']);
    expect(claimsOf('Il presidente ha detto loro che la guerra è finita.')[0]).toMatch(/^Il presidente \| ha detto \| (?:loro )?che la guerra è finita$/);
  });

  it('reads a hearer before the clause of "ha informato": "ha informato i lavoratori che …"', () => {
    expect(claimsOf('Il sindacato ha informato i lavoratori che lo sciopero è sospeso.'))
      .toEqual(['Il sindacato | ha informato | che lo sciopero è sospeso']);
  });

  it('reads "fa sapere" and "ha reso noto" as one verb', () => {
    expect(claimsOf('Il sindaco ha fatto sapere che la scuola riaprirà.')).toEqual(['Il sindaco | ha fatto sapere | che la scuola riaprirà']);
    expect(claimsOf('La società ha reso noto che i conti sono in ordine.')).toEqual(['La società | ha reso noto | che i conti sono in ordine']);
  });
});

describe('the subject Italian leaves out', () => {
  it('gives "Ha aggiunto che …" to the one who just spoke', () => {
    expect(claimsOf('Il ministro Marco Ferri ha detto che la riforma è pronta. Ha aggiunto che il voto arriverà a maggio.')[1])
      .toBe('Marco Ferri | Ha aggiunto | che il voto arriverà a maggio');
  });

  it('gives "«…», ha aggiunto." to the one who just spoke, a woman when the person last named is one', () => {
    const claims = claimsOf('«Non molliamo», ha detto la portavoce Maria Zakharova. «I rischi crescono», ha aggiunto.');
    expect(claims[1]).toBe('Maria Zakharova | ha aggiunto | «I rischi crescono»');
  });

  it('gives "Hanno detto che …" to the group that just spoke', () => {
    expect(claimsOf('I sindacati hanno spiegato che lo sciopero resta. Hanno detto che la trattativa è ferma.')[1])
      .toBe('I sindacati | Hanno detto | che la trattativa è ferma');
  });
});

describe('inverted incises and the sentence before', () => {
  it('reads "…, ha spiegato il sindaco" and "…, dice Rossi"', () => {
    expect(claimsOf('«Siamo pronti», ha spiegato il sindaco di Roma.')).toEqual(['il sindaco di Roma | ha spiegato | «Siamo pronti»']);
    expect(claimsOf('«È una vergogna», dice Rossi.')).toEqual(['Rossi | dice | «È una vergogna»']);
  });

  it('reads "Lo ha detto X." and "Lo riferisce X" as reporting the sentence before', () => {
    expect(claimsOf('«Non ci fermeremo». Lo ha detto la portavoce del governo, Anna Bianchi.'))
      .toEqual(['Anna Bianchi | ha detto | «Non ci fermeremo»']);
    expect(claimsOf('Un attacco ha colpito un edificio, uccidendo cinque persone. Lo riferisce l\'Associated Press.'))
      .toEqual(['Associated Press | riferisce | Un attacco ha colpito un edificio, uccidendo cinque persone']);
    expect(claimsOf('I miliziani avevano gli indirizzi. È quanto riferisce l\'emittente Channel 13.')[0])
      .toBe("l'emittente Channel 13 | riferisce | I miliziani avevano gli indirizzi");
  });

  it('reads the verbless "«…». Così X." after a quotation, not "Così" opening a clause of its own', () => {
    expect(claimsOf('«Non arretreremo». Così il ministro dell\'Interno Matteo Piantedosi.'))
      .toEqual(['Matteo Piantedosi | Così | «Non arretreremo»']);
    expect(claimsOf('«Non arretreremo». Così il ministro ha chiuso la conferenza.')).toEqual([]);
  });

  it('reads an incise between dashes inside a quotation, the quotation going on after it', () => {
    const a = analysisOf("\"La situazione è grave - scrive l'agenzia su X - I rifugi sono pieni\".");
    expect(a.claims.map((c) => spanText(a, c.cue))).toEqual(['scrive']);
    expect(a.claims[0]?.content.map((s) => spanText(a, s).trim())).toEqual(['"La situazione è grave', 'I rifugi sono pieni"']);
  });
});

describe('quotation marks and colons', () => {
  it('keeps “…” inside «…» as part of the quotation', () => {
    expect(claimsOf('«Chi parla di “stangata” sbaglia», ha detto Ferri.')).toEqual(['Ferri | ha detto | «Chi parla di “stangata” sbaglia»']);
  });

  it('reads the press colon with no verb: "Il ministro: «…»", a label opening a headline', () => {
    expect(claimsOf('Il ministro: «Basta con le polemiche».')).toEqual(['Il ministro | : | «Basta con le polemiche»']);
    const a = analyze([{ kind: 'headline', text: 'Lavrov: «Inaccettabili violenze su civili»' },
      { kind: 'paragraph', text: 'Lo ha detto Lavrov ieri.' }], { language: 'it' });
    expect(a.claims.map((c) => spanText(a, c.cue))).toContain(':');
  });

  it('keeps a headline title and its body as one speaker: "Ambasciatore Israele:" is no person named Israele', () => {
    expect(claimsOf('Ambasciatore Francia: “Colpito un deposito di armi”', 'Francia: “Nessun accordo sul grano”',
      'Capo Oms: “Ospedali al collasso”', 'Oms: “Mancano i farmaci”')).toEqual([
      'Ambasciatore Francia | : | “Colpito un deposito di armi”', 'Francia | : | “Nessun accordo sul grano”',
      'Capo Oms | : | “Ospedali al collasso”', 'Oms | : | “Mancano i farmaci”']);
    // the title alone, capitalised, writes of them again
    expect(claimsOf('Ambasciatore Francia: “Colpito un deposito di armi”', "L'Ambasciatore ha poi spiegato che la tregua è vicina."))
      .toContain('Ambasciatore Francia | spiegato | che la tregua è vicina');
    // a title before a person's name still goes: "Ministro Ferri" is Ferri
    expect(claimsOf('Ministro Ferri: “Nessun rincaro”')).toEqual(['Ferri | : | “Nessun rincaro”']);
  });

  it('reads "l\'agenzia" as the agency just quoted: "Unicef: …" then "scrive l\'agenzia"', () => {
    expect(claimsOf('Unicef: “Scuole piene oltre la capacità”', 'Sono mille gli sfollati. "La situazione è grave - scrive l\'agenzia su X - Le scuole sono piene".'))
      .toEqual(['Unicef | : | “Scuole piene oltre la capacità”', 'Unicef | scrive | "La situazione è grave ']);
    // a body that is no agency stays the description
    expect(claimsOf('Il comune: “Scuole chiuse”', "La situazione è grave, ha detto l'agenzia.")[1]).toMatch(/^l'agenzia \|/u);
  });

  it('leaves a headline label before no quotation alone: "Medioriente: Sunak incontra Guterres"', () => {
    const a = analyze([{ kind: 'headline', text: 'Medioriente: Sunak incontra Guterres a Londra' },
      { kind: 'paragraph', text: 'Il vertice in Medioriente è fissato.' }], { language: 'it' });
    expect(a.claims).toEqual([]);
  });
});

describe('secondo, a detta di, stando a, per', () => {
  it('reads each before a source and its clause', () => {
    expect(claimsOf('Secondo la polizia, i ladri sono fuggiti.')).toEqual(['la polizia | Secondo | i ladri sono fuggiti']);
    expect(claimsOf('A detta degli esperti, il ponte è sicuro.')).toEqual(['esperti | A detta degli | il ponte è sicuro']);
    expect(claimsOf('A detta di Rossi, il ponte è sicuro.')).toEqual(['Rossi | A detta di | il ponte è sicuro']);
    expect(claimsOf('Stando al rapporto della prefettura, i danni sono gravi.'))
      .toEqual(['rapporto della prefettura | Stando al | i danni sono gravi']);
    expect(claimsOf('Per il presidente, la legge è sbagliata.')).toEqual(['il presidente | Per | la legge è sbagliata']);
    expect(claimsOf('Secondo la Bbc sono almeno 17 i caduti.')).toEqual(['Bbc | Secondo | sono almeno 17 i caduti']);
    expect(claimsOf('Per Salvini «il ponte si farà».')).toEqual(['Salvini | Per | «il ponte si farà»']);
  });

  it('reads "secondo quanto riferito da X" and "X, secondo cui …"', () => {
    expect(claimsOf('Secondo quanto riferito dalla polizia, i ladri sono fuggiti.')).toEqual(['polizia | Secondo quanto riferito dalla | i ladri sono fuggiti']);
    expect(claimsOf('È morto un uomo. Lo riporta Al Jazeera, secondo cui il servizio di emergenza ha trovato l\'uomo.')).toEqual([
      'Al Jazeera | riporta | È morto un uomo',
      "Al Jazeera | secondo | il servizio di emergenza ha trovato l'uomo",
    ]);
  });

  it('reads "«…», si legge nella nota del ministero": the document is the speaker; not "in una nota" of no one', () => {
    expect(claimsOf('«Siamo pronti», si legge nella nota del ministero.')).toEqual(['nota del ministero | si legge | «Siamo pronti»']);
    expect(claimsOf('«Siamo pronti», si legge in una nota.')).toEqual([]);
  });

  it('refuses "secondo me", "per garantire …" and "per tale motivo"', () => {
    expect(claimsOf('Secondo me, il governo sbaglia.')).toEqual([]);
    expect(claimsOf('Per garantire la sicurezza, il governo agisce.')).toEqual([]);
    expect(claimsOf('Per tale motivo, gli Stati Uniti agiscono.')).toEqual([]);
  });
});

describe('what a claim is', () => {
  it('shows "ritiene", "crede", "pensa", "intende" as thoughts and "il rapporto mostra" as a finding', () => {
    const a = analysisOf('Bianchi ritiene che il governo cadrà. Rossi crede che sia tardi. Verdi pensa che vinceremo. ' +
      'Neri intende presentare ricorso. Il rapporto mostra che la disoccupazione è calata.');
    expect(a.claims.map((c) => `${c.cueLemma}:${c.kind}`)).toEqual(['ritenere:thought', 'credere:thought', 'pensare:thought',
      'intendere:thought', 'mostrare:finding']);
  });

  it('refuses deeds: a verdict, a passive, an injury, a result, a contract', () => {
    expect(claimsOf('Il giudice ha dichiarato colpevole l\'imputato.')).toEqual([]);
    expect(claimsOf('Sala è stato accusato di frode fiscale.')).toEqual([]);
    expect(claimsOf('Il capitano ha riportato una frattura al polso.')).toEqual([]);
    expect(claimsOf('La squadra ha confermato il primato in classifica.')).toEqual([]);
    expect(claimsOf('L\'azienda ha ricordato i dipendenti scomparsi.')).toEqual([]);
    expect(claimsOf('È importante notare che la regione è strategica.')).toEqual([]);
  });
});

describe('constructions of real Italian pages (issue 18, second pass)', () => {
  it('reads a gerund written with no comma after the report it goes on with: "… Rossi aggiungendo che …"', () => {
    expect(claimsOf('I lavori finiranno a giugno. Lo ha detto l\'assessore Paolo Rinaldi aggiungendo che i fondi ci sono.'))
      .toEqual(['Paolo Rinaldi | ha detto | I lavori finiranno a giugno', 'Paolo Rinaldi | aggiungendo | che i fondi ci sono']);
    expect(claimsOf('La sindaca Carla Neri è intervenuta. «Abbiamo chiuso la scuola», ha affermato spiegando di aver sentito i genitori.'))
      .toEqual(['Carla Neri | ha affermato | «Abbiamo chiuso la scuola»', 'Carla Neri | spiegando | di aver sentito i genitori']);
  });

  it('reads a subject named at length and set off by a comma before its verb: "Il capo …, ha affermato che …"', () => {
    expect(claimsOf('Il comandante della polizia locale Sergio Valli, ha affermato che le strade saranno chiuse.'))
      .toEqual(['Sergio Valli | ha affermato | che le strade saranno chiuse']);
    // (an inverted incise after content ending in a name keeps its comma)
    expect(claimsOf('La gara si correrà a Monza, ha detto Valli.')).toEqual(['Valli | ha detto | La gara si correrà a Monza']);
  });

  it('names the person after a title of several words: "il capo di stato maggiore Luca Ferri"', () => {
    expect(claimsOf('«Le truppe restano», ha detto il capo di stato maggiore Luca Ferri.'))
      .toEqual(['Luca Ferri | ha detto | «Le truppe restano»']);
  });
});
