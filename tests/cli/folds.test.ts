import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLabels } from '../../src/cli/eval/corpus.js';
import { assignFolds, fnv1a32, foldKeys, foldOf, idSlug, registrableDomain, siteOf } from '../../src/cli/eval/folds.js';
import type { LabelPage } from '../../src/cli/eval/score.js';

function page(id: string, url: string | null = null): LabelPage {
  return { id, file: `pages/${id}.html`, bodyTruth: null, paywall: false, appeals: [], optional: [], url };
}

describe('siteOf: the registrable domain of the page url', () => {
  it.each([
    ['https://www.bbc.co.uk/news/uk-123', 'bbc.co.uk'],
    ['http://bbc.co.uk:8080/news?x=1#top', 'bbc.co.uk'],
    ['https://www.theguardian.com/world/2020/jan/01/story', 'theguardian.com'],
    ['https://sub.example.com.au/a/b', 'example.com.au'],
    ['https://deep.sub.example.com.au:443/', 'example.com.au'],
    ['https://www.heraldsun.com.au/news', 'heraldsun.com.au'],
    ['https://www3.nhk.or.jp/news/', 'nhk.or.jp'],
    ['https://mainichi.co.jp/articles', 'mainichi.co.jp'],
    ['https://www.campograndenews.com.br/cidades', 'campograndenews.com.br'],
    ['https://www.parliament.org.uk/x', 'parliament.org.uk'],
    ['https://sect.iij.ad.jp/blog/2020/', 'iij.ad.jp'],
    ['https://www.BMJV.de/SharedDocs', 'bmjv.de'],
    ['HTTPS://News.Example.COM/Path', 'example.com'],
    ['https://debugger.medium.com/why', 'medium.com'],
    // ICANN suffixes only: hosted blogs stay one site with their platform (shared template).
    ['https://johnhcochrane.blogspot.com/2020/post.html', 'blogspot.com'],
    ['https://user@www.example.org:8443/a?b=c', 'example.org'],
    ['https://example.com./trailing-dot', 'example.com'],
    ['https://www1.com/', 'www1.com'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['http://localhost:3000/a', 'localhost'],
    ['https://[::1]/x', '::1'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(page('some-page', url))).toBe(site);
    expect(registrableDomain(url)).toBe(site);
  });

  it('falls back to the id prefix when the url is null, empty, relative or unparsable', () => {
    expect(siteOf(page('lwn-lwn-1'))).toBe('id:lwn');
    expect(siteOf(page('yahoo-yahoo-2', ''))).toBe('id:yahoo');
    expect(siteOf(page('clinicaltrials-ct2-show-nct03746262', '/ct2/show/NCT03746262'))).toBe('id:clinicaltrials');
    expect(siteOf(page('archive-archive-org-stol', 'not a url'))).toBe('id:archive');
    expect(siteOf(page('www-phoronix-com'))).toBe('id:phoronix');
    expect(siteOf(page('www-androidcentral-com'))).toBe('id:androidcentral');
    expect(siteOf(page('Seed'))).toBe('id:seed');
    expect(siteOf({ ...page('hand-built'), url: undefined })).toBe('id:hand');
    expect(idSlug('www')).toBe('www');
  });
});

describe('foldOf and assignFolds', () => {
  it('FNV-1a 32-bit: the published test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('is deterministic and in range', () => {
    for (const folds of [2, 5, 7, 20]) {
      for (const site of ['bbc.co.uk', 'nytimes.com', 'id:lwn', 'xn--bcher-kva.de']) {
        const f = foldOf(site, folds);
        expect(f).toBe(foldOf(site, folds));
        expect(Number.isInteger(f) && f >= 0 && f < folds).toBe(true);
      }
    }
    expect(foldOf('nytimes.com', 5)).toBe(fnv1a32('nytimes.com') % 5);
  });
  it('rejects a fold count that is not a positive integer', () => {
    expect(() => foldOf('a.com', 0)).toThrow(RangeError);
    expect(() => assignFolds([], 2.5)).toThrow(RangeError);
  });
  it('puts all pages of one site in one fold, whatever the subdomain or path', () => {
    const pages = [
      page('nytimes-a', 'https://www.nytimes.com/a'), page('nytimes-b', 'http://nytimes.com/b'),
      page('nytimes-c', 'https://cooking.nytimes.com/c'), page('bbc-a', 'https://www.bbc.co.uk/x'),
      page('bbc-b', 'https://bbc.co.uk/y'), page('lwn-lwn-1'), page('lwn-lwn-2'),
    ];
    const folds = assignFolds(pages, 5);
    expect(folds).toEqual(assignFolds(pages, 5));
    expect(new Set(folds.slice(0, 3)).size).toBe(1);
    expect(new Set(folds.slice(3, 5)).size).toBe(1);
    expect(folds[5]).toBe(folds[6]);
    expect(folds[0]).toBe(foldOf('nytimes.com', 5));
    // The fold of a page does not depend on the order of the list.
    const reversed = assignFolds([...pages].reverse(), 5).reverse();
    expect(reversed).toEqual(folds);
  });
  it('a URL-less page joins the one site in the list with its id prefix as label', () => {
    const pages = [page('yahoo-news-a', 'https://news.yahoo.com/a'), page('yahoo-yahoo-2'), page('ultimahora-x', 'https://ultimahora.es/x'),
      page('ultimahora-y', 'https://www.ultimahora.com/y'), page('ultimahora-z')];
    expect(foldKeys(pages)).toEqual(['yahoo.com', 'yahoo.com', 'ultimahora.es', 'ultimahora.com', 'id:ultimahora']);
  });
});

describe('loadLabels carries url, lang and origin repo', () => {
  it('reads them when present and leaves null otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'as-folds-'));
    try {
      writeFileSync(join(dir, 'labels.json'), JSON.stringify({
        version: 1,
        pages: [
          { id: 'a', file: 'pages/a.html', url: 'https://a.example.org/x', lang: 'de', origin: { repo: 'owner/name', path: 'p', commit: 'c' }, appeals: [], optional: [] },
          { id: 'b', file: 'pages/b.txt', url: null, lang: null, origin: { repo: null }, appeals: [] },
          { id: 'c', file: 'pages/c.html', url: 7, origin: 'nope' },
        ],
      }));
      const pages = loadLabels(dir);
      expect(pages.map((p) => [p.url, p.lang, p.repo])).toEqual([
        ['https://a.example.org/x', 'de', 'owner/name'], [null, null, null], [null, null, null],
      ]);
      expect(pages[0]).toMatchObject({ id: 'a', paywall: false, bodyTruth: null, appeals: [], optional: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const shared = join('..', 'shared', 'corpus');
describe.skipIf(!existsSync(join(shared, 'labels.json')))('folds on the shared corpus (labels.json metadata only)', () => {
  const pages = existsSync(join(shared, 'labels.json')) ? loadLabels(shared) : [];

  it('every page has a site; pages with a url get a dotted registrable domain', () => {
    for (const p of pages) {
      const site = siteOf(p);
      expect(site).not.toBe('');
      if (p.url && /^https?:\/\//i.test(p.url)) expect(site).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });
  it('is deterministic and no site is split over two folds', () => {
    const folds = assignFolds(pages, 5);
    expect(assignFolds(pages, 5)).toEqual(folds);
    const foldsOfSite = new Map<string, Set<number>>();
    pages.forEach((p, i) => {
      const site = siteOf(p);
      if (!foldsOfSite.has(site)) foldsOfSite.set(site, new Set());
      foldsOfSite.get(site)?.add(folds[i] ?? -1);
    });
    for (const [site, set] of foldsOfSite) expect([site, set.size]).toEqual([site, 1]);
  });
  it('with 5 folds every fold has pages, positives and negatives', () => {
    const folds = assignFolds(pages, 5);
    const size = [0, 0, 0, 0, 0], positive = [0, 0, 0, 0, 0], sites = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
    pages.forEach((p, i) => {
      const f = folds[i] ?? 0;
      size[f] = (size[f] ?? 0) + 1;
      if (p.appeals.length > 0) positive[f] = (positive[f] ?? 0) + 1;
      sites[f]?.add(siteOf(p));
    });
    console.log(`5 folds by site on ${pages.length} pages: pages ${size.join(', ')}; positive pages ${positive.join(', ')}; sites ${sites.map((s) => s.size).join(', ')}`);
    expect(size.reduce((a, b) => a + b, 0)).toBe(pages.length);
    for (let f = 0; f < 5; f++) {
      expect(size[f]).toBeGreaterThan(0);
      expect(positive[f]).toBeGreaterThan(0);
      expect(positive[f]).toBeLessThan(size[f] ?? 0);
    }
  });
});
