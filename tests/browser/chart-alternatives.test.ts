/**
 * A chart's text alternatives on a phone (360 px), in both languages: what a screen reader reads of a chart comes in
 * the order a sighted reader meets it (its title, the drawing as one image, the summary, then the data behind a
 * button, which a dataset's own page leaves to its table of every row), the data opens from the keyboard into a
 * labelled region, and the widest table of the demo scrolls sideways inside that region, by keyboard too, while the
 * page itself never does.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { chartPages, describeBrowser, horizontalOverflow, launchBrowser, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

const pages = chartPages();
const languages = [
  ['English', pages.filter((path) => !path.startsWith('/fr/'))],
  ['French', pages.filter((path) => path.startsWith('/fr/'))],
] as const;

/** Opens every chart's data on the page, as a reader would one by one. */
function openAllData(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('figure details')) details.open = true;
  });
}

/** A dataset's own page, in any language, whose chart has no data of its own: the page's table follows it. */
const datasetPage = /^(?:\/[a-z]{2}(?:-[a-z]+)?)?\/data\/[^/]+\/$/;

/**
 * What is wrong with the chart of a dataset's own page: it reads its title, then the drawing as one image, then its
 * summary, and holds no table or control to show one; the page's table of every row, in its labelled box, comes next.
 */
async function ownDatasetChart(
  figure: Locator,
  { at, title, summary }: { at: string; title: string; summary: string },
): Promise<string[]> {
  const problems: string[] = [];
  const held = await figure.evaluate((element) => ({
    controls: element.querySelectorAll('details, table, .chart-download').length,
    next: (() => {
      const box = document.querySelector('[aria-labelledby="rows-heading"] .table-scroll');
      return !!box && !!(element.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING);
    })(),
  }));
  if (held.controls > 0) problems.push(`${at}: ${held.controls} tables or data controls on its dataset's own page`);
  if (!held.next) problems.push(`${at}: the page's table of every row does not follow the chart`);
  const lines = (await figure.ariaSnapshot()).split('\n');
  const has = (line: string, text: string) =>
    line
      .replace(/\s+/g, ' ')
      .replace(/["\\]/g, '')
      .includes(text.replace(/\s+/g, ' ').replace(/["\\]/g, '').slice(0, 30));
  const order = [
    lines.findIndex((line) => /^ {2}- (text|caption)/.test(line) && has(line, title)),
    lines.findIndex((line) => line.startsWith('  - img ')),
    lines.findIndex((line) => line.startsWith('  - paragraph') && has(line, summary)),
  ];
  if (order.some((line, i) => line < 0 || (i > 0 && line <= order[i - 1]!)))
    problems.push(
      `${at}: title, image and summary not read in that order; the tree:\n${lines.join('\n').slice(0, 1500)}`,
    );
  return problems;
}

describeBrowser('chart text alternatives on a phone', () => {
  let browser: Browser;
  let server: SiteServer;
  let context: BrowserContext;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    context = await browser.newContext(viewport(360));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('finds chart pages in both languages', () => {
    for (const [language, paths] of languages)
      expect(paths.length, `${language} pages with a chart`).toBeGreaterThan(0);
  });

  it.each(pages)(
    'on %s at 360 px each chart reads title, image, summary, then its data, which opens from the keyboard into a labelled region',
    async (path) => {
      const page = await context.newPage();
      const problems: string[] = [];
      try {
        await page.goto(server.origin + path);
        const figures = page.locator('figure:has(.chart-drawing)');
        const count = await figures.count();
        expect(count, `charts on ${path}`).toBeGreaterThan(0);
        for (let index = 0; index < count; index++) {
          const figure = figures.nth(index);
          const { title, summary } = await figure.evaluate((element) => ({
            title: element.querySelector('.chart-title')?.textContent?.trim() ?? '',
            summary: element.querySelector('.chart-summary')?.textContent?.trim() ?? '',
          }));
          const at = `chart ${index + 1} ("${title.slice(0, 40)}")`;
          if (!title || !summary) problems.push(`${at}: no title or no summary`);
          // On its dataset's page a chart reads title, image and summary; the page's table of every row follows it.
          if (datasetPage.test(path)) {
            problems.push(...(await ownDatasetChart(figure, { at, title, summary })));
            continue;
          }

          // The data, opened from the keyboard: its button is in the tab order, Enter opens it, Tab reaches the table's
          // scrolling box, a region named after the chart.
          const button = figure.locator('details > summary');
          if ((await button.count()) !== 1) {
            problems.push(`${at}: ${await button.count()} buttons to show the data`);
            continue;
          }
          await button.focus();
          await page.keyboard.press('Enter');
          await page.keyboard.press('Tab');
          const landed = await page.evaluate(() => {
            const element = document.activeElement!;
            return {
              inData: !!element.closest('figure details'),
              scrolls: element.classList.contains('table-scroll'),
              label: element.getAttribute('aria-label') ?? '',
            };
          });
          if (!(await button.evaluate((element) => (element.parentElement as HTMLDetailsElement).open)))
            problems.push(`${at}: Enter did not open the data`);
          if (!landed.inData || !landed.scrolls)
            problems.push(`${at}: Tab after opening the data did not reach its table's box`);

          // The order a screen reader reads, from the accessibility tree: the figure's own children, in order.
          // The tree writes a no-break space (French punctuation) as a space; names are compared on their first words.
          const tree = await figure.ariaSnapshot();
          const lines = tree.split('\n');
          const first = (test: (line: string) => boolean) => lines.findIndex(test);
          const words = (text: string) => text.replace(/\s+/g, ' ').replace(/["\\]/g, '').slice(0, 30);
          const has = (line: string, text: string) =>
            line.replace(/\s+/g, ' ').replace(/["\\]/g, '').includes(words(text));
          const order = {
            figure: first((line) => line.startsWith('- figure') && has(line, title)),
            title: first((line) => /^ {2}- (text|caption)/.test(line) && has(line, title)),
            image: first((line) => line.startsWith('  - img ')),
            summary: first((line) => line.startsWith('  - paragraph') && has(line, summary)),
            data: first((line) => line.startsWith('  - group')),
            region: first((line) => /^ {4}- region "/.test(line) && has(line, landed.label)),
            table: first((line) => /^ {6}- table/.test(line)),
          };
          const images = lines.filter((line) => /^ *- img /.test(line)).length;
          const steps = Object.entries(order);
          const missing = steps.filter(([, line]) => line < 0).map(([name]) => name);
          const misplaced = steps
            .slice(1)
            .filter(([, line], i) => line >= 0 && line <= steps[i]![1])
            .map(([name]) => name);
          if (missing.length || misplaced.length || images !== 1)
            problems.push(
              `${at}: missing ${missing.join(', ') || 'nothing'}, out of order ${misplaced.join(', ') || 'nothing'}, ${images} images read; the tree:\n${tree.slice(0, 1500)}`,
            );
          if (!landed.label) problems.push(`${at}: the table's box has no label`);
        }
      } finally {
        await page.close();
      }
      expect(problems).toEqual([]);
    },
  );

  // The English demo has a chart table wider than a phone (a year's figures and its sources), which must scroll; the
  // French demo has none, even at 320 px (its one story with charts has three narrow tables): its widest table must fit,
  // and a French table grown wider fails here, to be tested scrolling like the English one.
  it.each([
    {
      name: 'the widest chart table of the English pages at 360 px, wider than its labelled box, scrolls inside it by keyboard, and the page does not',
      language: 'English',
      paths: languages[0][1],
      scrolls: true,
    },
    {
      name: 'the widest chart table of the French pages at 360 px fits its labelled box, which Tab reaches, and the page does not scroll sideways',
      language: 'French',
      paths: languages[1][1],
      scrolls: false,
    },
  ])('$name', async ({ language, paths, scrolls }) => {
    // The widest table: the one whose content reaches furthest past its box, over every chart page of the language.
    let widest = { path: '', index: -1, overflow: -Infinity };
    for (const path of paths) {
      const page = await context.newPage();
      await page.goto(server.origin + path);
      await openAllData(page);
      const overflows = await page.evaluate(() =>
        [...document.querySelectorAll('figure details .table-scroll')].map((box) => box.scrollWidth - box.clientWidth),
      );
      const page_ = await horizontalOverflow(page);
      expect(
        page_.scrollWidth,
        `${path} with its data open is ${page_.scrollWidth} px wide at 360 px; widest: ${page_.wide.join(', ')}`,
      ).toBeLessThanOrEqual(page_.width);
      overflows.forEach((overflow, index) => {
        if (overflow > widest.overflow) widest = { path, index, overflow };
      });
      await page.close();
    }
    expect(widest.index, `a chart table on the ${language} pages`).toBeGreaterThanOrEqual(0);
    if (scrolls) expect(widest.overflow, `the widest table (${widest.path}) is wider than its box`).toBeGreaterThan(50);
    else
      expect(
        widest.overflow,
        `the widest table (${widest.path}) fits its box; if it no longer does, test it scrolling like the English one`,
      ).toBeLessThanOrEqual(0);

    const page = await context.newPage();
    try {
      await page.goto(server.origin + widest.path);
      const details = page.locator('figure details').nth(widest.index);
      await details.locator('summary').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const box = details.locator('.table-scroll');
      const focused = await box.evaluate((element) => element === document.activeElement);
      expect(focused, 'Tab from the open data reaches its scrolling box').toBe(true);
      const described = await box.evaluate((element) => ({
        role:
          element.tagName === 'SECTION' || element.getAttribute('role') === 'region'
            ? 'region'
            : element.getAttribute('role'),
        label: element.getAttribute('aria-label') ?? '',
        overflowX: getComputedStyle(element).overflowX,
        fits: element.getBoundingClientRect().left >= 0 && element.getBoundingClientRect().right <= innerWidth,
      }));
      expect(described.role).toBe('region');
      expect(described.label).not.toBe('');
      expect(['auto', 'scroll']).toContain(described.overflowX);
      expect(described.fits, 'the box lies within the screen').toBe(true);
      for (let press = 0; press < 4; press++) await page.keyboard.press('ArrowRight');
      // Chromium scrolls by the arrow keys smoothly: the box's position is polled until it has moved (5 s at most, for
      // a loaded machine).
      if (scrolls)
        await expect
          .poll(() => box.evaluate((element) => element.scrollLeft), {
            message: 'the arrow keys scroll the table sideways',
            timeout: 5000,
          })
          .toBeGreaterThan(0);
      const after = await box.evaluate(() => ({ pageX: scrollX }));
      expect(after.pageX, 'the page does not scroll sideways').toBe(0);
      const overflow = await horizontalOverflow(page);
      expect(
        overflow.scrollWidth,
        `page width with the table open; widest: ${overflow.wide.join(', ')}`,
      ).toBeLessThanOrEqual(overflow.width);
    } finally {
      await page.close();
    }
  });
});
