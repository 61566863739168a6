/**
 * axe-core in Chromium on every page kind, in the light and the dark colour scheme: zero violations of the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules, colour contrast included; and, as axe does not measure contrast inside SVG, the
 * contrast of chart text and marks (tests/helpers/browser.ts). The site's CSP stays on: axe is evaluated through
 * the DevTools protocol, which the page's script-src does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import { chartPages, describeBrowser, launchBrowser, pageKinds, viewport, type PageKind } from '../helpers/browser.ts';
import { chartContrastProblems } from '../helpers/chart-contrast.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const cases = (Object.entries(pageKinds()) as [PageKind, string | undefined][]).flatMap(([kind, path]) =>
  (['light', 'dark'] as const).map((scheme) => [kind, scheme, path] as const),
);

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

  it.each(cases)(
    'the %s page has no axe violation and no low-contrast chart in the %s scheme',
    async (kind, scheme, path) => {
      expect(path, `the demo build has no ${kind} page`).toBeDefined();
      const context = await browser.newContext(viewport(1280, scheme));
      const page = await context.newPage();
      await page.goto(server.origin + path!, { waitUntil: kind.startsWith('search') ? 'networkidle' : 'load' });
      await page.evaluate(axeSource);
      const results = await page.evaluate(
        (runOnly) =>
          (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
            runOnly: { type: 'tag', values: runOnly },
            resultTypes: ['violations'],
          }),
        tags,
      );
      const charts = await chartContrastProblems(page);
      await context.close();
      expect([...describeViolations(results), ...charts.map((problem) => `chart contrast: ${problem}`)]).toEqual([]);
    },
  );

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
