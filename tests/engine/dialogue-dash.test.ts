/**
 * The dialogue dash (lexicon/dialogue-dash.ts, Lexicon.readDialogueDashes): a paragraph that opens with a dash is
 * someone's words, the narrator's incise between dashes is not, and a dash inside a paragraph that does not open
 * with one is an aside. Read on a lexicon given the reader (French's here, so the engine's part is tested apart from
 * any language that ships it); our own invented lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dialogueDashReader, lexiconFor, registerToolLanguages, segment, type Lexicon, type Segmented } from '../../src/engine/lab/index.js';

let withDashes: Lexicon;
beforeAll(() => {
  registerToolLanguages();
  withDashes = { ...lexiconFor('fr'), readDialogueDashes: dialogueDashReader('—―') };
});

/** The text of each quotation of one paragraph, from its opening mark to its closing mark. */
function quotations(text: string, lexicon: Lexicon = withDashes): string[] {
  const seg: Segmented = segment([{ kind: 'paragraph', text }], lexicon);
  return seg.quotes.map((q) => {
    const open = seg.tokens[q.open];
    const close = seg.tokens[q.close];
    return open === undefined || close === undefined ? '' : text.slice(Math.min(open.start, close.start), close.end);
  });
}

describe('the dialogue dash', () => {
  it('quotes a line of dialogue around the narrator\'s incise', () => {
    expect(quotations('—Es un error —dijo el ministro—. No lo aceptaremos.')).toEqual(['—Es un error —', '—. No lo aceptaremos.']);
  });

  it('quotes a line with the incise at its end, and closes nothing after it', () => {
    expect(quotations('—No tenemos prisa —respondió la alcaldesa.')).toEqual(['—No tenemos prisa —']);
  });

  it('quotes a whole line with no incise up to its last stop', () => {
    expect(quotations('—¿Y ahora qué hacemos?')).toEqual(['—¿Y ahora qué hacemos?']);
  });

  it('goes on after a comma behind the incise', () => {
    expect(quotations('—Lo intentaremos —añadió—, pero no prometo nada.')).toEqual(['—Lo intentaremos —', '—, pero no prometo nada.']);
  });

  it('leaves an aside between dashes inside a paragraph alone', () => {
    expect(quotations('El ministro —que llegó tarde— dijo que no habría cambios.')).toEqual([]);
  });

  it('reads the narrator\'s incise inside a quotation only when the reader is given the cue forms and a cue opens it', () => {
    const withIncises = { ...withDashes, readDialogueDashes: dialogueDashReader('—―', (lower) => lower === 'dijo' || lower === 'ha') };
    expect(quotations('«Es un error —dijo el ministro—. No lo aceptaremos».', withIncises)).toEqual(['«Es un error —', '—. No lo aceptaremos»']);
    expect(quotations('«Es un error —ha dicho el ministro—, y no lo aceptaremos».', withIncises))
      .toEqual(['«Es un error —', '—, y no lo aceptaremos»']);
    expect(quotations('«Es un error —dijo el ministro—. No lo aceptaremos».')).toEqual(['«Es un error —dijo el ministro—. No lo aceptaremos»']);
    expect(quotations('«La obra —que llega tarde— es buena».', withIncises)).toEqual(['«La obra —que llega tarde— es buena»']);
  });

  it('is read only by a lexicon that asks for it', () => {
    expect(quotations('—Es un error —dijo el ministro—. No lo aceptaremos.', lexiconFor('fr'))).toEqual([]);
  });

  it('keeps each line its own quotation: the next speaker\'s line does not continue the last', () => {
    const seg = segment([{ kind: 'paragraph', text: '—Vamos a ganar —dijo el entrenador.' },
      { kind: 'paragraph', text: '—Ya veremos.' }], withDashes);
    expect(seg.quotes.map((q) => seg.tokens[q.open]?.block)).toEqual([0, 1]);
    expect(seg.quotes.every((q) => seg.tokens[q.open]?.block === seg.tokens[q.close]?.block)).toBe(true);
  });
});
