/**
 * Lexicon (German): the words that say what kind of voice a source is (roles.ts reads them), lower case, as they
 * stand before or after a name ("Bundeskanzlerin Angela Merkel", "Sprecher der Polizei"). German writes roles as
 * compounds, so the common ones are listed whole ("Innenministerin", "Polizeisprecher"). A weak word says the role
 * only when nothing stronger stands beside it ("Präsident" of a club is no politician).
 */
import type { RoleWord } from '../lexicon.js';
import { roleWordTable } from '../role-word-table.js';

type Listed = RoleWord['role'];

const words = (list: string): readonly string[] => list.split(/\s+/u).filter((w) => w !== '');

const STRONG: Readonly<Partial<Record<Listed, readonly string[]>>> = {
  politician: words(`bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin ministerpräsident
    ministerpräsidentin premierminister premierministerin bundespräsident bundespräsidentin bürgermeister
    bürgermeisterin oberbürgermeister oberbürgermeisterin abgeordnete abgeordneter abgeordneten politiker politikerin
    politikern senator senatorin landrat landrätin staatssekretär staatssekretärin innenminister innenministerin
    außenminister außenministerin finanzminister finanzministerin verteidigungsminister verteidigungsministerin
    gesundheitsminister gesundheitsministerin wirtschaftsminister wirtschaftsministerin justizminister
    justizministerin umweltminister umweltministerin arbeitsminister arbeitsministerin regierungschef
    regierungschefin parteichef parteichefin parteivorsitzende parteivorsitzender fraktionschef fraktionschefin
    fraktionsvorsitzende fraktionsvorsitzender opposition bundestag nationalrat nationalrätin ständerat ständerätin
    gemeindepräsident gemeindepräsidentin staatsrat staatsrätin staatschef staatschefin kremlchef`),
  official: words(`regierung bundesregierung landesregierung ministerium bundesministerium behörde behörden
    regierungssprecher regierungssprecherin botschafter botschafterin diplomat diplomaten beamte beamter beamten
    kommission auswärtiges amt`),
  justice: words(`polizei polizist polizistin polizisten polizeisprecher polizeisprecherin staatsanwalt staatsanwältin
    staatsanwaltschaft richter richterin gericht bundesgerichtshof bundesverfassungsgericht armee militär soldaten
    bundeswehr ermittler ermittlerin`),
  expert: words(`professor professorin prof dr experte expertin experten wissenschaftler wissenschaftlerin forscher
    forscherin ökonom ökonomin analyst analystin arzt ärztin mediziner medizinerin politologe politologin
    universität institut`),
  business: words('konzern konzernchef konzernchefin vorstandschef vorstandschefin geschäftsführer geschäftsführerin'),
  advocacy: words('gewerkschaft verband stiftung initiative'),
  media: words(`zeitung nachrichtenagentur sender magazin reporter reporterin journalist journalistin korrespondent
    korrespondentin redakteur redakteurin`),
  citizen: words(`anwohner anwohnerin bürger bürgerin einwohner zeuge zeugin zeugen augenzeuge augenzeugin opfer
    schüler schülerin eltern mutter vater demonstranten betroffene betroffener`),
};

const WEAK: Readonly<Partial<Record<Listed, readonly string[]>>> = {
  politician: words('präsident präsidentin partei parlament'),
  official: words('sprecher sprecherin amt verwaltung'),
  justice: words('anwalt anwältin'),
  business: words('unternehmen firma manager managerin direktor direktorin chef chefin'),
  advocacy: words('verein organisation'),
};

/** The shortest head a compound keeps before its listed role ("Parteipräsident": "partei"). */
const MIN_COMPOUND_HEAD = 3;
/** How many words' endings are remembered before the memory starts again (a long-lived page reads many). */
const MAX_REMEMBERED = 20_000;

/**
 * The role words, and a compound ending in one of them as that word's role: German writes a role into one word
 * ("Russlandexperte", "Arbeitswissenschaftler", "Parteipräsident", "Verdi-Sprecher"), too many to list. The longest
 * listed ending wins ("Innenministerin" before "ministerin"); what a word resolves to is remembered, so the cost stays
 * one look-up per word after the first.
 */
class CompoundRoleWords extends Map<string, RoleWord> {
  private readonly compounds = new Map<string, RoleWord | null>();

  override get(word: string): RoleWord | undefined {
    const listed = super.get(word);
    if (listed !== undefined || word.includes(' ')) return listed;
    let found = this.compounds.get(word);
    if (found === undefined) {
      found = null;
      for (let at = MIN_COMPOUND_HEAD; at <= word.length - 4 && found === null; at++) {
        const ending = word.slice(word[at] === '-' ? at + 1 : at);
        found = super.get(ending) ?? null;
      }
      // (a word may end in a short role by chance: "ratsmitglied" is no "glied"; only endings of four letters and more)
      if (this.compounds.size >= MAX_REMEMBERED) this.compounds.clear();
      this.compounds.set(word, found);
    }
    return found ?? undefined;
  }

  override has(word: string): boolean {
    return this.get(word) !== undefined;
  }
}

/** Every role word and phrase, keyed by its lower-case words joined by one space; compounds resolve to their ending. */
export const ROLE_WORDS: ReadonlyMap<string, RoleWord> = new CompoundRoleWords(roleWordTable(WEAK, STRONG));

/** Longest entry of ROLE_WORDS, in words. */
export const ROLE_WORDS_MAX = 2;
