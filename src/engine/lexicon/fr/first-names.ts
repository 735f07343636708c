/**
 * Lexicon: common first names in French news (written in lower case, as looked up), by the pronoun that stands for their bearer ("il", "elle"). A short list of
 * frequent names: a name not in it leaves the gender to the text ("Mme", "la ministre").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().toLowerCase().split(/\s+/u));

export const FEMALE_FIRST_NAMES = set(`Marie Anne Christiane Ségolène Martine Marine Valérie Rachida Nathalie Catherine
  Isabelle Sylvie Françoise Monique Nicole Brigitte Élisabeth Elisabeth Sophie Claire Aurélie Laure Morgane Alexandra
  Beatriz Anne-Marie Najat Agnès Amélie Caroline Florence Hélène Julie Laurence Léa Manon Camille Chloé Emma Sarah Pauline
  Christine Véronique Sandrine Céline Karine Delphine Émilie Virginie Stéphanie Patricia Dominique Danielle Jeanne
  Ursula Angela Giorgia Kamala Hillary`);

export const MALE_FIRST_NAMES = set(`Jean Pierre Michel François Laurent Emmanuel Nicolas Jacques Alain Philippe Bernard
  Patrick Christian Claude Daniel Gérard André Martin Damien Sergio Javier Joan José Luis Norman Eugene Randall Frédéric
  Pouria Bruno Gérald Édouard Edouard Jean-Luc Jean-Marie Jean-Pierre Jean-Yves Olivier Thierry Éric Eric Stéphane
  Christophe Sébastien Julien Mathieu Thomas Antoine Guillaume Marc Paul Louis Henri Georges Yves Vincent Benoît Benjamin
  Gabriel Jordan Fabien Raphaël Manuel Lionel Dominique Joe Donald Vladimir Volodymyr Olaf`);
