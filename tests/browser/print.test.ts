/**
 * The site on paper, in Chromium's print media at the width of an A4 page's text (about 700 CSS pixels): a chart's
 * data, folded on screen, is printed under it without the control that unfolds it, and no table is wider than the
 * page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { chartPages, describeBrowser, launchBrowser, watchPage, type PageWatch } from '../helpers/browser.ts';
import { demoDist, readBuilt } from '../helpers/site.ts';

/** A4's width less 2 cm margins, in CSS pixels (96 per inch). */
const paper = Math.floor(((210 - 40) / 25.4) * 96);
/** A4's width less Chromium's default margins (0.4 inch each side), in CSS pixels. */
const chromiumPaper = Math.floor((210 / 25.4 - 0.8) * 96);

/**
 * The pages (from 1) each link of a PDF printed by Chromium is on, by the link's address: Chromium writes a page's
 * links as annotations it lists on the page, in plain (uncompressed) objects.
 */
function linkPages(pdf: Buffer): Map<string, number[]> {
  const text = pdf.toString('latin1');
  const objects = new Map([...text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)].map((m) => [m[1]!, m[2]!]));
  const refs = (list: string) => [...list.matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
  // The page tree's leaves, in order.
  const pages = [...text.matchAll(/\/Kids \[([^\]]*)\]/g)]
    .flatMap((m) => refs(m[1]!))
    .filter((id) => /\/Type \/Page\b(?!s)/.test(objects.get(id) ?? ''));
  const found = new Map<string, number[]>();
  pages.forEach((id, index) => {
    for (const annotation of refs(objects.get(id)!.match(/\/Annots \[([^\]]*)\]/)?.[1] ?? '')) {
      const address = objects.get(annotation)?.match(/\/URI \(([^)]*)\)/)?.[1];
      if (address) found.set(address, [...(found.get(address) ?? []), index + 1]);
    }
  });
  return found;
}

/** Every HTML page of the demo build, as URL paths ("/", "/fr/countries/ru/"). */
function builtPages(dir = demoDist, path = '/'): string[] {
  const below = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['_astro', 'pagefind', 'og'].includes(entry.name))
    .flatMap((entry) => builtPages(join(dir, entry.name), `${path}${entry.name}/`));
  return existsSync(join(dir, 'index.html')) ? [path, ...below] : below;
}

describeBrowser('the site in print', () => {
  let browser: Browser;
  let server: SiteServer;
  let context: BrowserContext;
  let tab: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    context = await browser.newContext({ viewport: { width: paper, height: 1000 } });
    tab = await context.newPage();
    await tab.emulateMedia({ media: 'print' });
    watch = await watchPage(tab, server.origin);
  });
  /** The dataset pages the data catalogue (open in the tab) links to. */
  async function datasetPaths(): Promise<string[]> {
    const paths = await tab.$$eval('main a[href^="/data/"]', (links) => [
      ...new Set(
        links
          .map((link) => new URL((link as HTMLAnchorElement).href).pathname)
          .filter((path) => /^\/data\/[^/]+\/$/.test(path) && !path.startsWith('/data/page/')),
      ),
    ]);
    expect(paths.length, 'dataset pages').toBeGreaterThan(3);
    return paths;
  }

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it("prints each chart's data table under the chart, without the control that unfolds it on screen", async () => {
    await tab.goto(`${server.origin}/stories/the-interpol-files/`);
    const charts = await tab.$$eval('figure.chart', (figures) =>
      figures.map((figure) => {
        const table = figure.querySelector('details.chart-data table');
        const summary = figure.querySelector('details.chart-data > summary');
        return {
          table: table?.checkVisibility() ? table.getBoundingClientRect().height : 0,
          rows: table ? table.querySelectorAll('tbody tr').length : 0,
          summary: summary ? summary.getBoundingClientRect().height : -1,
        };
      }),
    );
    expect(charts.length, 'charts on the story').toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.rows).toBeGreaterThan(0);
      expect(chart.table).toBeGreaterThan(chart.rows * 10);
      expect(chart.summary).toBe(0);
    }
    // On screen, the data stays folded.
    await tab.emulateMedia({ media: 'screen' });
    const shown = await tab.$$eval('figure.chart details.chart-data table', (tables) =>
      tables.map((table) => table.checkVisibility()),
    );
    await tab.emulateMedia({ media: 'print' });
    expect(shown.length).toBe(charts.length);
    expect(shown.every((visible) => !visible)).toBe(true);
    expect(watch.problems).toEqual([]);
  });

  // On A4 with 2 cm margins, a chart whose drawing did not fit at a page's foot left its title, subtitle and legend
  // there and printed the drawing on the next page: on five of the ten dataset pages and on two stories (every chart
  // of "Two decades of red notices"). Under each story's chart "Download the data: CSV, JSON" was printed too. Each chart's title and
  // drawing are marked in the test by a link of their own, and the PDF says which page each link is on.
  it("prints each chart's title and legend on the page of its drawing, and not the links to its files, on every page with a chart", async () => {
    const pages = chartPages();
    expect(pages.length).toBeGreaterThan(10);
    const apart: string[] = [];
    let charts = 0;
    for (const path of pages) {
      await tab.goto(server.origin + path);
      const marked = await tab.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((figure, n) => {
          const mark = (element: Element, part: string) => {
            const link = document.createElement('a');
            link.href = `https://chart.invalid/${n}/${part}`;
            link.append(...element.childNodes);
            element.append(link);
          };
          const parts = [figure.querySelector('.chart-head .chart-title'), figure.querySelector('.chart-legend')];
          for (const [i, part] of parts.entries()) if (part) mark(part, i === 0 ? 'title' : 'legend');
          const drawing = [...figure.querySelectorAll('.chart-drawing > *')].find((box) => box.checkVisibility());
          if (drawing) mark(drawing, 'drawing');
          const download = figure.querySelector('.chart-download');
          return { n, legend: parts[1] !== null, download: download ? download.checkVisibility() : false };
        }),
      );
      const links = linkPages(
        await tab.pdf({ format: 'A4', margin: { top: '2cm', right: '2cm', bottom: '2cm', left: '2cm' } }),
      );
      for (const { n, legend, download } of marked) {
        charts += 1;
        const on = (part: string) => [...new Set(links.get(`https://chart.invalid/${n}/${part}`))].join(', ');
        const drawing = on('drawing');
        expect(drawing, `${path}: chart ${n + 1}'s drawing`).toMatch(/^\d+$/);
        for (const part of legend ? ['title', 'legend'] : ['title'])
          if (on(part) !== drawing)
            apart.push(`${path}: chart ${n + 1}'s ${part} on page ${on(part)}, its drawing on ${drawing}`);
        if (download) apart.push(`${path}: chart ${n + 1}'s download links are printed`);
      }
    }
    expect(charts).toBeGreaterThan(pages.length);
    expect(apart).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  // A list of pages (the home page's latest stories, a country's stories and case files, the data catalogue, a dataset's
  // stories) printed a card's title at a page's foot and its summary and date on the next: 24 cards on 17 pages.
  it('prints each card of a list of pages whole, on one page, on every page with such a list', async () => {
    const pages = builtPages().filter((path) => readBuilt(path).includes('class="card'));
    expect(pages.length).toBeGreaterThan(20);
    const split: string[] = [];
    let cards = 0;
    for (const path of pages) {
      await tab.goto(server.origin + path);
      // Each printed card's title link is pointed at a marker, and its last line (a date, a count) wrapped in another.
      const count = await tab.evaluate(
        () =>
          [...document.querySelectorAll('.card')]
            .filter((card) => card.checkVisibility())
            .map((card, n) => {
              card.querySelector('a')!.href = `https://card.invalid/${n}/title`;
              const link = document.createElement('a');
              link.href = `https://card.invalid/${n}/end`;
              link.append(...card.lastElementChild!.childNodes);
              card.lastElementChild!.append(link);
            }).length,
      );
      const links = linkPages(
        await tab.pdf({ format: 'A4', margin: { top: '2cm', right: '2cm', bottom: '2cm', left: '2cm' } }),
      );
      for (let n = 0; n < count; n++) {
        const on = [
          ...new Set(['title', 'end'].flatMap((part) => links.get(`https://card.invalid/${n}/${part}`) ?? [])),
        ];
        expect(on.length, `${path}: card ${n + 1} printed`).toBeGreaterThan(0);
        if (on.length > 1) split.push(`${path}: card ${n + 1} on pages ${on.join(', ')}`);
      }
      cards += count;
    }
    expect(cards).toBeGreaterThan(pages.length);
    expect(split).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it("prints a dataset page's rows once: the table of every row, not the chart's data table above it too", async () => {
    await tab.goto(`${server.origin}/data/`);
    const datasets = await datasetPaths();
    const printed: string[] = [];
    for (const path of datasets) {
      await tab.goto(server.origin + path);
      const tables = await tab.$$eval('main table', (tables) =>
        tables
          .filter((table) => table.checkVisibility())
          .map((table) =>
            table.closest('figure.chart')
              ? 'chart'
              : (table.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') ?? '?'),
          ),
      );
      printed.push(`${path}: ${tables.join(', ')}`);
    }
    expect(
      printed.filter((line) => /\bchart\b/.test(line)),
      "dataset pages printing a chart's data table",
    ).toEqual([]);
    expect(
      printed.every((line) => line.endsWith(': rows-heading, columns-heading')),
      printed.join('\n'),
    ).toBe(true);
    expect(watch.problems).toEqual([]);
  });

  it("prints a link's address once: after a title, not again after a link whose text is the address", async () => {
    // A story's and a case's sources, and the site's list of every source.
    for (const path of [
      '/stories/the-interpol-files/',
      '/cases/igor-pestrikov/',
      '/fr/stories/the-interpol-files/',
      '/sources/',
      '/fr/sources/',
    ]) {
      await tab.goto(server.origin + path);
      const links = await tab.$$eval('main a[href^="http"]', (links) =>
        links
          .filter((link) => link.checkVisibility())
          .map((link) => ({
            text: link.textContent!.trim(),
            href: link.getAttribute('href')!,
            after: getComputedStyle(link, '::after').content,
          })),
      );
      // The address as a link's text shows it without its scheme, "www." or a last slash (src/lib/source-address.ts).
      const bare = (address: string) => address.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
      const addresses = links.filter((link) => bare(link.href) === bare(link.text));
      const titles = links.filter((link) => bare(link.href) !== bare(link.text));
      expect(addresses.length, `${path}: links that show their address`).toBeGreaterThan(0);
      expect(titles.length, `${path}: links with a title`).toBeGreaterThan(0);
      for (const link of addresses) expect(link.after, `${path}: ${link.text}`).not.toContain(link.href);
      for (const link of titles) expect(link.after, `${path}: ${link.text}`).toContain(link.href);
    }
    expect(watch.problems).toEqual([]);
  });

  // The rule that keeps a story's lists of countries, cases, datasets and related pages off paper matched any element
  // of the article's footer left out of the search index, and so a source's title or publisher in another language
  // (SourceTitle, SourcePublisher): on the French story nine sources of ten printed as "Disclose, (adresse non relevée…".
  it('prints each source of a story or case file whole, its title and publisher in another language too', async () => {
    const missing: string[] = [];
    let foreign = 0;
    for (const path of [
      '/stories/the-interpol-files/',
      '/fr/stories/the-interpol-files/',
      '/cases/igor-pestrikov/',
      '/fr/cases/igor-pestrikov/',
    ]) {
      await tab.goto(server.origin + path);
      const sources = await tab.$$eval('.article-footer .sources li', (items) =>
        items.map((item) => ({
          id: item.id,
          foreign: item.querySelectorAll('[lang]').length,
          // The links back to the notes are left off paper on purpose (a test below).
          hidden: [...item.querySelectorAll('*')]
            .filter(
              (element) => element.textContent!.trim() && !element.checkVisibility() && !element.closest('.backlinks'),
            )
            .map((element) => element.textContent!.trim().slice(0, 40)),
        })),
      );
      expect(sources.length, `${path}: sources listed`).toBeGreaterThan(0);
      for (const source of sources) {
        foreign += source.foreign;
        for (const text of source.hidden) missing.push(`${path}#${source.id}: "${text}"`);
      }
    }
    // Both languages' pages cite sources titled in the other: the test looks at such titles.
    expect(foreign, 'titles and publishers in another language').toBeGreaterThan(5);
    expect(missing).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it("leaves a story's lists of countries, case files, datasets and related pages off paper, and its sources on it", async () => {
    await tab.goto(`${server.origin}/stories/the-interpol-files/`);
    const sections = await tab.$$eval('.article-footer > section', (sections) =>
      sections.map(
        (section) =>
          `${section.getAttribute('aria-labelledby')}: ${section.checkVisibility() ? 'printed' : 'not printed'}`,
      ),
    );
    expect(sections).toEqual([
      'countries-heading: not printed',
      'cases-heading: not printed',
      'datasets-heading: not printed',
      'sources-heading: printed',
      'related-heading: not printed',
    ]);
  });

  // On paper a link back to a note leads nowhere: the sources are printed without their "↩" links, the notes with.
  it('prints the sources list without its links back to the notes', async () => {
    await tab.goto(`${server.origin}/stories/the-interpol-files/`);
    const printed = await tab.$$eval('.sources a.backlink', (links) => ({
      links: links.length,
      printed: links.filter((link) => link.checkVisibility()).length,
    }));
    expect(printed.links).toBeGreaterThan(1);
    expect(printed.printed).toBe(0);
    expect(await tab.locator('main sup.cite a').first().isVisible()).toBe(true);
  });

  it('prints the address of each source a dataset page lists, once: after a title, not after a link whose text is the address', async () => {
    await tab.goto(`${server.origin}/data/`);
    const bare = (address: string) => address.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
    const [titles, addresses]: [string[], string[]] = [[], []];
    for (const path of await datasetPaths()) {
      await tab.goto(server.origin + path);
      const links = await tab.$$eval('main .facts-box a[href^="http"]', (links) =>
        links.map((link) => ({
          text: link.textContent!.trim(),
          href: link.getAttribute('href')!,
          after: getComputedStyle(link, '::after').content,
        })),
      );
      for (const link of links) {
        const shown = bare(link.href) === bare(link.text);
        (shown ? addresses : titles).push(`${path}: ${link.text}`);
        if (shown) expect(link.after, `${path}: ${link.text}`).not.toContain(link.href);
        else expect(link.after, `${path}: ${link.text}`).toContain(link.href);
      }
    }
    // The demo's datasets list sources of both kinds: titles linking their documents, and addresses of publishers.
    expect(titles.length, 'sources listed under a title').toBeGreaterThan(0);
    expect(addresses.length, 'sources listed by their address').toBeGreaterThan(0);
    expect(watch.problems).toEqual([]);
  });

  it("prints chart text at 8.5 pt or more with 2 cm margins, and at 9 pt or more with Chromium's own margins", async () => {
    const smallest: Record<string, number> = {};
    for (const [width, least] of [
      [paper, 8.5],
      [chromiumPaper, 9],
    ] as const) {
      const printed = await browser.newContext({ viewport: { width, height: 1000 } });
      const page = await printed.newPage();
      await page.emulateMedia({ media: 'print' });
      for (const path of chartPages()) {
        await page.goto(server.origin + path);
        // Each label's size on paper: its font size scaled by the drawing (its box on the page over its box in the
        // drawing's own units). A map has no text.
        const sizes = await page.$$eval('figure.chart svg text', (texts) =>
          (texts as SVGTextElement[])
            .filter((text) => text.checkVisibility() && text.getBBox().height > 0)
            .map(
              (text) =>
                ((text.getBoundingClientRect().height / text.getBBox().height) *
                  parseFloat(getComputedStyle(text).fontSize) *
                  72) /
                96,
            ),
        );
        if (sizes.length > 0) smallest[`${path} at ${width} px`] = Math.min(...sizes);
      }
      await printed.close();
      // To a tenth of a point: the drawing is 680 units wide, so 2 cm margins (642 px) print its 12 px text at 8.497 pt.
      const small = Object.entries(smallest).filter(
        ([key, size]) => key.endsWith(` at ${width} px`) && Number(size.toFixed(1)) < least,
      );
      expect(Object.fromEntries(small), `chart text under ${least} pt`).toEqual({});
    }
    expect(Object.keys(smallest).length).toBeGreaterThan(5);
  });

  it('keeps every dataset page and the story with the widest tables within the width of the page', async () => {
    await tab.goto(`${server.origin}/data/`);
    const datasets = await datasetPaths();
    expect(datasets.length, 'dataset pages').toBeGreaterThan(3);
    for (const path of [...datasets, '/stories/the-interpol-files/', '/fr/cases/']) {
      await tab.goto(server.origin + path);
      const widest = await tab.evaluate(() =>
        Math.max(
          document.documentElement.scrollWidth,
          ...[...document.querySelectorAll('table')].map((table) => Math.ceil(table.getBoundingClientRect().right)),
        ),
      );
      expect(widest, path).toBeLessThanOrEqual(paper);
    }
    expect(watch.problems).toEqual([]);
  });
});
