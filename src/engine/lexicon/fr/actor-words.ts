/**
 * Lexicon: the French words that tell what kind of actor a source is — titles before names ("M.", "la ministre",
 * "le porte-parole"), nouns of documents, of organisations and of unnamed sources — and the words a speaker or hearer
 * phrase may start with. Lower case; elided articles as the segmenter splits them ("l'").
 */
import { ARTICLES } from './function-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const TITLES = set(`m mme mmes mlle mm dr pr mgr président présidente ministre ministres premier première
  secrétaire général générale directeur directrice porte-parole maire préfet préfète procureur procureure juge sénateur
  sénatrice député députée ambassadeur ambassadrice chef cheffe commissaire gouverneur gouverneure roi reine prince
  princesse pape cardinal évêque archevêque imam rabbin avocat avocate professeur professeure chercheur chercheuse
  conseiller conseillère capitaine colonel lieutenant commandant sergent adjoint adjointe ancien ancienne vice-président
  vice-présidente ex patron patronne pdg fondateur fondatrice élu élue dirigeant dirigeante candidat candidate
  économiste analyste chancelier chancelière eurodéputé eurodéputée délégué déléguée responsable représentant
  représentante`);

export const PERSON_TITLES = set(`m mme mmes mlle dr pr mgr président présidente juge maire sénateur sénatrice député
  députée général colonel capitaine roi reine prince princesse pape cardinal ambassadeur ambassadrice chancelier
  chancelière ministre procureur procureure préfet préfète`);

export const DOCUMENT_NOUNS = set(`document documents rapport rapports communiqué communiqués lettre courrier déclaration
  note étude études enquête sondage sondages projet loi texte arrêté décret jugement arrêt décision avis courriel message
  tweet publication article tribune éditorial livre ouvrage analyse bilan chiffres données résolution plainte pétition
  ordonnance circulaire directive proposition amendement traité accord plan programme budget vidéo dossier compte-rendu
  procès-verbal mémorandum`);

export const ORGANISATION_NOUNS = set(`conseil commission comité parlement assemblée sénat ministère département agence
  office gouvernement administration cabinet cour tribunal syndicat parti campagne entreprise société groupe organisation
  association institut fondation université bureau service services police gendarmerie armée marine force forces équipe
  club réseau journal chaîne fédération ligue mouvement majorité opposition élysée matignon préfecture mairie ambassade
  consulat mission otan onu ue autorité autorités régime état banque fonds alliance coalition collectif centre
  laboratoire opérateur compagnie constructeur fabricant producteur distributeur assureur régulateur quai parquet
  météo-france ong`);

export const UNNAMED_SOURCE_NOUNS = set(`source sources responsable responsables officiel officiels expert experts analyste
  analystes spécialiste spécialistes observateur observateurs proche proches conseiller conseillers diplomate diplomates
  témoin témoins habitant habitants riverain riverains électeurs partisans opposants détracteurs critiques certains
  beaucoup plusieurs médias porte-parole représentant représentants députés élus membres économistes scientifiques
  chercheurs enquêteurs militants manifestants sondages études documents dirigeants participants syndicats
  syndicalistes salariés employés agriculteurs pêcheurs ostréiculteurs internautes autorités voisin voisine voisins
  voisines mère père fils fille femme homme ami amie amis amies collègue collègues élève élèves enseignant enseignante
  enseignants infirmier infirmière infirmiers médecin médecins policier policière policiers gendarme gendarmes pompier
  pompiers victime victimes survivant survivante survivants rescapé rescapée rescapés otage otages habitante passant
  passante passants témoin famille familles parents commerçant commerçante commerçants patron patronne proche manifestant manifestante`);

export const PLURAL_PERSON_NOUNS = set(`gens police personnes hommes femmes enfants personnel public familles`);

/** The endings of French nouns for people: chercheurs, chercheuse, directrice, militants, pharmacien, policier, Français. */
const PERSON_NOUN_ENDING = /(?:eurs?|euses?|rices?|istes?|iens?|iennes?|ants?|antes?|aires?|iers?|ières?|ais|aises?|logues?)$/u;

const THING_NOUNS = set(`secteur secteurs moteur moteurs ordinateur ordinateurs intérieur extérieur honneur valeur valeurs
  erreur erreurs couleur couleurs chaleur hauteur longueur largeur vapeur heure heures facteur facteurs indicateur
  indicateurs restaurant restaurants carburant carburants instant montant montants volant dossier dossiers papier papiers
  quartier quartiers calendrier courrier fichier fichiers chantier chantiers premier première dernier dernière entier
  janvier février affaire affaires salaire salaires anniversaire commentaire commentaires inventaire dictionnaire
  territoire histoire mémoire victoire gloire frontière frontières matière matières lumière rivière carrière manière
  filière prière barrière jamais mais palais relais marais délai avant pendant cependant maintenant durant
  auparavant important importants suffisant constant courant flagrant enfant`);

export function isPersonNoun(lower: string): boolean {
  if (UNNAMED_SOURCE_NOUNS.has(lower) || PLURAL_PERSON_NOUNS.has(lower)) return true;
  return PERSON_NOUN_ENDING.test(lower) && !THING_NOUNS.has(lower);
}

export const INDEFINITE_DETERMINERS = set(`un une des certains certaines plusieurs quelques d' nombreux nombreuses divers
  différents autre autres aucun aucune`);

/** Lower-case words that may open an inverted speaker ("…, a déclaré le ministre", "…, dit-elle"). */
export const SPEAKER_LEAD_WORDS = new Set([...ARTICLES, ...set(`des il elle ils elles on plusieurs certains son sa ses leur
  leurs notre`)]);

export const SPEAKER_PHRASE_STARTS = new Set([...ARTICLES, 'des', ...SUBJECT_PRONOUNS]);

/** Words that open a hearer after a verb that names one first ("a prévenu les habitants que …"). */
export const HEARER_WORDS = new Set([...OBJECT_PRONOUNS, ...set(`à au aux les la le l'`)]);

export const NOT_A_NAME_ALONE = set(`Le La Les L' Un Une Et Mais En Dans Au Aux Pour`);

