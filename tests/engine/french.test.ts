/**
 * French (issue 17): the engine reads French news through lexicon/fr and the constructions French has beside
 * English's — compound tenses with their auxiliary, inverted incises with or without an auxiliary and with a clitic
 * pronoun ("a-t-il ajouté"), the incise inside the quotation marks, "selon X", "d'après X", "à en croire X", "Pour X,",
 * the as-clause ("comme l'a dit X"), guillemets with their no-break spaces, elision, reflexives — and refuses what only
 * looks like a report (a passive participle, "inquiète les syndicats", "selon que"). One invented sentence per
 * construction, our own writing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/index.js';
import { analyzeParagraphs, spanText } from './paragraphs.js';
import { lexiconFor, registerToolLanguages, segment } from '../../src/engine/lab/index.js';

// French is a bundle of its own in the extension; the tools, and this test, register every language
beforeAll(() => registerToolLanguages());

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const analysisOf = (...paragraphs: string[]): Analysis => analyzeParagraphs('fr', paragraphs);

/** Each claim as "speaker | cue | first content fragment", the speaker as the actor's name. */
function claimsOf(...paragraphs: string[]): string[] {
  const a = analysisOf(...paragraphs);
  return a.claims.filter((c) => c.kind !== 'thought').map((c) => {
    const actor = a.actors.find((x) => x.id === c.actorId)?.name ?? '?';
    return `${actor} | ${spanText(a, c.cue)} | ${spanText(a, c.content[0] ?? null)}`;
  });
}

describe('the French lexicon is registered', () => {
  it('is found by its tag and by a regional tag', () => {
    expect(lexiconFor('fr').language).toBe('fr');
    expect(lexiconFor('fr-CA').language).toBe('fr');
  });
});

describe('segmenting French: elision and inverted pronouns are tokens of their own', () => {
  it('splits "l\'", "qu\'" and "d\'" off the word they lean on, keeping offsets', () => {
    const seg = segment([{ kind: 'paragraph', text: 'L’avocat a dit qu’il partirait d\'ici jeudi.' }], lexiconFor('fr'));
    expect(seg.tokens.map((t) => t.text)).toEqual(['L’', 'avocat', 'a', 'dit', 'qu’', 'il', 'partirait', "d'", 'ici', 'jeudi', '.']);
    expect(seg.tokens[1]?.start).toBe(2);
  });

  it('splits "-t-il" and "-elle" off their verb, leaving "aujourd\'hui" and names whole', () => {
    const seg = segment([{ kind: 'paragraph', text: 'A-t-il dit aujourd’hui à Saint-Jean, ajoute-t-elle, dit-il.' }], lexiconFor('fr'));
    expect(seg.tokens.map((t) => t.lower)).toEqual(['a-t-il', 'dit', "aujourd'hui", 'à', 'saint-jean', ',', 'ajoute', 'elle', ',', 'dit', 'il', '.']);
  });

  it('leaves English tokens as they were', () => {
    const seg = segment([{ kind: 'paragraph', text: "O'Brien said it's a run-in, didn't she?" }], lexiconFor('en'));
    expect(seg.tokens.map((t) => t.text)).toEqual(["O'Brien", 'said', "it's", 'a', 'run-in', ',', "didn't", 'she', '?']);
  });
});

describe('cues in every tense reporting uses, with the speaker before them', () => {
  it.each([
    ['Le ministre a déclaré que la réforme serait votée avant l’été.', 'Le ministre | a déclaré | que la réforme serait votée avant l’été'],
    ['La maire avait indiqué qu’elle ne se représenterait pas.', 'La maire | avait indiqué | qu’elle ne se représenterait pas'],
    ['Le syndicat affirme que les salaires baisseront.', 'Le syndicat | affirme | que les salaires baisseront'],
    ['Mme Lefort estimait que la loi était injuste.', 'Lefort | estimait | que la loi était injuste'],
    ['Le préfet précisera que les routes resteront fermées.', 'Le préfet | précisera | que les routes resteront fermées'],
    ['Le porte-parole n’a jamais dit cela, mais la direction a reconnu que le site fermerait.', 'la direction | a reconnu | que le site fermerait'],
  ])('%s', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });
});

describe('inverted incises after the content', () => {
  it('with an auxiliary before the cue: "…, a affirmé le ministre"', () => {
    expect(claimsOf(`«${NBSP}Nous ne reculerons pas${NBSP}», a affirmé le ministre.`)).toEqual([`le ministre | a affirmé | «${NBSP}Nous ne reculerons pas${NBSP}»`]);
  });

  it('with a time between the cue and its speaker: "…, a déclaré jeudi la préfète"', () => {
    expect(claimsOf('Trois routes restent coupées, a déclaré jeudi la préfète.')).toEqual(['la préfète | a déclaré | Trois routes restent coupées']);
  });

  it('with a simple tense and a noun for a person: "…, raconte la voisine"', () => {
    expect(claimsOf('« Le toit s’est envolé », raconte la voisine.')).toEqual(['la voisine | raconte | « Le toit s’est envolé »']);
  });

  it('with an incise verb that reports only there: "…, lance la députée" (and not "lance une campagne")', () => {
    expect(claimsOf('« Assez ! », lance la députée.')).toEqual(['la députée | lance | « Assez ! »']);
    expect(claimsOf('La députée lance une campagne contre le projet.')).toEqual([]);
    // (its speaker before it is no incise: "…, le combat continue")
    expect(claimsOf('Pour les syndicats, au contraire, le combat continue.').map((c) => c.split(' | ')[1])).toEqual(['Pour']);
  });

  it('with a reflexive: "…, s\'est indignée la députée"', () => {
    expect(claimsOf('« C’est un scandale », s’est indignée la députée.')).toEqual(['la députée | s’est indignée | « C’est un scandale »']);
  });

  it('with a clitic pronoun, "-t-il" and "-elle", the speaker named before', () => {
    const claims = claimsOf('Sophie Marchal dirige le refuge depuis 2010.', '« Nous manquons de bras », explique-t-elle.',
      'Le maire Paul Girard est venu samedi. « Les travaux commenceront en mai », a-t-il ajouté.');
    expect(claims).toEqual([
      'Sophie Marchal | explique | « Nous manquons de bras »',
      'Paul Girard | ajouté | « Les travaux commenceront en mai »',
    ]);
  });

  it('with a plural clitic: "ont-ils expliqué"', () => {
    const claims = claimsOf('Les pêcheurs de Sète ont manifesté mardi.', '« Nous sommes à bout », ont-ils expliqué.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/\| expliqué \| « Nous sommes à bout »$/u);
  });
});

describe('what stands between an inverted cue and its speaker', () => {
  it('a hearer: "…, a déclaré à l\'AFP Laurent Brun"', () => {
    expect(claimsOf('« Nous voulons des négociations », a déclaré à l’AFP Laurent Brun, secrétaire général du syndicat.'))
      .toEqual(['Laurent Brun | a déclaré | « Nous voulons des négociations »']);
  });

  it('a phrase: "…, estime pour sa part Nadia"', () => {
    expect(claimsOf('« Il n’y a aucun doute », estime pour sa part Nadia, une voisine.')).toEqual(['Nadia | estime | « Il n’y a aucun doute »']);
  });

  it('any noun for a person: "…, a déclaré une poissonnière"', () => {
    const claims = claimsOf('« Nous attendions ce jour », a déclaré une poissonnière installée sur le quai.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/^une poissonnière.* \| a déclaré \| « Nous attendions ce jour »$/u);
  });
});

describe('a title with its office before the name', () => {
  it('"le ministre de l\'Intérieur Gérald Darmanin" is Gérald Darmanin, whom a later "il" means', () => {
    expect(claimsOf('Le ministre de l’Intérieur Gérald Darmanin a annoncé mardi que mille policiers seraient mobilisés.',
      '« Nous ne laisserons rien passer », a-t-il poursuivi.').map((c) => c.split(' | ')[0])).toEqual(['Gérald Darmanin', 'Gérald Darmanin']);
  });
});

describe('the incise inside the quotation marks', () => {
  it('"« …, explique X. … »" is one claim by X', () => {
    const claims = claimsOf(`«${NNBSP}Nous avons tout perdu, explique Marc Dubois, éleveur à Tulle. Il faudra des années.${NNBSP}»`);
    expect(claims).toEqual([`Marc Dubois | explique | «${NNBSP}Nous avons tout perdu`]);
  });
});

describe('quotation marks and colons', () => {
  it('reads a colon-introduced quotation in guillemets with no-break spaces', () => {
    expect(claimsOf(`Le procureur a indiqué${NBSP}: «${NBSP}L’enquête se poursuit.${NBSP}»`))
      .toEqual([`Le procureur | a indiqué | «${NBSP}L’enquête se poursuit.${NBSP}»`]);
  });

  it('reads English-style quotation marks in French', () => {
    expect(claimsOf('“Rien n’est décidé”, a précisé l’entourage du président.')).toEqual(['l’entourage du président | a précisé | “Rien n’est décidé”']);
  });

  it('reads single guillemets as quotation marks, and inside guillemets as a quotation within one', () => {
    expect(claimsOf('‹ Nous ne céderons pas ›, a lancé la ministre.')).toEqual(['la ministre | a lancé | ‹ Nous ne céderons pas ›']);
    expect(claimsOf('« Il m’a dit : ‹ Je pars demain › », raconte la voisine.')).toEqual(['la voisine | raconte | « Il m’a dit : ‹ Je pars demain › »']);
  });
});

describe('"according to": selon, d\'après, à en croire, "Pour X,"', () => {
  it.each([
    ['La réforme sera votée, selon le ministère de l’Intérieur.', 'selon', 'le ministère de l’Intérieur'],
    ['D’après la police, trois personnes ont été arrêtées.', 'D’après', 'la police'],
    ['À en croire le porte-parole, tout va bien.', 'À en croire', 'le porte-parole'],
    ['Pour la ministre, cette innovation va dénaturer le service.', 'Pour', 'la ministre'],
    ['Pour Jeanne Morel, chercheuse au CNRS, la situation est intenable.', 'Pour', 'Jeanne Morel'],
    ['Selon un sondage publié dimanche, 62 % des Français soutiennent la grève.', 'Selon', 'un sondage publié dimanche'],
  ])('%s', (text, cue, source) => {
    const a = analysisOf(text);
    expect(a.claims).toHaveLength(1);
    expect(spanText(a, a.claims[0]?.cue ?? null)).toBe(cue);
    expect(spanText(a, a.claims[0]?.source ?? null)).toContain(source);
  });

  it.each([
    'Le prix varie selon que l’on achète en ligne ou en magasin.',
    'Selon nous, la réforme est une erreur.',
    'Selon toute vraisemblance, la loi sera adoptée.',
    'Pour repérer ces personnes, la loi permettra d’étendre la surveillance.',
    'Pour la première fois, le texte est adopté.',
    'Selon nos informations, le ministre va démissionner.',
  ])('no source, no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('the as-clause: "comme l\'a dit X"', () => {
  it('before its clause', () => {
    expect(claimsOf('Comme l’a dit le ministre, la réforme ne sera pas retirée.')).toEqual(['le ministre | a dit | la réforme ne sera pas retirée']);
  });

  it('after its clause', () => {
    const claims = claimsOf('La réforme sera difficile à faire passer, comme le rappelle le président du Sénat.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/\| rappelle \| La réforme sera difficile à faire passer$/u);
  });
});

describe('what only looks like a report', () => {
  it.each([
    // a participle without "avoir": a passive or an adjective
    'Le contrôle sera confié à une nouvelle autorité indépendante.',
    'Le texte, défendu par la ministre, a été adopté.',
    'La série, écrite et réalisée par Nicolas Castro, est réussie.',
    // "inquiéter" reports only as a reflexive
    'La décision inquiète les syndicats.',
    // a negated report did not happen
    'Le gouvernement n’a pas annoncé de mesures.',
    // a verb that reports a clause names a deed before a noun phrase
    'Les habitants soutiennent le mouvement depuis le début.',
    'Le gouvernement a rappelé son ambassadeur à Paris.',
    'Il a écrit trois romans avant de se lancer dans la politique.',
    'Il a répondu aux questions des journalistes pendant une heure.',
    // a demonstrative subject names nobody who speaks
    'Cela explique la hausse des prix observée depuis janvier.',
    // "dit" naming, and set phrases
    'La loi dite Macron est entrée en vigueur, c’est-à-dire en août.',
    'Cela dit, la saison a été bonne pour les vignerons.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('speakers: roles, titles and gender', () => {
  it('reads role words for the source role', () => {
    const a = analysisOf('Le procureur a indiqué que l’enquête se poursuivait.', '« La route est fermée », a précisé la gendarmerie.');
    expect(a.actors.filter((x) => x.id !== 'unknown').map((x) => [x.name, x.role])).toEqual([['Le procureur', 'justice'], ['la gendarmerie', 'justice']]);
  });

  it('"elle" goes to the woman, "il" to the man ("Mme", "M.")', () => {
    const claims = claimsOf('M. Garnier a annoncé que le chantier reprendrait.', 'Mme Royer a dit que rien n’était signé.',
      '« Nous attendrons », a-t-il répondu. « Pas moi », a-t-elle lancé.');
    expect(claims.map((c) => c.split(' | ')[0])).toEqual(['Garnier', 'Royer', 'Garnier', 'Royer']);
  });

  it('"elle" may stand for a body named with a feminine article, "il" for a masculine one', () => {
    const claims = claimsOf('Mme Royer a dit que rien n’était signé.', 'La direction a annoncé la fermeture du site.',
      'Elle a également indiqué qu’un plan social serait présenté.');
    expect(claims.map((c) => c.split(' | ')[0])).toEqual(['Royer', 'La direction', 'La direction']);
  });

  it('keeps "M." and "Mme" inside the sentence', () => {
    const seg = segment([{ kind: 'paragraph', text: 'M. Garnier et Mme Royer ont signé. Le texte entre en vigueur.' }], lexiconFor('fr'));
    expect(seg.sentences).toHaveLength(2);
  });
});
