/**
 * Lexicon: common first names in Italian news (written in lower case, as looked up), by the pronoun that stands for
 * their bearer ("lui", "lei"). A short list of frequent names: a name not in it leaves the gender to the text ("la
 * ministra", "Sig.ra").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().toLowerCase().split(/\s+/u));

export const FEMALE_FIRST_NAMES = set(`Giorgia Elly Maria Anna Giulia Francesca Laura Chiara Sara Paola Valentina Elena
  Silvia Federica Roberta Alessandra Daniela Cristina Simona Barbara Marta Martina Lucia Rosa Angela Teresa Giovanna
  Carla Patrizia Monica Marina Marta Ilaria Beatrice Sofia Alessia Eleonora Claudia Emma Daria Mara Daniela Letizia
  Licia Mariastella Maria Elena Livia Ursula Kamala Hillary Penny Linor Ons Marketa Yoko Amanda Christine Roberta Lucia
  Nicoletta Rossella Raffaella Antonella Gabriella Manuela Michela Debora Stefania Luisa Loredana Serena`);

export const MALE_FIRST_NAMES = set(`Giuseppe Giovanni Antonio Mario Luigi Francesco Paolo Marco Andrea Luca Matteo Giorgio
  Roberto Stefano Alessandro Lorenzo Sergio Carlo Massimo Fabio Davide Simone Enrico Alberto Claudio Maurizio Nicola
  Pietro Riccardo Gianni Silvio Romano Sandro Guido Ignazio Antonio Vincenzo Salvatore Raffaele Domenico Michele Franco
  Bruno Carlo Emmanuel Joe Donald Vladimir Volodymyr Olaf Benjamin Antony Jack Matthew Sergei Herzi Gershon Ghazi Rishi
  Philippe Tedros Chris Richard Eli Khalid Muhammad Ibrahim Salman Gilad Sameh Ismail Emmanuel Pedro Jean Pierre Xi
  Recep Keir Guido Adolfo Gennaro Ciro Gaetano Federico Edoardo Tommaso Leonardo Gabriele Filippo Alessio`);
