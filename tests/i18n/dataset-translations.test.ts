/**
 * A French page showing a dataset that is translated only in part: what the translation gives is French and
 * unmarked, what it leaves out stays English and is marked with lang="en", from the data catalog down to the words of
 * a chart's summary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../pages/fixture-site.ts';
import { openSearchProbe } from '../../src/build/search-probe.ts';

const site = buildFixture({
  edit: (root) => {
    const file = join(root, 'data/red-notices-issued.json');
    const dataset = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    // The title and the year column are translated; the "issued" column only by its unit.
    dataset.corrections = [{ date: '2026-02-02', text: 'An earlier version gave the 2005 figure as 2,433.' }];
    // Its chart's title is translated, its subtitle and note are not.
    dataset.chart = {
      ...(dataset.chart as object),
      subtitle: 'Red notices issued by Interpol',
      note: 'Sources disagree for 2011.',
    };
    dataset.translations = {
      fr: {
        chart: { title: 'Notices rouges émises par an' },
        title: 'Notices rouges émises',
        columns: { year: { label: 'Année' }, issued: { unit: 'notices rouges' } },
        corrections: { '2026-02-02': 'Une version précédente donnait 2 433 pour 2005.' },
      },
    };
    writeFileSync(file, JSON.stringify(dataset));
    // A dataset whose description alone is translated.
    const decisionsFile = join(root, 'data/ccf-decisions.json');
    const decisions = JSON.parse(readFileSync(decisionsFile, 'utf8')) as Record<string, unknown>;
    decisions.translations = {
      fr: { description: 'Les demandes que la Commission de contrôle des fichiers a tranchées.' },
    };
    writeFileSync(decisionsFile, JSON.stringify(decisions));
    // A dataset with a text series, one of its two values translated.
    writeFileSync(
      join(root, 'data/refusals-by-ground.json'),
      JSON.stringify({
        title: 'Refusals by ground',
        description: 'Requests Interpol refused, by the ground it gave.',
        sources: ['pace-14277'],
        license: 'CC BY 4.0',
        updated: '2026-02-01',
        columns: {
          year: { type: 'integer', description: 'Year' },
          ground: { type: 'string', description: 'The ground given', label: 'Ground' },
          count: { type: 'integer', description: 'Requests refused', label: 'Refused' },
        },
        rows: [
          { year: 2021, ground: 'Article 3', count: 100 },
          { year: 2021, ground: 'Other grounds', count: 40 },
          { year: 2022, ground: 'Article 3', count: 102 },
          { year: 2022, ground: 'Other grounds', count: 45 },
        ],
        corrections: [{ date: '2026-02-03', text: 'An earlier version left out 2021.' }],
        translations: {
          fr: {
            columns: {
              ground: { label: 'Motif', values: { 'Article 3': 'Article 3 (neutralité)' } },
              count: { label: 'Refusées' },
            },
          },
        },
      }),
    );
    // A dataset whose rows are named by an id: identifiers, in no language, where its words are English.
    writeFileSync(
      join(root, 'data/refusal-cases.json'),
      JSON.stringify({
        title: 'Refusal cases',
        description: 'Cases Interpol refused, by their number.',
        sources: ['pace-14277'],
        license: 'CC BY 4.0',
        updated: '2026-02-01',
        columns: {
          id: { type: 'string', description: 'The case number' },
          outcome: { type: 'string', description: 'What became of the request' },
        },
        rows: [
          { id: 'ccf-2021-01', outcome: 'Refused' },
          { id: 'ccf-2021-02', outcome: 'Deleted' },
        ],
        translations: { fr: { title: 'Dossiers refusés' } },
      }),
    );
    mkdirSync(join(root, 'content/stories/fr'), { recursive: true });
    writeFileSync(
      join(root, 'content/stories/fr/the-files.mdx'),
      '---\ntitle: Les fichiers\nsummary: Ce que montrent les fichiers.\ndate: 2026-01-27\n---\n\n' +
        '<Chart dataset="red-notices-issued" type="line" x="year" y="issued" title="Notices émises par an" />\n\n' +
        '<Chart dataset="refusals-by-ground" type="line" x="year" y="count" series="ground" title="Refus par motif" />\n\n' +
        '<Chart dataset="refusals-by-ground" type="bar" x="ground" y="count" filter={{ "year": 2021 }} title="Refus en 2021" />\n',
    );
  },
});
afterAll(() => site.remove());

describe('a dataset translated in part, on a French page', () => {
  it('builds', () => {
    expect(site.result.status, site.result.output).toBe(0);
  });

  it("marks in the chart's summary and table only the label left in English", () => {
    const chart = site.page('/fr/stories/the-files/').querySelector('figure.chart')!;
    const summary = chart.querySelector('.chart-summary')!;
    expect(
      [...summary.querySelectorAll('[lang]')].map((span) => [span.textContent, span.getAttribute('lang')]),
    ).toEqual([['issued', 'en']]);
    // The label does not say the unit, so the summary names it, as the table's header does (in French: translated).
    expect(summary.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /^Courbe : issued \(notices rouges\), par année/,
    );
    const headers = [...chart.querySelectorAll('thead th')].map((th) => [
      th.textContent?.trim(),
      th.getAttribute('lang'),
    ]);
    expect(headers).toEqual([
      ['Année', null],
      ['issued (notices rouges)', 'en'],
    ]);
    expect(chart.querySelector('thead .unit')?.getAttribute('lang')).toBe('fr');
  });

  it("marks the legend's series values left in English, not the translated ones", () => {
    const chart = [...site.page('/fr/stories/the-files/').querySelectorAll('figure.chart')][1]!;
    const items = [...chart.querySelectorAll('.chart-legend li')].map((li) => [
      li.textContent,
      li.getAttribute('lang'),
    ]);
    expect(items).toEqual([
      ['Article 3 (neutralité)', null],
      ['Other grounds', 'en'],
    ]);
  });

  it("marks the bar chart's category left in English where the drawing shows it, in its narrow and wide SVG", () => {
    const chart = [...site.page('/fr/stories/the-files/').querySelectorAll('figure.chart')][2]!;
    for (const variant of ['narrow', 'wide']) {
      const labels = [...chart.querySelectorAll(`[data-chart-variant="${variant}"] svg text`)].filter((text) =>
        /\p{L}/u.test(text.textContent!),
      );
      expect(
        labels.map((text) => [text.textContent, text.getAttribute('lang')]),
        variant,
      ).toEqual([
        ['Article 3 (neutralité)', null],
        ['Other grounds', 'en'],
      ]);
    }
  });

  it("prints a dataset's corrections in French where it translates them, and marks the others as English", () => {
    const items = [...site.page('/fr/stories/the-files/').querySelectorAll('.corrections li')];
    expect(
      items.map((li) => [
        li.querySelector('a')?.textContent,
        li.querySelector(':scope > span:last-child')?.textContent,
        li.querySelector(':scope > span:last-child')?.getAttribute('lang'),
      ]),
    ).toEqual([
      ['Refusals by ground', 'An earlier version left out 2021.', 'en'],
      // Typeset as French: the figure's groups joined by Intl's narrow no-break space.
      ['Notices rouges émises', 'Une version précédente donnait 2\u202f433 pour 2005.', null],
    ]);
    const listed = [...site.page('/fr/corrections/').querySelectorAll('.correction-list li')].filter((li) =>
      li.querySelector('a[href^="/fr/data/"]'),
    );
    expect(
      listed.map((li) => [
        li.querySelector('h2')?.textContent,
        li.querySelector('h2')?.getAttribute('lang'),
        li.querySelector('p:last-child')?.textContent,
        li.querySelector('p:last-child')?.getAttribute('lang'),
      ]),
    ).toEqual([
      ['Refusals by ground', 'en', 'An earlier version left out 2021.', 'en'],
      ['Notices rouges émises', null, 'Une version précédente donnait 2\u202f433 pour 2005.', null],
    ]);
  });

  it('marks in the French data catalog the titles and descriptions left in English, not the translated ones', () => {
    const cards = [...site.page('/fr/data/').querySelectorAll('.card-list > li')];
    const card = (id: string) => {
      const item = cards.find((li) => li.querySelector(`h2 a[href="/fr/data/${id}/"]`));
      const [title, description] = [item?.querySelector('h2'), item?.querySelector('h2 + p')];
      return [
        title?.textContent,
        title?.getAttribute('lang'),
        description?.textContent,
        description?.getAttribute('lang'),
      ];
    };
    expect(card('refusals-by-ground')).toEqual([
      'Refusals by ground',
      'en',
      'Requests Interpol refused, by the ground it gave.',
      'en',
    ]);
    expect(card('red-notices-issued')).toEqual([
      'Notices rouges émises',
      null,
      expect.stringMatching(/^Red notices Interpol issued each year/),
      'en',
    ]);
    expect(card('ccf-decisions')).toEqual([
      'CCF decisions',
      'en',
      'Les demandes que la Commission de contrôle des fichiers a tranchées.',
      null,
    ]);
  });

  it('keeps the words it leaves in English out of the French search index, and indexes the French ones', async () => {
    const probe = await openSearchProbe(site.published, 'fr');
    try {
      const [story] = await probe.search('fichiers');
      expect(story?.url).toBe('/fr/stories/the-files/');
      // The table's translated header and value and the chart's French summary are this page's words...
      expect(story!.content).toContain('Motif');
      expect(story!.content).toContain('Article 3 (neutralité)');
      expect(story!.content).toMatch(/Courbe : +\(notices rouges\), par année/);
      // ...not the value, header and summary label left in English (marked lang="en" on the page).
      expect(site.page('/fr/stories/the-files/').querySelector('td[lang="en"]')?.textContent).toBe('Other grounds');
      expect(story!.content).not.toContain('Other grounds');
      expect(story!.content).not.toMatch(/\bissued\b/);
      expect((await probe.search('grounds')).map((r) => r.url)).not.toContain('/fr/stories/the-files/');
    } finally {
      await probe.close();
    }
  });

  it('names a download link after a dataset title left in English with that title marked, not in an aria-label, which cannot carry its language', () => {
    /** What a screen reader announces for a link: its aria-label, else its text less what is hidden from it; and the languages marked in it. */
    const named = (link: Element) => {
      const copy = link.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      const name = (link.getAttribute('aria-label') ?? copy.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
      return [name, [...copy.querySelectorAll('[lang]')].map((el) => `${el.getAttribute('lang')}: ${el.textContent}`)];
    };
    const story = site.page('/fr/stories/the-files/');
    const catalog = site.page('/fr/data/');
    for (const doc of [story, catalog]) {
      const links = [...doc.querySelectorAll('main a[href="/data/refusals-by-ground.csv"]')];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(named(link)).toEqual(['Refusals by ground au format CSV', ['en: Refusals by ground']]);
        expect(link.getAttribute('aria-label')).toBeNull();
      }
    }
    // The chart's link to the dataset's page too; a translated title stays in an aria-label, unmarked.
    expect(named(story.querySelector('.chart-download a[href="/fr/data/refusals-by-ground/"]')!)).toEqual([
      'À propos de ce jeu de données\u00a0: Refusals by ground',
      ['en: Refusals by ground'],
    ]);
    expect(named(catalog.querySelector('a[href="/data/red-notices-issued.csv"]')!)).toEqual([
      'Notices rouges émises au format CSV',
      [],
    ]);
  });

  it('names the dataset in French where the page lists it, and links its French page', () => {
    const link = site
      .page('/fr/stories/the-files/')
      .querySelector('a[href="/fr/data/red-notices-issued/"]:not(.chart a)');
    expect([link?.textContent, link?.getAttribute('lang'), link?.getAttribute('hreflang')]).toEqual([
      'Notices rouges émises',
      null,
      null,
    ]);
  });

  // A French reader who followed "voir les données" landed on the English page: its interface, its title and the
  // header's switcher in English (the switcher's « Français » led to the French home page), though the dataset
  // translates its title. Each dataset has its page in French, linked both ways with its English one.
  it('gives each dataset its French page: the interface in French, the translations unmarked, the English marked', () => {
    const french = site.page('/fr/data/red-notices-issued/');
    expect(french.documentElement.getAttribute('lang')).toBe('fr');
    const h1 = french.querySelector('h1')!;
    expect([h1.textContent, h1.getAttribute('lang')]).toEqual(['Notices rouges émises', null]);
    expect(french.querySelector('#rows-heading')?.textContent).toBe('Les données');
    expect([...french.querySelectorAll('.facts-box dt')].map((dt) => dt.textContent)).toContain('Télécharger');
    // Its description, not translated, is English and marked so, and left out of the French search index.
    const description = french.querySelector('.page-header .description')!;
    expect([description.getAttribute('lang'), description.hasAttribute('data-pagefind-ignore')]).toEqual(['en', true]);
    // The downloads are the dataset's, the same for both languages.
    expect(french.querySelector('.facts-box a[download]')?.getAttribute('href')).toBe('/data/red-notices-issued.csv');
    // Each page names the other as its translation: hreflang alternates and the language switcher.
    const alternates = (doc: Document) =>
      [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute('hreflang'),
        new URL(link.getAttribute('href')!).pathname,
      ]);
    const english = site.page('/data/red-notices-issued/');
    for (const doc of [english, french])
      expect(alternates(doc)).toEqual([
        ['en', '/data/red-notices-issued/'],
        ['fr', '/fr/data/red-notices-issued/'],
        ['x-default', '/data/red-notices-issued/'],
      ]);
    expect(french.querySelector('.language-switcher a[hreflang="en"]')?.getAttribute('href')).toBe(
      '/data/red-notices-issued/',
    );
    expect(english.querySelector('.language-switcher a[hreflang="fr"]')?.getAttribute('href')).toBe(
      '/fr/data/red-notices-issued/',
    );
    // A dataset whose title is not translated keeps it in English, marked, on its French page.
    const untranslated = site.page('/fr/data/refusals-by-ground/').querySelector('h1')!;
    expect([untranslated.textContent, untranslated.getAttribute('lang')]).toEqual(['Refusals by ground', 'en']);
  });

  it('is found in the French search on its French page, its untranslated title marked English', async () => {
    const search = await openSearchProbe(site.published, 'fr');
    try {
      const results = await search.search(null, { kind: 'dataset' });
      const byUrl = new Map(results.map((result) => [result.url, result]));
      expect(byUrl.get('/fr/data/red-notices-issued/')?.meta).toMatchObject({ title: 'Notices rouges émises' });
      expect(byUrl.get('/fr/data/red-notices-issued/')?.meta.title_lang).toBeUndefined();
      expect(byUrl.get('/fr/data/refusals-by-ground/')?.meta).toMatchObject({
        title: 'Refusals by ground',
        title_lang: 'en',
      });
      expect(results.filter((result) => !result.url.startsWith('/fr/'))).toEqual([]);
    } finally {
      await search.close();
    }
  });

  it("titles a dataset's own chart in French where its translation gives the title, and marks the subtitle and note it leaves in English", () => {
    const chart = site.page('/fr/data/red-notices-issued/').querySelector('.dataset-chart .chart')!;
    const title = chart.querySelector('.chart-title')!;
    expect([title.textContent, title.getAttribute('lang'), title.hasAttribute('data-pagefind-ignore')]).toEqual([
      'Notices rouges émises par an',
      null,
      false,
    ]);
    // The drawing is named by the title shown.
    expect(chart.querySelector(`svg[aria-labelledby="${title.id}"], [aria-labelledby~="${title.id}"]`)).not.toBeNull();
    const subtitle = chart.querySelector('.chart-subtitle')!;
    expect([
      subtitle.textContent,
      subtitle.getAttribute('lang'),
      subtitle.hasAttribute('data-pagefind-ignore'),
    ]).toEqual(['Red notices issued by Interpol', 'en', true]);
    const note = chart.querySelector('.chart-note span[lang]');
    expect([note?.textContent, note?.getAttribute('lang')]).toEqual(['Sources disagree for 2011.', 'en']);
    // On the English page, as written and unmarked.
    const english = site.page('/data/red-notices-issued/').querySelector('.dataset-chart .chart')!;
    expect([english.querySelector('.chart-title')?.textContent, english.querySelectorAll('[lang]').length]).toEqual([
      'Red notices issued per year',
      0,
    ]);
  });

  it('leaves an id column and its name unmarked on the French page, in no language, and marks the English words beside them', () => {
    const table = site.page('/fr/data/refusal-cases/').querySelector('section[aria-labelledby="rows-heading"] table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => [
      th.textContent?.trim(),
      th.getAttribute('lang'),
    ]);
    expect(headers).toEqual([
      ['id', null],
      ['outcome', 'en'],
    ]);
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => [cell.textContent?.trim(), cell.getAttribute('lang')]),
    );
    expect(cells).toEqual([
      [
        ['ccf-2021-01', null],
        ['Refused', 'en'],
      ],
      [
        ['ccf-2021-02', null],
        ['Deleted', 'en'],
      ],
    ]);
  });
});
