/**
 * axe-core in Chromium on every page kind, at a desktop's 1280 px and a phone's 360 px, in the light and the dark
 * colour scheme: zero violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules, colour contrast included; and, as axe
 * does not measure contrast inside SVG, the contrast of chart text and marks (tests/helpers/browser.ts). The site's
 * CSP stays on: axe is evaluated through the DevTools protocol, which the page's script-src does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { demoDist } from '../helpers/site.ts';
import { chartPages, describeBrowser, launchBrowser, pageKinds, viewport, type PageKind } from '../helpers/browser.ts';
import { chartContrastProblems } from '../helpers/chart-contrast.ts';
import { searchDone } from '../helpers/search-page.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const kinds = Object.entries(pageKinds()) as [PageKind, string | undefined][];
/**
 * The rules whose outcome depends on colour. The dark scheme changes custom properties of colour and nothing else
 * (src/styles/tokens.css, the only prefers-color-scheme query), so every other rule finds in the dark what it finds in
 * the light at the same width: the dark runs check these only, which halves their cost (axe's full set takes 1 to 3 s
 * a page on the test machine, most of it in these two and the layout rules).
 */
const colourRules = ['color-contrast', 'link-in-text-block'];
/**
 * Both widths a reader may have: a phone lays pages out anew (the header's rows, tables as cards, charts drawn at
 * 340 px). Each page is loaded once per width, checked with the full set of rules in the light scheme, then switched to
 * the dark (the media query follows at once) and checked with the colour rules: a load and a context per scheme cost
 * as much again as the checks.
 */
const widths = [1280, 360] as const;

/**
 * What each `prefers-color-scheme` query of the built style sheets sets, as `file: selector { property }` for anything
 * but a custom property of :root: the dark runs above check the colour rules only, which holds while the scheme changes
 * nothing else.
 */
function schemeRulesBeyondTokens(dist: string): string[] {
  const found: string[] = [];
  for (const file of listFiles(dist).filter((name) => name.endsWith('.css'))) {
    const css = readFileSync(join(dist, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const query of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
      // The query's block, to its matching brace.
      let depth = 1;
      let end = query.index + query[0].length;
      for (; end < css.length && depth > 0; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
      const block = css.slice(query.index + query[0].length, end - 1);
      for (const rule of block.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const selector = rule[1]!.trim();
        const properties = rule[2]!
          .split(';')
          .map((declaration) => declaration.split(':')[0]!.trim())
          .filter(Boolean);
        for (const property of properties)
          if (selector !== ':root' || !property.startsWith('--')) found.push(`${file}: ${selector} { ${property} }`);
        if (properties.length === 0) found.push(`${file}: ${selector} {}`);
      }
    }
  }
  return found;
}

it("changes nothing but :root's custom properties with the colour scheme, so that the dark runs may check colour rules only", () => {
  expect(schemeRulesBeyondTokens(demoDist)).toEqual([]);
  // The demo's tokens do change with the scheme: a style sheet without its query would pass the line above.
  expect(
    listFiles(demoDist).some(
      (file) =>
        file.endsWith('.css') && /prefers-color-scheme:\s*dark/.test(readFileSync(join(demoDist, file), 'utf8')),
    ),
  ).toBe(true);
});

/** The pages of the demo build that draw a map (a choropleth, with a legend of classes). */
function mapPages(): string[] {
  return chartPages().filter((path) =>
    readFileSync(join(demoDist, path, 'index.html'), 'utf8').includes('data-chart-kind="map"'),
  );
}

/** One line per failing element: `rule (impact): selector: why`. */
function describeViolations(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ').trim()}`,
    ),
  );
}

/**
 * Text whose contrast axe left unmeasured for a gradient behind it, one line each: such text passes axe unchecked,
 * and a colour change behind it would go unseen. (Its other reasons are measured elsewhere or hold no text to read:
 * chart text in SVG, by chartContrastProblems; a backlink's "↩" alone; a cell under the table's sticky heading.)
 */
function unmeasuredContrast(results: Pick<AxeResults, 'incomplete'>): string[] {
  return results.incomplete
    .filter((result) => result.id === 'color-contrast')
    .flatMap((result) =>
      result.nodes
        .filter((node) =>
          node.any.some((check) => (check.data as { messageKey?: string } | null)?.messageKey === 'bgGradient'),
        )
        .map(
          (node) =>
            `color-contrast not measured: ${node.target.join(' ')}: ${node.any.map((c) => c.message).join('; ')}`,
        ),
    );
}

describeBrowser('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(widths)('at %i px', (width) => {
    // One context per width, a page per test.
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext(viewport(width));
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(kinds)(
      'the %s page has no axe violation and no low-contrast chart, light (all rules) and dark (colour rules)',
      async (kind, path) => {
        expect(path, `the demo build has no ${kind} page`).toBeDefined();
        const page = await context.newPage();
        const found: string[] = [];
        try {
          await page.goto(server.origin + path!);
          // The search page's script sets up its form (and says so) before axe reads it; the others have no script.
          if (kind.startsWith('search')) await searchDone(page, '');
          await page.evaluate(axeSource);
          // A table's scroll shadows are gradients behind its cells, which axe cannot see through: it leaves the
          // contrast of every cell unmeasured ("incomplete"), not failed. Without them the cells' own backgrounds and
          // the page's are what it measures; the shadows are decoration at the edges, under no text at rest.
          // Set through the CSSOM, which the page's CSP (style-src 'self') does not govern, as it does a <style>.
          await page.evaluate(() => {
            for (const box of document.querySelectorAll<HTMLElement>('.table-scroll'))
              box.style.setProperty('background', 'none', 'important');
          });
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            const seen = await page.evaluate(() => ({
              width: innerWidth,
              dark: matchMedia('(prefers-color-scheme: dark)').matches,
            }));
            expect(seen, 'the page is seen at the width and in the scheme checked').toEqual({
              width,
              dark: scheme === 'dark',
            });
            const results = await page.evaluate(
              (runOnly) =>
                (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
                  runOnly,
                  resultTypes: ['violations', 'incomplete'],
                }),
              scheme === 'light'
                ? { type: 'tag' as const, values: tags }
                : { type: 'rule' as const, values: colourRules },
            );
            const charts = await chartContrastProblems(page);
            found.push(
              ...[
                ...describeViolations(results),
                ...unmeasuredContrast(results),
                ...charts.map((problem) => `chart contrast: ${problem}`),
              ].map((line) => `${scheme}: ${line}`),
            );
          }
        } finally {
          await page.close();
        }
        expect(found).toEqual([]);
      },
    );
  });

  // axe above samples one page per kind; chart colours differ by chart kind (a map's ramp, a bar's series), so
  // every page with a chart is measured too. A list of no pages would make no test below, and fail nothing: the demo
  // draws charts on its stories, their translations and its datasets.
  it('finds the pages of the demo build that draw a chart, to measure each below', () => {
    const pages = chartPages();
    expect(pages.filter((path) => path.startsWith('/stories/')).length, 'stories with a chart').toBeGreaterThan(0);
    expect(
      pages.filter((path) => path.startsWith('/fr/stories/')).length,
      'French stories with a chart',
    ).toBeGreaterThan(0);
    expect(pages.filter((path) => path.startsWith('/data/')).length, 'dataset pages with a chart').toBeGreaterThan(0);
    expect(mapPages().length, 'pages with a map, whose legend is measured below').toBeGreaterThan(0);
  });

  it.each(chartPages())('the charts on %s keep their contrast in light and dark', async (path) => {
    const problems: string[] = [];
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The measure skips what is not visible: a page whose charts were all hidden would pass with nothing measured.
      const visible = await page.evaluate(
        () => [...document.querySelectorAll('figure svg')].filter((svg) => svg.checkVisibility()).length,
      );
      expect(visible, `${scheme}: charts visible on ${path}`).toBeGreaterThan(0);
      problems.push(...(await chartContrastProblems(page)).map((problem) => `${scheme}: ${problem}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  // The map's legend is HTML: axe measures its text, not its swatches, and the chart measure above read only the SVG.
  // Measured on the demo's map (its story, English and French) at both widths and in both schemes: text 15.4:1 or more,
  // the classes' swatches 3.75:1 or more, "Not in the data" by its outline (3.56:1 light, 4.03:1 dark; its fill is
  // 1.12:1 and 1.16:1). The same swatch without its outline must fail the measure, or it would pass anything.
  it.each(mapPages())(
    "measures the text and swatches of the map's legend on %s, at 360 and 1280 px, light and dark",
    async (path) => {
      const problems: string[] = [];
      let swatches = 0;
      for (const width of widths) {
        const context = await browser.newContext(viewport(width));
        const page = await context.newPage();
        await page.goto(server.origin + path);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          swatches += await page.locator('figure[data-chart-kind="map"] .chart-legend .swatch').count();
          problems.push(...(await chartContrastProblems(page)).map((problem) => `${width} ${scheme}: ${problem}`));
        }
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('.swatch-absent { box-shadow: none; }');
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        });
        const unoutlined = await chartContrastProblems(page);
        expect(unoutlined.join('\n'), 'a swatch without its outline').toMatch(/legend swatch of "[^"]+" is 1\.\d\d:1/);
        await context.close();
      }
      expect(swatches, 'map legend swatches measured').toBeGreaterThanOrEqual(4 * 3);
      expect(problems).toEqual([]);
    },
  );

  // A screen reader read each key figure of the home page as one run, its label and its period joined with nothing
  // between them: "about 86,000 … Active red notices, all countries January 2026 reporting". Each is a paragraph of
  // its own in the accessibility tree, in both languages.
  it.each([
    ['/', 'Active red notices, all countries', 'January 2026 reporting'],
    ['/fr/', 'Notices rouges actives, tous pays confondus', 'Articles de janvier 2026'],
  ])("on %s, a key figure's label and its period are read apart", async (path, label, period) => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    await page.goto(server.origin + path);
    const tree = await page.locator('.figure-list > li').first().ariaSnapshot();
    await context.close();
    expect(tree).toContain(`- paragraph: ${label}\n`);
    expect(tree).toMatch(new RegExp(`- paragraph: ${period}\\n`));
  });

  // The link to a key figure's source sat against the figure, so a screen reader read the source's publisher and its
  // whole title ("Source: JURIST, Interpol leaked files reveal states abuse red notices to target dissidents")
  // between the figure and what it measures. Each key figure is now read, and shown, in the order a reader needs it:
  // the figure, what it measures, its period, then its source.
  it.each([
    ['/', 'about', 'Active red notices, all countries', 'January 2026 reporting'],
    ['/fr/', 'environ', 'Notices rouges actives, tous pays confondus', 'Articles de janvier 2026'],
  ])(
    'on %s, a key figure is read and shown as its figure, what it measures, its period, then its source',
    async (path, qualifier, label, period) => {
      const context = await browser.newContext(viewport(360));
      const page = await context.newPage();
      await page.goto(server.origin + path);
      const figure = page.locator('.figure-list > li').first();
      const tree = await figure.ariaSnapshot();
      // What a screen reader reads, line by line of the tree (the addresses aside), and where each part comes.
      const read = tree
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => !line.startsWith('- /url') && line !== '- listitem:');
      const at = (pattern: RegExp) => read.findIndex((line) => pattern.test(line));
      const parts = [
        // The figure, then, unseen, where it leads (its label, next, says what it measures: Fact.astro).
        at(/^- link "[\d\s\u00a0\u202f,.]+ \(/),
        read.indexOf(`- paragraph: ${label}`),
        read.indexOf(`- paragraph: ${period}`),
        at(/^- '?link "Source/),
      ];
      expect(read[0], 'the qualifier first').toBe(`- text: ${qualifier}`);
      expect(
        parts.every((index) => index > 0),
        `each part read: ${read.join(' | ')}`,
      ).toBe(true);
      expect(parts, `read in order: ${read.join(' | ')}`).toEqual([...parts].sort((a, b) => a - b));
      // On screen, top to bottom (a line's start to the right of the one before on the same line is after it too).
      const order = await figure.evaluate((li) =>
        [
          li.querySelector('.fact > a'),
          li.querySelector('.figure-label'),
          li.querySelector('.figure-label + .meta'),
          li.querySelector('a[href^="http"]'),
        ].map((element) => {
          const box = element!.getBoundingClientRect();
          return Math.round(box.top) * 10_000 + Math.round(box.left);
        }),
      );
      await context.close();
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );
});
