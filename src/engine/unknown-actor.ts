/**
 * The unknown speaker: one actor per analysis that holds every claim whose text names no speaker (or names one the
 * engine cannot read as a noun phrase), so every claim has an actor. It is created only when some claim needs it,
 * and listed after every other actor, so the other actors keep the ids they would have without it.
 */
import type { Actor } from './types.js';

/** Its id: unlike the others ("a1", "a2", …) it never shifts with the actors before it. */
export const UNKNOWN_ACTOR_ID = 'unknown';
export const UNKNOWN_ACTOR_NAME = 'Unknown speaker';

export function unknownActor(): Actor {
  return { id: UNKNOWN_ACTOR_ID, name: UNKNOWN_ACTOR_NAME, kind: 'unknown', mentions: [] };
}

/** True for the unknown speaker (by kind, so it holds for an analysis read back from JSON too). */
export function isUnknownActor(actor: Pick<Actor, 'kind'>): boolean {
  return actor.kind === 'unknown';
}
