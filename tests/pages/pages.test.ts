/**
 * The pages of a built site, on the page-test fixture (tests/pages/fixture), whose figures are pinned: which pages
 * exist, how citations, facts, responses, corrections, related items and downloads appear.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { buildFixture, fixtureRoot } from './fixture-site.ts';

let site: ReturnType<typeof buildFixture>;
beforeAll(() => {
  site = buildFixture();
  if (site.result.status !== 0) throw new Error(`the fixture did not build:\n${site.result.output}`);
});
afterAll(() => site?.remove());

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The texts of an element's children, for rows and boxes whose parts the minified HTML runs together. */
const parts = (el: Element | null | undefined) => [...(el?.children ?? [])].map((child) => text(child));
const exists = (path: string) => existsSync(join(site.result.dist, path.endsWith('/') ? `${path}index.html` : path));

describe('which pages exist', () => {
  it('has a page for every public story, case file, referenced country and published dataset', () => {
    for (const path of [
      '/',
      '/stories/',
      '/stories/the-files/',
      '/stories/watchdog/',
      '/cases/',
      '/cases/kloop-founder/',
      '/countries/',
      '/countries/ru/',
      '/countries/pe/',
      '/countries/kg/',
      '/data/',
      '/data/red-notices-issued/',
      '/data/headline-figures/',
      '/corrections/',
      '/404.html',
    ]) {
      expect(exists(path), path).toBe(true);
    }
  });

  it('publishes a dataset no page uses, and withholds one that only a draft uses (page, downloads, catalog)', () => {
    expect(exists('/data/unused-table/')).toBe(true);
    expect(exists('/data/draft-only/')).toBe(false);
    expect(exists('/data/draft-only.csv')).toBe(false);
    expect(exists('/data/draft-only.json')).toBe(false);
    expect(site.read('/data/')).not.toContain('Zanzibar');
  });

  it('builds no page for a draft or an embargoed story, nor for a country only they name', () => {
    expect(exists('/stories/secret-plan/')).toBe(false);
    expect(exists('/stories/embargoed/')).toBe(false);
    expect(exists('/countries/tz/')).toBe(false);
    // The draft's and the embargoed story's titles (tests/pages/fixture/content/stories).
    expect(site.read('/stories/')).not.toContain('Quokka');
    expect(site.read('/stories/')).not.toContain('Wombat');
  });
});

describe('a story page', () => {
  it('shows headline, dek, byline, published and updated dates and reading time', () => {
    const doc = site.page('/stories/the-files/');
    expect(text(doc.querySelector('h1'))).toBe('The Interpol files');
    expect(text(doc.querySelector('.dek'))).toBe('How states use red notices against critics abroad.');
    expect(parts(doc.querySelector('.byline'))).toEqual([
      'By Ada Reporter and Ben Editor',
      'Published 26 January 2026',
      'Updated 3 February 2026',
      '1 min read',
    ]);
  });

  it("publishes an editor's line break and image written as MDX writes them (`<br />`, an image from public/, loaded lazily)", () => {
    const doc = site.page('/stories/watchdog/');
    const paragraph = [...doc.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Its postal address'));
    expect(paragraph?.innerHTML).toBe('Its postal address takes two lines:<br>Lyon, France.');
    const image = doc.querySelector('img[src="/favicon.svg"]');
    expect(image?.getAttribute('alt')).toBe('The site’s mark, as an image from public/');
    // The mark declares no size (a viewBox alone): it gets none, and loads lazily as every image from public/ does.
    expect(['width', 'height', 'loading', 'decoding'].map((name) => image?.getAttribute(name))).toEqual([
      null,
      null,
      'lazy',
      'async',
    ]);
  });

  it('numbers citations by first appearance and links each to its entry in the sources list', () => {
    const doc = site.page('/stories/the-files/');
    const notes = [...doc.querySelectorAll('.body sup.cite')].map((sup) =>
      [...sup.querySelectorAll('a')].map((a) => `${a.textContent}${a.getAttribute('href')}`).join(' '),
    );
    expect(notes).toEqual([
      '1#source-jurist-files',
      '2#source-monitor-numbers 3#source-pace-14277',
      '1#source-jurist-files',
    ]);
    const items = [...doc.querySelectorAll('.sources ol > li')];
    expect(items.map((li) => li.id)).toEqual(['source-jurist-files', 'source-monitor-numbers', 'source-pace-14277']);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.jurist.org/news/2026/01/interpol-leaked-files-reveal-states-abuse-red-notices-to-target-dissidents',
    );
  });

  it('prints facts from the dataset row by key, formatted, linked to the row and to the row source', () => {
    const facts = [...site.page('/stories/the-files/').querySelectorAll('.body .fact')];
    // The figure as shown: the link's first text, before the words only a screen reader hears (fact-purpose.ts).
    expect(facts.map((f) => f.querySelector('a')?.firstChild?.textContent)).toEqual(['4,817', '15,548']);
    expect(facts.map((f) => f.querySelector('a')?.getAttribute('href'))).toEqual([
      '/data/headline-figures/#row-russia-active',
      '/data/red-notices-issued/#row-2024',
    ]);
    expect(facts[1]?.querySelector('.fact-source a')?.getAttribute('href')).toBe('https://www.rednoticemonitor.com/');
    expect(site.page('/data/red-notices-issued/').querySelector('#row-2024 td.num')?.textContent).toBe('15,548');
  });

  it('prints a fact from a country column (ref: "country") as the country\'s name, not its code', () => {
    const fact = site.page('/stories/watchdog/').querySelector('.body .fact a');
    expect(fact?.firstChild?.textContent).toBe('Russia');
    expect(fact?.getAttribute('href')).toBe('/data/headline-figures/#row-russia-active');
  });

  it('sets a response apart as an attributed aside', () => {
    const aside = site.page('/stories/the-files/').querySelector('aside.response');
    expect(text(aside?.querySelector('.response-label'))).toBe('Response from Interpol, 26 January 2026');
    expect(aside?.getAttribute('aria-labelledby')).toBe(aside?.querySelector('.response-label')?.id);
  });

  it('shows its correction above the body, and lists its case files, datasets and related pages', () => {
    const doc = site.page('/stories/the-files/');
    const corrections = doc.querySelector('.corrections');
    expect(text(corrections?.querySelector('h2'))).toBe('Correction');
    expect(text(corrections?.querySelector('li'))).toBe(
      '3 February 2026 An earlier version gave the wrong year for the 2016 figure.',
    );
    expect(corrections?.compareDocumentPosition(doc.querySelector('.body')!)).toBe(4); // the body follows
    const links = (selector: string) => [...doc.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href'));
    expect(links('[aria-labelledby="cases-heading"] h3')).toEqual(['/cases/kloop-founder/']);
    const datasets = [...doc.querySelectorAll('[aria-labelledby="datasets-heading"] li')].map((li) =>
      li.querySelector('a')?.getAttribute('href'),
    );
    expect(datasets).toEqual(['/data/headline-figures/', '/data/red-notices-issued/']);
    // Related pages leave out the case file listed above them (it was shown twice).
    expect(links('[aria-labelledby="related-heading"] h3')).toEqual(['/stories/watchdog/']);
  });

  it('describes itself to search engines and social networks as a NewsArticle with its correction', () => {
    const doc = site.page('/stories/the-files/');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'The Interpol files',
      datePublished: '2026-01-26T00:00:00.000Z',
      dateModified: '2026-02-03T00:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Ada Reporter' },
        { '@type': 'Person', name: 'Ben Editor' },
      ],
      correction: [{ '@type': 'CorrectionComment', datePublished: '2026-02-03' }],
    });
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
      /\/og\/stories\/the-files\.png$/,
    );
    expect(doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
  });
});

describe('case, country and index pages', () => {
  it('gives a case file a facts box linking the requesting state to its country page', () => {
    const box = site.page('/cases/kloop-founder/').querySelector('.facts-box');
    expect([...box!.querySelectorAll('dt, dd')].map((el) => text(el))).toEqual([
      'Subject',
      'Rinat Tuhvatshin',
      'Requesting state',
      'Kyrgyzstan',
      'Status',
      'Refused by Interpol',
      'Request',
      'Red notice',
    ]);
    expect(box?.querySelector('a')?.getAttribute('href')).toBe('/countries/kg/');
  });

  it('lists on a country page the stories naming it and the dataset rows about it', () => {
    const doc = site.page('/countries/ru/');
    expect(text(doc.querySelector('h1'))).toBe('Russia');
    expect(
      [...doc.querySelectorAll('[aria-labelledby="stories-heading"] h3 a')].map((a) => a.getAttribute('href')),
    ).toEqual(['/stories/the-files/', '/stories/watchdog/']);
    const rows = [...doc.querySelectorAll('[aria-labelledby="data-heading"] tbody tr')];
    expect(rows.map((tr) => parts(tr))).toEqual([
      // The dataset's country column is left out: every row of this page is about Russia.
      ['russia-active', 'active red notices requested by Russia (Sept 2024)', '4,817', 'JURIST'],
    ]);
    // The French page links the dataset's French page under its English title (the fixture's datasets have no
    // translations), the title marked as English inside the French sentence.
    const all = site.page('/fr/countries/ru/').querySelector('[aria-labelledby="data-heading"] .meta a');
    expect(text(all)).toMatch(/^Tout le jeu de données « .+ »$/);
    expect([all?.getAttribute('href'), all?.getAttribute('hreflang')]).toEqual(['/fr/data/headline-figures/', null]);
    expect(all?.querySelector('span[lang="en"]')?.textContent).toBe(
      site.page('/fr/data/headline-figures/').querySelector('h1[lang="en"]')?.textContent,
    );
  });

  it('lists the case files in a table with subject, country, status and request', () => {
    const rows = [...site.page('/cases/').querySelectorAll('tbody tr')].map((tr) => parts(tr));
    expect(rows).toEqual([['Rinat Tuhvatshin', 'Kyrgyzstan', 'Refused by Interpol', 'Red notice', '1 Jun 2025']]);
  });

  it('puts the lead story and the key figures, each linked to its row and source, on the home page', () => {
    const doc = site.page('/');
    expect(doc.querySelector('.lead h2 a')?.getAttribute('href')).toBe('/stories/the-files/');
    const figures = [...doc.querySelectorAll('.figure-list li')].map((li) => [
      li.querySelector('.fact > a')?.firstChild?.textContent,
      text(li.querySelector('.figure-label')),
    ]);
    expect(figures).toEqual([
      ['4,817', 'active red notices requested by Russia (Sept 2024)'],
      ['4,457', 'active red notices requested by Peru (Sept 2024)'],
    ]);
    expect(doc.querySelector('.figure-list .fact a')?.getAttribute('href')).toBe(
      '/data/headline-figures/#row-russia-active',
    );
    expect(doc.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
  });

  it('lists every correction, newest first, linked to its page', () => {
    // The story's correction of 3 February 2026, then the case file's of 1 July 2025.
    const items = [...site.page('/corrections/').querySelectorAll('.correction-list li')];
    expect(
      items.map((li) => [
        li.querySelector('time')?.getAttribute('datetime'),
        li.querySelector('a')?.getAttribute('href'),
      ]),
    ).toEqual([
      ['2026-02-03', '/stories/the-files/'],
      ['2025-07-01', '/cases/kloop-founder/'],
    ]);
  });
});

describe('a dataset page and its downloads', () => {
  it('shows the rows as an accessible table: caption, column headers, numbers right-aligned, gaps in the figures as "no data", an empty text cell as blank', () => {
    const doc = site.page('/data/red-notices-issued/');
    const table = doc.querySelector('[aria-labelledby="rows-heading"] table');
    expect(text(table?.querySelector('caption'))).toBe('Red notices issued per year (3 rows)');
    expect([...table!.querySelectorAll('thead th')].map((th) => `${th.getAttribute('scope')}:${text(th)}`)).toEqual([
      'col:year',
      'col:issued (notices)',
      'col:source',
    ]);
    const [gap, source] = table!.querySelectorAll('#row-2023 td');
    expect(gap?.className).toBe('num missing');
    expect(gap?.textContent).toBe('no data');
    // A row with no figure has no source: its cell shows a dash that screen readers skip, reading the cell as blank,
    // not as a second "no data".
    expect(source?.outerHTML).toBe('<td><span aria-hidden="true">–</span></td>');
    expect(parts(table!.querySelector('#row-2016'))).toEqual(['2016', '12,787', 'Council of Europe, PACE']);
  });

  it('describes the dataset: licence, last check, notes, and each column with its type and unit', () => {
    const doc = site.page('/data/red-notices-issued/');
    const box = [...doc.querySelectorAll('.facts-box dt, .facts-box dd')].map((el) => text(el));
    expect(box.slice(2)).toEqual([
      'Licence',
      'CC BY 4.0 (compilation)',
      'Last checked',
      '1 February 2026',
      'Download',
      'CSV, JSON',
    ]);
    expect(text(doc.querySelector('[aria-labelledby="notes-heading"] li'))).toBe('No verified figure for 2023.');
    const columns = [...doc.querySelectorAll('[aria-labelledby="columns-heading"] tbody tr')].map((tr) => parts(tr));
    expect(columns).toEqual([
      ['year', 'whole number', '', 'Calendar year'],
      ['issued', 'whole number', 'notices', 'Red notices issued'],
      ['source', 'text', '', 'Where the figure comes from'],
    ]);
  });

  it('offers CSV and JSON downloads with exactly the rows of the dataset', () => {
    const source = JSON.parse(readFileSync(join(fixtureRoot, 'data/red-notices-issued.json'), 'utf8'));
    const csv = csvParse(site.read('/data/red-notices-issued.csv'));
    expect(csv.columns).toEqual(['year', 'issued', 'source']);
    expect(
      csv.map((r) => ({ year: Number(r.year), issued: r.issued ? Number(r.issued) : null, source: r.source || null })),
    ).toEqual(source.rows);
    const json = JSON.parse(site.read('/data/red-notices-issued.json'));
    expect(json.rows).toEqual(source.rows);
    expect(json).toMatchObject({
      id: 'red-notices-issued',
      title: source.title,
      updated: '2026-02-01',
      columns: source.columns,
    });
  });

  it('lists the pages that use the dataset', () => {
    const links = [...site.page('/data/red-notices-issued/').querySelectorAll('[aria-labelledby="used-heading"] h3 a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/stories/the-files/', '/stories/watchdog/']);
  });
});
