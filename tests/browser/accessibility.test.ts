/**
 * axe-core in Chromium on every page kind, at a desktop's 1280 px and a phone's 360 px, in the light and the dark
 * colour scheme: zero violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules, colour contrast included; and, as axe
 * does not measure contrast inside SVG, the contrast of chart text and marks (tests/helpers/browser.ts). The site's
 * CSP stays on: axe is evaluated through the DevTools protocol, which the page's script-src does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import { chartPages, describeBrowser, launchBrowser, pageKinds, viewport, type PageKind } from '../helpers/browser.ts';
import { chartContrastProblems } from '../helpers/chart-contrast.ts';

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
 * Each width and scheme a reader may have: a phone lays pages out anew (the header's rows, tables as cards, charts
 * drawn at 340 px), so both widths get the full set of rules in the light scheme and the colour rules in the dark.
 */
const settings = [
  { width: 1280, scheme: 'light', rules: 'all' },
  { width: 1280, scheme: 'dark', rules: 'colour' },
  { width: 360, scheme: 'light', rules: 'all' },
  { width: 360, scheme: 'dark', rules: 'colour' },
] as const;

/** One line per failing element: `rule (impact): selector: why`. */
function describeViolations(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ').trim()}`,
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

  describe.each(settings)('at $width px in the $scheme scheme ($rules rules)', ({ width, scheme, rules }) => {
    // One context per width and scheme, a page per test: the fonts and scripts it caches are the site's own, and a
    // context per test cost as much again as the pages it loaded.
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext(viewport(width, scheme));
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(kinds)('the %s page has no axe violation and no low-contrast chart', async (kind, path) => {
      expect(path, `the demo build has no ${kind} page`).toBeDefined();
      const page = await context.newPage();
      try {
        await page.goto(server.origin + path!, { waitUntil: kind.startsWith('search') ? 'networkidle' : 'load' });
        const seen = await page.evaluate(() => ({
          width: innerWidth,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
        }));
        expect(seen, 'the page is seen at the width and in the scheme of this test').toEqual({ width, dark: scheme === 'dark' });
        await page.evaluate(axeSource);
        const results = await page.evaluate(
          (runOnly) =>
            (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
              runOnly,
              resultTypes: ['violations'],
            }),
          rules === 'all' ? { type: 'tag' as const, values: tags } : { type: 'rule' as const, values: colourRules },
        );
        const charts = await chartContrastProblems(page);
        expect([...describeViolations(results), ...charts.map((problem) => `chart contrast: ${problem}`)]).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  // axe above samples one page per kind; chart colours differ by chart kind (a map's ramp, a bar's series), so
  // every page with a chart is measured too. A list of no pages would make no test below, and fail nothing: the demo
  // draws charts on its stories, their translations and its datasets.
  it('finds the pages of the demo build that draw a chart, to measure each below', () => {
    const pages = chartPages();
    expect(pages.filter((path) => path.startsWith('/stories/')).length, 'stories with a chart').toBeGreaterThan(0);
    expect(pages.filter((path) => path.startsWith('/fr/stories/')).length, 'French stories with a chart').toBeGreaterThan(0);
    expect(pages.filter((path) => path.startsWith('/data/')).length, 'dataset pages with a chart').toBeGreaterThan(0);
  });

  it.each(chartPages())('the charts on %s keep their contrast in light and dark', async (path) => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext(viewport(1280, scheme));
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'load' });
      // The measure skips what is not visible: a page whose charts were all hidden would pass with nothing measured.
      const visible = await page.evaluate(() => [...document.querySelectorAll('figure svg')].filter((svg) => svg.checkVisibility()).length);
      expect(visible, `${scheme}: charts visible on ${path}`).toBeGreaterThan(0);
      problems.push(...(await chartContrastProblems(page)).map((problem) => `${scheme}: ${problem}`));
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
