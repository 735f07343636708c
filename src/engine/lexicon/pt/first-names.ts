/**
 * Lexicon: common first names in Brazilian and Portuguese news (written in lower case, as looked up), by the pronoun
 * that stands for their bearer ("ele", "ela"). A short list of frequent names: a name not in it leaves the gender to
 * the text ("a ministra", "Sra.").
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().toLowerCase().split(/\s+/u));

export const FEMALE_FIRST_NAMES = set(`Maria Ana Marina Dilma Simone Gleisi Tereza Teresa Luiza Luísa Luisa Fernanda Juliana Camila
  Patrícia Patricia Beatriz Catarina Inês Sofia Rita Marta Carla Cláudia Claudia Helena Lúcia Lucia Mariana Gabriela Renata
  Aline Adriana Sandra Cristina Paula Joana Francisca Margarida Isabel Isabela Raquel Daniela Débora Vanessa Tatiana Carolina
  Letícia Larissa Amanda Bruna Natália Leila Rosa Rosângela Janja Michelle Damares Tabata Erika Carmen Cármen Graça
  Kamala Ursula Angela Giorgia`);

export const MALE_FIRST_NAMES = set(`Luiz Luís Luis Lula Jair João José Carlos Paulo Pedro Antônio António Francisco Fernando
  Flávio Flavio Rodrigo Marcelo Alexandre Gilmar Geraldo Tarcísio Ciro Sergio Sérgio Eduardo Ricardo Roberto Rafael Gustavo
  Bruno André Marcos Márcio Fábio Fabio Felipe Filipe Rui Ruy Miguel Manuel Manoel Jorge Nuno Tiago Thiago Diogo Gonçalo
  Henrique Hugo Lucas Mateus Matheus Daniel Davi David Arthur Artur Renan Renato Ronaldo Romeu Humberto Augusto Arthur
  Alberto Álvaro Vasco Joaquim Afonso Mário Mario Anderson Wellington Edson Nelson Hamilton Edinho Rogério Cristiano Augusto
  Joe Donald Vladimir Volodymyr Emmanuel Olaf Xi Javier`);
