/**
 * Lexicon: common first names in Spanish-language news (written in lower case, as looked up), by the pronoun that
 * stands for their bearer ("él", "ella"). A short list of frequent names: a name not in it leaves the gender to the
 * text ("la ministra", "Sra."). Also what tells a first name from a first surname in a name of four words or three
 * ("Andrés Manuel López Obrador": "Manuel" is a name, "López" a surname).
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().toLowerCase().split(/\s+/u));

export const FEMALE_FIRST_NAMES = set(`María Ana Carmen Isabel Laura Marta Elena Lucía Sofía Paula Sara Cristina Teresa
  Pilar Rosa Dolores Mercedes Montserrat Montse Núria Nuria Raquel Beatriz Patricia Silvia Mónica Irene Alicia Julia
  Andrea Claudia Daniela Valentina Camila Gabriela Fernanda Natalia Verónica Adriana Carolina Lorena Yolanda Inés Esther
  Susana Margarita Marisol Guadalupe Lupita Xóchitl Rocío Macarena Begoña Ainhoa Amaia Itziar Ione Ayuso Yolanda Ximena
  Jimena Luisa Josefina Francisca Antonia Juana Victoria Soraya Cayetana Dina Irene Isabel Magdalena Mariana Lourdes
  Consuelo Concepción Inmaculada Emilia Ángela Angela Kamala Hillary Ursula Giorgia Claudia Michelle Cristina Ione
  Diana Eva Clara Noelia Olga Esperanza Marina Alba Nerea Leire Aitana Bárbara Delcy Dilma Evelyn Keiko Epsy`);

export const MALE_FIRST_NAMES = set(`José Juan Antonio Manuel Francisco Luis Javier Carlos Jesús Miguel Pedro Ángel Angel
  Alejandro Rafael Fernando Pablo Jorge Alberto Sergio Daniel Enrique Ramón Andrés Vicente Joaquín Santiago Eduardo
  Víctor Roberto Jaime Ignacio Alfonso Ricardo Mariano Gabriel Emilio Salvador Guillermo Gonzalo Raúl Rubén Íñigo Iñigo
  Álvaro Alvaro Diego Marcelo Mauricio Nicolás Felipe Gustavo Óscar Oscar Hugo Martín Mario Rodrigo Sebastián Tomás
  Agustín Cristóbal Arturo Julio César Ernesto Hernán Lucas Mateo Nayib Gustavo Evo Rafael Hugo Lenín Iván Ivan Nicolás
  Alberto Xavier Jordi Josep Joan Pere Oriol Carles Xabier Iker Aitor Unai Ander Koldo Pedro Abel Albert Baltasar
  Cayo Dmitri Dmitry Vladimir Volodímir Volodymyr Emmanuel Donald Joe Olaf Xi Jair Lula Inácio Benjamín Benjamin
  Gerardo Omar Ramiro Horacio Patricio Claudio Leonardo Armando Adolfo Alfredo Héctor Ezequiel Esteban Samuel Marco
  Jacinto Bernardo Valentín Federico Octavio Humberto Alexis Wilson Nelson Edmundo Lautaro Facundo Gastón Mauricio`);
