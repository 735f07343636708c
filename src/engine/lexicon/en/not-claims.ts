/**
 * English words for what is never a claim, though a cue verb or a colon stands in it (step 3d, judge-frames.ts): a
 * deed (a number, a score, a price move, a plea, a charge, a verdict after the verb), the writer's own voice (first
 * person outside quotation marks), a section label or a dateline read as a speaker, and page furniture in a text read
 * without its page ("Continue reading the main story").
 */

/** Words after a number that make it a measure ("declined 0.1 per cent", "replied 17 seconds later", "added 12 points"). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'per', 'percent', 'percentage', '%', 'cent', 'cents', 'point', 'points', 'basis', 'seconds', 'minutes', 'hours',
  'days', 'weeks', 'months', 'years', 'goals', 'runs', 'yards', 'metres', 'rebounds', 'assists', 'saves', 'shots',
  'strokes', 'laps', 'dollars', 'pounds', 'euros', 'million', 'billion', 'trillion', 'shares', 'barrels', 'votes',
]);

/** Words after a measure that leave it a measure, with no clause of its own ("declined 40 percent in May", "17 seconds later"). */
export const MEASURE_FOLLOWERS: ReadonlySet<string> = new Set([
  'to', 'from', 'in', 'on', 'at', 'later', 'earlier', 'ago', 'after', 'before', 'higher', 'lower', 'and', 'or', 'for',
  'against', 'since', 'this', 'last', 'during', ',', '.', ';', ')', 'into', 'each', 'apiece',
]);

/**
 * Per cue lemma, what may follow it and make it a deed, not a report: a plea, a charge, a verdict, a title won, a
 * result posted, a plan called off. Each entry is the words right after the cue (with its particle), '|' between
 * alternatives of one word; the first word may also follow a passive ("was found guilty"). An entry opening with '…'
 * may stand a few words on ("asked the company for comment").
 */
export const DEED_FOLLOWERS: Readonly<Record<string, readonly string[]>> = {
  plead: ['guilty', 'not guilty', 'innocent', 'no contest', 'the fifth'],
  find: ['guilty', 'not guilty', 'innocent', 'liable', 'dead', 'unconscious', 'in contempt', 'itself|himself|herself|themselves'],
  charge: ['with', 'him|her|them|the|a|two|three|four|five|six|seven|eight|nine|ten|several|both|his|her|their'],
  claim: ['the title|the crown|the championship|the cup|the trophy|the lead|the win|the victory|the prize|the gold|the seat|the pole|the top|the record|the throne|the honours|the honors|the bronze|the silver',
    'victory|gold|silver|bronze|first|second|third|top|a place|a share|a seat|a spot|a win|a record|a title|a victory|a gold|a medal|a lead|lives|the lives|his third|his second|her third|her second|their third|their second|its third|its second'],
  post: ['a loss|a profit|a gain|a record|a deficit|a surplus|an increase|a decline|a rise|a drop|a fall|losses|profits|gains|earnings|revenue|sales|net|record|a net|a quarterly|an annual|a first-quarter|a second-quarter|a third-quarter|a fourth-quarter'],
  call: ['off'],
  rule: ['out'],
  add: ['a goal|a point|a basket|a try|a run|a field goal|a touchdown|an assist'],
  // a pointer within the text itself ("the email mentioned above", "the steps described below"), not a report
  mention: ['above|below'],
  describe: ['above|below'],
  note: ['above|below'],
  list: ['above|below'],
  // showing a thing off, presenting at a meeting or presenting oneself as something, going on doing something
  // ("continued to program"; "continued to insist" reports by its own verb), a vote cast: deeds
  show: ['off'],
  continue: ['to'],
  vote: ['to', 'down', 'unanimously', 'narrowly'],
  present: ['at', 'itself|himself|herself|themselves'],
  repeat: ['several times|many times|twice|again and again'],
  // "Ars is asking the company for comment", "asked for comment": a request made, not reported
  // a request for a deed ("asked the volunteers to press a key", "asked the crowd to welcome the governor"): what
  // someone is to do, not what anyone claims ("The judge ordered the port authority to release the files" reports)
  ask: ['… for comment', '… to'],
  contact: ['… for comment'],
};

/** Works written or read: after "wrote" or "read" they are a thing made or taken in, not what was said ("wrote books on tarot"). */
const WORKS: readonly string[] = ['book', 'books', 'treatise', 'treatises', 'novel', 'novels', 'memoir', 'memoirs',
  'biography', 'biographies', 'textbook', 'textbooks', 'poem', 'poems', 'poetry', 'song', 'songs', 'lyrics', 'script',
  'scripts', 'screenplay', 'screenplays', 'play', 'plays', 'volume', 'volumes', 'chapter', 'chapters', 'code',
  'software', 'music', 'bestseller', 'bestsellers', 'thesis', 'dissertation', 'cookbook', 'cookbooks', 'novella'];
/** Things passed on: after "retweeted" or "shared" they are a post forwarded, not a statement ("retweeted the story"). */
const POSTS: readonly string[] = ['story', 'stories', 'article', 'articles', 'post', 'posts', 'link', 'links', 'video',
  'videos', 'clip', 'clips', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'meme', 'memes', 'tweet', 'tweets',
  'piece', 'report'];

/**
 * Per cue lemma, head nouns of an object that is a thing, not a clause or a quotation: "wrote books on the occult",
 * "wrote the first of his many books", "retweeted the story", "read the Bible". Found among the first words after the
 * verb, before any "that", quotation or stop; not when a preposition opens them ("wrote in his book that …" reports).
 */
export const THING_OBJECTS: Readonly<Record<string, ReadonlySet<string>>> = {
  write: new Set(WORKS),
  read: new Set([...WORKS, 'bible', 'koran', 'quran', 'torah', 'scripture', 'scriptures', 'kabbalah', 'newspaper', 'newspapers', 'magazine', 'magazines']),
  retweet: new Set(POSTS),
  repost: new Set(POSTS),
  share: new Set(POSTS),
};

/**
 * Speech acts whose bare object names only a topic, not what was said: "condemned the attack", "defended his
 * decision", "apologized for his actions", "touted a promotional price", "the appeal mentions a resolution". A reader
 * learns what the speaker spoke about, not what they claim; with a clause, a quotation or an "as" ("described the
 * vote as illegitimate", "condemned the attack as cowardly") they report (issue 16: a speech act with no claimed
 * content is no claim).
 */
export const TOPIC_OBJECT_LEMMAS: ReadonlySet<string> = new Set([
  'condemn', 'denounce', 'defend', 'praise', 'hail', 'tout', 'apologize', 'apologise', 'cite', 'mention', 'recall',
  'discuss', 'describe', 'propose', 'identify', 'highlight', 'welcome', 'applaud', 'celebrate', 'express', 'point',
  'announce', 'boast', 'complain', 'push', 'threaten', 'attack', 'recommend', 'persuade',
  // the lemmas lemmaOf() gives some of their forms ("announced" → "announc", "praised" → "prais"): a claim's lemma
  // is what the learned tables were built on, so the stems are listed rather than lemmaOf() changed
  'announc', 'denounc', 'prais', 'welcom', 'persuad',
]);

/**
 * Particles that make a verb of saying's bare object a topic: "complained about the deficit", "argued over the
 * budget". Not "of": "warned of summer cuts" says the cuts will come.
 */
export const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['about', 'over']);

/**
 * Objects of a verb of saying that say nothing was claimed, before a preposition, "to" or a stop: "said nothing about
 * the toll", "revealed little of the plan", "say little to nothing about how …" ("said nothing would change" reports).
 */
export const NOTHING_SAID: ReadonlySet<string> = new Set(['nothing', 'little']);

/**
 * The perfect's auxiliary after a modal before a cue: a report that was never made, the writer imagining it ("Uber
 * might have suggested that …", "she would have said that …"): no claim, though PolNeAR annotates it.
 */
export const COUNTERFACTUAL_AUXILIARIES: ReadonlySet<string> = new Set(['have', "'ve"]);

/** Words that give a reason after a topic verb's object, a claim when a gerund follows ("attacked Reyes for raising the toll"). */
export const TOPIC_REASON_WORDS: ReadonlySet<string> = new Set(['for']);

/**
 * A paraphrase after its verb with no speaker read or found is no claim (judge-frames.ts speaksForNobody): on the
 * judged English pages all 24 were no report ("…, asking us to look deeper", "outlining steps to …") or one whose
 * speaker was lost.
 */
export const SPEAKERLESS_PARAPHRASE_IS_NO_CLAIM = true;

/**
 * Words after "according to" that make it "in keeping with", not a source: "rooms are priced according to how much
 * they cost to build", "it went according to plan".
 */
export const NOT_SOURCES_AFTER_ACCORDING_TO: ReadonlySet<string> = new Set(['how', 'whether', 'which', 'plan', 'plans', 'schedule']);

/** Verbs of a verdict or an accusation that, in the passive with no "that", name what happened to a person. */
export const PASSIVE_DEED_LEMMAS: ReadonlySet<string> = new Set(['charge', 'find', 'accuse', 'convict', 'sentence', 'indict', 'tell', 'order', 'ask']);

/** Subjects of no one in particular, before a modal and a cue ("Few would argue", "anyone will tell you"). */
export const GENERIC_SUBJECTS: ReadonlySet<string> = new Set(['few', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'someone', 'somebody']);

/**
 * First- and second-person subjects: outside quotation marks they are the writer's voice ("I think", "we know") or
 * the writer's reader ("“I’m Batman,” you will say"), never a source.
 */
export const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/**
 * Words of an ALL-CAPS section label before a colon ("MARKETS: In Europe, …"): a heading of the text, never a speaker
 * (a transcript's "REYES:" names a person and is not among them).
 */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  'markets', 'business', 'sports', 'weather', 'update', 'updated', 'breaking', 'correction', 'clarification',
  'analysis', 'opinion', 'editorial', 'commentary', 'review', 'watch', 'video', 'photos', 'related', 'read', 'note',
  "editor's", 'advertisement', 'live', 'latest', 'exclusive', 'stocks', 'currencies', 'commodities', 'bonds',
  'energy', 'metals', 'earnings', 'asia', 'europe', 'elsewhere', 'background', 'explainer', 'factbox', 'timeline',
])

/** News agencies named in brackets after a dateline ("LONDON (Reuters) -"). */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(['reuters', 'ap', 'afp', 'cp', 'upi', 'bloomberg', 'dpa', 'xinhua', 'pti', 'aap']);

/**
 * The openings of a line that is page furniture, not the article, when a text comes without its page (the CLI's
 * .txt): lower case, matched at the line's start; a line is furniture when it starts with one and is short, or is
 * wholly one. The page's own finder drops these from the DOM (src/page/article/).
 */
export const FURNITURE_OPENINGS: readonly string[] = [
  'continue reading', 'read more', 'follow him on', 'follow her on', 'follow them on', 'follow us on', 'sign up for',
  'subscribe to', 'click here', 'related:', 'reporting by', 'additional reporting by', 'editing by',
  'an earlier version of this', 'this article was', 'copyright ', '© ',
];

/** Whole lines of furniture, and a short line opening with one ("Advertisement", "Supported by", "Share this story"). */
export const FURNITURE_LINES: readonly string[] = ['advertisement', 'supported by', 'share this', 'see also', 'most read',
  'you may also like', 'related stories', 'related coverage'];
/** How long a line that opens with a FURNITURE_LINES entry may be. */
const FURNITURE_LINE_MAX_LENGTH = 40;

/**
 * A closing line about the writer ("Previously, he wrote about …", "She previously covered courts …"): furniture. Only
 * with a verb of the writer's trade, so that "Previously, he said the quay would close" stays a report.
 */
const WRITER_BIO_SUBJECTS = ['previously, he', 'previously, she', 'previously, they', 'previously he', 'previously she',
  'previously they', 'he previously', 'she previously', 'they previously'];
const WRITER_BIO_VERBS = ['wrote', 'worked', 'covered', 'reported for', 'was a', 'was an', 'was the', 'edited', 'served as'];
/** Openings that say the writer's trade by themselves. */
const WRITER_BIO_WHOLE = ['before joining ', 'he has written for ', 'she has written for ', 'they have written for ',
  'he has covered ', 'she has covered ', 'they have covered '];
export const WRITER_BIO_OPENINGS: readonly string[] = [
  ...WRITER_BIO_SUBJECTS.flatMap((subject) => WRITER_BIO_VERBS.map((verb) => `${subject} ${verb} `)),
  ...WRITER_BIO_WHOLE,
];

/** The words after a name in a line about the writer ("… is a reporter for", "… covers politics for"). */
export const WRITER_BIO_NOUNS: ReadonlySet<string> = new Set([
  'reporter', 'writer', 'correspondent', 'columnist', 'editor', 'journalist', 'contributor', 'producer', 'critic',
  'photographer', 'freelance', 'staff', 'senior', 'contributing',
]);
/** Longest line still read as furniture when it only starts like furniture. */
export const FURNITURE_MAX_LENGTH = 160;

/**
 * Whether a line of a text read without its page is furniture: it opens like furniture and is short, or it is a
 * closing line about the writer. Linear in the line's opening (no regular expression).
 */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > FURNITURE_MAX_LENGTH * 2) return false;
  const lower = text.slice(0, 40).toLowerCase().replace(/[’‘]/g, "'");
  const opening = OPENINGS_BY_FIRST_CHARS.get(lower.slice(0, 2));
  if (opening !== undefined) {
    if (text.length <= FURNITURE_MAX_LENGTH && opening.furniture.some((o) => opensWith(lower, o))) return true;
    if (text.length <= FURNITURE_LINE_MAX_LENGTH && opening.lines.some((o) => opensWith(lower, o))) return true;
    if (opening.bio.some((o) => lower.startsWith(o))) return true;
  }
  return isWriterBio(text);
}

/** Whether `lower` opens with the words of `opening`, whole ("advertisement", not "advertisements for …"). */
function opensWith(lower: string, opening: string): boolean {
  if (!lower.startsWith(opening)) return false;
  const next = lower.charCodeAt(opening.length);
  return Number.isNaN(next) || !(next >= 97 && next <= 122);
}

/** The openings by their first two characters, so that a line is compared with a handful of them at most. */
const OPENINGS_BY_FIRST_CHARS = new Map<string, { furniture: string[]; lines: string[]; bio: string[] }>();
for (const [list, field] of [[FURNITURE_OPENINGS, 'furniture'], [FURNITURE_LINES, 'lines'], [WRITER_BIO_OPENINGS, 'bio']] as const) {
  for (const o of list) {
    const key = o.slice(0, 2);
    const entry = OPENINGS_BY_FIRST_CHARS.get(key) ?? { furniture: [], lines: [], bio: [] };
    entry[field].push(o);
    OPENINGS_BY_FIRST_CHARS.set(key, entry);
  }
}

/** "Jane Doe is a reporter for …", "Jane Doe covers courts for …": a short line of a name and the writer's trade. */
function isWriterBio(text: string): boolean {
  if (text.length > FURNITURE_MAX_LENGTH) return false;
  const words = text.split(' ', 8);
  // a name of two or three capitalised words, then "is a/an" or "covers"
  let k = 0;
  while (k < words.length && k < 3 && /^[A-Z][a-z'’.-]+$/.test(words[k] ?? '')) k++;
  if (k < 2) return false;
  const verb = words[k]?.toLowerCase();
  if (verb === 'covers') return true;
  if (verb !== 'is' && verb !== 'was') return false;
  const article = words[k + 1]?.toLowerCase();
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let j = k + 2; j < words.length; j++) if (WRITER_BIO_NOUNS.has((words[j] ?? '').toLowerCase().replace(/[,.]$/, ''))) return true;
  return false;
}
