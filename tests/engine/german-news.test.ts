/**
 * German reports as real news pages write them (issue 17's judged pages in tests/fixtures/news-gold/de/ showed each),
 * on our own invented sentences: someone's own account ("nach eigenen Angaben"), a hearer after a bare name
 * ("erklärt Brenner der Zeitung"), a quotation with its cue and no comma (Swiss), a list of compound parts in a role,
 * and the roles of German compounds.
 */
import { describe, expect, it } from 'vitest';
import { analyze, blocksFromPlainText, toExtractRecord, type Analysis, type Span, type TextBlock } from '../../src/engine/index.js';
import { registerToolLanguages } from '../../src/engine/lab/index.js';
import { annotatesNestedQuotes } from '../../src/engine/languages.js';

registerToolLanguages();

function read(...paragraphs: string[]): { analysis: Analysis; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [{ kind: 'headline', text: 'Ein Titel' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))];
  return { analysis: analyze(blocks, { language: 'de' }), blocks };
}

/** Each claim as "cue | source | actor | content". */
function claimsOf(...paragraphs: string[]): string[] {
  const { analysis, blocks } = read(...paragraphs);
  const text = (s: Span | null): string => (s === null ? '-' : (blocks[s.block]?.text ?? '').slice(s.start, s.end));
  return analysis.claims.map((c) => `${text(c.cue)} | ${text(c.source)} | ${analysis.actors.find((a) => a.id === c.actorId)?.name ?? '-'} | ` +
    `${c.content.map(text).join(' … ')}`);
}

function roleOf(name: string, ...paragraphs: string[]): string | undefined {
  return read(...paragraphs).analysis.actors.find((a) => a.name === name)?.role;
}

describe('German news: whose account', () => {
  it('gives "nach eigenen Angaben" to the subject after the verb, not to a person named "Angaben"', () => {
    expect(claimsOf('„Wir fangen gerade erst an“, sagte Karla Weidner am Montag. Nach eigenen Angaben hat sie schon 4000 Mitglieder geworben.'))
      .toEqual([
        'sagte | Karla Weidner | Karla Weidner | „Wir fangen gerade erst an“',
        'Nach | sie | Karla Weidner | hat sie schon 4000 Mitglieder geworben',
      ]);
  });

  it('gives "nach eigenen Angaben" inside the sentence to the subject that opens it', () => {
    expect(claimsOf('Das Landesamt für Denkmalpflege hat nach eigenen Angaben mehr als 40 Kirchen im ganzen Land untersucht.'))
      .toEqual(['nach | Das Landesamt | Landesamt | Das Landesamt für Denkmalpflege hat nach eigenen Angaben mehr als 40 Kirchen im ganzen Land untersucht']);
  });

  it('gives "nach seiner Einschätzung" to the one last reported, not to "Einschätzung"', () => {
    const claims = claimsOf('„Die Hallen sind voll“, sagte Bauernvertreter Urs Gisler. Nach seiner Einschätzung kommen vor allem Käufer aus der Stadt.');
    expect(claims[1]).toBe('Nach | Bauernvertreter Urs Gisler | Urs Gisler | kommen vor allem Käufer aus der Stadt');
  });

  it('keeps a named source after a noun of report: "nach Angaben der Polizei"', () => {
    expect(claimsOf('Nach Angaben der Polizei wurden zwei Menschen leicht verletzt.')[0])
      .toMatch(/^Nach \| Angaben der Polizei \| .* \| wurden zwei Menschen leicht verletzt$/u);
  });
});

describe('German news: speaker phrases', () => {
  it('reads "der Zeitung" after a bare name as the hearer, not as part of the speaker', () => {
    expect(claimsOf('„Wir haben nichts davon gewusst“, erklärt Brenner der Zeitung.'))
      .toEqual(['erklärt | Brenner | Brenner | „Wir haben nichts davon gewusst“']);
    // a role noun keeps its genitive
    expect(claimsOf('„Wir bleiben hier“, sagte der Sprecher der Feuerwehr.')[0]).toMatch(/^sagte \| der Sprecher der Feuerwehr \|/u);
  });

  it('reads a quotation followed by its cue without a comma', () => {
    expect(claimsOf('«Es fehlt an allem» sagte der Walliser Bauernvertreter.'))
      .toEqual(['sagte | der Walliser Bauernvertreter | Walliser Bauernvertreter | «Es fehlt an allem»']);
  });

  it('reads a role made of a list of compound parts to the name after it', () => {
    const [claim] = claimsOf('„Das reicht nicht“, sagte die Berner Bildungs-, Kultur- und Sportdirektorin Petra Vogt.');
    expect(claim).toMatch(/^sagte \| die Berner Bildungs-, Kultur- und Sportdirektorin Petra Vogt \|/u);
  });
});

describe('German news: follow-ons and cues', () => {
  it('reads an unlisted Konjunktiv I by its shape beside a third-person subject, and no preterite', () => {
    const claims = claimsOf('Die Schule habe versagt, sagte der Direktor am Montag. Er bedauere das sehr. Nun brauche es einen neuen Anfang. Er sagte das leise.');
    expect(claims.map((c) => c.split(' | ')[0])).toEqual(['sagte', 'bedauere', 'brauche']);
  });

  it('gives a role its name in an apposition after it: "der Präsident des Gemeinderats, Nicolas Féraud"', () => {
    expect(claimsOf('Die Kontrolle habe 2019 stattgefunden, sagt der Präsident des Vereins, Jonas Keller.'))
      .toEqual(['sagt | der Präsident des Vereins, Jonas Keller | Jonas Keller | Die Kontrolle habe 2019 stattgefunden']);
  });

  it('reads "regt … an" after a quotation as a report, "regt das Wachstum an" as none', () => {
    expect(claimsOf('„Man kann klein anfangen“, regt Keller an.').map((c) => c.split(' | ')[0])).toEqual(['regt']);
    expect(claimsOf('Der Regen regt das Wachstum an.')).toEqual([]);
  });

  it('reads "hielt … fest" and "gestand" as reports, "hielt den Kopf gesenkt" as none', () => {
    expect(claimsOf('„Wir bedauern dies“, hielt Keller am Dienstag fest. „Es war ein Fehler“, gestand Keller. Keller hielt den Kopf gesenkt.')
      .map((c) => c.split(' | ')[0])).toEqual(['hielt', 'gestand']);
  });
});

describe('German news: short reports before an incise', () => {
  it('reads a short clause before "sagt der Verband" as its content, and no phrase of time', () => {
    expect(claimsOf('Dafür fehlten belastbare Zahlen, sagt der Verband der Hebammen.'))
      .toEqual(['sagt | der Verband der Hebammen | Verband der Hebammen | Dafür fehlten belastbare Zahlen']);
    expect(claimsOf('Am Sonntag, 15. März, verkündete der Landrat, dass die Schulen schließen.').map((c) => c.split(' | ')[1]))
      .toEqual(['der Landrat']);
  });
});

describe('German news: where the words come from', () => {
  it('gives "Aus dem Ministerium heißt es" to the ministry, and its follow-on too; "In dem Bericht heißt es" to the report', () => {
    expect(claimsOf('Aus dem Verkehrsministerium heißt es, die Brücke sei sicher. Man habe zuletzt viel Geld investiert.'))
      .toEqual([
        'heißt | dem Verkehrsministerium | Verkehrsministerium | die Brücke sei sicher',
        'habe | dem Verkehrsministerium | Verkehrsministerium | Man habe zuletzt viel Geld investiert',
      ]);
    // (the document it stands in says it, as SpkAtt has it: below, "heißt es" in a document)
    expect(claimsOf('In dem Bericht heißt es, alles sei gut.')[0]).toMatch(/^heißt \| dem Bericht \|/u);
  });
});

describe('German news: roles', () => {
  it('reads the role of a compound from its ending, the compound a title before the name', () => {
    expect(roleOf('Kai Brandt', '„Das ist nicht neu“, sagt Russlandexperte Kai Brandt.')).toBe('expert');
    expect(roleOf('Lea Roth', '„Wir bleiben dabei“, sagte Parteipräsidentin Lea Roth.')).toBe('politician');
    expect(roleOf('Jan Petersen', '„Die Züge fahren wieder“, sagte Bahn-Sprecher Jan Petersen.')).toBe('official');
  });

  it('reads the listed role words whole and gives a plain name no role', () => {
    expect(roleOf('Dmitri Oreschkin', '„Es bleibt offen“, sagt der Politologe Dmitri Oreschkin.')).toBe('expert');
    expect(roleOf('Karla Weidner', '„Es bleibt offen“, sagt Karla Weidner.')).toBe('unknown');
  });

  it('names the spokesman of a possessive genitive, not a person called "Merkels"', () => {
    const { analysis } = read('„Wir bleiben hier“, sagte Merkels Sprecher am Montag.');
    expect(analysis.actors.map((a) => a.name)).not.toContain('Merkels');
  });
});


describe('German news: the head of a speaker phrase, where every noun has a capital', () => {
  function actorsOf(...paragraphs: string[]): string[] {
    return read(...paragraphs).analysis.actors.map((a) => `${a.name} (${a.kind}, ${a.role ?? '-'})`);
  }

  it('gives "Ein Sprecher des Gesundheitsamts" to the spokesman, not to a person named "des Gesundheitsamts"', () => {
    expect(actorsOf('Ein Sprecher des Gesundheitsamts teilte mit, die Proben würden am Freitag ausgewertet.'))
      .toEqual(['Sprecher des Gesundheitsamts (unnamed, official)']);
  });

  it('gives "nach Angaben der Kreisverwaltung" to the body, not to "Angaben der Kreisverwaltung"', () => {
    expect(actorsOf('Der Umbau der Schule soll nach Angaben der Kreisverwaltung im Herbst beginnen.').map((a) => a.split(' (')[0]))
      .toEqual(['Kreisverwaltung']);
    expect(actorsOf('Der Umbau der Schule soll nach Angaben der Kreisverwaltung im Herbst beginnen.')[0]).toMatch(/\(organisation,/);
  });

  it('gives "Den Bauern am Deich zufolge" to the farmers, not to "Deich"', () => {
    expect(claimsOf('Den Bauern am Deich zufolge steigt das Wasser seit Tagen.'))
      .toEqual(['zufolge | Den Bauern am Deich | Bauern | steigt das Wasser seit Tagen']);
  });

  it('reads "Die Opposition im Landtag" as a body, not as a person named "Landtag"', () => {
    expect(actorsOf('Die Opposition im Landtag wirft der Regierung vor, den Bericht zurückgehalten zu haben.'))
      .toEqual(['Opposition (organisation, politician)']);
  });

  it('still names a document with its genitive and a person after a title', () => {
    expect(actorsOf('Laut einem Bericht des Rechnungshofs fehlen dem Land 40 Millionen Euro.')[0]).not.toMatch(/^Rechnungshofs/);
    expect(actorsOf('„Wir bauen weiter“, sagte Ministerin Eva Roth.')).toEqual(['Eva Roth (person, politician)']);
  });
});

describe('German news: whom a pronoun means', () => {
  it('gives "…, sagte er." to the person a compound role introduced as the sentence before\'s subject', () => {
    expect(claimsOf('Die Fischereiexpertin Hanna Kolbe vom Institut in Kiel hält die Quoten für zu hoch. Die Bestände seien seit Jahren rückläufig, sagte sie.'))
      .toEqual(['sagte | sie | Hanna Kolbe | Die Bestände seien seit Jahren rückläufig']);
    expect(claimsOf('Der Verkehrsforscher Ole Wendt aus Husum kennt die Strecke gut. Die Brücke sei zu schmal für Busse, sagte er.'))
      .toEqual(['sagte | er | Ole Wendt | Die Brücke sei zu schmal für Busse']);
  });

  it('takes no title for a sentence\'s first word from the sentence before: "…, so der Kremlchef. Es handele sich …"', () => {
    const claims = claimsOf('Der Hafen sei nicht zu retten, so der Ortsvorsteher. Es handele sich um einen Verlust für alle.');
    expect(claims[1]).toMatch(/^handele \| der Ortsvorsteher \| Ortsvorsteher \|/u);
  });
});

describe('German news: a quotation after a sentence about a person', () => {
  it('gives a quoted sentence, and the reported mood after it, to the person the sentence before made its subject', () => {
    expect(claimsOf('„Das war ein Einzelfall“, sagt die Lehrerin Greta Holm. Sie unterrichtet seit Langem in Flensburg.',
      'Holm ärgert sich über die Briefe der Behörde. „Niemand liest sie bis zum Ende.“ Sie sei früher oft dort gewesen.'))
      .toEqual([
        'sagt | die Lehrerin Greta Holm | Greta Holm | „Das war ein Einzelfall“',
        '„ | Holm | Greta Holm | „Niemand liest sie bis zum Ende.“',
        'sei | Holm | Greta Holm | Sie sei früher oft dort gewesen',
      ]);
  });

  it('gives no speaker from the writer\'s question or the writer\'s own "wir"', () => {
    expect(claimsOf('Vor dem Rathaus stehen drei Beamte. Wir fragen sie, ob viel los sei. „Hier kommt niemand mehr vorbei.“')).toEqual([]);
    expect(claimsOf('Vor dem Rathaus stehen drei Beamte. Haben sie viel zu tun? „Hier kommt niemand mehr vorbei.“')).toEqual([]);
  });
});

describe('German news: a person written of again by what they are', () => {
  it('gives "sagt der Franzose" to the man last named, "so die Britin" to the woman', () => {
    expect(claimsOf('„Wir kommen jeden Tag“, sagt Lucien Marchal. Er wohnt in Forbach. „Die Grenze bleibt offen“, sagt der Franzose.').map((c) => c.split(' | ')[2]))
      .toEqual(['Lucien Marchal', 'Lucien Marchal']);
    expect(claimsOf('„Es wird teurer“, sagt Emma Clarke. Die Preise seien gestiegen, so die Britin.').map((c) => c.split(' | ')[2]))
      .toEqual(['Emma Clarke', 'Emma Clarke']);
  });

  it('keeps a people as a description when nobody of that gender spoke before', () => {
    expect(claimsOf('„Die Grenze bleibt offen“, sagt der Franzose.').map((c) => c.split(' | ')[2])).toEqual(['Franzose']);
  });
});

describe('German news: the reported mood going on', () => {
  it('reads a sentence opened by an "ob" clause as its subject as reported, and goes on after it', () => {
    const claims = claimsOf('Die Ausgänge seien frei gewesen, sagte der Bürgermeister Paul Imhof. Ob sie beleuchtet waren, sei noch offen. Das Lokal habe 2019 eine Prüfung bestanden.');
    expect(claims.map((c) => c.split(' | ')[0])).toEqual(['sagte', 'sei', 'habe']);
    expect(claims.map((c) => c.split(' | ')[2])).toEqual(['Paul Imhof', 'Paul Imhof', 'Paul Imhof']);
  });

  it('still reads "als ob" and "wenn" as no report', () => {
    expect(claimsOf('Die Ausgänge seien frei gewesen, sagte Paul Imhof. Er tat so, als ob nichts geschehen sei.').map((c) => c.split(' | ')[0])).toEqual(['sagte']);
  });
});

describe('German news: an account given by a name', () => {
  it('gives "Nach Angaben von Imhof" to the person named Imhof, not to "Angaben von Imhof"', () => {
    const claims = claimsOf('„Wir prüfen alles“, sagte der Bürgermeister Paul Imhof. Nach Angaben von Imhof war das Lokal für 80 Gäste zugelassen.');
    expect(claims[1]?.split(' | ')[2]).toBe('Paul Imhof');
  });
});

describe('German news: the reported mood after a pause', () => {
  it('goes on with the report in its paragraph after a sentence that reports nothing', () => {
    const claims = claimsOf('„Das waren Einzelfälle“, sagt Lucien Marchal. Er wohnt in Forbach. Es habe aber Beschimpfungen gegeben.');
    expect(claims.map((c) => c.split(' | ')[0])).toEqual(['sagt', 'habe']);
    expect(claims[1]?.split(' | ')[2]).toBe('Lucien Marchal');
  });

  it('takes no hearsay "soll" or "würde" after the pause: the writer may relay it', () => {
    expect(claimsOf('„Das waren Einzelfälle“, sagt Lucien Marchal. Er wohnt in Forbach. Dort soll bald eine neue Brücke gebaut werden.')
      .map((c) => c.split(' | ')[0])).toEqual(['sagt']);
    expect(claimsOf('„Das waren Einzelfälle“, sagt Lucien Marchal. Er wohnt in Forbach. Eine Brücke würde vieles leichter machen.')
      .map((c) => c.split(' | ')[0])).toEqual(['sagt']);
  });
});

describe('German news: a run of reported speech in the extraction record', () => {
  it('makes one attribution of the sentences in the reported mood after a report, as SpkAtt annotates them', () => {
    const text = 'Die Ministerin Eva Roth sagte, das Gesetz komme bald. Es sei mit allen Ländern abgestimmt. Die Kosten seien gering.';
    const analysis = analyze(blocksFromPlainText(text), { language: 'de' });
    // the reader sees a claim per sentence …
    expect(analysis.claims).toHaveLength(3);
    // … the record the report and the run after it
    const record = toExtractRecord('d1', text, analysis);
    expect(record.attributions.map((a) => (a.content.fragments ?? [[a.content.start, a.content.end]]).map(([s, e]) => text.slice(s, e))))
      .toEqual([['das Gesetz komme bald'], ['Es sei mit allen Ländern abgestimmt', 'Die Kosten seien gering']]);
  });
});

describe('German news: what is known so far', () => {
  it('reads "nach bisherigen Erkenntnissen" as nobody\'s account, "nach bisherigen Angaben" as someone\'s', () => {
    expect(claimsOf('Das Feuer brach nach bisherigen Erkenntnissen in der Küche aus.')).toEqual([]);
    expect(claimsOf('Erst nach umfangreichen Ermittlungen wurde der Mann gefasst.')).toEqual([]);
    expect(claimsOf('Das Feuer brach nach bisherigen Angaben in der Küche aus.')).toHaveLength(1);
  });
});

describe('German news: a soft hyphen in a word', () => {
  it('reads "meint \\u00adHolm" and "Sprach\\u00adwissenschaftlerin" as if the soft hyphen were not there', () => {
    expect(claimsOf('„Das ist neu“, sagt die Sprach\u00adwissenschaftlerin Greta Holm. „Es bleibt schwierig“, meint \u00adHolm.').map((c) => c.split(' | ').slice(0, 3).join(' | ')))
      .toEqual(['sagt | die Sprach\u00adwissenschaftlerin Greta Holm | Greta Holm', 'meint | Holm | Greta Holm']);
  });
});

describe('German news: more verbs of telling, a name before its institution, a "dass" clause before a colon', () => {
  it('reads "erzählt", "verweist darauf", "bezweifelt", "erinnerte daran" as reports', () => {
    expect(claimsOf('„Der Druck ist weg“, erzählt Paul Imhof.').map((c) => c.split(' | ')[0])).toEqual(['erzählt']);
    expect(claimsOf('Der Verband verweist darauf, dass die Kosten seit Jahren steigen.').map((c) => c.split(' | ')[0])).toEqual(['verweist']);
    expect(claimsOf('Die Ministerin erinnerte daran, dass die Frist im Mai ende.').map((c) => c.split(' | ')[0])).toEqual(['erinnerte']);
  });

  it('names the person, not the institution, in "Ärztin Lea Roth von der Kieler Uniklinik"', () => {
    expect(claimsOf('„Das hilft vielen“, erklärt Ärztin Lea Roth von der Kieler Uniklinik.')[0]?.split(' | ')[2]).toBe('Lea Roth');
    expect(claimsOf('„Das hilft vielen“, sagt Jan Berg vom Landesinstitut.')[0]?.split(' | ')[2]).toBe('Jan Berg');
  });

  it('takes a "dass" clause before an incise as its content though a colon follows the speaker', () => {
    expect(claimsOf('Dass die Reform hilft, bezweifelt der Forscher Jan Berg: Sie werde das Problem nicht lösen, schreibt er.')
      .map((c) => c.split(' | ')[0] + ' | ' + c.split(' | ')[3]))
      .toEqual(['bezweifelt | Dass die Reform hilft', 'schreibt | Sie werde das Problem nicht lösen']);
  });
});

describe('German news: hearsay in the next paragraph', () => {
  it('goes on with a report in its own paragraph, not in the next: there the writer relays it', () => {
    expect(claimsOf('Laut dem Polizeisprecher brannte das Haus völlig aus. Zwei Bewohner sollen verletzt worden sein.').map((c) => c.split(' | ')[0]))
      .toEqual(['Laut', 'sollen']);
    expect(claimsOf('Laut dem Polizeisprecher brannte das Haus völlig aus.', 'Indes soll ein Reporter angegriffen worden sein.').map((c) => c.split(' | ')[0]))
      .toEqual(['Laut']);
  });
});

describe('German news: a condemnation names its topic, not what was said', () => {
  it('reads "verurteilte den Vorfall scharf" as no statement, "verurteilte, dass …" as one', () => {
    expect(claimsOf('Der Außenminister verurteilte am Dienstag den Vorfall scharf.')).toEqual([]);
    expect(claimsOf('Der Außenminister verurteilte, dass die Reporter angegriffen wurden.').map((c) => c.split(' | ')[0])).toEqual(['verurteilte']);
  });
});

describe('German news: a relative clause after a cue verb', () => {
  it('is no content, whatever its mood: the incise after it reports the sentence', () => {
    expect(claimsOf('Der Wirt habe selbst Umbauten ausgeführt, für die keine Genehmigung nötig sei, erklärte der Bürgermeister.')
      .map((c) => c.split(' | ')[0] + ' | ' + c.split(' | ')[1]))
      .toEqual(['erklärte | der Bürgermeister']);
  });
});

describe('German news: a quotation inside reported speech in the extraction record', () => {
  it('is an attribution of its own, nested in the report, with its speaker and cue, when it holds three words or more', () => {
    const text = 'Der Minister sagte, der Plan sei „ein großer Schritt nach vorn“ und kein „Irrweg“.';
    const analysis = analyze(blocksFromPlainText(text), { language: 'de' });
    expect(analysis.claims).toHaveLength(1);
    const record = toExtractRecord('d1', text, analysis, { nestedQuotes: annotatesNestedQuotes('de') });
    expect(toExtractRecord('d1', text, analysis).attributions).toHaveLength(1);
    expect(record.attributions.map((a) => `${a.type} | ${text.slice(a.cue.start, a.cue.end)} | ${text.slice(a.content.start, a.content.end)}`))
      .toEqual(['mixed | sagte | der Plan sei „ein großer Schritt nach vorn“ und kein „Irrweg“', 'direct | sagte | „ein großer Schritt nach vorn“']);
  });
});

describe('German news: an apposition after a name is part of the speaker phrase', () => {
  it('runs on to its comma: "sagte Lea Roth, die Leiterin des Hafenamts in Kiel, am Montag"', () => {
    expect(claimsOf('„Wir bauen weiter“, sagte Lea Roth, die Chefin des Hafenamts in Kiel, am Montag.')[0]?.split(' | ')[1])
      .toBe('Lea Roth, die Chefin des Hafenamts in Kiel');
    expect(claimsOf('„Wir bauen weiter“, sagte Jan Berg, der Milliardär hinter der Werft, am Montag.')[0]?.split(' | ')[1])
      .toBe('Jan Berg, der Milliardär hinter der Werft');
  });

  it('reads an apposition before a relative clause in a subject the cue follows', () => {
    expect(claimsOf('Lea Roth, die Sprecherin der Grünen, sagte, das Gesetz sei gut.')[0]?.split(' | ')[1])
      .toBe('Lea Roth, die Sprecherin der Grünen');
    expect(claimsOf('Die Partei, die am Samstag gewann, forderte, dass die Steuer sinke.')[0]?.split(' | ')[1]).toBe('Die Partei');
  });
});

describe('German news: "heißt es" in a document', () => {
  it('gives "In einem Bericht der BBC heißt es" and "…, heißt es in einem Bericht" to the report, "In Berlin heißt es" to nobody', () => {
    expect(claimsOf('In einem Bericht des Landesamts heißt es, die Brücke sei marode.')[0]?.split(' | ').slice(1, 3)).toEqual(['einem Bericht des Landesamts', 'Bericht des Landesamts']);
    expect(claimsOf('Die Brücke sei marode, heißt es in einem Gutachten der Stadt.')[0]?.split(' | ')[1]).toBe('einem Gutachten der Stadt');
    expect(claimsOf('In Berlin heißt es, die Brücke sei marode.')[0]?.split(' | ')[1]).toBe('-');
  });
});

describe('German news: speaker phrases with initials, nouns made of participles, a name after a description', () => {
  it('reads "Prof. Dr. Lea W. Roth" whole, "der Bevollmächtigte der Stadt, Jan Berg" with its genitive and name', () => {
    expect(claimsOf('„Es hilft“, sagte Klinikchefin Prof. Dr. Lea W. Roth.')[0]?.split(' | ').slice(1, 3))
      .toEqual(['Klinikchefin Prof. Dr. Lea W. Roth', 'Lea W. Roth']);
    expect(claimsOf('„Es hilft“, sagte der Bevollmächtigte der Stadt, Jan Berg.')[0]?.split(' | ').slice(1, 3))
      .toEqual(['der Bevollmächtigte der Stadt, Jan Berg', 'Jan Berg']);
  });
});

describe('German news: a phrase read leftwards from "zufolge"', () => {
  it('stops at the verb after a noun: "Am Samstag starben behördlichen Angaben zufolge …"', () => {
    expect(claimsOf('Am vergangenen Samstag starben behördlichen Angaben zufolge drei Menschen.')[0]?.split(' | ')[1]).toBe('behördlichen Angaben');
    expect(claimsOf('Ersten vorläufigen Angaben zufolge sind drei Menschen tot.')[0]?.split(' | ')[1]).toBe('Ersten vorläufigen Angaben');
  });
});

describe('German news: more Konjunktiv II forms going on with a report', () => {
  it('reads "kämen", "gäbe" as reported right after a report in the paragraph, not "gingen" (a plain past too)', () => {
    expect(claimsOf('Die Kosten seien hoch, sagte Jan Berg. Zudem kämen vor allem junge Familien.').map((c) => c.split(' | ')[0])).toEqual(['sagte', 'kämen']);
    expect(claimsOf('Die Kosten seien hoch, sagte Jan Berg. Zu Silvester gingen 100 Autos in Flammen auf.').map((c) => c.split(' | ')[0])).toEqual(['sagte']);
  });
});

describe('German news: a quotation of several sentences going on with a report', () => {
  it('gives a quotation of two sentences after a report in its paragraph to that report\'s speaker', () => {
    expect(claimsOf('„Wir arbeiten bis zum Ende“, sagte die Ärztin Jana Kurz. Es werde immer enger. „Ich sehe kaum Kollegen, die das noch lange schaffen. Irgendwann geht es nicht mehr.“')
      .map((c) => c.split(' | ').slice(0, 3).join(' | ')))
      .toEqual(['sagte | die Ärztin Jana Kurz | Jana Kurz', 'werde | die Ärztin Jana Kurz | Jana Kurz', '„ | die Ärztin Jana Kurz | Jana Kurz']);
  });

  it('gives a quotation after a sentence whose subject is a person and whose verb is an auxiliary to that person', () => {
    expect(claimsOf('Ein junger Polizist wird rot, als wir nachfragen. „Das ist sonst nicht so.“')[0]?.split(' | ').slice(1, 3))
      .toEqual(['Ein junger Polizist', 'Polizist']);
  });
});

describe('German news: a name opening a paragraph after a heading', () => {
  it('is a sentence\'s subject a later "sie" may mean, though the heading before it ends on a capital', () => {
    expect(claimsOf('„Das bleibt offen“, erklärt Bruno Falk.', 'Hilfe durch die Opposition', 'Marta Lindqvist hat als erste den Antrag unterstützt. Er sei der einzige Weg, betont sie.')
      .map((c) => c.split(' | ')[2])).toEqual(['Bruno Falk', 'Marta Lindqvist']);
  });

  it('reads a clause of time before the verb as setting, not as what the speaker said', () => {
    expect(claimsOf('Wenn der Bürgermeister Jan Berg müde wurde, erinnerte er sich daran, wie alles begann.').map((c) => c.split(' | ')[3]))
      .toEqual(['wie alles begann']);
  });
});
