/**
 * Lexicon: the Spanish words that say what kind of voice a source is (roles.ts reads them): titles ("la ministra",
 * "el fiscal"), occupations ("investigadora", "pescador"), bodies ("Fiscalía", "sindicato") and the plural nouns of
 * groups ("vecinos", "expertos"). One to four words each, lower case. A strong word says the role by itself; a weak
 * one only when nothing stronger is written beside it ("presidente" of a country or of a club).
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';

type Listed = RoleWord['role'];
const words = (list: string): string[] => list.trim().split(/\s*,\s*/u);

const STRONG: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`diputado, diputada, diputados, senador, senadora, senadores, alcalde, alcaldesa, ministro, ministra,
    ministros, primer ministro, primera ministra, concejal, concejala, concejales, candidato, candidata, oposición,
    jefe de estado, jefe del gobierno, presidente del gobierno, presidenta del gobierno, secretario de estado,
    eurodiputado, eurodiputada, parlamentario, parlamentarios, legislador, legisladora, legisladores, congresista,
    congresistas, gobernador, gobernadora, canciller, vicepresidente, vicepresidenta, expresidente, expresidenta,
    exministro, exministra, presidente de la república, presidenta de la república, socialistas, populares, pp, psoe,
    vox, sumar, podemos, morena`),
  official: words(`ministerio, gobierno, administración, moncloa, casa rosada, embajada, embajador, embajadora,
    diplomático, diplomáticos, funcionario, funcionarios, funcionaria, agencia, autoridad, autoridades, comisión,
    comisario, comisaria, comisionado, regulador, alcaldía, ayuntamiento, cancillería, presidencia, secretaría,
    delegación del gobierno, delegado del gobierno, comisión europea, naciones unidas, unión europea, onu, otan,
    ministerio de asuntos exteriores, ministerio del interior, protección civil, aemet, generalitat, xunta, junta`),
  justice: words(`juez, jueza, jueces, fiscal, fiscales, fiscalía, tribunal, tribunal supremo, audiencia nacional,
    juzgado, corte, policía, policías, agente, agentes, guardia civil, mossos, carabineros, investigadores, magistrado,
    magistrada, magistrados, abogado del estado, fiscal general, defensoría`),
  expert: words(`profesor, profesora, investigador, investigadora, investigadores, científico, científica, científicos,
    economista, economistas, experto, experta, expertos, expertas, especialista, especialistas, catedrático, catedrática,
    analista, analistas, historiador, historiadora, sociólogo, socióloga, politólogo, politóloga, médico, médica,
    médicos, epidemiólogo, epidemióloga, ingeniero, ingeniera, ingenieros, universidad, instituto, laboratorio, meteorólogo, meteoróloga, climatólogo`),
  business: words(`empresa, consejero delegado, director ejecutivo, directora ejecutiva, fundador, fundadora, banco,
    comerciante, comerciantes, empresario, empresaria, empresarios, accionistas, patronal, fabricante, bufete`),
  advocacy: words(`ong, sindicato, sindicatos, sindicalista, activista, activistas, militante, militantes, colectivo,
    defensor, defensora, defensores, plataforma, ccoo, ugt, amnistía internacional, human rights watch,
    organización de derechos humanos`),
  media: words(`periodista, periodistas, redacción, columnista, editorialista, agencia de noticias, efe, europa press,
    afp, reuters, diario, periódico, semanario, revista, cadena, emisora`),
  citizen: words(`vecino, vecina, vecinos, vecinas, residente, residentes, habitante, habitantes, testigo, testigos,
    votante, votantes, padre, madre, padres, víctima, víctimas, pescador, pescadores, agricultor, agricultores,
    trabajador, trabajadora, trabajadores, empleado, empleada, empleados, estudiante, estudiantes, manifestante,
    manifestantes, jubilado, jubilada, jubilados, conductor, conductores, turistas, superviviente, supervivientes,
    sobreviviente, sobrevivientes, rehén, rehenes, inquilino, inquilinos, consumidor, consumidores, paciente, pacientes,
    aficionado, aficionados, familiar, familiares`),
};

const WEAK: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`presidente, presidenta, partido, campaña, asamblea, senado, congreso, izquierda, derecha, líder`),
  official: words(`responsable, responsables, portavoz, portavoces, vocero, vocera, asesor, asesora, asesores, oficina,
    consejo, comité, dirección, director general, directora general, servicio, servicios, secretario, secretaria,
    jefe de gabinete, jefa de gabinete, delegado, delegada, consejero, consejera`),
  justice: words(`abogado, abogada, abogados, acusación`),
  expert: words(`centro, doctor, doctora, director de investigación`),
  business: words(`sociedad, grupo, director, directora, compañía, gerente, dirigente`),
  advocacy: words(`asociación, asociaciones, fundación, organización, federación`),
  media: words(`medio, medios, canal, radio, televisión, portal`),
  citizen: words(`familia, familias, miembros, comunidad, entrenador, entrenadora, jugador, jugadora, jugadores,
    capitán, técnico, seleccionador`),
};

export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = roleWordTable(WEAK, STRONG);
export const ROLE_WORDS_MAX = 4;

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

export const ROLELESS_SOURCE_NOUNS = set(`fuente fuentes alguien críticos detractores opositores partidarios observadores
  allegados persona personas gente voces`);
export const ROLELESS_ALONE = set(`algunos otros muchos varios`);
export const NOBODY = set(`nadie ninguno ninguna`);
export const ROLE_BODY_WORDS = set(`oficina consejo comité asociación cooperativa sociedad federación partido empresa
  instituto agencia departamento ministerio grupo fundación comisión gabinete`);
export const APPOSITION_HEAD_ENDS = set(`de del a al para en con sobre quien quienes que cuyo cuya y`);
export const ROLE_WINDOW_BREAKERS = set(`dijo declaró afirmó según a al por de del con en sobre para como que cuando pero
  si quien ha han es son era y o él ella ellos ellas`);
export const BUSINESS_FOLLOWERS = set(`consejero fundador cofundador accionistas tiendas acciones compra sede clientes`);
export const BUSINESS_OF = set(`compra adquisición acciones accionistas fundador cofundador propietario propietarios
  directivos`);
export const ROLE_ANAPHORS = set(`empresa sociedad grupo compañía fabricante cadena diario periódico`);
export const ROLE_DOCUMENT_HEADS = set(`investigación estadísticas resultados cifras`);
export const APPOSITION_OPENERS = set(`un una el la su sus quien actual también exministro expresidente antiguo antigua ex`);
export const ROLE_COPULAS = set(`es era son eran sigue`);
export const COPULA_ADVERBS = set(`realmente también todavía ahora solo sólo`);
/** A people named after a place, as a plural: "los españoles", "los mexicanos" (lower case in Spanish: never a name). */
export const PEOPLE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:anos|anas|enses|eños|eñas|eses)$/u;
