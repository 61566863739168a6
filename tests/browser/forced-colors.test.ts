/**
 * The site in forced colours (Windows' high-contrast themes), emulated by Chromium in a light and a dark theme: the
 * browser paints every background with the theme's Canvas and every border and text with its own colours, so what a
 * page shows only by a background colour vanishes. A control must keep an edge a reader can see, and a chart its
 * marks in colours its legend names.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { chartPages, describeBrowser, launchBrowser, pageKinds, viewport, type PageKind } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';

const kinds = Object.entries(pageKinds()) as [PageKind, string | undefined][];
const schemes = ['light', 'dark'] as const;

describeBrowser('forced colours in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The search buttons (the header's, on every page, and the search page's) were drawn by their background alone, with
  // no border: in forced colours they showed as the word "Search" on the page's Canvas, not as a button.
  it.each(schemes)(
    'gives every button, field and list box of every page kind a visible edge, in a %s high-contrast theme',
    async (scheme) => {
      const context = await browser.newContext({ ...viewport(1280, scheme), forcedColors: 'active' });
      const page = await context.newPage();
      const edgeless: string[] = [];
      let controls = 0;
      for (const [kind, path] of kinds) {
        expect(path, `the demo build has no ${kind} page`).toBeDefined();
        await page.goto(server.origin + path!);
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on').toBe(
          true,
        );
        const found = await page.evaluate(() =>
          [...document.querySelectorAll('button, input:not([type="hidden"]), select')]
            .filter((control) => control.checkVisibility())
            .map((control) => {
              const style = getComputedStyle(control);
              const sides = ['Top', 'Right', 'Bottom', 'Left'].filter((side) => {
                const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
                const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
                return (
                  width < 1 ||
                  /rgba\(.*, 0\)$/.test(color) ||
                  color === 'transparent' ||
                  color === style.backgroundColor
                );
              });
              return {
                name: `${control.tagName.toLowerCase()} "${(control.textContent || control.getAttribute('aria-label') || control.id).trim().slice(0, 30)}"`,
                sides,
              };
            }),
        );
        controls += found.length;
        for (const { name, sides } of found)
          if (sides.length > 0) edgeless.push(`${path}: ${name} has no visible ${sides.join(', ').toLowerCase()} edge`);
      }
      await context.close();
      // Every page has the header's search, and the search pages their own form and filters.
      expect(controls).toBeGreaterThan(kinds.length * 2);
      expect(edgeless).toEqual([]);
    },
  );

  // Charts opt in to nothing: Chromium keeps an SVG's fills in forced colours, and forces currentColor (axes, text) to
  // the theme's text colour. A change that let the theme repaint the marks would leave every series one colour.
  it.each(schemes)(
    "keeps each chart's series in the colours its legend shows, and its text in the theme's, in a %s high-contrast theme",
    async (scheme) => {
      const context = await browser.newContext({ ...viewport(1280, scheme), forcedColors: 'active' });
      const page = await context.newPage();
      const problems: string[] = [];
      let legends = 0;
      for (const path of chartPages()) {
        await page.goto(server.origin + path);
        const charts = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart')].map((figure) => {
            const svg = [...figure.querySelectorAll('svg')].find((drawing) => drawing.checkVisibility())!;
            const marks = new Set(
              [...svg.querySelectorAll('rect, path, circle')].flatMap((mark) => [
                getComputedStyle(mark).fill,
                getComputedStyle(mark).stroke,
              ]),
            );
            const swatches = [...figure.querySelectorAll('.chart-legend .swatch:not(.swatch-no-data)')].map(
              (swatch) => getComputedStyle(swatch).backgroundColor,
            );
            const text = new Set([...svg.querySelectorAll('text')].map((label) => getComputedStyle(label).fill));
            return {
              title: figure.querySelector('.chart-title')?.textContent?.trim().slice(0, 40),
              swatches,
              marks: [...marks],
              text: [...text],
              canvasText: getComputedStyle(document.body).color,
            };
          }),
        );
        for (const chart of charts) {
          const at = `${path} "${chart.title}"`;
          for (const fill of chart.text)
            if (fill !== chart.canvasText)
              problems.push(`${at}: text drawn in ${fill}, not the theme's ${chart.canvasText}`);
          if (chart.swatches.length === 0) continue;
          legends++;
          if (new Set(chart.swatches).size !== chart.swatches.length)
            problems.push(`${at}: legend swatches share a colour: ${chart.swatches.join(', ')}`);
          for (const swatch of chart.swatches)
            if (!chart.marks.includes(swatch)) problems.push(`${at}: no mark drawn in the legend's ${swatch}`);
        }
      }
      await context.close();
      expect(legends, 'charts with a legend').toBeGreaterThan(2);
      expect(problems).toEqual([]);
    },
  );
});
