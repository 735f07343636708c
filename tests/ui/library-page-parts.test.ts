/** The library page's pure parts: links back to articles (http(s) only, with the claim's fragment) and chart sums. */
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../src/shared/library/store.js';
import { claimFingerprint } from '../../src/shared/library/words.js';
import { mixBySite, mixByWeek, rolesIn, weekStart } from '../../src/ui/library/chart-data.js';
import { claimLink, textDirective } from '../../src/ui/library/links.js';
import { hashOf, routeOf } from '../../src/ui/library/LibraryPage.js';
import { dayLabel, isoDay } from '../../src/ui/library/format.js';

function article(site: string, when: string | number, named: number, unnamed: number, roles: Record<string, unknown> = {}): StoredArticle {
  return {
    seq: 1, url: `https://${site}/`, title: site, site, published: null, analysedAt: 0, when: typeof when === 'number' ? when : Date.parse(when), actors: [],
    // as a damaged or old record may hold them: whatever the roles object says is read through roleCounts
    counts: { claims: named + unnamed, named, unnamed, unattributed: 1, roles: roles as StoredArticle['counts']['roles'] },
  };
}

describe('links back to articles', () => {
  it('links only http(s) articles, with the fingerprint and a text directive', () => {
    const text = '“We will not accept these results under any circumstances,” … and more';
    const link = claimLink('https://news.example/a?b=1#old', text);
    expect(link).toBe(`https://news.example/a?b=1#whosaid-claim=${claimFingerprint(text)}:~:text=We%20will%20not%20accept,results%20under%20any%20circumstances`);
    expect(claimLink('javascript:alert(1)', text)).toBeNull();
    expect(claimLink('data:text/html,<img src=x onerror=alert(1)>', text)).toBeNull();
  });

  it('escapes the directive’s reserved characters', () => {
    expect(textDirective('a-b, c & d')).toBe('text=a%2Db%2C%20c%20%26%20d');
  });

  it('routes by the address fragment', () => {
    expect(routeOf('#person=ella%20pamfilova')).toEqual({ view: 'person', key: 'ella pamfilova' });
    expect(routeOf(hashOf({ view: 'search', query: 'a&b=c' }))).toEqual({ view: 'search', query: 'a&b=c' });
    expect(routeOf('')).toEqual({ view: 'home' });
  });
});

describe('chart sums', () => {
  const articles = [
    article('a.example', '2026-03-02T10:00:00Z', 3, 1, { politician: 2 }),
    article('a.example', '2026-03-04T10:00:00Z', 1, 0, { expert: 1 }),
    article('b.example', '2026-02-20T10:00:00Z', 0, 2),
  ];

  it('adds up voices per site, most articles first', () => {
    const rows = mixBySite(articles, 10);
    expect(rows.map((row) => [row.label, row.articles, row.named, row.unnamed, row.unattributed])).toEqual([
      ['a.example', 2, 4, 1, 2],
      ['b.example', 1, 0, 2, 1],
    ]);
    expect(rolesIn(rows)).toEqual(['politician', 'expert']);
  });

  it('counts only the engine\'s roles, in a Map: a stored constructor, toString or __proto__ draws nothing', () => {
    const stored = JSON.parse('{"constructor": 1, "toString": "function Object() { [native code] }1", "__proto__": 3, "official": 2, "expert": -1, "media": 1e300}') as Record<string, unknown>;
    const rows = mixBySite([article('a.example', '2026-03-02T10:00:00Z', 3, 0, stored)], 10);
    expect([...(rows[0]?.roles ?? new Map())]).toEqual([['official', 2]]);
    expect(rolesIn(rows)).toEqual(['official']);
  });

  it('leaves out of the weeks an article whose date no Date can hold (1e300), without throwing', () => {
    const rows = mixByWeek([...articles, article('c.example', 1e300, 1, 0)], 3);
    expect(rows.map((row) => [row.label, row.articles])).toEqual([['2026-02-16', 1], ['2026-02-23', 0], ['2026-03-02', 2]]);
    expect(dayLabel(1e300)).toBe('unknown date');
    expect(isoDay(Number.NaN)).toBeUndefined();
  });

  it('adds up voices per week (Monday to Sunday), empty weeks included', () => {
    expect(new Date(weekStart(Date.parse('2026-03-04T10:00:00Z'))).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    const rows = mixByWeek(articles, 3);
    expect(rows.map((row) => [row.label, row.articles])).toEqual([['2026-02-16', 1], ['2026-02-23', 0], ['2026-03-02', 2]]);
  });
});
