/**
 * Turns one finished analysis and the page it came from into the library entry the content script sends to the
 * background: claim texts and cues cut from the article's blocks, actors with their role when the engine gives one,
 * everything trimmed to the entry's limits. Also the claim text the link back to an article fingerprints.
 */
import type { Analysis, Claim } from '../../engine/index.js';
import { articleUrl, ENTRY_LIMITS, siteOf, type LibraryActor, type LibraryEntry } from './entry.js';
import { cueWords } from '../presentation.js';

export interface PageFacts {
  /** The address the reader's click analysed (the site is read from it). */
  url: string;
  title: string;
  /** YYYY-MM-DD when the page states a publication date. */
  published: string | null;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A claim's content as the library keeps it: its fragments in order, joined by " … ", within the limit. */
export function claimText(analysis: Analysis, claim: Claim): string {
  return clip(claim.content
    .map((span) => analysis.blocks[span.block]?.text.slice(span.start, span.end).trim() ?? '')
    .filter((part) => part !== '')
    .join(' … '), ENTRY_LIMITS.text);
}


/** The entry for this analysis, or null when the page's address is not http(s) (nothing to link back to). */
export function entryFromAnalysis(analysis: Analysis, page: PageFacts, analysedAt: number): LibraryEntry | null {
  const url = articleUrl(page.url);
  if (url === null || url.length > ENTRY_LIMITS.url) return null;
  const actors = analysis.actors.slice(0, ENTRY_LIMITS.actors);
  const index = new Map(actors.map((actor, position) => [actor.id, position]));
  const libraryActors = actors.map((actor): LibraryActor => {
    const out: LibraryActor = { name: clip(actor.name, ENTRY_LIMITS.name), kind: actor.kind };
    // an analysis made before roles has none
    if (actor.role !== undefined) out.role = actor.role;
    if (actor.description !== undefined) out.description = clip(actor.description, ENTRY_LIMITS.description);
    return out;
  });
  const claims: LibraryEntry['claims'] = [];
  for (const claim of analysis.claims) {
    if (claims.length >= ENTRY_LIMITS.claims) break;
    const actor = index.get(claim.actorId);
    if (actor === undefined) continue;
    const cue = analysis.blocks[claim.cue.block]?.text.slice(claim.cue.start, claim.cue.end) ?? '';
    claims.push({
      actor,
      text: claimText(analysis, claim),
      cue: clip(cueWords(claim, cue), ENTRY_LIMITS.cue),
      kind: claim.quote,
      stance: claim.stance,
      claimKind: claim.kind,
    });
  }
  return {
    url,
    title: clip(page.title.trim() || url, ENTRY_LIMITS.title),
    site: siteOf(url),
    published: page.published,
    analysedAt,
    actors: libraryActors,
    claims,
  };
}
