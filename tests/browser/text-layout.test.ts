/**
 * How short text blocks set on screen: the titles, subtitles and table captions of charts, which wrap on a phone, the
 * last lines of a story's paragraphs on a phone, the facts box of a dataset, whose entries share rows on a desktop,
 * and the labels of a timeline under a reader's text spacing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { chartPages, describeBrowser, launchBrowser, pageKinds, viewport } from '../helpers/browser.ts';
import { demoDist } from '../helpers/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const readChartPage = (path: string) => readFileSync(join(demoDist, path, 'index.html'), 'utf8');

describeBrowser('text layout in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // A chart's title wrapped on a phone left its last word alone on a line ("Red notices issued per year, 2005– / 2024",
  // « …par nationalité, mai / 2023 »), as did the captions of data tables ("(20 / rows)"); headings are balanced, and
  // these are headings too. A line shorter than a third of the longest is such a widow.
  it('sets no wrapped chart title, subtitle or table caption with a last line under a third of its longest, at 360 px', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const paths = chartPages();
    expect(paths.length).toBeGreaterThan(3);
    const widows: string[] = [];
    let wrapped = 0;
    for (const path of paths) {
      await page.goto(server.origin + path);
      await page.evaluate(() => document.fonts.ready);
      // Each line's width: the text's boxes grouped by the line they sit on.
      const blocks = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(.chart-title, .chart-subtitle, caption:not(.visually-hidden))')]
          .filter((element) => element.checkVisibility())
          .map((element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const lines = new Map<number, { left: number; right: number }>();
            for (const box of range.getClientRects()) {
              if (box.width === 0) continue;
              const key = Math.round(box.bottom);
              const line = lines.get(key) ?? { left: Infinity, right: -Infinity };
              lines.set(key, { left: Math.min(line.left, box.left), right: Math.max(line.right, box.right) });
            }
            const widths = [...lines.entries()]
              .sort(([a], [b]) => a - b)
              .map(([, line]) => Math.round(line.right - line.left));
            return { text: element.textContent!.trim().slice(0, 60), widths };
          }),
      );
      for (const { text, widths } of blocks) {
        if (widths.length < 2) continue;
        wrapped++;
        if (widths.at(-1)! < Math.max(...widths) / 3) widows.push(`${path} "${text}": lines ${widths.join(', ')} px`);
      }
    }
    await context.close();
    // The demo's titles do wrap at 360 px: the test measures something.
    expect(wrapped).toBeGreaterThan(5);
    expect(widows).toEqual([]);
  });

  // On a phone, one wrapped block in five of the demo's stories and case files ended on one short word alone on its
  // last line ("dataset", "2024).", "disagree."): 68 of 329 over all of them, 21 on the four pages here. Prose is set
  // with text-wrap: pretty (global.css), which takes a word down from the line above. A word is what lies between
  // spaces, across elements (a link and the full stop after it, a word and its citation mark are one).
  it('ends no wrapped paragraph, list item or caption of a story or case file on one short word alone, at 360 px', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const kinds = pageKinds();
    const paths = [kinds.story, kinds.case, kinds['story fr'], kinds['case fr']].filter((path) => path !== undefined);
    expect(paths).toHaveLength(4);
    const alone: string[] = [];
    let wrapped = 0;
    for (const path of paths) {
      await page.goto(server.origin + path);
      await page.evaluate(() => document.fonts.ready);
      const blocks = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(p, li, blockquote, figcaption, dd)')]
          .filter(
            (element) =>
              element.checkVisibility() && !element.querySelector('p, li, ul, ol, dl, div, blockquote, figcaption'),
          )
          .map((element) => {
            // The words of the block, each a range over its characters, and the line each ends on.
            const words: { text: string; bottom: number }[] = [];
            const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let word: Range | undefined;
            const end = () => {
              const box = [...word!.getClientRects()].filter((rect) => rect.width > 0).at(-1);
              if (box) words.push({ text: word!.toString(), bottom: box.bottom });
              word = undefined;
            };
            for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
              for (let i = 0; i < node.data.length; i++) {
                if (/[ \t\n\r]/.test(node.data[i]!)) {
                  if (word) end();
                } else if (word) {
                  word.setEnd(node, i + 1);
                } else {
                  word = document.createRange();
                  word.setStart(node, i);
                  word.setEnd(node, i + 1);
                }
              }
            }
            if (word) end();
            const line = parseFloat(getComputedStyle(element).lineHeight);
            const last = Math.max(...words.map((w) => w.bottom));
            const first = Math.min(...words.map((w) => w.bottom));
            // Superscript citation marks sit higher than their line's words, by less than half a line.
            const onLast = words.filter((w) => w.bottom > last - line / 2);
            return {
              text: element.textContent!.trim().slice(0, 50),
              wrapped: last - first > line / 2,
              onLast: onLast.map((w) => w.text),
            };
          }),
      );
      for (const { text, wrapped: isWrapped, onLast } of blocks) {
        if (!isWrapped) continue;
        wrapped++;
        // A short word: eight letters or fewer, its punctuation and citation mark aside.
        if (onLast.length === 1 && onLast[0]!.replace(/[\p{P}\p{S}\u2060]|\[\d+\]/gu, '').length <= 8)
          alone.push(`${path} "${text}…" ends on "${onLast[0]}"`);
      }
    }
    await context.close();
    // Many of the demo's blocks wrap at 360 px: the test measures something.
    expect(wrapped).toBeGreaterThan(50);
    expect(alone).toEqual([]);
  });

  // The facts box's entries sat in columns of 12rem laid out for the whole width, and its sources, which take a row
  // of their own, kept every column in place: on a desktop the licence wrapped over four lines beside empty room.
  // A dataset page set its chart across the page (1,120 px at 1280), its drawing 720 px wide, its title, summary, note
  // and sources under it in lines of up to 179 characters; a story sets its charts in the column of its prose.
  it("keeps each dataset page's chart, its text and drawing, within the column of the page's prose at 1280 px", async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const paths = chartPages().filter((path) => /^\/(fr\/)?data\/[^/]+\/$/.test(path));
    expect(paths.length).toBeGreaterThan(9);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(server.origin + path);
      await page.evaluate(() => document.fonts.ready);
      const seen = await page.evaluate(() => {
        // The prose's column: a block of the class, in the main content.
        const probe = document.createElement('div');
        probe.className = 'prose';
        document.querySelector('main .wrap')!.append(probe);
        const column = probe.getBoundingClientRect().width;
        probe.remove();
        const parts = [...document.querySelectorAll('main figure.chart > *')]
          .filter((part) => part.checkVisibility())
          .map((part) => ({ name: part.className, width: Math.round(part.getBoundingClientRect().width) }));
        return { column: Math.round(column), parts };
      });
      expect(seen.parts.length, path).toBeGreaterThan(3);
      expect(seen.column, path).toBeLessThan(800);
      for (const part of seen.parts)
        if (part.width > seen.column) wide.push(`${path}: ${part.name} ${part.width} px, the prose ${seen.column} px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('lets the entries of a facts box fill each row they share at 1280 px', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const short: string[] = [];
    for (const path of ['/data/interpol-refusals/', '/data/red-notices-issued/', '/cases/igor-pestrikov/']) {
      await page.goto(server.origin + path);
      await page.evaluate(() => document.fonts.ready);
      // For each row of entries, the room between its last entry and the box's inner right edge.
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('.facts-box')].flatMap((box) => {
          const style = getComputedStyle(box);
          const right =
            box.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          const ends = new Map<number, number>();
          for (const entry of box.children) {
            const rect = entry.getBoundingClientRect();
            ends.set(Math.round(rect.top), Math.max(ends.get(Math.round(rect.top)) ?? -Infinity, rect.right));
          }
          return [...ends.values()].map((end) => Math.round(right - end));
        }),
      );
      expect(rows.length, `facts box rows on ${path}`).toBeGreaterThan(0);
      for (const room of rows) if (room > 2) short.push(`${path}: a row ends ${room} px before the box's edge`);
    }
    await context.close();
    expect(short).toEqual([]);
  });

  // A timeline's labels are broken into lines at build time. Under WCAG 1.4.12's text spacing (the bookmarklet's
  // letter-spacing 0.12em and word-spacing 0.16em; line-height does not move SVG text) three of the eight labels of the
  // demo's timeline ran past the right edge of the phone drawing, by up to 66 px, and off a 320 px screen. The spacing
  // is applied as the bookmarklet does, as an author style sheet (through the CSSOM, which the CSP allows).
  it('keeps every timeline label inside its drawing, and clear of the others, at 320 px under WCAG text spacing', async () => {
    const context = await browser.newContext(viewport(320));
    const page = await context.newPage();
    const paths = chartPages().filter((path) => readChartPage(path).includes('data-chart-kind="timeline"'));
    expect(paths.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let labels = 0;
    for (const path of paths) {
      await page.goto(server.origin + path);
      await page.evaluate(() => {
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }',
        );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
      });
      await page.evaluate(() => document.fonts.ready);
      const drawings = await page.evaluate(() =>
        [...document.querySelectorAll('[data-chart-kind="timeline"] .chart-drawing svg')]
          .filter((svg) => svg.checkVisibility())
          .map((svg) => {
            const frame = svg.getBoundingClientRect();
            const boxes = [...svg.querySelectorAll('g[paint-order="stroke"] > text')].map((text) => {
              const box = text.getBoundingClientRect();
              return {
                text: text.textContent!.slice(0, 40),
                left: box.left,
                right: box.right,
                top: box.top,
                bottom: box.bottom,
              };
            });
            return { left: frame.left, right: frame.right, boxes };
          }),
      );
      expect(drawings.length, `visible timelines on ${path}`).toBeGreaterThan(0);
      for (const { left, right, boxes } of drawings) {
        labels += boxes.length;
        for (const box of boxes) {
          if (box.left < left - 0.5 || box.right > right + 0.5)
            problems.push(
              `${path} "${box.text}" runs ${Math.round(Math.max(left - box.left, box.right - right))} px out`,
            );
        }
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5 && a.left < b.right && b.left < a.right)
              problems.push(`${path} "${a.text}" overlaps "${b.text}"`);
      }
    }
    await context.close();
    expect(labels).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
  // A series name long enough to wrap beside its swatch squeezed the swatch to a sliver (a flex item shrinks by
  // default): each swatch keeps its 0.8em square whatever the name beside it, on a phone.
  it("keeps a legend's swatches square beside a series name that wraps, at 360 px", async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    const path = chartPages().find((path) => readChartPage(path).includes('class="chart-legend"'));
    expect(path, 'a chart page with a legend').toBeDefined();
    await page.goto(server.origin + path!);
    const swatches = await page.evaluate(() => {
      const legend = [...document.querySelectorAll<HTMLElement>('.chart-legend')].find((l) => l.checkVisibility())!;
      const item = legend.querySelector('li')!;
      // The name as a long series name would be: far wider than a 360 px screen.
      item.lastChild!.textContent = 'Requests refused after review by the Commission for the Control of Files, '.repeat(
        2,
      );
      const lines = Math.round(item.getBoundingClientRect().height / parseFloat(getComputedStyle(item).lineHeight));
      return [...legend.querySelectorAll('.swatch')].map((swatch) => {
        const box = swatch.getBoundingClientRect();
        return { width: box.width, height: box.height, lines };
      });
    });
    expect(swatches.length).toBeGreaterThan(0);
    // The long name does wrap: the test measures a swatch beside wrapped text.
    expect(swatches[0]!.lines).toBeGreaterThan(1);
    for (const { width, height } of swatches) {
      expect(height).toBeGreaterThan(5);
      expect(width).toBeCloseTo(height, 0);
    }
    await context.close();
  });
});
