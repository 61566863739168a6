/**
 * The long lists of a large archive are split into pages. The story list (site.storiesPerPage, 48): a fixture with
 * the demo's four stories and 46 more builds /stories/ with 48 and /stories/page/2/ with the last 2, in both
 * languages. The data catalog (site.datasetsPerPage, 48): the demo's ten datasets and 40 more make /data/ and
 * /data/page/2/. A country's stories (48 a page): the 46 archive stories name Russia, as three of the demo's do.
 * 48 French stories with no English original (one newer than every other story, the rest older) make the French
 * edition longer: /fr/stories/page/3/ and /fr/countries/ru/page/3/ exist in French only. Each language's feed holds
 * its 50 newest items (site.itemsPerFeed), a correction made in 2026 of the oldest archive story among them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture, runBuild } from '../helpers/build.ts';
import { page } from '../helpers/site.ts';
import { XMLParser } from 'fast-xml-parser';
import { site } from '../../src/site.config.ts';

const correctionDay = '2026-06-01';
const correctionText = 'An earlier version gave the wrong year for the request.';

describe('the long lists of a large archive', () => {
  const fixture = makeFixture();

  beforeAll(() => {
    for (let i = 1; i <= 46; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      // The oldest archive story (1 March 2019) is corrected in 2026.
      const correction = i === 28 ? `corrections:\n  - date: ${correctionDay}\n    text: '${correctionText}'\n` : '';
      fixture.write(
        `content/stories/archive-${String(i).padStart(2, '0')}.mdx`,
        `---\ntitle: 'Archive story ${i}'\nsummary: 'An older story of the archive.'\ndate: 2019-03-${day}\nauthors: ['Casefile demo desk']\ncountries: [RU]\ntags: [archive]\n${correction}---\n\nAn older story of the archive.\n`,
      );
    }
    for (let i = 1; i <= 48; i++) {
      const date = i === 1 ? '2026-06-01' : `2018-05-${String(1 + (i % 28)).padStart(2, '0')}`;
      fixture.write(
        `content/stories/fr/archive-fr-${String(i).padStart(2, '0')}.mdx`,
        `---\ntitle: 'Archive en français ${i}'\nsummary: 'Une enquête publiée en français seulement.'\ndate: ${date}\nauthors: ['Casefile, rédaction de démonstration']\ncountries: [RU]\ntags: [archive]\n---\n\nUne enquête publiée en français seulement.\n`,
      );
    }
    for (let i = 1; i <= 40; i++) {
      const dataset = {
        title: `Archive table ${i}`,
        description: 'A table made up for this test; it describes nothing real.',
        sources: ['disclose-interpol-files'],
        license: 'CC0 (made up for a test)',
        updated: '2026-01-15',
        columns: {
          category: { type: 'string', description: 'A category' },
          value: { type: 'integer', description: 'A count' },
        },
        rows: [{ category: 'A', value: i }],
      };
      fixture.write(`data/archive-table-${String(i).padStart(2, '0')}.json`, JSON.stringify(dataset));
    }
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
  }, 240_000);

  const cards = (doc: Document) => doc.querySelectorAll('main .card-list > li').length;
  /** Each card's date (YYYY-MM-DD sorts as text), in the order the list shows them. */
  const dates = (doc: Document) =>
    [...doc.querySelectorAll('main .card-list > li')].map(
      (li) => li.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
    );
  const newestFirst = (list: string[]) => [...list].sort().reverse();

  it('shows the 48 newest stories on /stories/, with a link to the older ones and no link to newer ones', () => {
    const first = page('/stories/', fixture.dist);
    expect(cards(first)).toBe(48);
    // Newest first, every card dated; the second page goes on with older stories (or as old: two share a day).
    const firstDates = dates(first);
    expect(firstDates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(firstDates).toEqual(newestFirst(firstDates));
    const secondDates = dates(page('/stories/page/2/', fixture.dist));
    expect(secondDates).toEqual(newestFirst(secondDates));
    expect(secondDates.every((date) => date <= firstDates.at(-1)!)).toBe(true);
    expect(secondDates[0]! < firstDates[0]!).toBe(true);
    const pager = first.querySelector('nav.pager');
    expect(pager?.getAttribute('aria-label')).toBe('Pages of the list');
    expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/stories/page/2/');
    expect(pager?.querySelector('a[rel="prev"]')).toBeNull();
    expect(pager?.textContent).toContain('Page 1 of 2');
  });

  it('shows the rest on /stories/page/2/, titled with its number, linking back to the newer stories', () => {
    const second = page('/stories/page/2/', fixture.dist);
    expect(cards(second)).toBe(2);
    expect(second.querySelector('h1')?.textContent).toBe('Stories, page 2');
    expect(second.title).toMatch(/^Stories, page 2/);
    expect(second.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/stories/');
    expect(second.querySelector('nav.pager a[rel="next"]')).toBeNull();
    expect(existsSync(join(fixture.dist, 'stories/page/3/index.html'))).toBe(false);
  });

  it('splits the French list the same way, in French, newest first with the stories that have no original', () => {
    const first = page('/fr/stories/', fixture.dist);
    // The French-only story newer than every other comes first, not after the originals.
    expect(first.querySelector('main .card-list > li a')?.textContent).toBe('Archive en français 1');
    expect(first.querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe('/fr/stories/page/2/');
    const second = page('/fr/stories/page/2/', fixture.dist);
    expect(cards(second)).toBe(48);
    expect(second.querySelector('h1')?.textContent).toBe('Enquêtes, page 2');
    expect(second.querySelector('nav.pager')?.textContent).toContain('Page 2 sur 3');
    expect(cards(page('/fr/stories/page/3/', fixture.dist))).toBe(2);
  });

  it('links a later page only to the languages that have that page (the build checks every link it writes)', () => {
    const hreflangs = (path: string) =>
      [...page(path, fixture.dist).querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
        link.getAttribute('hreflang'),
      );
    expect(hreflangs('/stories/page/2/')).toEqual(['en', 'fr', 'x-default']);
    expect(existsSync(join(fixture.dist, 'stories/page/3/index.html'))).toBe(false);
    expect(hreflangs('/fr/stories/page/3/')).toEqual([]);
    expect(existsSync(join(fixture.dist, 'countries/ru/page/3/index.html'))).toBe(false);
    expect(hreflangs('/fr/countries/ru/page/3/')).toEqual([]);
    expect(hreflangs('/fr/countries/ru/page/2/')).toEqual(['en', 'fr', 'x-default']);
  });

  it('lists each story once across the pages', () => {
    const hrefs = ['/stories/', '/stories/page/2/'].flatMap((path) =>
      [...page(path, fixture.dist).querySelectorAll('main .card-list a')].map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toHaveLength(50);
    expect(new Set(hrefs).size).toBe(50);
  });

  it('shows 48 datasets on /data/ and the rest on /data/page/2/, each dataset once, with previous and next links', () => {
    const first = page('/data/', fixture.dist);
    expect(cards(first)).toBe(48);
    expect(first.querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe('/data/page/2/');
    expect(first.querySelector('nav.pager a[rel="next"]')?.textContent).toBe('Next page');
    const second = page('/data/page/2/', fixture.dist);
    expect(cards(second)).toBe(2);
    expect(second.querySelector('h1')?.textContent).toBe('Data, page 2');
    expect(second.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/data/');
    expect(second.querySelector('nav.pager a[rel="prev"]')?.textContent).toBe('Previous page');
    expect(second.querySelector('nav.pager a[rel="next"]')).toBeNull();
    const listed = ['/data/', '/data/page/2/'].flatMap((path) =>
      [...page(path, fixture.dist).querySelectorAll('main .card-list h2 a')].map((a) => a.getAttribute('href')),
    );
    const datasets = readdirSync(join(fixture.root, 'data')).filter(
      (name) => name.endsWith('.json') && name !== 'sources.json',
    );
    expect(datasets).toHaveLength(50);
    expect(new Set(listed)).toEqual(new Set(datasets.map((name) => `/data/${name.replace(/\.json$/, '')}/`)));
    expect(listed).toHaveLength(50);
  });

  it('splits the French data catalog the same way, in French', () => {
    const second = page('/fr/data/page/2/', fixture.dist);
    expect(cards(second)).toBe(2);
    expect(second.querySelector('h1')?.textContent).toBe('Données, page 2');
    expect(second.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/fr/data/');
    expect(second.querySelector('nav.pager a[rel="prev"]')?.textContent).toBe('Page précédente');
    expect(existsSync(join(fixture.dist, 'fr/data/page/3/index.html'))).toBe(false);
  });

  const countryStories = (doc: Document) =>
    [...doc.querySelectorAll('section[aria-labelledby="stories-heading"] .card-list > li a')].map((a) =>
      a.getAttribute('href'),
    );

  it("lists a country's 48 newest stories on its page with its case files and data, and the older ones on page 2", () => {
    const first = page('/countries/ru/', fixture.dist);
    expect(countryStories(first)).toHaveLength(48);
    expect(first.querySelector('#cases-heading')).not.toBeNull();
    expect(first.querySelector('#data-heading')).not.toBeNull();
    expect(first.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    const next = first.querySelector('section[aria-labelledby="stories-heading"] nav.pager a[rel="next"]');
    expect(next?.getAttribute('href')).toBe('/countries/ru/page/2/');
    expect(next?.textContent).toBe('Older stories');

    const second = page('/countries/ru/page/2/', fixture.dist);
    expect(second.querySelector('h1')?.textContent).toBe('Russia, page 2');
    expect(countryStories(second)).toHaveLength(1);
    // Only stories: the case files and data are on the country's own page, which alone is in the search index.
    expect(second.querySelector('#cases-heading')).toBeNull();
    expect(second.querySelector('#data-heading')).toBeNull();
    expect(second.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(second.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/countries/ru/');
    const all = [...countryStories(first), ...countryStories(second)];
    expect(new Set(all).size).toBe(49);
    expect(existsSync(join(fixture.dist, 'countries/ru/page/3/index.html'))).toBe(false);
    // A country with fewer stories than a page has neither a pager nor a second page.
    expect(page('/countries/pe/', fixture.dist).querySelector('nav.pager')).toBeNull();
    expect(existsSync(join(fixture.dist, 'countries/pe/page/2/index.html'))).toBe(false);
  });

  it("splits a country's stories the same way in French, over more pages for its longer edition", () => {
    const second = page('/fr/countries/ru/page/2/', fixture.dist);
    expect(second.querySelector('h1')?.textContent).toBe('Russie, page 2');
    expect(countryStories(second)).toHaveLength(48);
    expect(second.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/fr/countries/ru/');
    expect(second.querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe('/fr/countries/ru/page/3/');
    expect(countryStories(page('/fr/countries/ru/page/3/', fixture.dist))).toHaveLength(1);
  });

  /** The items of the built feed at `path`, in the order it lists them. */
  const feed = (path: string) =>
    (
      new XMLParser({ isArray: (name) => name === 'item' }).parse(readFileSync(join(fixture.dist, path), 'utf8')).rss
        .channel.item as { title: string; link: string; pubDate: string }[]
    ).map((item) => ({ title: item.title, link: item.link, date: Date.parse(item.pubDate) }));

  it("holds the 50 newest items in each language's feed, a new correction of the oldest story among them", () => {
    expect(site.itemsPerFeed).toBe(50);
    const english = feed('rss.xml');
    expect(english).toHaveLength(50);
    const dates = english.map((item) => item.date);
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // 54 English pages and their corrections: the oldest archive stories are left out, the correction of the oldest is in.
    expect(english.filter((item) => !item.link.includes('#')).length).toBeLessThan(54);
    expect(english.some((item) => item.link.endsWith('/stories/archive-28/'))).toBe(false);
    expect(english.filter((item) => item.link.endsWith('/stories/archive-28/#corrections-heading'))).toEqual([
      {
        title: 'Correction: Archive story 28',
        link: expect.any(String),
        date: Date.parse(`${correctionDay}T00:00:00Z`),
      },
    ]);
    const french = feed('fr/rss.xml');
    expect(french).toHaveLength(50);
    expect(french.filter((item) => item.link.includes('/fr/stories/archive-fr-')).length).toBeLessThan(48);
  });
});
