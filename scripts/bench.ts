/**
 * `npm run bench`: prints the project's performance figures, one section after another. A section is a module
 * exporting `run()`; add yours to SECTIONS. `npm run bench -- engine` (or `-- --engine`) runs only the named sections.
 */

export interface BenchSectionModule {
  /** Prints its figures to stdout; returns whether every goal it checks was met. */
  run(): Promise<boolean>;
}

interface BenchSection {
  name: string;
  load: () => Promise<BenchSectionModule>;
}

const SECTIONS: BenchSection[] = [
  { name: 'engine', load: () => import('./bench-engine.js') },
  // the engine in every language it has, on invented text of each (goal: ≥ 3 MB/s)
  { name: 'languages', load: () => import('./bench-languages.js') },
  // the bytes a click injects, per language: English built in, another language's words in a bundle of its own
  { name: 'clicks', load: () => import('./bench-click-bytes.js') },
  // the span tagger (not shipped yet): CPU per 1,000 words beside the rules, its cold first call, its bytes
  { name: 'tagger', load: () => import('./bench-tagger.js') },
  // counting the space given each source over a 1 MB article (the sidebar does it while it renders)
  { name: 'space', load: () => import('./bench-space.js') },
  // WhoSaid on the 130 real pages in Chromium, beside Readability's parse (needs `npm run build` and ../shared)
  { name: 'pages', load: () => import('./bench-pages.js') },
  // the library at 10,000 articles in Chromium: search, a person's page, a write, the page opening (needs a build)
  { name: 'library', load: () => import('./bench-library.js') },
];

async function main(requested: string[]): Promise<number> {
  const unknown = requested.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no section named ${unknown.join(', ')}; sections: ${SECTIONS.map((section) => section.name).join(', ')}\n`);
    return 2;
  }
  const chosen = requested.length === 0 ? SECTIONS : SECTIONS.filter((section) => requested.includes(section.name));
  const missed: string[] = [];
  for (const section of chosen) {
    process.stdout.write(`\n== ${section.name} ==\n`);
    const met = await (await section.load()).run();
    if (!met) missed.push(section.name);
  }
  process.stdout.write(missed.length === 0 ? '\nAll goals met.\n' : `\nGoals missed in: ${missed.join(', ')}\n`);
  return 0; // figures are reported, not enforced: a slow shared machine must not fail a build
}

// a section may be named as an option too: `npm run bench -- --languages`
process.exitCode = await main(process.argv.slice(2).map((name) => name.replace(/^--/, '')));
