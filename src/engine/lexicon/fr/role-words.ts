/**
 * Lexicon: the French words that say what kind of voice a source is (roles.ts reads them): titles ("la ministre",
 * "le procureur"), occupations ("chercheuse", "ostréiculteur"), bodies ("préfecture", "syndicat") and the plural
 * nouns of groups ("habitants", "experts"). One to three words each, lower case. A strong word says the role by
 * itself; a weak one only when nothing stronger is written beside it ("président" of a republic or of a club).
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';

type Listed = RoleWord['role'];
const words = (list: string): string[] => list.trim().split(/\s*,\s*/u);

const STRONG: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`député, députée, députés, sénateur, sénatrice, sénateurs, maire, ministre, ministres, premier ministre,
    première ministre, élu, élue, élus, conseiller municipal, conseillère municipale, conseiller régional, candidat,
    candidate, opposition, chef de l'état, secrétaire d'état, eurodéputé, eurodéputée, parlementaire, parlementaires,
    socialiste, socialistes, écologiste, écologistes, ump, non-inscrits, président de la république`),
  official: words(`ministère, gouvernement, administration, élysée, matignon, préfecture, préfet, préfète, ambassade,
    ambassadeur, ambassadrice, diplomate, diplomates, fonctionnaire, fonctionnaires, agence, autorité, autorités,
    commission, commissaire, régulateur, quai d'orsay, météo-france, mairie, conseil canadien, ministère des affaires
    étrangères, union européenne, nations unies, commission européenne`),
  justice: words(`juge, juges, procureur, procureure, parquet, tribunal, cour, police, policier, policiers, policière,
    gendarmerie, gendarme, gendarmes, enquêteurs, magistrat, magistrats, magistrature, juge en chef`),
  expert: words(`professeur, professeure, chercheur, chercheuse, chercheurs, scientifique, scientifiques, économiste,
    économistes, expert, experts, experte, spécialiste, spécialistes, universitaire, analyste, analystes, historien,
    historienne, sociologue, politologue, médecin, médecins, épidémiologiste, université, institut, laboratoire,
    climatologue, météorologue, prévisionniste`),
  business: words(`entreprise, pdg, patron, patronne, fondateur, fondatrice, banque, commerçant, commerçants, industriel,
    industriels, actionnaires, constructeur, cabinet d'avocats`),
  advocacy: words(`ong, syndicat, syndicats, syndicaliste, militant, militante, militants, collectif, défenseur,
    défenseurs, organisation de défense, cgt, cfdt, fo, unsa, sud, cgt-cheminots, intersyndicale`),
  media: words(`journaliste, journalistes, rédaction, éditorialiste, chroniqueur, chroniqueuse, agence de presse, afp,
    reuters, quotidien, hebdomadaire, magazine`),
  citizen: words(`habitant, habitante, habitants, riverain, riverains, témoin, témoins, passant, passants, électeur,
    électeurs, parent, parents, victime, victimes, pêcheur, pêcheurs, agriculteur, agriculteurs, ostréiculteur,
    ostréiculteurs, salarié, salariés, employé, employés, ouvrier, ouvriers, étudiant, étudiants, manifestant,
    manifestants, retraité, retraités, automobiliste, automobilistes, vacanciers, voisin, voisine, voisins, voisines,
    mère, père, rescapé, rescapée, rescapés, survivant, survivante, survivants, otage, otages, commerçante, passante,
    habitante, locataire, locataires, consommateur, consommateurs, patient, patients, patiente`),
};

const WEAK: Readonly<Record<Listed, readonly string[]>> = {
  politician: words(`président, présidente, parti, campagne, assemblée, sénat, gauche, droite`),
  official: words(`responsable, responsables, porte-parole, conseiller, conseillère, conseillers, office, conseil, comité,
    bureau, direction, directeur général,
    service, services, chargée de communication, chargé de communication`),
  justice: words(`avocat, avocate, avocats`),
  expert: words(`centre, docteur, directeur de recherche`),
  business: words(`société, groupe, directeur, directrice, compagnie, cabinet, dirigeant, dirigeante`),
  advocacy: words(`association, associations, fondation, organisation, fédération, comité régional`),
  media: words(`journal, chaîne, radio, télévision, site`),
  citizen: words(`famille, familles, capitaine, membres, communauté, second`),
};

export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = roleWordTable(WEAK, STRONG);
export const ROLE_WORDS_MAX = 4;

const set = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

export const ROLELESS_SOURCE_NOUNS = set(`source sources quelqu'un critiques détracteurs opposants partisans observateurs
  proches personne personnes gens voix`);
export const ROLELESS_ALONE = set(`certains d'autres beaucoup plusieurs`);
export const NOBODY = set(`aucun aucune personne nul`);
export const ROLE_BODY_WORDS = set(`bureau conseil comité association coopérative société fédération parti entreprise
  institut agence département ministère groupe fondation commission cabinet`);
export const APPOSITION_HEAD_ENDS = set(`de d' du des à au aux pour chez avec dans sur qui que qu' dont et`);
export const ROLE_WINDOW_BREAKERS = set(`dit déclaré affirmé selon à au aux l' par de d' du avec dans sur pour comme que qu'
  quand mais si qui a ont est sont était et ou il elle ils elles on`);
export const BUSINESS_FOLLOWERS = set(`pdg fondateur cofondateur actionnaires magasins actions rachat siège clients`);
export const BUSINESS_OF = set(`rachat acquisition actions actionnaires pdg fondateur cofondateur propriétaire propriétaires
  dirigeants`);
export const ROLE_ANAPHORS = set(`entreprise société groupe compagnie constructeur enseigne journal chaîne`);
export const ROLE_DOCUMENT_HEADS = set(`recherche statistiques résultats chiffres`);
export const APPOSITION_OPENERS = set(`un une le la l' son sa ses leur qui désormais aussi ancien ancienne ex`);
export const ROLE_COPULAS = set(`est était sont étaient reste`);
export const COPULA_ADVERBS = set(`vraiment aussi encore désormais seulement simplement`);
/** A people named after a place, as a plural: "les Français", "des Canadiens", "les Bretonnes". */
export const PEOPLE_OF_A_PLACE = /^\p{Lu}\p{Ll}+(?:ais|aises|iens|iennes|ains|aines|ois|oises)$/u;
