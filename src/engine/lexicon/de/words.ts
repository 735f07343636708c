/**
 * Lexicon (German): closed-class words — articles, pronouns, prepositions, conjunctions, auxiliaries — days and
 * months, abbreviations that do not end a sentence, and the words that name a speaker (titles, role nouns, bodies).
 * All lower case, as tokens' `lower`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter((w) => w !== ''));

export const ARTICLES = set('der die das den dem des ein eine einen einem einer eines');
export const POSSESSIVES = set(`sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere
  unseren unserem unserer euer eure mein meine meinen meinem dein deine`);
export const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVES, ...set(`dieser diese dieses diesen diesem jener jene
  jenes alle allen aller viele vielen einige einigen mehrere mehreren manche kein keine keinen keinem keiner beide
  beiden jeder jede jedes jeden jedem`)]);

export const SUBJECT_PRONOUNS = set('er sie es wir ich ihr man');
export const THIRD_PERSON_SUBJECTS = set('er sie');
export const PERSON_PRONOUNS = set('er sie ihm ihn');
export const PLURAL_PRONOUNS = set('sie ihnen');
export const THING_PRONOUNS = set('es');
export const SPEAKER_PRONOUNS = set('ich wir du mich mir uns');
export const OBJECT_PRONOUNS = set('ihm ihn ihr ihnen mir mich uns euch dir dich');
export const PERSONAL_PRONOUNS = new Set([...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS]);
export const RELATIVE_PRONOUNS = set('der die das dem den denen deren dessen welcher welche welches');
export const WRITER_PRONOUNS = set('ich wir');

export const PREPOSITIONS = set(`in im an am auf bei beim mit nach von vom vor zu zum zur aus über unter gegen ohne
  durch für um seit während wegen bis trotz hinter neben zwischen ab laut gemäß zufolge seitens`);
export const SUBORDINATORS = set('dass daß weil da wenn als ob obwohl während nachdem bevor damit sodass wie wo');
export const CLAUSE_JOINERS = set('aber doch jedoch sondern während obwohl denn');
export const SENTENCE_CONNECTIVES = set(`aber und doch jedoch auch zudem außerdem dennoch trotzdem deshalb daher
  darum inzwischen unterdessen später zuvor bereits schon nun jetzt heute gestern dabei damit dann allerdings
  insgesamt zunächst schließlich besonders insbesondere vor allem ebenfalls ebenso vielmehr stattdessen offiziell
  mittlerweile seitdem deswegen somit also ferner hingegen zwar immerhin sogar nämlich tatsächlich
  offenbar offensichtlich vermutlich wahrscheinlich möglicherweise angeblich ausdrücklich zuletzt erst gerade damals
  ende anfang mitte indes dazu hier dort so gleichzeitig zugleich ähnlich umgekehrt anschließend danach daraufhin
  seither künftig bald`);
export const NEGATIONS = set('nicht nie niemals kein keine keinen keinem keiner');

/** Auxiliaries and modal verbs: the finite verb of a perfect ("hat … gesagt") or a modal ("wollte … sagen"). */
export const AUXILIARIES = set(`hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird
  werden wurde wurden würde würden will wollte wollten kann konnte konnten könne könnte soll sollte sollten muss
  musste mussten möchte können müssen sollen wollen dürfen mögen möchten darf dürfte mag`);

export const WEEKDAYS = set('Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag');
export const MONTHS = set('Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember');
export const TIME_WORDS = new Set([...[...WEEKDAYS].map((d) => d.toLowerCase()), ...set(`heute gestern vorgestern
  morgen abend mittag früher später zuvor erneut bereits schon nun jetzt damals kürzlich jüngst wiederholt am vom`)]);

/** Abbreviations whose full stop ends no sentence: "Dr. Müller", "z. B.", "Nr. 5", "u. a." (lower case, no stop). */
export const ABBREVIATIONS = set(`dr prof nr st str bzw ca vgl usw etc z b u a d h o ä s sog inkl ggf evtl mio mrd
  jh jhd abs art bd hrsg mr mrs ms gen min max tel co ltd inc dipl ing mag hl bzw`);

/** Titles before a name ("Dr. Angela Merkel", "Bundeskanzlerin Merkel"), lower case. */
export const TITLES = set(`dr prof herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin
  bundespräsident bundespräsidentin minister ministerin ministerpräsident ministerpräsidentin bürgermeister
  bürgermeisterin oberbürgermeister oberbürgermeisterin staatssekretär staatssekretärin senator senatorin papst
  könig königin prinz prinzessin general abgeordnete abgeordneter richter richterin staatsanwalt staatsanwältin
  innenminister innenministerin außenminister außenministerin finanzminister finanzministerin
  verteidigungsminister verteidigungsministerin regierungschef regierungschefin premierminister premierministerin`);
export const PERSON_TITLES = set('dr prof herr frau papst könig königin prinz prinzessin');

/** Nouns of bodies that speak ("die Polizei", "das Ministerium", "die Regierung"), lower case. */
export const ORGANISATION_NOUNS = set(`polizei regierung bundesregierung ministerium behörde behörden gericht
  staatsanwaltschaft feuerwehr partei fraktion verband unternehmen konzern firma agentur nachrichtenagentur
  zeitung verwaltung stadt gemeinde kommission rat senat parlament bundestag bundesrat armee militär
  gewerkschaft bank kirche vereinigung organisation institut universität klinik ausschuss opposition`);
/** Nouns of documents that report ("der Bericht", "die Studie", "die Mitteilung"), lower case. */
export const DOCUMENT_NOUNS = set(`bericht berichte studie mitteilung pressemitteilung erklärung gutachten urteil
  umfrage statistik brief schreiben dokument papier analyse untersuchung meldung meldungen stellungnahme`);
/** Unnamed sources ("Beobachter", "Experten", "Kreise"), lower case. */
export const UNNAMED_SOURCE_NOUNS = set(`beobachter experten expertinnen kreise kreisen insider zeugen augenzeugen
  sprecher sprecherin diplomaten kritiker kritikerin anwohner`);

/** Nouns that name people: a "sie" may stand for them. */
export const PLURAL_PERSON_NOUNS = set(`leute menschen polizei bürger einwohner zeugen experten beobachter kritiker
  politiker demonstranten ärzte forscher wissenschaftler`);

/** Role nouns for people (lower case): the speaker phrase's head. */
export const PERSON_NOUNS = set(`sprecher sprecherin minister ministerin präsident präsidentin kanzler kanzlerin
  bürgermeister bürgermeisterin chef chefin leiter leiterin vorsitzende vorsitzender direktor direktorin
  abgeordnete abgeordneter experte expertin politiker politikerin anwalt anwältin richter richterin staatsanwalt
  staatsanwältin trainer trainerin sprecher polizist polizistin arzt ärztin forscher forscherin wissenschaftler
  wissenschaftlerin zeuge zeugin augenzeuge augenzeugin kritiker kritikerin vertreter vertreterin mitarbeiter
  mitarbeiterin autor autorin journalist journalistin analyst analystin ökonom ökonomin politologe politologin
  korrespondent korrespondentin redakteur redakteurin ermittler ermittlerin`);

/** Nouns of report after "nach" ("nach Angaben der Polizei", "seiner Meinung nach"); compounds count too. */
export const REPORT_NOUNS = ['angaben', 'bericht', 'berichte', 'studie', 'untersuchungen', 'vorstellungen',
  'darstellungen', 'aussagen', 'schilderungen', 'ansichten', 'worte', 'urteil', 'berichten', 'informationen', 'aussagen', 'aussage', 'worten', 'ansicht',
  'meinung', 'einschätzung', 'auffassung', 'darstellung', 'schätzungen', 'erkenntnissen', 'ermittlungen',
  'mitteilung', 'meldungen', 'recherchen', 'stellungnahme', 'analyse', 'endergebnis', 'schätzung', 'planungen',
  'erkenntnisstand', 'nachricht', 'nachrichten', 'hochrechnung', 'hochrechnungen', 'ermittlungsstand', 'kenntnisstand', 'vorwürfe', 'vorwurf', 'kritik', 'forderung', 'forderungen', 'überzeugung', 'einschätzungen', 'zählungen', 'umfragen', 'prognosen'];

/** Konjunktiv I, and the plural Konjunktiv II that stands in for it ("sie hätten", "sie würden"): reported speech. */
export const REPORTED_MOOD_VERBS = set(`sei seien habe werde könne müsse solle wolle dürfe möge gebe liege stehe gehe
  komme bleibe wisse brauche handele handle fehle lasse sehe halte trage zeige führe stamme hätten würden nehme
  reiche bestehe gelte finde mache arbeite plane erwarte hoffe glaube verfüge lehne betrage bedeute erfolge diene
  drohe entspreche stelle setze treffe befinde ergebe erhalte verliere gewinne trete falle schaffe prüfe existiere
  beziehe richte benötige beabsichtige`);

/** Other Konjunktiv II forms, as often a condition: reported speech only right after a report. */
export const REPORTED_MOOD_SUBSTITUTES = set(`wären müssten könnten sollten dürften bliebe würde hätte wäre käme kämen gäbe gäben
  ginge stünde stünden läge lägen bräuchten wüssten`);

/** Modals that report hearsay ("soll … gestorben sein"). */
export const REPORTIVE_MODALS = set('soll sollen');

/** Roles for people a compound may end in ("Regierungssprecher", "Innenministerin", "Parteichef", "Verkehrsexperte"). */
const PERSON_NOUN_TAILS = `sprecher sprecherin minister ministerin präsident präsidentin chef chefin leiter leiterin vorsitzende
  vorsitzender direktor direktorin gouverneur gouverneurin bürgermeister bürgermeisterin gründer gründerin sekretär
  sekretärin manager managerin anwalt anwältin richter richterin experte expertin berater beraterin kommandeur
  general reporter reporterin journalist journalistin abgeordnete abgeordneter kanzler kanzlerin trainer trainerin
  funktionär funktionärin vertreter vertreterin mitarbeiter mitarbeiterin politiker politikerin forscher forscherin
  wissenschaftler wissenschaftlerin sprecherinnen ökonom ökonomin analyst analystin staatsanwalt staatsanwältin
  polizist polizistin arzt ärztin professor professorin autor autorin aktivist aktivistin lehrer lehrerin planer planerin
  ermittler ermittlerin unternehmer unternehmerin historiker historikerin mediziner medizinerin kommissar kommissarin
  inhaber inhaberin betreiber betreiberin pfarrer pfarrerin kritiker kritikerin bewohner bewohnerin anwohner anwohnerin
  soziologe soziologin politologe politologin`.split(/\s+/u);

/** A tail's feminine forms that are tails too ("expertin" for "experte", "ministerin" for "minister"). */
const feminineForms = (tail: string): string[] =>
  [`${tail}in`, `${tail.replace(/e$/u, '')}in`].filter((form) => form !== tail && PERSON_NOUN_TAILS.includes(form));
const endingIn = (tails: string[]): RegExp => new RegExp(`(?:${tails.join('|')})$`, 'u');

/** Compounds ending in a role for people ("Regierungssprecher", "Innenministerin", "Parteichef"). */
export const PERSON_NOUN_ENDINGS = endingIn(PERSON_NOUN_TAILS);
/** A man's role by its ending ("Verkehrsexperte"): a tail with a feminine form. */
export const MALE_PERSON_NOUN_ENDINGS = endingIn(PERSON_NOUN_TAILS.filter((tail) => feminineForms(tail).length > 0));
/** A woman's role by its ending ("Verkehrsexpertin"). */
export const FEMALE_PERSON_NOUN_ENDINGS = endingIn(PERSON_NOUN_TAILS.flatMap(feminineForms));
