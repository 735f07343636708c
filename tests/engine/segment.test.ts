import { describe, expect, it } from 'vitest';
import { segment } from '../../src/engine/segment.js';
import type { TextBlock } from '../../src/engine/types.js';
import { english } from '../../src/engine/lexicon/en/index.js';

const paras = (...texts: string[]): TextBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));

/** Each quotation region as the text it covers, paragraphs joined by " ⏎ ". */
function quotations(blocks: TextBlock[]): string[] {
  const seg = segment(blocks, english);
  return seg.quotes.map((q) => {
    const a = seg.tokens[q.open];
    const b = seg.tokens[q.close];
    if (a === undefined || b === undefined) return '';
    if (a.block === b.block) return (blocks[a.block]?.text ?? '').slice(a.start, b.end);
    return `${(blocks[a.block]?.text ?? '').slice(a.start)} ⏎ ${(blocks[b.block]?.text ?? '').slice(0, b.end)}`;
  });
}

function sentences(text: string): string[] {
  const seg = segment(paras(text), english);
  return seg.sentences.map((s) => {
    const a = seg.tokens[s.first];
    const b = seg.tokens[s.end - 1];
    return a === undefined || b === undefined ? '' : text.slice(a.start, b.end);
  });
}

describe('quotation regions', () => {
  it('pairs curly and straight marks', () => {
    expect(quotations(paras('“One,” she said. "Two," he said.'))).toEqual(['“One,”', '"Two,"']);
  });

  it('carries a quotation over paragraphs that reopen with a mark, closing in the last', () => {
    expect(quotations(paras('She said: “First we dig.', '“Then we build.”'))).toEqual(['“First we dig. ⏎ “Then we build.”']);
  });

  it('cuts an unclosed quotation at the paragraph end when the next does not reopen', () => {
    expect(quotations(paras('He said “we will see.', 'Nobody answered.'))).toEqual(['“we will see.']);
  });

  it('ignores a stray closing mark (broken marking)', () => {
    expect(quotations(paras('It said “more than 12 attacks” against the site” were made.'))).toEqual(['“more than 12 attacks”']);
  });

  it('reads the doubled apostrophes some wires use as quotation marks', () => {
    expect(quotations(paras("''It is late,'' Mr. Lee said."))).toEqual(["''It is late,''"]);
  });
});

describe('sentences', () => {
  it('does not end a sentence after "the U.N." before a name, but does before a word that opens sentences', () => {
    expect(sentences('He told the U.N. General Assembly that talks would go on. She moved to the U.S. The next day she left.')).toEqual([
      'He told the U.N. General Assembly that talks would go on.', 'She moved to the U.S.', 'The next day she left.',
    ]);
  });

  it('does not end a sentence after dotted initials before a capitalised word that names, whatever stands before them', () => {
    expect(sentences('Officials at U.S. Embassy Westport said the quay would close. A former U.S. Ambassador agreed.')).toEqual([
      'Officials at U.S. Embassy Westport said the quay would close.', 'A former U.S. Ambassador agreed.',
    ]);
    expect(sentences('He met S.E.C. Chairman Ana Reyes in May. Senior U.K. Officials said nothing.')).toEqual([
      'He met S.E.C. Chairman Ana Reyes in May.', 'Senior U.K. Officials said nothing.',
    ]);
    // a word that opens sentences still ends one there
    expect(sentences('The ferry sailed to the U.S. He said it would return.')).toEqual(['The ferry sailed to the U.S.', 'He said it would return.']);
    expect(sentences('Talks moved to Westport, N.Y. But the quay stayed shut.')).toEqual(['Talks moved to Westport, N.Y.', 'But the quay stayed shut.']);
  });

  it('does not end a sentence after a title, an initial or a month abbreviation', () => {
    expect(sentences('Sen. Ann B. Lee spoke on Jan. 5 in Washington. Mr. Ross agreed.')).toEqual([
      'Sen. Ann B. Lee spoke on Jan. 5 in Washington.', 'Mr. Ross agreed.',
    ]);
  });

  it('does not end a sentence at initials after a title or a cue word, but does after a place', () => {
    expect(sentences('“Yes,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. He left.')).toEqual([
      '“Yes,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.', 'He left.',
    ]);
    expect(sentences('He moved to the U.S. The next day he left.')).toEqual(['He moved to the U.S.', 'The next day he left.']);
  });

  it('keeps closing quotation marks with the sentence they end', () => {
    expect(sentences('He said, “We are done.” Then he left.')).toEqual(['He said, “We are done.”', 'Then he left.']);
  });
});
