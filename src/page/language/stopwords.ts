/**
 * The commonest short words of each language the text detector tells apart, as data: a word that several languages
 * share counts for each of them. Thirty-odd words a language are enough to separate these eight on a paragraph.
 */
export type StopwordLanguage = 'en' | 'fr' | 'de' | 'es' | 'pt' | 'cs' | 'it' | 'nl';

const LISTS: Record<StopwordLanguage, string> = {
  en: 'the and of to is that was for with on are as he it said by at this from have has were be an which they but not his her their would will been who about there',
  fr: 'le la les des et est une du que qui dans pour pas sur au avec sont ce il elle ont plus été aux par mais ses nous vous cette leur être fait comme',
  de: 'der die und das ist nicht mit den von zu sich auf dem ein eine für auch es im wird sind werden wie oder bei nach aus noch wurde hat einen ich',
  es: 'el la los las de que y en del se por con una para es su al lo como más pero sus le ha fue este esta son también muy entre cuando',
  pt: 'o a os as de que e do da em um uma para com não no na por mais dos das se foi ao ele ela são pelo pela também seu sua',
  cs: 'a je se na v že to s z do o i jako ale k by jsou byl pro po jeho už tak jsem které který bylo jen od při než však',
  it: 'il di che e la per un una non del della sono è da con si le gli al dei nel anche più ma ha come questo lo alla delle',
  nl: 'de het een en van is dat op te in niet met zijn voor die er aan ook als maar bij om door was wordt worden dan nog naar heeft',
};

/** word → the languages it is a stopword of. */
export const STOPWORDS: ReadonlyMap<string, readonly StopwordLanguage[]> = (() => {
  const map = new Map<string, StopwordLanguage[]>();
  for (const [language, words] of Object.entries(LISTS) as Array<[StopwordLanguage, string]>) {
    for (const word of words.split(' ')) {
      const languages = map.get(word);
      if (languages === undefined) map.set(word, [language]);
      else if (!languages.includes(language)) languages.push(language);
    }
  }
  return map;
})();
