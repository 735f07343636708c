/**
 * A discourse word set off by a comma at the front of a speaker phrase ("Yes, …", "Well, …") opens the clause and is
 * never a speaker's name (the real-pages property: no actor is named by a function word). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type TextBlock } from '../../src/engine/index.js';

function actorNames(...paragraphs: string[]): string[] {
  const blocks: TextBlock[] = [{ kind: 'headline', text: 'The clerk' }, ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))];
  return analyze(blocks).actors.map((actor) => actor.name);
}

describe('a discourse word before a comma', () => {
  it('is not the name of the one who thought it', () => {
    const names = actorNames('It was not for me to judge him. Yes, Tomas, stay there behind your desk, thought I; ' +
      'I shall bother you no more; you are as quiet as the old chairs.');
    expect(names).not.toContain('Yes');
  });

  it('leaves the speaker after it as it was', () => {
    expect(actorNames('Well, the harbour master said the quay would reopen in May.')).toEqual(['the harbour master']);
    expect(actorNames('Yes, Ada Quist told reporters that the ferry was safe.')).toEqual(['Ada Quist']);
  });
});
