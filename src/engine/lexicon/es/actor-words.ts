/**
 * Lexicon: the Spanish words that tell what kind of actor a source is — titles before names ("el Sr.", "la ministra",
 * "el portavoz"), nouns of documents, of organisations and of unnamed sources — and the words a speaker or hearer
 * phrase may start with. Lower case.
 */
import { ARTICLES } from './function-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const TITLES = set(`sr sra srta dr dra don doña lic licda ing prof presidente presidenta ministro ministra
  ministros vicepresidente vicepresidenta primer primera secretario secretaria general director directora portavoz
  vocero vocera alcalde alcaldesa gobernador gobernadora fiscal juez jueza senador senadora diputado diputada embajador
  embajadora jefe jefa comisario comisaria comisionado comisionada rey reina príncipe princesa papa cardenal obispo
  arzobispo abogado abogada profesor profesora investigador investigadora asesor asesora capitán coronel teniente
  comandante sargento general delegado delegada expresidente expresidenta exministro exministra consejero consejera
  concejal concejala canciller líder dirigente candidato candidata economista analista eurodiputado eurodiputada
  representante responsable coordinador coordinadora gerente consejero consejera entrenador entrenadora técnico
  seleccionador defensor defensora procurador procuradora magistrado magistrada rector rectora decano decana
  ingeniero ingeniera`);

export const PERSON_TITLES = set(`sr sra srta dr dra don doña lic licda presidente presidenta juez jueza alcalde
  alcaldesa senador senadora diputado diputada general coronel capitán rey reina príncipe princesa papa cardenal
  embajador embajadora canciller ministro ministra fiscal gobernador gobernadora expresidente expresidenta`);

export const DOCUMENT_NOUNS = set(`documento documentos informe informes comunicado comunicados carta escrito declaración
  nota estudio estudios encuesta sondeo sondeos proyecto ley texto decreto sentencia fallo resolución auto dictamen
  correo mensaje tuit publicación artículo editorial libro análisis balance cifras datos denuncia querella petición
  directiva propuesta enmienda tratado acuerdo plan programa presupuesto vídeo video expediente acta memorando
  reglamento estimación estimaciones cálculo cálculos previsión previsiones`);

export const ORGANISATION_NOUNS = set(`consejo comisión comité parlamento congreso senado asamblea ministerio departamento
  agencia oficina gobierno administración gabinete tribunal corte juzgado audiencia sindicato partido campaña empresa
  sociedad grupo organización asociación instituto fundación universidad servicio servicios policía guardia ejército
  armada fuerza fuerzas equipo club red diario periódico cadena federación liga movimiento mayoría oposición moncloa
  casa rosada alcaldía ayuntamiento embajada consulado misión otan onu ue autoridad autoridades régimen estado banco
  fondo alianza coalición colectivo centro laboratorio operadora compañía fabricante productora aseguradora regulador
  fiscalía cancillería presidencia secretaría gobernación junta generalitat xunta cabildo diputación ong`);

export const UNNAMED_SOURCE_NOUNS = set(`fuente fuentes responsable responsables funcionario funcionarios funcionaria
  experto expertos experta expertas analista analistas especialista especialistas observador observadores allegado
  allegados asesor asesores diplomático diplomáticos testigo testigos vecino vecina vecinos vecinas residente residentes
  habitante habitantes electores votantes partidarios opositores detractores críticos algunos muchos varios medios
  portavoz portavoces representante representantes diputados legisladores miembros economistas científicos
  investigadores militantes manifestantes encuestas estudios documentos dirigentes participantes sindicatos
  sindicalistas trabajadores trabajadoras empleados agricultores pescadores internautas autoridades madre padre hijo hija
  mujer hombre amigo amiga amigos amigas compañero compañera compañeros colega colegas alumno alumnos profesor
  profesores maestro maestra maestros enfermero enfermera enfermeros médico médica médicos policía policías agente
  agentes bombero bomberos víctima víctimas superviviente supervivientes sobreviviente sobrevivientes rehén rehenes
  familia familias familiares padres comerciante comerciantes empresario empresarios empresaria pacientes paciente
  jugador jugadores jugadora aficionados seguidores usuarios miembro miembros cargo cargos integrante integrantes
  periodista periodistas entrenador entrenadora entrenadores seleccionador director directora abogado abogada abogados
  técnico capitán capitana`);

export const PLURAL_PERSON_NOUNS = set(`gente policía personas hombres mujeres niños personal público familias`);

/** The endings of Spanish nouns for people: investigadores, investigadora, analista, vecinos, periodista, abogado. */
const PERSON_NOUN_ENDING = /(?:dor|dora|dores|doras|ista|istas|ante|antes|ente|entes|ario|aria|arios|arias|ero|era|eros|eras|ólogo|óloga|ólogos)$/u;

const THING_NOUNS = set(`sector sectores motor motores ordenador ordenadores exterior interior valor valores error
  errores color colores calor altura factor factores indicador indicadores restaurante carburante importe volante
  momento antes durante mientras parte partes frente gente presidente ambiente ambientes acuerdo dinero enero febrero
  mundo primero primera tercero tercera tercer entero entera tiempo carrera frontera bandera manera primavera ventana
  escalera cantera cartera ladera madera era eras hora horas semana semanas numero puerto tercero crédito agosto
  carpeta vista lista listas pista pistas revista revistas conquista entrevista entrevistas propuesta respuesta
  base fuente fuentes gente cliente noche corriente reciente frente oriente occidente continente incidente accidente
  expediente pendiente diente puente mente suplente`);

/**
 * Nationalities, which close a description of a person in Spanish ("el periodista ruso", "la conservadora alemana"):
 * a phrase read by its last word is still a person's.
 */
const NATIONALITIES = set(`ruso rusa rusos alemán alemana alemanes francés francesa franceses español española
  españoles británico británica estadounidense estadounidenses norteamericano norteamericana chino china ucraniano
  ucraniana ucranianos italiano italiana italianos mexicano mexicana mexicanos argentino argentina chileno chilena
  colombiano colombiana venezolano venezolana cubano cubana peruano peruana boliviano boliviana ecuatoriano
  ecuatoriana uruguayo uruguaya paraguayo paraguaya salvadoreño salvadoreña guatemalteco guatemalteca hondureño
  hondureña nicaragüense costarricense panameño panameña dominicano dominicana puertorriqueño puertorriqueña brasileño
  brasileña portugués portuguesa europeo europea israelí palestino palestina iraní turco turca polaco polaca japonés
  japonesa húngaro húngara griego griega belga suizo suiza sueco sueca neerlandés neerlandesa`);

export function isPersonNoun(lower: string): boolean {
  if (UNNAMED_SOURCE_NOUNS.has(lower) || PLURAL_PERSON_NOUNS.has(lower) || NATIONALITIES.has(lower)) return true;
  return PERSON_NOUN_ENDING.test(lower) && !THING_NOUNS.has(lower);
}

export const INDEFINITE_DETERMINERS = set(`un una unos unas algunos algunas varios varias ciertos ciertas muchos muchas
  diversos diversas otro otra otros otras ningún ninguna`);

/** Lower-case words that may open an inverted speaker ("…, dijo el ministro", "…, afirmó ella"). */
export const SPEAKER_LEAD_WORDS = new Set([...ARTICLES, ...set(`él ella ellos ellas varios algunos su sus nuestro`)]);

export const SPEAKER_PHRASE_STARTS = new Set([...ARTICLES, ...SUBJECT_PRONOUNS]);

/** Words that open a hearer after a verb that names one first ("advirtió a los vecinos que …"). */
export const HEARER_WORDS = new Set([...OBJECT_PRONOUNS, ...set(`a al`)]);

export const NOT_A_NAME_ALONE = set(`El La Los Las Un Una Y Pero En Con Para Por Al Del Según Tras`);
