/**
 * Spanish (issue 18): the engine reads Spanish news through lexicon/es — the verb in every tense reporting uses, the
 * inverted incise, "según" and its kin, "Para X, …" only before a speaker and a comma, «…» with “…” inside, the
 * dialogue dash, two surnames, dropped subjects, a time before the clause — and refuses what only looks like a report
 * (deeds, an impersonal "se", a purpose after "Para"). One invented sentence per construction, our own writing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/index.js';
import { analyzeParagraphs, spanText } from './paragraphs.js';
import { lexiconFor, registerToolLanguages } from '../../src/engine/lab/index.js';

// Spanish is a bundle of its own in the extension; the tools, and this test, register every language
beforeAll(() => registerToolLanguages());

const analysisOf = (...paragraphs: string[]): Analysis => analyzeParagraphs('es', paragraphs);

/** Each claim shown by default as "speaker | cue | content fragments joined by //", the speaker as the actor's name. */
function claimsOf(...paragraphs: string[]): string[] {
  const a = analysisOf(...paragraphs);
  return a.claims.filter((c) => c.kind !== 'thought').map((c) => {
    const actor = a.actors.find((x) => x.id === c.actorId)?.name ?? '?';
    return `${actor} | ${spanText(a, c.cue)} | ${c.content.map((s) => spanText(a, s)).join(' // ')}`;
  });
}

/** Each claim's kind and lemma-free cue: "thought cree", "finding muestra". */
function kindsOf(...paragraphs: string[]): string[] {
  const a = analysisOf(...paragraphs);
  return a.claims.map((c) => `${c.kind} ${spanText(a, c.cue)}`);
}

describe('the Spanish lexicon', () => {
  it('is found by its tag and by a regional tag', () => {
    expect(lexiconFor('es').language).toBe('es');
    expect(lexiconFor('es-MX').language).toBe('es');
  });

  it('inflects its verbs by its own rules, in every tense reporting uses', () => {
    const es = lexiconFor('es');
    for (const form of ['dijo', 'dijeron', 'dice', 'decía', 'dirá', 'diría', 'dicho', 'afirmó', 'afirmaron', 'aseguró',
      'advirtió', 'advierte', 'sostuvo', 'reconoció', 'concluyó', 'añadiendo']) {
      expect(es.lemmaOf(form), form).not.toBe(form);
    }
    expect(es.lemmaOf('dijeron')).toBe('decir');
    expect(es.lemmaOf('advirtió')).toBe('advertir');
    expect(es.claimKindOf('creer')).toBe('thought');
    expect(es.claimKindOf('planear')).toBe('thought');
    expect(es.claimKindOf('mostrar')).toBe('finding');
  });
});

describe('Spanish reports', () => {
  it('reads a verb before its clause, in the preterite, the perfect and the pluperfect', () => {
    expect(claimsOf('La ministra Ana Belén Soler afirmó que el plan saldrá adelante.')).toEqual([
      'Ana Belén Soler | afirmó | que el plan saldrá adelante']);
    expect(claimsOf('El alcalde ha dicho que no habrá cortes de agua.')).toEqual(['El alcalde | ha dicho | que no habrá cortes de agua']);
    expect(claimsOf('La fiscal había señalado que faltaban pruebas.')).toEqual(['La fiscal | había señalado | que faltaban pruebas']);
  });

  it('reads the inverted incise after a quotation, with or without the perfect', () => {
    expect(claimsOf('«No aceptaremos este acuerdo», dijo el ministro.')).toEqual(['el ministro | dijo | «No aceptaremos este acuerdo»']);
    expect(claimsOf('«Es un día triste», ha afirmado la portavoz.')).toEqual(['la portavoz | ha afirmado | «Es un día triste»']);
  });

  it('reads a clitic hearer before the verb and a hearer after it', () => {
    expect(claimsOf('El concejal le dijo a la asociación que habrá una nueva línea.')).toEqual([
      'El concejal | dijo | que habrá una nueva línea']);
    expect(claimsOf('Prieto declaró a EFE que el barrio tendrá autobuses.')).toEqual(['Prieto | declaró | que el barrio tendrá autobuses']);
  });

  it('reads the subject after a time that opens the sentence with no comma', () => {
    expect(claimsOf('El viernes pasado la ministra aclaró que no hay amenaza.')).toEqual(['la ministra | aclaró | que no hay amenaza']);
  });

  it('reads a verb that reports only before a clause past a time between them', () => {
    expect(claimsOf('La portavoz aseguró este martes que el acuerdo está cerrado.')).toEqual([
      'La portavoz | aseguró | este martes que el acuerdo está cerrado']);
    expect(claimsOf('El Gobierno anunció el pasado sábado que bajará el IVA.')).toEqual([
      'Gobierno | anunció | el pasado sábado que bajará el IVA']);
  });

  it('reads "según", "de acuerdo con", "conforme a", "a juicio de" and "en palabras de"', () => {
    expect(claimsOf('Según la Policía, el incendio fue provocado.')).toEqual(['Policía | Según | el incendio fue provocado']);
    expect(claimsOf('De acuerdo con la Fiscalía, el acusado huyó a Francia.')).toEqual(['Fiscalía | De acuerdo con | el acusado huyó a Francia']);
    expect(claimsOf('Conforme a la Agencia Tributaria, la recaudación creció un 4 %.')).toEqual([
      'Agencia Tributaria | Conforme a | la recaudación creció un 4 %']);
    expect(claimsOf('A juicio de la economista Laura Peña, la subida es temporal.')).toEqual([
      'Laura Peña | A juicio de | la subida es temporal']);
    expect(claimsOf('En palabras de la alcaldesa, «el barrio merece respeto».')).toEqual([
      'la alcaldesa | En palabras de | «el barrio merece respeto»']);
  });

  it('reads "que según X …" inside its clause: the clause\'s verb ends the source, and the clause is the content', () => {
    expect(claimsOf('Los misiles, que según la doctrina militar rusa pueden servir para disuadir, están listos.')).toEqual([
      'la doctrina militar rusa | según | pueden servir para disuadir']);
  });

  it('reads "según" joined by "y" to another adjunct at its sentence\'s end as "in keeping with", no source', () => {
    expect(claimsOf('Los centros se gestionan con personal propio y según la norma italiana.')).toEqual([]);
  });

  it('reads "según" before a verb of saying as an as-clause, before or after its content', () => {
    expect(claimsOf('Según dijo el ministro, la ley saldrá en mayo.')).toEqual(['el ministro | dijo | la ley saldrá en mayo']);
    expect(claimsOf('Las familias se sienten expulsadas, según asegura Campo.')).toEqual([
      'Campo | asegura | Las familias se sienten expulsadas']);
    // after the content's comma, the content is before the opener, and the name in apposition after the title speaks
    expect(claimsOf('El Gobierno aprobará la reforma el martes, según ha informado la ministra de Inclusión, Elma Saiz, en la radio.')).toEqual([
      'Elma Saiz | ha informado | El Gobierno aprobará la reforma el martes']);
  });

  it('reads "Así lo …" as a report of the sentence before it, in its paragraph', () => {
    expect(claimsOf('El Gobierno aprobará la reforma el martes. Así lo ha anunciado este lunes el presidente del Gobierno, Pedro Sánchez, en Valencia.')).toEqual([
      'Pedro Sánchez | ha anunciado | El Gobierno aprobará la reforma el martes.']);
    expect(claimsOf('El plan llega tarde.', 'Así lo explicó la ministra.')).toEqual([]);
  });

  it('reads "Para X, …" only before a speaker and a comma', () => {
    expect(claimsOf('Para la ministra de Sanidad, la situación es preocupante.')).toEqual([
      'la ministra de Sanidad | Para | la situación es preocupante']);
    expect(claimsOf('Para llegar a tiempo, el tren salió a las ocho.')).toEqual([]);
    expect(claimsOf('Para el club, la temporada empieza el lunes.', 'El equipo entrena para la final.')).toEqual([
      'el club | Para | la temporada empieza el lunes']);
  });

  it('keeps “…” inside «…» as part of the quotation', () => {
    expect(claimsOf('«Es un error “grave” de la oposición», dijo la diputada.')).toEqual([
      'la diputada | dijo | «Es un error “grave” de la oposición»']);
  });

  it('reads the dialogue dash: the speaker\'s words around the narrator\'s incise', () => {
    expect(claimsOf('—Es un error —dijo el ministro—. No lo aceptaremos.')).toEqual([
      'el ministro | dijo | —Es un error — // —. No lo aceptaremos.']);
    // an aside between dashes inside a paragraph is no quotation (its speaker across the aside is not read yet: the
    // subject stops at the dash, and the claim goes to the unknown speaker)
    expect(claimsOf('El ministro —que llegó tarde— dijo que no habría cambios.').map((c) => c.split(' | ').slice(1).join(' | '))).toEqual([
      'dijo | que no habría cambios']);
  });

  it('reads the narrator\'s incise between dashes inside a quotation, with em dashes or hyphens, not an aside of the speaker', () => {
    expect(claimsOf('«No vamos a permitirlo —dijo la alcaldesa Rosa Ibáñez—. Es una vergüenza».')).toEqual([
      'Rosa Ibáñez | dijo | «No vamos a permitirlo — // —. Es una vergüenza»']);
    expect(claimsOf('El concejal Tomás Ibarra visitó la obra.', '"Estamos cansados -ha explicado-, queremos soluciones".')).toEqual([
      'Tomás Ibarra | ha explicado | "Estamos cansados - // -, queremos soluciones"']);
    expect(claimsOf('«La obra —que llega tarde— es buena», dijo la alcaldesa Rosa Ibáñez.')).toEqual([
      'Rosa Ibáñez | dijo | «La obra —que llega tarde— es buena»']);
  });

  it('gives a second verb joined by "y" in a sentence with no subject the person the text made the subject before', () => {
    expect(claimsOf('El alcalde Jorge Ruiz recorrió el barrio. También habló con los vecinos y dijo que la obra terminará en mayo.'))
      .toEqual(['Jorge Ruiz | dijo | que la obra terminará en mayo']);
    expect(claimsOf('El alcalde Jorge Ruiz recorrió el barrio. Habló con los vecinos y dijo que la obra terminará en mayo.'))
      .toEqual(['Jorge Ruiz | dijo | que la obra terminará en mayo']);
  });

  it('gives a second verb joined by "y" the titled name that opens the sentence, not the title alone', () => {
    expect(claimsOf('La alcaldesa Rosa Ibáñez recorrió el barrio y aseguró que la obra terminará en mayo.')).toEqual([
      'Rosa Ibáñez | aseguró | que la obra terminará en mayo']);
  });

  it('reads two surnames as one person', () => {
    expect(claimsOf('El presidente Andrés Manuel Robles Ortega viajó a Lima.',
      '«Vamos a firmar», dijo Robles. «Es histórico», añadió Robles Ortega. «Gracias», concluyó Ortega.')).toEqual([
      'Andrés Manuel Robles Ortega | dijo | «Vamos a firmar»',
      'Andrés Manuel Robles Ortega | añadió | «Es histórico»',
      'Andrés Manuel Robles Ortega | concluyó | «Gracias»']);
  });

  it('gives a dropped subject the speaker of the report before it', () => {
    expect(claimsOf('La presidenta, Rosa Llorente, explicó que el barrio tiene una sola línea. Dijo que los mayores esperan.',
      '«Llevamos dos años pidiendo lo mismo», comentó.')).toEqual([
      'Rosa Llorente | explicó | que el barrio tiene una sola línea',
      'Rosa Llorente | Dijo | que los mayores esperan',
      'Rosa Llorente | comentó | «Llevamos dos años pidiendo lo mismo»']);
  });

  it('reads a title alone as the one person the article gave it', () => {
    expect(claimsOf('La portavoz del Ejecutivo, Elena Suárez, ha dicho que el plan llegará en otoño.',
      '«Es un compromiso firme», afirmó la portavoz.')).toEqual([
      'Elena Suárez | ha dicho | que el plan llegará en otoño', 'Elena Suárez | afirmó | «Es un compromiso firme»']);
    expect(claimsOf('David Campo, portavoz de la asociación, habló el lunes.', '«Es una salvajada», afirma el portavoz.')).toEqual([
      'David Campo | afirma | «Es una salvajada»']);
    // two ministers: "el ministro" is neither
    expect(claimsOf('El ministro Tomás Ibarra y el ministro Luis Peña viajaron a Roma.', '«Volveremos», dijo el ministro.')).toEqual([
      'el ministro | dijo | «Volveremos»']);
  });

  it('reads the relative that goes on with the speaker of an incise', () => {
    expect(claimsOf('«Es una reforma justa», ha asegurado Saiz, que ha añadido que el sistema está garantizado.')).toEqual([
      'Saiz | ha asegurado | «Es una reforma justa»', 'Saiz | ha añadido | que el sistema está garantizado']);
  });

  it('reads the head of a description with its adjectives after it', () => {
    const a = analysisOf('Una portavoz comunitaria remarcó que el plan sigue en pie.');
    expect(a.actors.map((x) => [x.name, x.kind])).toEqual([['Una portavoz comunitaria', 'unnamed']]);
  });

  it('tells statements from thoughts and findings', () => {
    expect(kindsOf('El ministro cree que la reforma saldrá adelante.')).toEqual(['thought cree']);
    expect(kindsOf('La empresa planea que la fábrica abra en mayo.')).toEqual(['thought planea']);
    expect(kindsOf('El informe muestra que el paro bajó.')).toEqual(['finding muestra']);
  });
});

describe('Spanish look-alikes', () => {
  it('refuses a report negated by "Tampoco" opening its sentence', () => {
    expect(claimsOf('La Comisión estudia el plan. Tampoco criticó a Grecia con su idea de abrir centros en Chipre: alegan que, pese a todo, son espacios griegos.')
      .filter((c) => c.includes('criticó'))).toEqual([]);
  });

  it('reads a verb that reports only before a clause, and refuses it before a thing', () => {
    expect(claimsOf('El ministro defendió que la reforma es justa.')).toEqual(['El ministro | defendió | que la reforma es justa']);
    expect(claimsOf('La Fiscalía descartó que hubiera delito.')).toEqual(['Fiscalía | descartó | que hubiera delito']);
    expect(claimsOf('El ministro defendió su gestión.', 'El club rechazó la oferta del Madrid.')).toEqual([]);
  });

  it('refuses deeds of sport, business and courts', () => {
    expect(claimsOf('El Real Toral aseguró su pase a la final.')).toEqual([]);
    expect(claimsOf('El consejero delegado anunció su dimisión el lunes.')).toEqual([]);
    expect(claimsOf('El tribunal declaró culpable al constructor.')).toEqual([]);
    expect(claimsOf('La jugadora contestó 17 segundos después.')).toEqual([]);
    expect(claimsOf('El exalcalde se ha negado a declarar ante el juez.')).toEqual([]);
  });

  it('refuses an impersonal "se" and a noun after an article', () => {
    expect(claimsOf('En el acto se anunció a los ganadores del premio.')).toEqual([]);
    expect(claimsOf('Los médicos tomaron una muestra de sangre.')).toEqual([]);
  });
});
