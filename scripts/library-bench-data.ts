/**
 * A made-up library for the library bench and tests: deterministic (seeded) articles shaped like news — a few
 * hundred sites, dates over two years, about 30 claims each from a pool of people and bodies named with Zipf-like
 * frequency (a few speak often, most rarely), unnamed sources and unattributed claims among them, and claim texts
 * drawn from a skewed vocabulary so that common words match thousands of claims and rare ones a handful.
 */
import type { SourceRole } from '../src/engine/index.js';
import type { LibraryActor, LibraryEntry } from '../src/shared/library/entry.js';
import { seededRandom } from './seeded-random.js';

const FIRST = ['Ella', 'Jon', 'Maria', 'Ahmed', 'Li', 'Sofia', 'Tomas', 'Grace', 'Omar', 'Anna', 'Pedro', 'Yuki', 'Kwame', 'Ines', 'Ravi', 'Chloe', 'Ivan', 'Nadia', 'Peter', 'Aisha', 'Lars', 'Mei', 'Diego', 'Fatima', 'Hugo', 'Olga', 'Samuel', 'Zara', 'Felix', 'Leila'];
const LAST = ['Pamfilova', 'Smith', 'Garcia', 'Khan', 'Wei', 'Rossi', 'Novak', 'Okafor', 'Haddad', 'Berg', 'Silva', 'Tanaka', 'Mensah', 'Costa', 'Patel', 'Martin', 'Petrov', 'Karimi', 'Jones', 'Bello', 'Nilsen', 'Chen', 'Lopez', 'Aziz', 'Dubois', 'Ivanova', 'Adeyemi', 'Ahmadi', 'Weber', 'Nasser', 'Moreau', 'Kowalski', 'Santos', 'Olsen', 'Yilmaz', 'Hughes', 'Ferrari', 'Sato', 'Osei', 'Larsen'];
const BODIES = ['Ministry of Health', 'Central Election Commission', 'World Bank', 'Red Cross', 'City Council', 'Federal Reserve', 'Supreme Court', 'National Police', 'Teachers Union', 'Harbour Authority'];
const UNNAMED = ['officials', 'a spokesman', 'a senior official', 'sources close to the talks', 'analysts', 'residents', 'a witness'];
// the engine's source roles: the library keeps no other
const ROLES: readonly SourceRole[] = ['official', 'politician', 'justice', 'expert', 'business', 'advocacy', 'media', 'citizen', 'document', 'unknown'];
const CUES = ['said', 'told reporters', 'according to', 'added', 'warned', 'claimed', 'insisted', 'wrote', 'argued', 'suggested'];
const STOP = ['the', 'a', 'of', 'to', 'and', 'in', 'that', 'it', 'was', 'for', 'on', 'is', 'with', 'we', 'they', 'would'];

/** A vocabulary of made-up but word-like tokens: syllables combined, so the words are distinct and pronounceable. */
function vocabulary(size: number): string[] {
  const syllables = ['ka', 'lo', 'mi', 're', 'tan', 'vo', 'sel', 'dar', 'pen', 'qui', 'bro', 'nel', 'fa', 'gor', 'hu', 'jis', 'ment', 'tion', 'ster', 'vel'];
  const words: string[] = ['government', 'election', 'budget', 'health', 'police', 'court', 'vote', 'law', 'price', 'war', 'school', 'water', 'tax', 'border', 'climate', 'minister', 'report', 'people', 'country', 'city'];
  for (let i = 0; words.length < size; i++) {
    const a = syllables[i % syllables.length] ?? '';
    const b = syllables[Math.floor(i / syllables.length) % syllables.length] ?? '';
    const c = syllables[Math.floor(i / (syllables.length * syllables.length)) % syllables.length] ?? '';
    words.push(`${a}${b}${c}`);
  }
  return words;
}

export interface BenchLibrary {
  entries(): Generator<LibraryEntry>;
  /** A name, a surname, words common and rare: the queries the bench times. */
  queries: string[];
}

export function benchLibrary(articleCount: number, seed = 7): BenchLibrary {
  const random = seededRandom(seed);
  const words = vocabulary(6000);
  // Zipf-like draw: index = floor(n * r^k) puts most draws at the head of the list
  const skewed = <T>(list: readonly T[], power: number): T => list[Math.floor(list.length * random() ** power)] ?? (list[0] as T);
  const people: string[] = [];
  for (const last of LAST) for (const first of FIRST) people.push(`${first} ${last}`);
  const sites = Array.from({ length: 200 }, (_, i) => `news${i}.example.${i % 3 === 0 ? 'org' : 'com'}`);
  const start = Date.parse('2025-01-06T12:00:00Z');
  function* entries(): Generator<LibraryEntry> {
    for (let n = 0; n < articleCount; n++) {
      const actors: LibraryActor[] = [];
      const speakers = 3 + Math.floor(random() * 8);
      for (let a = 0; a < speakers; a++) {
        const pick = random();
        const role = skewed(ROLES, 1.5);
        if (pick < 0.7) actors.push({ name: skewed(people, 3), kind: 'person', role });
        else if (pick < 0.85) actors.push({ name: skewed(BODIES, 2), kind: 'organisation', role });
        else actors.push({ name: skewed(UNNAMED, 1.5), kind: 'unnamed', role: 'unknown' });
      }
      actors.push({ name: 'Unattributed', kind: 'unknown' });
      const claims: LibraryEntry['claims'] = [];
      const claimCount = 20 + Math.floor(random() * 21);
      for (let c = 0; c < claimCount; c++) {
        const length = 12 + Math.floor(random() * 20);
        const text: string[] = [];
        for (let w = 0; w < length; w++) text.push(random() < 0.35 ? skewed(STOP, 2) : skewed(words, 2.5));
        claims.push({
          actor: random() < 0.05 ? actors.length - 1 : Math.floor(random() * (actors.length - 1)),
          text: `${text.join(' ')}.`,
          cue: skewed(CUES, 2),
          kind: random() < 0.4 ? 'direct' : random() < 0.8 ? 'indirect' : 'mixed',
          stance: random() < 0.8 ? 'neutral' : 'distancing',
        });
      }
      const day = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
      const site = skewed(sites, 2);
      yield {
        url: `https://${site}/story/${n}`,
        title: `Story ${n}: ${skewed(words, 2)} ${skewed(words, 2)} ${skewed(words, 3)}`,
        site,
        published: day,
        analysedAt: start + n * 60_000,
        actors,
        claims,
      };
    }
  }
  const rare = words[5000] ?? 'rare';
  return {
    entries,
    queries: ['Pamfilova', 'ella pam', 'Ministry of Health', 'government', 'election budget', rare, `${words[30] ?? ''} ${words[31] ?? ''}`],
  };
}
