/**
 * Five invented Italian articles (tests/fixtures/engine/italian/, our own writing), read whole: politics (tenses, a
 * hearer's clitic, the subject left out, «…» with “…” inside, the press colon), a town hall ("Lo ha detto X",
 * "secondo", "a detta di", "stando a", "per X,", "fa sapere", "ha reso noto", incises), a business (a loss, a
 * contract, a thought, a finding), a court (a sentence, a passive charge, a verdict: deeds, not claims) and sport (a
 * result, an injury, a lead kept: deeds). Each claim its speaker, kind and cue; nothing claimed for a deed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis, type Span, type TextBlock } from '../../src/engine/index.js';
import { registerToolLanguages } from '../../src/engine/lab/index.js';

beforeAll(() => registerToolLanguages());

/** The article: its first line the headline, each further line a paragraph. */
function article(name: string): { analysis: Analysis; blocks: TextBlock[] } {
  const lines = readFileSync(new URL(`../fixtures/engine/italian/${name}.txt`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const blocks: TextBlock[] = lines.map((text, i) => ({ kind: i === 0 ? 'headline' : 'paragraph', text }));
  return { analysis: analyze(blocks, { language: 'it' }), blocks };
}

/** Each claim as "speaker | kind | cue". */
function claimsOf(name: string): string[] {
  const { analysis, blocks } = article(name);
  const text = (s: Span): string => (blocks[s.block]?.text ?? '').slice(s.start, s.end);
  return analysis.claims.map((c) => `${analysis.actors.find((a) => a.id === c.actorId)?.name ?? '?'} | ${c.kind} | ${text(c.cue)}`);
}

function roleOf(name: string, actor: string): string | undefined {
  return article(name).analysis.actors.find((a) => a.name === actor)?.role;
}

describe('Italian invented articles', () => {
  it('politics: every tense, the hearer, the subject left out, the colon', () => {
    expect(claimsOf('politica')).toEqual([
      'Il ministro | statement | :',
      'Marco Ferri | statement | ha detto',
      'Marco Ferri | statement | Ha aggiunto',
      'Marco Ferri | statement | ha dichiarato',
      'Marco Ferri | statement | ha aggiunto',
      'Giulia Conti | statement | ha detto',
      'Giulia Conti | statement | disse',
      'I sindacati | statement | hanno spiegato',
      'I sindacati | statement | Hanno detto',
      'Il premier | statement | aveva detto',
      'fonti del ministero | statement | secondo',
    ]);
    expect(roleOf('politica', 'Marco Ferri')).toBe('politician');
    expect(roleOf('politica', 'I sindacati')).toBe('advocacy');
  });

  it('town hall: the sentence before, the phrases that name a source, the two-word verbs, the incises', () => {
    expect(claimsOf('comune')).toEqual([
      'Il sindaco | statement | :',
      'Paolo Greco | statement | ha detto',
      'la protezione civile | statement | Secondo',
      'tecnici | statement | A detta dei',
      'rapporto della prefettura | statement | Stando al',
      'la portavoce del comune | statement | Per',
      'Il comune | statement | fa sapere',
      "L'assessora ai trasporti | statement | ha reso noto",
      'Il sindaco | statement | spiega',
      'Luca Bassi | statement | incalza',
    ]);
    expect(roleOf('comune', 'Paolo Greco')).toBe('politician');
    expect(roleOf('comune', 'tecnici')).toBe('expert');
  });

  it('business: a loss, a contract and a remembrance are deeds; a thought and a finding are told apart', () => {
    expect(claimsOf('azienda')).toEqual([
      'Elena Riva | statement | ha detto',
      'Elena Riva | thought | ritiene',
      'Il rapporto annuale | finding | mostra',
      'Il gruppo | statement | ha annunciato',
      'Elena Riva | statement | ha ammesso',
    ]);
    expect(roleOf('azienda', 'Elena Riva')).toBe('business');
  });

  it('court: a sentence, a charge and a verdict are deeds; the prosecutor and the defence speak', () => {
    expect(claimsOf('tribunale')).toEqual([
      'Anna Lodi | statement | ha sostenuto',
      "l'accusa | statement | Secondo",
      'Carlo Neri | statement | ha annunciato',
      'Carlo Neri | statement | ha dichiarato',
    ]);
    expect(roleOf('tribunale', 'Anna Lodi')).toBe('justice');
    expect(roleOf('tribunale', 'Carlo Neri')).toBe('justice');
  });

  it('sport: a result, an injury and a lead kept are deeds; the coach and the player speak', () => {
    expect(claimsOf('sport')).toEqual([
      'Franco Gatti | statement | ha detto',
      'Franco Gatti | statement | Ha spiegato',
      'Il ct | statement | :',
      'Sofia Bruni | statement | ha detto',
    ]);
  });
});
