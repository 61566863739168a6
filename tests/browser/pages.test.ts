/**
 * Every page kind in a real Chromium, served with the site's CSP: loads cleanly, fits a 360 px phone, draws its
 * charts in both colour schemes, and leaves screenshots at 360 and 1280 px in tests/.output/screenshots/.
 * Each page is opened once per width and scheme; the tests then assert on what those visits saw.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import {
  chartBoxes,
  describeBrowser,
  horizontalOverflow,
  launchBrowser,
  pageKinds,
  screenshotDir,
  tableBoxes,
  wideFactShares,
  viewport,
  watchPage,
  type PageKind,
} from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';

const kinds = Object.entries(pageKinds()) as [PageKind, string | undefined][];
const variants = [
  { width: 1280, scheme: 'light' },
  { width: 360, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
  { width: 360, scheme: 'dark' },
] as const;

/** What one visit saw. */
interface Visit {
  width: number;
  scheme: 'light' | 'dark';
  status: number | undefined;
  problems: string[];
  overflow: Awaited<ReturnType<typeof horizontalOverflow>>;
  charts: Awaited<ReturnType<typeof chartBoxes>>;
  tables: Awaited<ReturnType<typeof tableBoxes>>;
  wideFacts: number[];
}

describeBrowser('every page kind in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path` in each variant, saving screenshots (light at both widths; dark too for the story page). */
  async function visitAll(kind: PageKind, path: string): Promise<Visit[]> {
    const visits: Visit[] = [];
    for (const { width, scheme } of variants) {
      const context = await browser.newContext(viewport(width, scheme));
      const page = await context.newPage();
      const watch = await watchPage(page, server.origin, { expectStatus404: kind.startsWith('404') });
      const response = await page.goto(server.origin + path);
      // The search page's script sets up its form (and says so) before any measure; the others have no script.
      if (kind.startsWith('search')) await searchDone(page, '');
      await page.evaluate(() => document.fonts.ready);
      const name = `${kind.replace(/\s+/g, '-')}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
      if (scheme === 'light' || (kind === 'story' && width === 1280))
        await page.screenshot({ path: join(screenshotDir, name), fullPage: true });
      if (kind === 'story' && width === 1280 && scheme === 'light')
        await page.screenshot({ path: join(screenshotDir, 'readme-story-1280.png') });
      visits.push({
        width,
        scheme,
        status: response?.status(),
        problems: watch.problems,
        overflow: await horizontalOverflow(page),
        charts: await chartBoxes(page),
        tables: await tableBoxes(page),
        wideFacts: await wideFactShares(page),
      });
      await context.close();
    }
    return visits;
  }

  for (const [kind, path] of kinds) {
    describe(`the ${kind} page`, () => {
      let visits: Visit[] = [];
      beforeAll(async () => {
        if (path) visits = await visitAll(kind, path);
      });
      const visited = () => {
        expect(path, `the demo build has no ${kind} page`).toBeDefined();
        return visits;
      };

      it(`loads with status ${kind.startsWith('404') ? 404 : 200} and no console error, failed request, CSP violation or other host`, () => {
        const seen = visited();
        expect(seen.map((visit) => visit.status)).toEqual(variants.map(() => (kind.startsWith('404') ? 404 : 200)));
        expect(
          seen.flatMap((visit) => visit.problems.map((problem) => `${visit.width} px ${visit.scheme}: ${problem}`)),
        ).toEqual([]);
      });

      it('needs no horizontal scrolling at 360 px', () => {
        for (const { width, scheme, overflow } of visited().filter((visit) => visit.width === 360)) {
          expect(
            overflow.scrollWidth,
            `${scheme}: page is ${overflow.scrollWidth} px wide at ${overflow.width} px; widest: ${overflow.wide.join(', ')}`,
          ).toBeLessThanOrEqual(width);
        }
      });

      it("keeps each data table's caption and first figures in view, its sentences readable and its cards from scrolling sideways at 360 px", () => {
        for (const { scheme, tables } of visited().filter((visit) => visit.width === 360)) {
          // The pages that show a table open: measured, so that a table the measure no longer finds fails here.
          if (['home', 'dataset', 'dataset fr', 'case list fr'].includes(kind))
            expect(tables.length, `tables on ${path} (${scheme})`).toBeGreaterThan(0);
          // A dataset's rows start with figures a reader must see; a phone's case list is laid out as cards.
          if (kind.startsWith('dataset'))
            expect(
              tables.filter((table) => table.figureColumn).length,
              `${scheme}: tables with figures`,
            ).toBeGreaterThan(0);
          if (kind === 'case list fr')
            expect(
              tables.filter((table) => table.cardsScroll !== undefined).length,
              `${scheme}: cards`,
            ).toBeGreaterThan(0);
          for (const table of tables) {
            expect(
              table.captionOverflow,
              `${scheme}: the caption of "${table.label}" runs ${table.captionOverflow} px past its box`,
            ).toBe(0);
            expect(table.narrowCells, `${scheme}: text cells of "${table.label}" narrower than 7rem`).toEqual([]);
            if (table.cardsScroll !== undefined)
              expect(table.cardsScroll, `${scheme}: "${table.label}", laid out as cards, scrolls sideways`).toBe(0);
            // Columns of words before the first figures take no more room than their words.
            if (table.figureColumn) {
              const { left, visible } = table.figureColumn;
              expect(
                left,
                `${scheme}: the first figures of "${table.label}" start ${left} px in, in a ${visible} px box`,
              ).toBeLessThan(visible - 40);
            }
          }
        }
      });

      it("gives a dataset's list of sources the whole width of its facts box at 1280 px", () => {
        for (const { width, scheme, wideFacts } of visited().filter((visit) => visit.width === 1280)) {
          if (kind === 'dataset') expect(wideFacts.length, `${scheme} ${width} px`).toBeGreaterThan(0);
          for (const share of wideFacts)
            expect(share, `${scheme} ${width} px: share of the box's width`).toBeGreaterThanOrEqual(0.99);
        }
      });

      it('draws every chart with a non-empty box at 360 and 1280 px, light and dark', () => {
        for (const { width, scheme, charts } of visited()) {
          if (['story', 'dataset', 'story fr'].includes(kind))
            expect(charts.length, `charts on ${path} (${width} px ${scheme})`).toBeGreaterThan(0);
          for (const chart of charts) {
            expect(
              chart.width > 0 && chart.height > 0,
              `${scheme} ${width} px: chart "${chart.label}" is drawn ${chart.width}x${chart.height}`,
            ).toBe(true);
          }
        }
      });
    });
  }

  // Links that stand alone, not in a sentence, are targets a finger must hit: the footer's on every page, the home
  // page's ranking and the lists of cases and stories. WCAG 2.5.8's 24 px is asked of the link itself, not of the room around it,
  // and of each line of a link that wraps.
  // A reader sees the page in a fallback font until the web fonts arrive (font-display: swap), or for good when they
  // do not: a title's lines were 28 px high in Source Serif and 22 px in the fallback serif. Measured both ways, once
  // the fonts have settled, as the measure raced the fonts' arrival before.
  it.each([
    ['with the web fonts', false],
    ['in the fallback fonts', true],
  ])(
    'makes each link that stands alone a target of 24 px or more on a phone, in both languages, %s',
    async (_, fallback) => {
      const context = await browser.newContext(viewport(360));
      if (fallback) await context.route(/\.woff2$/, (route) => route.abort());
      const page = await context.newPage();
      const small: string[] = [];
      const targets = [
        ['/', '.site-footer a'],
        ['/fr/', '.site-footer a'],
        ['/', '.rank-list li > a'],
        ['/fr/', '.rank-list li > a'],
        // Each ranked figure's source, a superscript word.
        ['/', '.rank-list .fact-source a'],
        ['/fr/', '.rank-list .fact-source a'],
        // The case list, whose rows are cards on a phone (CaseTable), and lists of story and case cards (PageList).
        ['/cases/', '.case-table a'],
        ['/fr/cases/', '.case-table a'],
        ['/', '.case-table a'],
        ['/stories/', '.card-list a'],
        ['/fr/stories/', '.card-list a'],
      ] as const;
      for (const [path, selector] of targets) {
        await page.goto(server.origin + path);
        const fonts = await page.evaluate(
          async () => [...(await document.fonts.ready)].filter((face) => face.status === 'loaded').length,
        );
        expect(fonts > 0, `web fonts on ${path}`).toBe(!fallback);
        // A link wrapped over lines is a target on each line: its box spans them all, so each line's own box is measured
        // (getClientRects: one per line), and a title set tight over three lines cannot pass on its box's height.
        const links = await page.$$eval(selector, (anchors) =>
          anchors.map((a) => ({
            text: a.textContent!.trim(),
            width: a.getBoundingClientRect().width,
            lines: [...a.getClientRects()].map((line) => line.height),
          })),
        );
        expect(links.length, `${selector} on ${path}`).toBeGreaterThan(3);
        for (const { text, width, lines } of links) {
          const height = Math.min(...lines);
          if (width < 24 || !(height >= 24))
            small.push(`${path} ${selector} "${text}": ${Math.round(width)} wide, a line ${Math.round(height)} high`);
        }
      }
      await context.close();
      expect(small).toEqual([]);
    },
  );

  // On a phone the header took 218 px before any content, a row each for the name, the languages and the search
  // under two rows of sections; then 162 px in English and 202 in French, whose longer button (« Rechercher ») sent
  // the search to a row of its own, as it did in both languages at 320 px. The languages now share the name's row,
  // the search has the last row to itself: four rows in any language down to 320 px, everything a target of 24 px or
  // more (WCAG 2.5.8), within the screen.
  it('keeps the header compact at 360 px on every page kind, and at 320 px in both languages, each of its links and fields a target of 24 px or more', async () => {
    const problems: string[] = [];
    const heights: string[] = [];
    const visits = [
      ...kinds.map(([kind, path]) => [kind, path, 360] as const),
      ...kinds
        .filter(([kind]) => kind === 'home' || kind === 'home fr')
        .map(([kind, path]) => [kind, path, 320] as const),
    ];
    for (const width of [360, 320]) {
      const context = await browser.newContext(viewport(width));
      const page = await context.newPage();
      for (const [kind, path] of visits.filter((visit) => visit[2] === width)) {
        if (!path) continue;
        await page.goto(server.origin + path);
        if (kind.startsWith('search')) await searchDone(page, '');
        await page.evaluate(() => document.fonts.ready);
        const header = await page.evaluate(() => {
          const box = (element: Element) => element.getBoundingClientRect();
          const controls = [...document.querySelectorAll('.site-header :is(a, button, input, [aria-current])')].map(
            (element) => {
              const { width, height, left, right } = box(element);
              return { name: element.textContent!.trim() || element.tagName.toLowerCase(), width, height, left, right };
            },
          );
          const brand = box(document.querySelector('.site-header .brand')!);
          const languages = box(document.querySelector('.site-header .language-switcher')!);
          // The search page leaves the header's search out: its own form follows.
          const input = document.querySelector('.site-header input[type="search"]');
          return {
            height: box(document.querySelector('.site-header')!).height,
            controls,
            languagesBesideName: languages.top < brand.bottom && languages.left > brand.right,
            input: input ? box(input).width : null,
          };
        });
        // Four rows: the name and the languages (29 px), two of sections (59) and the search (31), with their gaps.
        if (header.height > 170) heights.push(`${kind} at ${width} px: ${Math.round(header.height)} px`);
        for (const { name, width: wide, height, left, right } of header.controls) {
          if (wide < 24 || height < 24)
            problems.push(`${kind} at ${width} px: "${name}" is ${Math.round(wide)} × ${Math.round(height)} px`);
          if (left < 0 || right > width)
            problems.push(
              `${kind} at ${width} px: "${name}" is outside the screen (${Math.round(left)} to ${Math.round(right)} px)`,
            );
        }
        if (kind.startsWith('search') && header.input !== null)
          problems.push(`${kind} at ${width} px: the header has a search field above the page's own`);
        else if (!kind.startsWith('search') && (header.input ?? 0) < 96)
          problems.push(`${kind} at ${width} px: the search field is ${Math.round(header.input ?? 0)} px wide`);
        if (['home', 'home fr', 'story'].includes(kind) && !header.languagesBesideName)
          problems.push(`${kind} at ${width} px: the languages do not share the name's row`);
      }
      await context.close();
    }
    expect(heights, 'headers taller than 170 px').toEqual([]);
    expect(problems).toEqual([]);
  });

  // On a laptop's screen the header's search shrank to the room its row left and put its button under the box: at
  // 1024 px on most pages, the header 91 px tall, while on others (a story, the French 404 page, whose languages take
  // more room) the form went to a row of its own, 101 px; at 1280 px on the French 404 page. Now the form keeps its
  // width, the button beside the box, and goes to a row of its own, whole, when the header's has less room.
  it('keeps the header search button beside its box on every page kind at 800, 1024 and 1280 px, the box 8em or wider', async () => {
    const problems: string[] = [];
    for (const width of [800, 1024, 1280]) {
      const context = await browser.newContext(viewport(width));
      const page = await context.newPage();
      for (const [kind, path] of kinds) {
        if (!path || kind.startsWith('search')) continue;
        await page.goto(server.origin + path);
        await page.evaluate(() => document.fonts.ready);
        const form = await page.evaluate(() => {
          const input = document.querySelector('.site-header .header-search input')!;
          const box = input.getBoundingClientRect();
          const button = input.closest('form')!.querySelector('button')!.getBoundingClientRect();
          return {
            beside: button.top < box.bottom && button.left >= box.right,
            ems: box.width / parseFloat(getComputedStyle(input).fontSize),
            right: button.right,
          };
        });
        if (!form.beside) problems.push(`${kind} at ${width} px: the button is not beside the box`);
        if (form.ems < 8) problems.push(`${kind} at ${width} px: the box is ${form.ems.toFixed(1)}em wide`);
        if (form.right > width)
          problems.push(`${kind} at ${width} px: the button ends at ${Math.round(form.right)} px`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  // A title or summary may hold a word wider than a phone (a German compound, a name, an address without a break):
  // body's overflow-wrap breaks it inside a box of fixed width, but a grid or flex track sized by its content grows to
  // the word's width first, and the page with it. The demo's words are short, so each page gets such a word in its
  // headings and summaries, as a story's frontmatter would put it there.
  it('keeps a heading or summary with a word wider than the screen within 360 px on every page kind', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const wide: string[] = [];
    for (const [kind, path] of kinds) {
      if (!path) continue;
      await page.goto(server.origin + path);
      if (kind.startsWith('search')) await searchDone(page, '');
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('main :is(h1, h2, h3, .dek)')) {
          const text =
            [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) ??
            element.querySelector('a')?.firstChild;
          if (text) text.textContent = `Rechtsschutzversicherungsgesellschaften ${text.textContent}`;
        }
      });
      const overflow = await horizontalOverflow(page);
      if (overflow.scrollWidth > overflow.width)
        wide.push(`${kind} (${path}): ${overflow.scrollWidth} px; widest: ${overflow.wide.join(', ')}`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('shows the first figures of every data table at 360 px on every dataset, country and methodology page, as cards where a table would hide them', async () => {
    const paths = readdirSync(join(demoDist, 'data'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/data/${entry.name}/`)
      .concat(
        readdirSync(join(demoDist, 'countries'), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => `/countries/${e.name}/`),
      )
      // The methodology's table is written in Markdown (src/build/prose-tables.ts).
      .concat('/methodology/', '/fr/methodology/');
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const hidden: string[] = [];
    const notCards: string[] = [];
    const stacked = new Map<string, number>();
    const scrolled = new Set<string>();
    for (const path of paths) {
      await page.goto(server.origin + path);
      // A table laid out as cards: each row a grid, each cell named by its column's label.
      const stacks = await page.evaluate(() =>
        [...document.querySelectorAll('.table-stack')].map((stack) => ({
          label: stack.getAttribute('aria-label'),
          rows: [...stack.querySelectorAll('tbody tr')].map((tr) => getComputedStyle(tr).display),
          unlabelled: [...stack.querySelectorAll('tbody td')].filter((td) => !td.getAttribute('data-label')).length,
        })),
      );
      stacked.set(path, stacks.length);
      for (const stack of stacks) {
        if (stack.rows.length === 0 || stack.rows.some((display) => display !== 'grid') || stack.unlabelled > 0) {
          notCards.push(
            `${path} "${stack.label}": rows ${stack.rows.join(', ') || 'none'}, ${stack.unlabelled} cells without data-label`,
          );
        }
      }
      for (const table of await tableBoxes(page)) {
        if (!table.figureColumn) continue;
        scrolled.add(path);
        const { left, visible } = table.figureColumn;
        if (left >= visible - 40)
          hidden.push(`${path} "${table.label}": first figures ${left} px in, in a ${visible} px box`);
      }
    }
    await context.close();
    expect(hidden).toEqual([]);
    expect(notCards).toEqual([]);
    // The demo has tables of both kinds: the headline figures, whose descriptions come before their values, laid out
    // as cards; the red notices issued per year (a year, then figures), a table that scrolls, its figures in view.
    expect(stacked.get('/data/headline-figures/')).toBe(1);
    expect(stacked.get('/data/red-notices-issued/')).toBe(0);
    // The methodology's sources that disagree: a year, the source, then its figure.
    expect(stacked.get('/methodology/')).toBe(1);
    expect(stacked.get('/fr/methodology/')).toBe(1);
    expect(scrolled).toContain('/data/red-notices-issued/');
  });
});
