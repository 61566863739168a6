/**
 * Charts in built sites: the demo's story pages carry each chart as inline SVG in a complete figure; a fixture site
 * shows that dataset strings stay text, that an unchanged rebuild draws no chart, and that a chart option only
 * known at render time still fails the build with the page's file, the chart and the field.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, runBuild, type BuildResult } from '../helpers/build.ts';
import { page } from '../helpers/site.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { withheld } from '../../src/lib/visibility.ts';
import { entryHref } from '../../src/lib/translations.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { fixedNow, repoRoot } from '../helpers/build.ts';

const sources = {
  'test-source': {
    publisher: 'Test Publisher',
    title: 'A test report',
    url: 'https://example.org/report',
    date: '2025',
    kind: 'ngo-report',
  },
};
const hostile = '<img src=x onerror=alert(1)>';
const dataset = {
  title: 'Notices by label',
  description: 'A synthetic dataset for chart tests.',
  sources: ['test-source'],
  license: 'CC BY 4.0',
  updated: '2026-01-01',
  columns: {
    label: { type: 'string', description: 'A label.', label: 'Label' },
    year: { type: 'integer', description: 'The year.', label: 'Year' },
    count: { type: 'integer', description: 'A count.', label: 'Notices' },
  },
  rows: [
    { label: hostile, year: 2020, count: 3 },
    { label: 'Plain', year: 2021, count: null },
    { label: 'Other', year: 2022, count: 5 },
  ],
  chart: { type: 'line', x: 'year', y: 'count', title: 'Notices per year' },
};
const places = {
  ...dataset,
  title: 'Notices by country',
  columns: {
    country: { type: 'string', description: 'A country.', label: 'Country', ref: 'country' },
    count: { type: 'integer', description: 'A count.', label: 'Notices' },
  },
  rows: [
    { country: 'RU', count: 12 },
    { country: 'FR', count: 3 },
    { country: 'PE', count: null },
  ],
  chart: undefined,
};
const story = (chart: string) => `---
title: A story with charts
summary: Charts in a fixture.
date: 2026-01-26
---

Text before the chart.

${chart}
`;

// The demo's content plus a dataset and a story of our own: pages elsewhere (methodology) link to demo datasets.
function fixtureSite(chart: string) {
  const fixture = makeFixture();
  const demoSources = JSON.parse(readFileSync(join(fixture.root, 'data/sources.json'), 'utf8'));
  fixture.write('data/sources.json', JSON.stringify({ ...demoSources, ...sources }));
  fixture.write('data/notices.json', JSON.stringify(dataset));
  fixture.write('data/places.json', JSON.stringify(places));
  fixture.write('content/stories/charts.mdx', story(chart));
  return fixture;
}

describe('charts in the demo site', () => {
  // Every published story and case file, in every language, and so every kind of chart the demo draws.
  const { project } = loadProject(repoRoot);
  const now = new Date(fixedNow);
  const paths = [
    ...project.stories.filter((e) => !withheld(e.data, now)).map((e) => entryHref('story', e)),
    ...project.cases.filter((e) => !withheld(e.data, now)).map((e) => entryHref('case', e)),
  ];

  it('every story chart is a figure with inline SVG named by its title, a summary, sources, the data and downloads', () => {
    expect(paths.length).toBeGreaterThan(8);
    const kinds = new Set<string>();
    for (const path of paths) {
      const doc = page(path);
      for (const figure of doc.querySelectorAll('figure.chart')) {
        const title = figure.querySelector('figcaption .chart-title')!;
        const svgs = [...figure.querySelectorAll('.chart-drawing > div > svg')];
        expect(svgs.length, path).toBeGreaterThan(0);
        for (const svg of svgs) {
          expect(svg.getAttribute('role')).toBe('img');
          expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
          // Described by its summary, which opens with the chart's kind in the page's language ("Line chart of …").
          const summary = doc.getElementById(svg.getAttribute('aria-describedby')!)?.textContent ?? '';
          const dictionary = dictionaries[doc.documentElement.getAttribute('lang') as keyof typeof dictionaries];
          const kind = Object.entries(dictionary)
            .filter(([key, name]) => key.startsWith('chart.kind.') && summary.startsWith(name))
            .sort((a, b) => b[1].length - a[1].length)[0]?.[0];
          expect(kind, `${path}: ${title.textContent}: ${summary}`).toBeDefined();
          kinds.add(kind!);
        }
        expect(figure.querySelector('.chart-drawing')!.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(
          figure.querySelector('.chart-source a[href^="https://"], .chart-source .source-title'),
          path,
        ).not.toBeNull();
        expect(figure.querySelector('details table caption')).not.toBeNull();
        expect(figure.querySelectorAll('details table th[scope="col"]').length).toBeGreaterThan(1);
        const links = [...figure.querySelectorAll('.chart-download a')].map((a) => a.getAttribute('href'));
        expect(links.some((href) => /^\/data\/[a-z0-9-]+\.csv$/.test(href ?? ''))).toBe(true);
        expect(links.some((href) => /^\/data\/[a-z0-9-]+\.json$/.test(href ?? ''))).toBe(true);
      }
      expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
    expect([...kinds].sort()).toEqual([
      'chart.kind.bar',
      // Small multiples, a custom chart (spec="small-multiples"), on the Interpol Files story.
      'chart.kind.custom',
      'chart.kind.dot',
      'chart.kind.grouped-bar',
      'chart.kind.line',
      'chart.kind.map',
      'chart.kind.stacked-bar',
      'chart.kind.timeline',
    ]);
  });
});

describe('chart controls in the demo site', () => {
  /** What a screen reader announces for an element: its aria-label, else its text. */
  const accessibleName = (element: Element) =>
    (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();

  it.each(['/stories/two-decades-of-red-notices/', '/fr/stories/the-interpol-files/'])(
    'on %s, each chart\'s downloads, dataset link and "show the data" say which chart or dataset, keeping their short visible text',
    (path) => {
      const doc = page(path);
      const figures = [...doc.querySelectorAll('figure.chart')];
      expect(figures.length).toBeGreaterThan(1);
      const controls = figures.flatMap((figure) => [
        ...figure.querySelectorAll('.chart-download a, details.chart-data > summary'),
      ]);
      const names = controls.map(accessibleName);
      // No two controls of the page share a name (the same dataset's file twice would be the same file).
      expect(new Set(names).size, names.join('\n')).toBe(names.length);
      for (const control of controls) {
        const visible = control.textContent!.replace(/\s+/g, ' ').trim();
        // WCAG 2.5.3: the name contains the visible label, so speech users can say what they see.
        expect(accessibleName(control)).toContain(visible);
        expect(visible.length).toBeLessThan(30);
      }
      // Each names its chart's title or its dataset's.
      for (const figure of figures) {
        // Spaces compared as accessibleName writes them: a French title's no-break spaces ("2024 ; ceux") are spaces.
        const title = figure.querySelector('.chart-title')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(accessibleName(figure.querySelector('details.chart-data > summary')!)).toContain(title);
      }
    },
  );
});

describe('public red notices by nationality in the demo site', () => {
  const figure = (path: string, title: string) =>
    [...page(path).querySelectorAll('figure.chart')].find(
      (f) => f.querySelector('.chart-title')?.textContent === title,
    )!;

  it('the map and the grouped bars say their rows are by nationality, in their summaries and their tables, in both languages', () => {
    const map = figure('/stories/the-interpol-files/', 'Where the wanted people on Interpol’s public list come from');
    expect(map.querySelector('.chart-summary')?.textContent).toMatch(
      /^Map of public red notices by nationality, 9 countries with data\./,
    );
    expect([...map.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Nationality',
      'Public red notices',
    ]);
    const bars = figure(
      '/stories/safeguards-added-and-quietly-dropped/',
      'Russians make up more than two in five public red notices',
    );
    expect(bars.querySelector('.chart-summary')?.textContent).toMatch(
      /^Grouped bar chart of public red notices by nationality\./,
    );
    expect([...bars.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Nationality',
      'Snapshot',
      'Public red notices',
    ]);
    const carte = figure(
      '/fr/stories/the-interpol-files/',
      'D’où viennent les personnes recherchées sur la liste publique d’Interpol',
    );
    expect(carte.querySelector('.chart-summary')?.textContent).toMatch(
      /^Carte\u00a0: notices rouges publiques, par nationalité\u202f;/,
    );
  });

  it('the dataset keeps the 2019 snapshot, counted by requesting country, apart from the nationalities', () => {
    const headers = [
      ...page('/data/public-notices-by-nationality/').querySelectorAll('#rows-heading ~ .table-scroll thead th'),
    ].map((th) => th.textContent?.trim());
    expect(headers).toEqual(expect.arrayContaining(['Requesting country', 'Nationality']));
  });
});

describe('a chart of disputed figures in the demo site', () => {
  const disputed = (path: string) =>
    [...page(path).querySelectorAll('figure.chart')].find(
      (f) => f.querySelector('.chart-title')?.textContent === 'Red notices issued per year, 2005–2024',
    )!;
  const cellsOf = (table: Element, year: number) =>
    [
      ...[...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === String(year))!
        .children,
    ].map((cell) => cell.textContent?.trim());

  it('on the story, the table under the line shows both figures for 2011 and 2015, each with its source, as its note says', () => {
    const figure = disputed('/stories/two-decades-of-red-notices/');
    expect(figure.querySelector('.chart-note')?.textContent).toContain('the table shows both');
    const table = figure.querySelector('details table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
    expect(headers).toEqual([
      'Year',
      'Red notices issued',
      'Source',
      'Alternative figure (red notices)',
      'Source of alternative',
    ]);
    expect(cellsOf(table, 2011)).toEqual([
      '2011',
      '7,678',
      'Interpol, via JD Supra',
      '8,136',
      'Fair Trials International',
    ]);
    expect(cellsOf(table, 2015)).toEqual([
      '2015',
      '11,492',
      'Parliamentary Assembly of the Council of Europe',
      '12,878',
      'The Heritage Foundation',
    ]);
    // The source line credits the alternative figures' sources too, now that the table shows them.
    expect(figure.querySelector('.chart-source')?.textContent).toContain('Fair Trials International');
  });

  it("on the dataset's page, the page's own table after the line shows both, as the chart's note says", () => {
    const path = '/data/red-notices-issued/';
    const figure = disputed(path);
    expect(figure.querySelector('.chart-note')?.textContent).toContain('the table shows both');
    expect(figure.querySelector('table')).toBeNull();
    const table = page(path).querySelector('[aria-labelledby="rows-heading"] table')!;
    expect(cellsOf(table, 2011)).toEqual(expect.arrayContaining(['7,678', '8,136', 'Fair Trials International']));
    expect(cellsOf(table, 2015)).toEqual(expect.arrayContaining(['11,492', '12,878', 'The Heritage Foundation']));
    expect(figure.querySelector('.chart-source')?.textContent).toContain('Fair Trials International');
  });
});

describe("the watchdog's deletions in the demo site", () => {
  it('title, table header and summary say what was counted: deletions or cancellations, not notices in one place and cases in another', () => {
    for (const path of ['/stories/the-watchdog-and-its-caseload/', '/data/ccf-decisions/']) {
      const figure = [...page(path).querySelectorAll('figure.chart')].find(
        (f) => f.querySelector('.chart-title')?.textContent === 'The watchdog’s deletions or cancellations, 2011–2024',
      );
      expect(figure, path).toBeDefined();
      // The dataset's page has no table under its chart: the page's own, of every row, follows it.
      if (path.startsWith('/stories/')) {
        expect(figure!.querySelector('details table caption')?.textContent).toContain('deletions or cancellations');
        expect(
          [...figure!.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim()),
          path,
        ).toEqual(['Period', 'Count (deletions or cancellations)']);
      }
      expect(figure!.querySelector('.chart-summary')?.textContent, path).toMatch(
        /^Bar chart of deletions or cancellations by period\./,
      );
      expect(figure!.textContent, path).not.toMatch(/\bcases\b|\bnotices the watchdog\b/i);
    }
  });
});

/** A figure's cells as a page shows them, by the column's header, in row order. */
function columnCells(table: Element, header: string): string[] {
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
  const at = headers.findIndex((text) => text?.startsWith(header));
  return [...table.querySelectorAll('tbody tr')].map((tr) => tr.children[at]?.textContent ?? '');
}
const chartTitled = (path: string, title: string) =>
  [...page(path).querySelectorAll('figure.chart')].find((f) => f.querySelector('.chart-title')?.textContent === title);

describe('rounded and minimum figures in the demo site', () => {
  it('the deletions chart\'s table and bar labels say "about 170" and "at least 322"; an exact figure stays bare', () => {
    const figure = chartTitled(
      '/stories/the-watchdog-and-its-caseload/',
      'The watchdog’s deletions or cancellations, 2011–2024',
    )!;
    expect(columnCells(figure.querySelector('details table')!, 'Count')).toEqual([
      '32',
      'about 170',
      '594',
      '296',
      'at least 322',
    ]);
    const labels = [...figure.querySelectorAll('svg text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['32', 'about 170', 'at least 322']));
  });

  it('the circulation dots\' table and summary say "about 86,000", the highest value, with its qualifier', () => {
    const figure = chartTitled(
      '/stories/two-decades-of-red-notices/',
      'Each count of valid red notices in our sources is higher than the last; the public count is not',
    )!;
    expect(columnCells(figure.querySelector('details table')!, 'Red notices')).toEqual([
      '57,347',
      'about 58,000',
      'about 7,000',
      'about 7,000',
      '62,448',
      '7,136',
      '6,934',
      '74,224',
      'about 86,000',
    ]);
    expect(figure.querySelector('.chart-summary')?.textContent).toContain(
      'Highest: about 86,000 in January 2026 (all valid red notices).',
    );
  });

  it("a dataset's page prints each figure with its qualifier, which needs no column of its own", () => {
    const table = page('/data/ccf-decisions/').querySelector('#rows-heading + .table-scroll table')!;
    expect(columnCells(table, 'Count').filter((cell) => /[a-z]/.test(cell))).toEqual(['about 170', 'at least 322']);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).not.toContain('Qualifier');
  });
});

describe('rounded and minimum figures on a French page', () => {
  let built: BuildResult;
  beforeAll(() => {
    const fixture = makeFixture();
    fixture.write(
      'content/stories/fr/the-watchdog-and-its-caseload.mdx',
      `---
title: 'La commission de contrôle d’Interpol et ses dossiers'
summary: 'Ce que montrent les chiffres de la CCF.'
date: 2026-02-27
authors: ['Rédaction de démonstration']
---

Texte.

<Chart dataset="ccf-decisions" type="bar" x="period" y="value" sort="none" filter={{ "measure": "Deletions or cancellations" }} title="Suppressions" />

<Chart dataset="red-notices-in-circulation" type="dot" x="date" y="count" series="measure" title="En circulation" />

<Chart dataset="rough-counts" type="bar" x="label" y="count" title="Approximations" />
`,
    );
    // A qualifier outside the site's vocabulary, which the dataset does not translate either.
    fixture.write(
      'data/rough-counts.json',
      JSON.stringify({
        ...dataset,
        title: 'Rough counts',
        sources: ['jurist-interpol-files'],
        columns: {
          label: { type: 'string', description: 'A label.', label: 'Label' },
          count: { type: 'integer', description: 'A count.', label: 'Notices' },
          qualifier: { type: 'string', description: 'How the source qualifies the count.', label: 'Qualifier' },
        },
        rows: [
          { label: 'A', count: 12, qualifier: 'roughly' },
          { label: 'B', count: 5, qualifier: null },
        ],
        chart: undefined,
      }),
    );
    built = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
  });

  it('the tables, labels and summaries say « environ » and « au moins » before the figure', () => {
    expect(built.status, built.output).toBe(0);
    const doc = page('/fr/stories/the-watchdog-and-its-caseload/', built.dist);
    const [bars, dots] = [...doc.querySelectorAll('figure.chart')];
    expect(columnCells(bars!.querySelector('details table')!, 'Nombre')).toEqual([
      '32',
      'environ 170',
      '594',
      '296',
      'au moins 322',
    ]);
    expect([...bars!.querySelectorAll('svg text')].map((text) => text.textContent)).toEqual(
      expect.arrayContaining(['environ 170', 'au moins 322']),
    );
    expect(columnCells(dots!.querySelector('details table')!, 'Notices rouges').at(-1)).toBe('environ 86\u202f000');
    expect(dots!.querySelector('.chart-summary')?.textContent).toContain(
      'Maximum\u00a0: environ 86\u202f000 en janvier 2026',
    );
  });

  it('a qualifier left in English is marked as English in the table, the summary and the drawn label', () => {
    const doc = page('/fr/stories/the-watchdog-and-its-caseload/', built.dist);
    const rough = [...doc.querySelectorAll('figure.chart')][2]!;
    const cell = rough.querySelector('details tbody td');
    expect(cell?.textContent).toBe('roughly 12');
    expect(cell?.querySelector('span[lang="en"]')?.textContent).toBe('roughly');
    // Not indexed for French search, as the table's other English words are not.
    expect(cell?.querySelector('span[lang="en"]')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const english = [...rough.querySelectorAll('.chart-summary span[lang="en"]')].map((span) => span.textContent);
    expect(english).toContain('roughly');
    expect(rough.querySelector('.chart-summary')?.textContent).toContain('Maximum\u00a0: roughly 12, A.');
    const label = [...rough.querySelectorAll('svg text')].find((text) => text.textContent === 'roughly 12');
    expect(label?.getAttribute('lang')).toBe('en');
  });
});

describe('the timeline in the demo site', () => {
  it('says what its dashed bars mean: events known only to their year', () => {
    for (const path of ['/stories/safeguards-added-and-quietly-dropped/', '/data/investigation-timeline/']) {
      const figure = [...page(path).querySelectorAll('figure.chart')].find(
        (f) => f.querySelector('.chart-title')?.textContent === 'From the checks on Turkey to the leak',
      )!;
      expect(figure.querySelector('.chart-gaps')?.textContent, path).toBe(
        'A dashed bar spans the year of an event known only to its year.',
      );
      expect(figure.querySelector('svg')?.outerHTML, path).toContain('stroke-dasharray="5,3"');
    }
  });
});

describe('charts in a fixture site', () => {
  let first: BuildResult;
  let second: BuildResult;
  let chartCache: string;

  beforeAll(() => {
    // The same drawing twice on one page (its ids are derived from its inputs): a map whose gap is hatched.
    const fixture = fixtureSite(
      [
        '<Chart dataset="notices" type="bar" x="label" y="count" title="Notices by label" />',
        '<Chart dataset="places" type="map" x="country" y="count" title="Notices by country" />',
        '<Chart dataset="places" type="map" x="country" y="count" title="Notices by country, again" />',
      ].join('\n\n'),
    );
    chartCache = mkdtempSync(join(tmpdir(), 'casefile-chart-cache-'));
    const env = { CASEFILE_CHART_CACHE: chartCache };
    first = runBuild({ dist: fixture.dist, contentRoot: fixture.root, env });
    // With an empty Astro cache, so that every page is rendered again rather than copied (tests/build/incremental.test.ts).
    const astroCache = mkdtempSync(join(tmpdir(), 'casefile-astro-cache-'));
    second = runBuild({
      dist: fixture.dist,
      contentRoot: fixture.root,
      env: { ...env, CASEFILE_CACHE_DIR: astroCache },
    });
  });

  it('the first build draws the charts; a rebuild that renders every page again draws none and reads them all from the cache', () => {
    expect(first.status, first.output).toBe(0);
    const [, rendered, cached] = /charts: (\d+) rendered, (\d+) from cache/.exec(first.output)!.map(Number);
    expect(rendered).toBeGreaterThan(0);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(`charts: 0 rendered, ${rendered! + cached!} from cache`);
  });

  it('two charts of the same drawing on one page define no id twice, and each refers to its own', () => {
    const doc = page('/stories/charts/', first.dist);
    const ids = [...doc.querySelectorAll('[id]')].map((element) => element.getAttribute('id'));
    const inCharts = [...doc.querySelectorAll('figure.chart svg [id]')].map((element) => element.getAttribute('id'));
    expect(inCharts.length).toBeGreaterThan(1);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Every url(#…) in a chart names an id of that chart.
    for (const figure of doc.querySelectorAll('figure.chart')) {
      const own = new Set([...figure.querySelectorAll('svg [id]')].map((element) => element.getAttribute('id')));
      const referred = [...figure.innerHTML.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
      expect(referred.filter((id) => !own.has(id!))).toEqual([]);
    }
  });

  it('a label that looks like markup appears as text in the chart, the summary and the table', () => {
    const html = readFileSync(join(first.dist, 'stories/charts/index.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    const doc = page('/stories/charts/', first.dist);
    const figure = doc.querySelector('figure.chart')!;
    expect([...figure.querySelectorAll('svg text')].map((text) => text.textContent)).toContain(hostile);
    expect(figure.querySelector('.chart-summary')?.textContent).toBe(
      `Bar chart of notices by label. Highest: 5 for Other. Lowest: 3 for ${hostile}. No data for Plain.`,
    );
    expect([...figure.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Other', hostile, 'Plain']);
    expect(figure.querySelector('img')).toBeNull();
  });
});

describe('a chart option known only at render time', () => {
  it('fails the build with the story file, the chart title and the field', () => {
    const fixture = fixtureSite(
      '<Chart dataset="notices" type="line" x="year" y={["cou", "nts"].join("")} title="Broken chart" />',
    );
    const result = runBuild({
      dist: fixture.dist,
      contentRoot: fixture.root,
      env: { CASEFILE_CHART_CACHE: mkdtempSync(join(tmpdir(), 'casefile-chart-cache-')) },
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'content/stories/charts.mdx: line 9: <Chart> "Broken chart" y: the dataset has no column "counts": did you mean "count"? (columns: label, year, count)',
    );
  });
});

describe('a map with an unknown country code', () => {
  it('stops the build before Astro runs, naming the story, the chart, the code and its row', () => {
    const fixture = fixtureSite('<Chart dataset="places" type="map" x="country" y="count" title="Where" />');
    fixture.write(
      'data/places.json',
      JSON.stringify({
        ...dataset,
        columns: {
          country: { type: 'string', description: 'A code.' },
          count: { type: 'integer', description: 'A count.' },
        },
        rows: [
          { country: 'FR', count: 1 },
          { country: 'ZZ', count: 2 },
        ],
        chart: undefined,
      }),
    );
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'content/stories/charts.mdx: line 9: <Chart> "Where" x: unknown country code "ZZ" in rows[1].country: expected an ISO 3166-1 alpha-2 code such as "FR"',
    );
  });
});
