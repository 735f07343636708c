/**
 * Synthetic English news text for the engine bench and the linear-time property tests: seeded, so every run
 * measures the same text, and dense in reported speech (quotes before/after/around cues, "according to", noun
 * cues, pronoun sources, multi-paragraph quotes, mixed quotes) plus the traps the engine must skip.
 */
import type { TextBlock } from '../src/engine/index.js';
import { seededRandom } from './seeded-random.js';

const FIRST_NAMES = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Irina', 'Jonas', 'Keiko', 'Luis', 'Maria', 'Nikolai', 'Olga', 'Pedro', 'Queenie', 'Rahul', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zofia', 'Aaron', 'Beatriz', 'Chen', 'Dmitri'];
const SURNAMES = ['Albrecht', 'Baranov', 'Castillo', 'Dlamini', 'Eriksen', 'Fontaine', 'Gruber', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Ulyanov', 'Varga', 'Whitfield', 'Xu', 'Yilmaz', 'Zimmermann', 'Abbott', 'Brennan', 'Costa', 'Duarte'];
const TITLES = ['the finance minister', 'a spokesperson for the ministry', 'the head of the electoral commission', 'the opposition leader', 'a senior diplomat', 'the mayor of the capital', 'the union chair', 'a professor of economics at the state university', 'the defence secretary', 'the chief executive of the port authority'];
const ORGANISATIONS = [['Central Election Commission', 'CEC'], ['Federal Reserve Board', 'FRB'], ['World Health Organization', 'WHO'], ['National Transport Agency', 'NTA'], ['Parliamentary Assembly of the Council of Europe', 'PACE'], ['International Monetary Fund', 'IMF'], ['European Commission', 'EC'], ['State Audit Office', 'SAO']] as const;
const DOCUMENTS = ['the report', 'the statement', 'the appeal', 'the resolution', 'the letter', 'the memo', 'the ruling', 'the document'];
const UNNAMED = ['Officials', 'Sources familiar with the matter', 'Analysts', 'Several diplomats', 'People close to the talks', 'Critics', 'Observers'];
const NEUTRAL_CUES = ['said', 'stated', 'explained', 'noted', 'added', 'told reporters', 'wrote', 'announced', 'reported'];
const STANCE_CUES = ['claimed', 'alleged', 'insisted', 'suggested', 'argued', 'warned', 'maintained', 'acknowledged', 'denied', 'hinted'];
/** Plural forms: their subjects are the plural unnamed sources below. */
const COGNITION_CUES = ['believe', 'think', 'want to know whether', 'hope', 'fear', 'expect'];
const SUBJECTS = ['the government', 'the new budget', 'the coalition', 'the central bank', 'the reform', 'the ceasefire', 'voter turnout', 'the trade deal', 'inflation', 'the investigation', 'the pipeline project', 'the court', 'foreign investors', 'the ruling party', 'the health service'];
const PREDICATES = ['would collapse before the end of the year', 'had been planned for months', 'was never going to pass the upper house', 'could cost the economy billions', 'will be reviewed by an independent panel', 'has already failed its first test', 'was a direct response to outside pressure', 'would protect thousands of jobs in the north', 'must be delayed until the spring', 'is the only realistic option left on the table', 'has been undermined by repeated cyberattacks', 'needs far more public scrutiny', 'had broken no rules whatsoever', 'would be extended for another six months'];
const QUOTES = ['We will not be intimidated by anyone', 'This is a dark day for our democracy', 'The numbers simply do not add up', 'Nobody asked the people who actually do the work', 'We have done everything the law requires of us', 'It is far too early to draw conclusions', 'Our doors remain open to dialogue', 'These accusations are absurd and baseless', 'There is no plan B, and there never was', 'We expect a full and transparent investigation', 'Every single vote has been counted twice', 'The country cannot afford another winter like the last one'];
const SINGULAR_COGNITION_CUES = ['believes', 'thinks', 'wants to know whether', 'hopes', 'fears', 'expects'];
const PHRASES = ['a reckless gamble', 'deeply flawed', 'a historic step forward', 'politically motivated', 'an attack on free speech', 'long overdue', 'a betrayal of voters'];
const PLACES = ['the capital', 'the northern provinces', 'the border region', 'the coastal cities', 'the industrial south'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'earlier this month', 'in March'];

class NewsWriter {
  private readonly random: () => number;
  /** Quote marks vary the way they do across real pages: curly in most, straight in some. */
  private open = '“';
  private close = '”';

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  person(): { full: string; surname: string } {
    const surname = this.pick(SURNAMES);
    return { full: `${this.pick(FIRST_NAMES)} ${surname}`, surname };
  }

  clause(): string {
    return `${this.pick(SUBJECTS)} ${this.pick(PREDICATES)}`;
  }

  quote(text: string): string {
    return `${this.open}${text}${this.close}`;
  }

  /** One paragraph of two to five sentences, most of them reported speech. */
  paragraph(): string {
    if (this.random() < 0.3) [this.open, this.close] = this.random() < 0.5 ? ['“', '”'] : ['"', '"'];
    const sentences: string[] = [];
    const count = 2 + Math.floor(this.random() * 4);
    for (let index = 0; index < count; index += 1) sentences.push(this.sentence());
    return sentences.join(' ');
  }

  sentence(): string {
    const person = this.person();
    const [organisation, acronym] = this.pick(ORGANISATIONS);
    const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
    switch (Math.floor(this.random() * 16)) {
      case 0:
        return `${this.quote(`${this.pick(QUOTES)},`)} said ${person.full}, ${this.pick(TITLES)}.`;
      case 1:
        return `${person.full}, ${this.pick(TITLES)}, said ${this.pick(DAYS)} that ${this.clause()}.`;
      case 2:
        return `According to the ${organisation} (${acronym}), ${this.clause()}.`;
      case 3:
        return `${this.quote(`${this.pick(QUOTES)},`)} ${person.surname} told reporters in ${this.pick(PLACES)}. ${this.quote(`${this.pick(QUOTES)}.`)}`;
      case 4:
        return `${this.pick(['She', 'He', 'They'])} ${this.pick(NEUTRAL_CUES)} that ${this.clause()}.`;
      case 5:
        return `${capitalised(this.pick(DOCUMENTS))}, which was drafted by the ${acronym}, states that ${this.clause()}.`;
      case 6:
        return `${capitalised(this.clause())}, ${this.pick(DOCUMENTS)} ${this.pick(['said', 'added', 'stated', 'claimed'])}.`;
      case 7:
        return `${person.full} ${this.pick(STANCE_CUES)} that ${this.clause()}.`;
      case 8:
        return `The ${organisation} said in a statement ${this.pick(DAYS)} that ${this.clause()}.`;
      case 9:
        return `${person.surname} called on the ${acronym} to ${this.pick(['condemn', 'investigate', 'reverse', 'suspend'])} the decision ${this.pick(DAYS)}.`;
      case 10:
        return `${person.surname} described the plan as ${this.quote(this.pick(PHRASES))} and said ${this.clause()}.`;
      case 11:
        return `${this.pick(UNNAMED)} ${this.pick(COGNITION_CUES.concat(NEUTRAL_CUES))} ${this.clause()}.`;
      case 12:
        return this.random() < 0.5
          ? `${person.full} was quoted as saying that ${this.clause()}.`
          : `${person.surname} ${this.pick(SINGULAR_COGNITION_CUES)} ${this.clause()}.`;
      case 13:
        return `${this.quote(`${this.pick(QUOTES)}`)}, ${person.surname} ${this.pick(STANCE_CUES)}, ${this.quote(`${this.pick(QUOTES).toLowerCase()}.`)}`;
      case 14:
        // Traps: "claimed" of lives, evidence verbs and negation are not reported speech.
        return this.pick([
          `A storm that claimed the lives of ${10 + Math.floor(this.random() * 90)} people swept through ${this.pick(PLACES)} ${this.pick(DAYS)}.`,
          `The figures show that ${this.clause()}.`,
          `The ministry has not officially named the company behind the contract.`,
        ]);
      default:
        return `${capitalised(this.pick(SUBJECTS))} ${this.pick(['met', 'spent', 'opened', 'closed'])} ${this.pick(['three new offices', 'a record sum', 'talks with the unions', 'its borders'])} in ${this.pick(PLACES)} ${this.pick(DAYS)}.`;
    }
  }

  /** A quote that runs over several paragraphs: no closing mark until the last one. */
  runningQuote(): string[] {
    const person = this.person();
    return [
      `${person.full}, ${this.pick(TITLES)}, said: ${this.open}${this.pick(QUOTES)}. ${this.pick(QUOTES)}.`,
      `${this.open}${this.pick(QUOTES)}. ${this.pick(QUOTES)}.`,
      `${this.open}${this.pick(QUOTES)}.${this.close}`,
    ];
  }
}

/** Utf-8 size of blocks' text, the unit bench throughput is given in. */
export function utf8Bytes(blocks: TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + Buffer.byteLength(block.text, 'utf8') + 1, 0);
}

/** A headline then paragraphs, at least `targetBytes` of UTF-8 text; the same seed always gives the same article. */
export function syntheticNewsArticle(targetBytes: number, seed = 2024): TextBlock[] {
  const writer = new NewsWriter(seed);
  const blocks: TextBlock[] = [{ kind: 'headline', text: `${writer.pick(QUOTES)} – ${writer.person().full}` }];
  let bytes = utf8Bytes(blocks);
  while (bytes < targetBytes) {
    const paragraphs = writer.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) === 0 ? writer.runningQuote() : [writer.paragraph()];
    for (const text of paragraphs) {
      blocks.push({ kind: 'paragraph', text });
      bytes += Buffer.byteLength(text, 'utf8') + 1;
    }
  }
  return blocks;
}
