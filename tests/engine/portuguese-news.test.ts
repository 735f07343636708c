/**
 * Portuguese (issue 18): the engine reads Brazilian and European news through lexicon/pt and the constructions
 * Portuguese has — one invented sentence per construction (our own writing): every tense reporting uses, the
 * participle and infinitive after an auxiliary ("tem afirmado", "havia dito", "voltou a dizer"), enclitics
 * ("disse-lhe"), inverted incises ("…, afirmou a porta-voz"), a speaker left out ("“…”, afirmou."), "segundo",
 * "de acordo com", "conforme", "Para X, …", "na avaliação de", « … » with “ … ” inside, claim kinds, and what only
 * looks like a report (deeds of business, courts and sport). Then the five invented articles of
 * tests/fixtures/engine/pt/ with their judged claims.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis, type TextBlock } from '../../src/engine/index.js';
import { lexiconFor, registerToolLanguages, segment } from '../../src/engine/lab/index.js';
import { portugueseClaims, PT_FIXTURE_DIR, type PortugueseExpectation } from './portuguese-fixtures.js';

// Portuguese is a bundle of its own in the extension; the tools, and this test, register every language
beforeAll(() => registerToolLanguages());

function analysisOf(...paragraphs: string[]): Analysis {
  const blocks: TextBlock[] = [{ kind: 'headline', text: 'Um título' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))];
  return analyze(blocks, { language: 'pt' });
}

/** Each claim as "kind | cue | speaker | first content fragment", the speaker as the actor's name. */
function claimsOf(...paragraphs: string[]): string[] {
  const a = analysisOf(...paragraphs);
  const text = (s: { block: number; start: number; end: number } | undefined): string => (s === undefined ? '' : (a.blocks[s.block]?.text ?? '').slice(s.start, s.end));
  return a.claims.map((c) => `${c.kind} | ${text(c.cue)} | ${a.actors.find((x) => x.id === c.actorId)?.name ?? '?'} | ${text(c.content[0])}`);
}

function roleOf(name: string, ...paragraphs: string[]): string | undefined {
  return analysisOf(...paragraphs).actors.find((a) => a.name === name)?.role;
}

describe('the Portuguese lexicon', () => {
  it('is found by its tag and by the Brazilian and European tags', () => {
    expect(lexiconFor('pt').language).toBe('pt');
    expect(lexiconFor('pt-BR').language).toBe('pt');
    expect(lexiconFor('pt-PT').language).toBe('pt');
  });

  it('generates every third-person form of a verb from its rules', () => {
    const pt = lexiconFor('pt');
    for (const form of ['disse', 'disseram', 'diz', 'dizem', 'dizia', 'dissera', 'dirá', 'diria', 'dito', 'dizendo']) expect(pt.lemmaOf(form)).toBe('dizer');
    for (const form of ['afirmou', 'afirmaram', 'afirma', 'afirmava', 'afirmará', 'afirmaria', 'afirmado', 'afirmada', 'afirmando']) {
      expect(pt.lemmaOf(form)).toBe('afirmar');
    }
    for (const form of ['admitiu', 'admitiram', 'admite', 'admitido']) expect(pt.lemmaOf(form)).toBe('admitir');
    expect(pt.lemmaOf('concluíram')).toBe('concluir');
    expect(pt.lemmaOf('propôs')).toBe('propor');
  });
});

describe('segmenting Portuguese', () => {
  it('reads a verb with a hearer\'s clitic as the verb, splits "-se" off, and leaves "porta-voz" and "segunda-feira" whole', () => {
    const seg = segment([{ kind: 'paragraph', text: 'O porta-voz disse-lhe na segunda-feira que afirmou-se isso.' }], lexiconFor('pt'));
    expect(seg.tokens.map((t) => t.lower)).toEqual(['o', 'porta-voz', 'disse', 'na', 'segunda-feira', 'que', 'afirmou', 'se', 'isso', '.']);
    expect(seg.tokens.map((t) => t.text).slice(2, 3)).toEqual(['disse-lhe']);
    expect(seg.tokens[7]?.start).toBe(51);
  });

  it('keeps a day in brackets with its weekday: "nesta terça-feira (3)"', () => {
    const seg = segment([{ kind: 'paragraph', text: 'Ele disse nesta terça-feira (3) que sim.' }], lexiconFor('pt'));
    expect(seg.tokens.map((t) => t.lower)).toEqual(['ele', 'disse', 'nesta', 'terça-feira', 'que', 'sim', '.']);
    expect(seg.tokens[3]?.end).toBe(31);
  });

  it('keeps “…” inside «…» one quotation', () => {
    const seg = segment([{ kind: 'paragraph', text: '«Ele disse-me: “isto é grave”. E saiu», contou.' }], lexiconFor('pt'));
    expect(seg.quotes).toHaveLength(1);
  });

  it('ends no sentence at "Sr.", "Dra." or "Av."', () => {
    const seg = segment([{ kind: 'paragraph', text: 'O Sr. Costa e a Dra. Lima moram na Av. Paulista. Ela disse que sim.' }], lexiconFor('pt'));
    expect(seg.sentences).toHaveLength(2);
  });
});

describe('cues in every tense reporting uses, with the speaker before them', () => {
  it.each([
    ['O ministro disse que a reforma será votada em maio.', 'statement | disse | O ministro | que a reforma será votada em maio'],
    ['A juíza havia dito que o prazo era curto.', 'statement | havia dito | A juíza | que o prazo era curto'],
    ['O presidente tem afirmado que não haverá cortes.', 'statement | tem afirmado | O presidente | que não haverá cortes'],
    ['O autarca voltou a dizer que a obra avança.', 'statement | voltou a dizer | O autarca | que a obra avança'],
    ['O sindicato afirma que os salários vão cair.', 'statement | afirma | O sindicato | que os salários vão cair'],
    ['O ministro disse-lhe que não haveria acordo.', 'statement | disse-lhe | O ministro | que não haveria acordo'],
  ])('%s', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it('reads a clause-only verb before a time and "que" ("garantiu ontem que …"), and not before a noun phrase', () => {
    expect(claimsOf('O ministro garantiu nesta terça-feira (3) que o acordo sai.')).toEqual(['statement | garantiu | O ministro | que o acordo sai']);
    expect(claimsOf('O ministro garantiu a vaga nesta terça.')).toEqual([]);
  });

  it('reads "afirmou nesta segunda-feira (12) que …" with the content at "que"', () => {
    expect(claimsOf('O ministro da Fazenda, Fernando Haddad, afirmou nesta segunda-feira (12) que a inflação vai cair.'))
      .toEqual(['statement | afirmou | Fernando Haddad | que a inflação vai cair']);
  });
});

describe('inverted incises after the content', () => {
  it('"“…”, disse o ministro" and "«…», afirmou a porta-voz do governo, Ana Lima"', () => {
    expect(claimsOf('“Estamos prontos”, disse o ministro.')).toEqual(['statement | disse | o ministro | “Estamos prontos”']);
    expect(claimsOf('«Estamos prontos», afirmou a porta-voz do governo, Ana Lima.')).toEqual(['statement | afirmou | Ana Lima | «Estamos prontos»']);
  });

  it('"…, disse ele" and a hearer after the speaker: "…, disse o ministro a jornalistas"', () => {
    expect(claimsOf('O ministro Paulo Reis falou ontem. “Não há acordo”, disse ele.')[0]).toBe('statement | disse | Paulo Reis | “Não há acordo”');
    expect(claimsOf('“Não há acordo”, disse o ministro a jornalistas.')).toEqual(['statement | disse | o ministro | “Não há acordo”']);
  });

  it('gives a title to the person who spoke before, unless the article describes them otherwise', () => {
    expect(claimsOf('O delegado Márcio Lopes disse que o caso está encerrado. O delegado afirmou que não houve falhas.')[1])
      .toBe('statement | afirmou | Márcio Lopes | que não houve falhas');
    expect(claimsOf('O delegado Márcio Lopes disse que o caso está encerrado. O ministro afirmou que não houve falhas.')[1])
      .toBe('statement | afirmou | O ministro | que não houve falhas');
    expect(claimsOf('O deputado Rui Costa disse que votará contra. A deputada afirmou que votará a favor.')[1])
      .toBe('statement | afirmou | A deputada | que votará a favor');
  });

  it('gives a cue with its speaker left out to the one who spoke before: "“…”, afirmou."', () => {
    expect(claimsOf('A ministra Ana Lima disse que o plano está pronto. “Não vamos recuar”, afirmou.')).toEqual([
      'statement | disse | Ana Lima | que o plano está pronto',
      'statement | afirmou | Ana Lima | “Não vamos recuar”',
    ]);
  });

  it('reads a second report joined by "e" with the same speaker: "… e reitera que …"', () => {
    expect(claimsOf('O senador Paulo Reis disse que não há acordo e reitera que o prazo acabou.')).toEqual([
      'statement | disse | Paulo Reis | que não há acordo',
      'statement | reitera | Paulo Reis | que o prazo acabou',
    ]);
  });

  it('reads an incise-only verb after its content, and not before a noun: "completou" the quotation, not "100 anos"', () => {
    expect(claimsOf('"Foi um erro", completou o técnico.')).toEqual(['statement | completou | o técnico | "Foi um erro"']);
    expect(claimsOf('O clube completou 100 anos.')).toEqual([]);
  });
});

describe('phrases that name a source without a verb', () => {
  it.each([
    ['Segundo a Polícia Militar, o suspeito fugiu.', 'statement | Segundo | Polícia Militar | o suspeito fugiu'],
    ['O suspeito fugiu, segundo a Polícia Civil.', 'statement | segundo | Polícia Civil | O suspeito fugiu'],
    ['De acordo com o IBGE, a população cresceu.', 'statement | De acordo com | IBGE | a população cresceu'],
    ['Para o economista Carlos Souza, a taxa de juros deve subir.', 'statement | Para | Carlos Souza | a taxa de juros deve subir'],
    ['Na avaliação do economista Carlos Souza, a medida é tardia.', 'statement | Na avaliação do | Carlos Souza | a medida é tardia'],
    ['O suspeito foi preso, conforme informou a PM.', 'statement | conforme informou | PM | O suspeito foi preso'],
    ['Segundo apurou o g1, o acordo deve ser assinado.', 'statement | Segundo apurou | o g1 | o acordo deve ser assinado'],
    ['De acordo com dados do IBGE, a inflação caiu.', 'statement | De acordo com dados do | IBGE | a inflação caiu'],
  ])('%s', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it('reads "Para ele, …" opening a sentence as the last speaker\'s view', () => {
    expect(claimsOf('O ministro Paulo Reis falou ontem. Para ele, a taxa de juros deve subir.'))
      .toEqual(['statement | Para | Paulo Reis | a taxa de juros deve subir']);
  });

  it('reads "Para ele, …" as the man the text made a sentence\'s subject since, a title ending like a participle before his name', () => {
    expect(claimsOf('O senador Carlos Menezes criticou os pedidos. "Isso é grave", disse.',
      'O deputado Rui Tavares conversou com o governador. Para ele, a reforma é urgente.')[1])
      .toBe('statement | Para | Rui Tavares | a reforma é urgente');
    expect(claimsOf('O senador Carlos Menezes criticou os pedidos. "Isso é grave", disse.',
      'O pedido é do deputado Jorge Lima. Menezes negou o pedido, mas Lima ainda insiste. Para ele, a reforma é urgente.')[1])
      .toBe('statement | Para | Jorge Lima | a reforma é urgente');
  });

  it('takes an apposition between commas into the source: "Para o líder da oposição, deputado Marcos Vieira, …"', () => {
    expect(claimsOf('Para o líder da oposição, deputado Marcos Vieira, a reforma foi aprovada às pressas.'))
      .toEqual(['statement | Para | Marcos Vieira | a reforma foi aprovada às pressas']);
  });

  it('reads "para" only before a speaker and a comma, and "conforme", "segundo" only before a source', () => {
    expect(claimsOf('Para evitar atrasos, o governo antecipou o pagamento.')).toEqual([]);
    expect(claimsOf('Conforme o previsto, a obra terminou em maio.')).toEqual([]);
    expect(claimsOf('O relatório, segundo o qual a dívida caiu, foi publicado ontem.')).toEqual([]);
    expect(claimsOf('O time venceu o segundo turno e conforme a lei seguiu.')).toEqual([]);
  });
});

describe('claim kinds, and what only looks like a report', () => {
  it('reads a court\'s "decidiu que" as a finding', () => {
    expect(claimsOf('O Supremo Tribunal Federal decidiu que a lei é inconstitucional.'))
      .toEqual(['finding | decidiu | Supremo Tribunal Federal | que a lei é inconstitucional']);
  });

  it('reads "acredita", "avalia" and "pretende" as thoughts and "o relatório mostra" as a finding', () => {
    expect(claimsOf('A ministra acredita que a reforma será aprovada.')).toEqual(['thought | acredita | A ministra | que a reforma será aprovada']);
    expect(claimsOf('A prefeita avalia que a obra é necessária.')).toEqual(['thought | avalia | A prefeita | que a obra é necessária']);
    expect(claimsOf('O relatório mostra que o desmatamento caiu.')).toEqual(['finding | mostra | relatório | que o desmatamento caiu']);
  });

  it.each([
    'O Flamengo garantiu a vaga na final.',
    'A Petrobras anunciou lucro de R$ 20 bilhões no trimestre.',
    'O tribunal declarou inconstitucional a lei municipal.',
    'O clube confirmou a contratação do atacante.',
    'A defesa negou o pedido da acusação.',
    'O ministro deve anunciar o pacote amanhã.',
    'Afirmou-se que o acordo estava fechado.',
  ])('"%s" reports nothing', (text) => {
    expect(claimsOf(text).filter((c) => !c.startsWith('thought'))).toEqual([]);
  });
});

describe('a label in quoted words, and a stance restated', () => {
  it('reads "classificou X como «…»", "considerou como «…»" and "chamou X de «…»" as statements by the subject', () => {
    expect(claimsOf('A ministra Helena Prado classificou as tarifas como "um abuso" contra os produtores.'))
      .toEqual(['statement | classificou as tarifas como | Helena Prado | "um abuso" contra os produtores']);
    expect(claimsOf('O deputado Rui Antunes considerou como "inaceitável" o corte de verbas.'))
      .toEqual(['statement | considerou como | Rui Antunes | "inaceitável" o corte de verbas']);
    expect(claimsOf('O prefeito Otávio Lins chamou o projeto de "um remendo".'))
      .toEqual(['statement | chamou o projeto de | Otávio Lins | "um remendo"']);
  });

  it('leaves "considerou que …" a thought, a label without quotation marks alone, and a label whose subject is in another clause', () => {
    expect(claimsOf('O deputado Rui Antunes considerou que o corte de verbas é inaceitável.'))
      .toEqual(['thought | considerou | Rui Antunes | que o corte de verbas é inaceitável']);
    expect(claimsOf('O deputado Rui Antunes classificou as emendas como urgentes.')).toEqual([]);
    expect(claimsOf('O deputado Rui Antunes criticou o corte no que considerou como "um erro".')).toEqual([]);
  });

  it('reads "reiterou seu posicionamento de que …" as the verb and its clause', () => {
    expect(claimsOf('A senadora Lúcia Dantas reiterou seu posicionamento de que a reforma cabe ao Congresso.'))
      .toEqual(['statement | reiterou seu posicionamento de | Lúcia Dantas | que a reforma cabe ao Congresso']);
    expect(claimsOf('A senadora Lúcia Dantas reforçou a tese de que o prazo é curto.'))
      .toEqual(['statement | reforçou a tese de | Lúcia Dantas | que o prazo é curto']);
  });
  it('passes over a party and state in brackets after a name: the subject a later "…", sustentou. goes on with', () => {
    expect(claimsOf('A ministra disse que o prazo acabou.',
      'O senador Caio Freitas (Novo-SC), relator do texto, acha que a PEC não passa. "Não há votos", sustentou.')).toEqual([
      'statement | disse | A ministra | que o prazo acabou',
      'thought | acha | Caio Freitas | que a PEC não passa',
      'statement | sustentou | Caio Freitas | "Não há votos"',
    ]);
  });
  it('reads "o senador do Novo" as "o senador": the title refers back to the last person who spoke', () => {
    expect(claimsOf('O senador Caio Freitas (Novo-SC) disse que o prazo acabou.', 'O senador do Novo pondera que não há votos.')).toEqual([
      'statement | disse | Caio Freitas | que o prazo acabou',
      'statement | pondera | Caio Freitas | que não há votos',
    ]);
  });
});

describe('names with particles', () => {
  it('reads "Joaquim Pedro Tavares da Cunha" whole, and "Tavares" or "Cunha" alone as the same person', () => {
    const a = analysisOf('O ex-governador Joaquim Pedro Tavares da Cunha disse que a reforma vai passar.',
      '"Não há votos", afirmou Tavares.', 'Cunha garantiu que o texto será votado.');
    expect(a.actors.map((x) => x.name)).toEqual(['Joaquim Pedro Tavares da Cunha']);
    expect(a.claims).toHaveLength(3);
  });

  it('keys no body by a word of its name read across a particle ("Rio" is not the Assembleia Legislativa do Rio de Janeiro)', () => {
    const a = analysisOf('A Assembleia Legislativa do Rio de Janeiro aprovou o texto.', 'O deputado Caio Rio disse que a reforma vai passar.');
    expect(a.claims.map((c) => a.actors.find((x) => x.id === c.actorId)?.name)).toEqual(['Caio Rio']);
  });

  it('keys a short name with a particle by its surname alone ("Fernando de Souza" is "Souza", not "Fernando")', () => {
    expect(analysisOf('O ministro Fernando de Souza disse que a reforma vai passar.', 'Souza afirmou que não há votos.')
      .actors.map((x) => x.name)).toEqual(['Fernando de Souza']);
  });
});

describe('Portuguese source roles', () => {
  it('reads titles and bodies', () => {
    expect(roleOf('Ana Lima', 'A porta-voz do governo, Ana Lima, disse que o prazo acabou.')).toBe('official');
    expect(roleOf('Carlos Menezes', 'O delegado Carlos Menezes disse que o grupo foi preso.')).toBe('justice');
    expect(roleOf('Renato Lima', 'O cientista político Renato Lima disse que o governo saiu fortalecido.')).toBe('expert');
    expect(roleOf('Marcos Vieira', 'O senador Marcos Vieira disse que vai votar contra.')).toBe('politician');
  });
});

describe.each(readdirSync(PT_FIXTURE_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)))('invented article %s', (name) => {
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, PT_FIXTURE_DIR), 'utf8')) as PortugueseExpectation;

  it('finds the judged claims, and the ones it gets wrong are listed as such', () => {
    expect(portugueseClaims(name)).toEqual(expect.arrayContaining(expected.claims));
    expect([...portugueseClaims(name)].sort()).toEqual([...expected.claims, ...expected.wrong.map((w) => w.found)].sort());
  });

  it('reports none of the look-alikes', () => {
    const cues = portugueseClaims(name).map((c) => (c.split(' | ')[1] ?? '').toLowerCase());
    for (const trap of expected.absentCues) expect(cues.some((c) => c.includes(trap)), trap).toBe(false);
  });
});
