/**
 * A newsroom that publishes in a language written right to left (Persian, Arabic, Hebrew, Urdu) adds it as README.md
 * ("Languages") says. A copy of the project with Persian added builds the demo's content with a Persian translation
 * of its lead story (tests/i18n/right-to-left/), once: its pages are marked right to left, the others left to right;
 * in Chromium its story page is laid out from the right edge, header included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { countryName } from '../../src/i18n/index.ts';
import { textDirection } from '../../src/i18n/locales.ts';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { repoRoot, runBuild, type BuildResult } from '../helpers/build.ts';
import { describeBrowser, launchBrowser, viewport } from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';
import { addLanguage, copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { page } from '../helpers/site.ts';
import { persian } from './right-to-left/persian.ts';

const fixture = join(repoRoot, 'tests/i18n/right-to-left');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const story = '/fa/stories/the-interpol-files/';

/** The project with Persian added as the README says; the strings it does not translate listed as kept in English. */
function projectInPersian(): ProjectCopy {
  const project = copyProject();
  const keptInEnglish = Object.keys(en).filter((key) => !(key in persian));
  addLanguage(project, { code: 'fa', label: 'فارسی', strings: persian, keptInEnglish });
  // The data catalog over pages, for its pager's numbers.
  project.edit('src/site.config.ts', (text) => text.replace('datasetsPerPage: 48,', 'datasetsPerPage: 4,'));
  return project;
}

/** The demo's content and data, with the Persian story added. */
function persianContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-persian-'));
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Every built HTML page's URL path, by its language folder: "fa", "fr" or "en" (the root). */
function builtPages(dist: string): Record<'fa' | 'fr' | 'en', string[]> {
  const pages: Record<'fa' | 'fr' | 'en', string[]> = { fa: [], fr: [], en: [] };
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`;
    const folder = path.split('/')[1];
    pages[folder === 'fa' || folder === 'fr' ? folder : 'en'].push(path);
  }
  return pages;
}

let project: ProjectCopy;
let content: string;
let build: BuildResult;
const doc = (path: string) => page(path, build.dist);

beforeAll(() => {
  project = projectInPersian();
  content = persianContent();
  build = runBuild({ project: project.root, dist: join(project.root, 'dist'), contentRoot: content });
  if (build.status !== 0) throw new Error(`the Persian fixture did not build:\n${build.output}`);
}, 600_000);

afterAll(() => {
  project?.remove();
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('a language written right to left, added as the README says', () => {
  it('takes its direction from Intl: Persian, Arabic, Hebrew and Urdu right to left, English and French not', () => {
    expect(['fa', 'ar', 'he', 'ur', 'az-Arab', 'en', 'fr', 'az'].map((code) => textDirection(code))).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });

  it('marks every Persian page dir="rtl", and every English and French page dir="ltr"', () => {
    const pages = builtPages(build.dist);
    expect(pages.fa).toContain(story);
    expect(pages.fa).toContain('/fa/search/');
    expect(pages.en.length).toBeGreaterThan(20);
    const direction = (path: string) => {
      const html = doc(path).documentElement;
      return `${html.getAttribute('lang')} ${html.getAttribute('dir')}`;
    };
    for (const path of pages.fa) expect(direction(path), path).toBe('fa rtl');
    for (const path of pages.fr) expect(direction(path), path).toBe('fr ltr');
    // The default language's 404 page holds the others' sections; every other English page is English.
    for (const path of pages.en) expect(direction(path), path).toBe('en ltr');
  });

  it('gives text in a language of the other direction its own dir: English on a Persian page, Persian on an English one', () => {
    const persianStory = doc(story);
    const undirected = (document: Document) =>
      [...document.querySelectorAll('body [lang]')]
        .filter((element) => {
          const own = textDirection(element.getAttribute('lang')!);
          const inherited = element.parentElement?.closest('[dir]')?.getAttribute('dir');
          return own !== inherited && element.getAttribute('dir') !== own;
        })
        .map((element) => `<${element.localName} lang="${element.getAttribute('lang')}"> ${element.textContent}`);
    // The story names English sources, datasets and case files: there is something to mark.
    expect(persianStory.querySelectorAll('main [lang="en"]').length).toBeGreaterThan(10);
    expect(undirected(persianStory)).toEqual([]);
    for (const path of ['/fa/', '/fa/stories/', '/fa/search/', '/stories/the-interpol-files/', '/', '/fr/'])
      expect(undirected(doc(path)), path).toEqual([]);
    const switcherLink = (path: string, code: string) =>
      doc(path).querySelector(`.language-switcher a[lang="${code}"]`)?.getAttribute('dir');
    expect(switcherLink(story, 'en')).toBe('ltr');
    expect(switcherLink('/stories/the-interpol-files/', 'fa')).toBe('rtl');
    // A link back from a source to its note points to the right, where the text lies, on a Persian page.
    expect(persianStory.querySelector('.sources .backlink')?.textContent).toBe('\u21aa\ufe0e');
    expect(doc('/stories/the-interpol-files/').querySelector('.sources .backlink')?.textContent).toBe('\u21a9\ufe0e');
  });

  it('writes the feeds’ addresses left to right on the Persian feeds page, and names the other languages in Persian', () => {
    const feeds = doc('/fa/feeds/');
    expect(feeds.querySelector('h1')?.textContent).toBe('خوراک RSS');
    const own = feeds.querySelector('.feed-address a');
    expect([own?.getAttribute('dir'), own?.textContent]).toEqual(['ltr', 'https://casefile.example.org/fa/rss.xml']);
    expect(
      [...feeds.querySelectorAll('.feed-list li')].map((li) => [
        li.textContent,
        li.querySelector('a')?.getAttribute('dir'),
      ]),
    ).toEqual([
      ['به زبان انگلیسی: https://casefile.example.org/rss.xml', 'ltr'],
      ['به زبان فرانسوی: https://casefile.example.org/fr/rss.xml', 'ltr'],
    ]);
    expect(doc(story).querySelector('.site-footer a[href="/fa/feeds/"]')?.textContent).toBe('خوراک RSS');
  });

  it("writes the Persian pages' figures, dates, note and page numbers as Intl writes them for Persian", () => {
    const persianStory = doc(story);
    const facts = [...persianStory.querySelectorAll('main .body .fact > a:first-child')].map(
      (a) => a.firstChild?.textContent,
    );
    // 196 member countries, then Russia's 4,817 active red notices, in Persian digits.
    expect(facts.slice(0, 2)).toEqual(['۱۹۶', '۴٬۸۱۷']);
    // Its note numbers too, as its list of sources numbers them (in Chromium, below).
    expect(persianStory.querySelector('main .body .cite a')?.textContent).toBe('۱');
    // A list's page numbers, without grouping, as the English ones.
    expect(doc('/fa/data/').querySelector('.pager p')?.textContent).toBe('صفحهٔ ۱ از ۳');
    expect(doc('/data/').querySelector('.pager p')?.textContent).toBe('Page 1 of 3');
    // A list's later pages are titled in those digits too, as the pager says them.
    expect(doc('/fa/data/page/2/').querySelector('h1')?.textContent).toMatch(/، ۲$|\s۲$/);
    expect(doc('/fa/data/page/2/').querySelector('h1')?.textContent).not.toMatch(/[0-9]/);
    expect(doc('/data/page/2/').querySelector('h1')?.textContent).toBe('Data, page 2');
    // The home page's ranks not known, under a list numbered ۱. ۲. ۳. ۲۵.
    expect(doc('/fa/').querySelector('.ranking .meta')?.textContent).not.toMatch(/[0-9]/);
    // Its days in the Gregorian calendar, as its sources' months and its charts' years: Intl's default for fa, the Solar
    // Hijri one, dated it ۱۴ بهمن ۱۴۰۴ above a chart of years to ۲۰۲۴.
    const published = persianStory.querySelector('time[datetime="2026-02-03"]')?.textContent;
    expect(published).toBe('۳ فوریهٔ ۲۰۲۶');
  });

  it('writes every date of every Persian page in one calendar, the Gregorian one of its sources and charts', () => {
    const pages = builtPages(build.dist).fa;
    const text = (path: string) => doc(path).body.textContent ?? '';
    /** A Solar Hijri year of these years' dates (۱۴۰۰–۱۴۰۹), standing alone: figures are grouped (۱٬۴۰۴), years not. */
    const solarHijriYear = /(?<![۰-۹٬])۱۴۰[۰-۹](?![۰-۹٬])/;
    // A Solar Hijri month, as Intl names the 12 (the 15th of each Gregorian month falls in a different one), a word of
    // its own: a day of 2009 is written in ۱۳۸۸, a year the pattern above does not know.
    const persianMonth = new Intl.DateTimeFormat('fa-u-ca-persian', { month: 'long', timeZone: 'UTC' });
    const months = new Set(Array.from({ length: 12 }, (_, i) => persianMonth.format(new Date(Date.UTC(2026, i, 15)))));
    expect(months.size).toBe(12);
    const solarHijriMonth = new RegExp(`(?<![\\p{L}\\u200c])(?:${[...months].join('|')})(?![\\p{L}\\u200c])`, 'u');
    expect({
      years: pages.filter((path) => solarHijriYear.test(text(path))),
      months: pages.filter((path) => solarHijriMonth.test(text(path))),
    }).toEqual({ years: [], months: [] });
    // The pages hold dates and years: the test measures something.
    const gregorian = pages.filter((path) => /(?<![۰-۹٬])۲۰[۰-۲][۰-۹](?![۰-۹٬])/.test(text(path)));
    expect(gregorian.length).toBeGreaterThan(10);
    expect(gregorian).toContain(story);
  });

  it("numbers the Persian pages' lists by a stylesheet only they load, which the site's stylesheet does not hold", () => {
    const numerals = (path: string) =>
      [...doc(path).querySelectorAll('link[rel="stylesheet"]')]
        .map((link) => link.getAttribute('href'))
        .filter((href) => href?.startsWith('/numerals/'));
    const pages = builtPages(build.dist);
    expect(new Set(pages.fa.map(numerals).map(String))).toEqual(new Set(['/numerals/persian.css']));
    expect([...pages.en, ...pages.fr].filter((path) => numerals(path).length > 0)).toEqual([]);
    expect(readFileSync(join(build.dist, 'numerals/persian.css'), 'utf8')).toBe(
      ':where(ol:not([type])){list-style-type:persian}\n',
    );
    // Nor does any other page's CSS name a counter style per language (the 20 kB budget: src/build/checks/budgets.ts).
    const css = readdirSync(join(build.dist, '_astro')).filter((file) => file.endsWith('.css'));
    expect(
      css.filter((file) => /persian|arabic-indic/.test(readFileSync(join(build.dist, '_astro', file), 'utf8'))),
    ).toEqual([]);
  });
});

describe("a Persian page's separators, lists and years", () => {
  /** An element's text as read, its runs of spaces one. */
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  /** The card of the story on a list of stories. */
  const card = (path: string, href: string) => doc(path).querySelector(`.card:has(a[href="${href}"]) .meta`);

  it('separates items of metadata with a bar, never with a middle dot that reads as the Persian zero', () => {
    const pages = builtPages(build.dist);
    expect(pages.fa.filter((path) => doc(path).body.textContent?.includes('·'))).toEqual([]);
    expect(card('/fa/stories/', story)?.textContent).toMatch(/^۳ فوریهٔ ۲۰۲۶ \| روسیه/);
    // An English story's correction, which says it is in English, as a search result does.
    expect(text(doc('/fa/corrections/').querySelector('.correction-list .meta'))).toBe(
      '۲۲ نوامبر ۲۰۲۶ | گزارش | به زبان انگلیسی',
    );
    expect(text(doc('/fa/countries/').querySelector('.country-list a[href="/fa/countries/sv/"] + .meta'))).toBe(
      '۱ story | ۱ case file',
    );
    expect(text(doc('/fa/').querySelector('.lead .meta'))).toBe('نوشتهٔ Casefile، تحریریهٔ نمایشی | ۳ فوریهٔ ۲۰۲۶');
    // The byline's items, whose separator the style sheet draws in the gap before each (in Chromium, below).
    const byline = [...doc(story).querySelectorAll('.byline > span')].map((span) => span.getAttribute('data-sep'));
    expect(byline).toEqual(['|', '|', '|', '|']);
    // The English and French pages keep their middle dot.
    expect(text(doc('/corrections/').querySelector('.correction-list .meta'))).toMatch(/^\d+ \w+ \d{4} · Story$/);
    expect(doc('/stories/the-interpol-files/').querySelector('.byline > span')?.getAttribute('data-sep')).toBe('·');
    expect(doc('/fr/stories/').querySelector('.card .meta')?.textContent).toContain(' · ');
  });

  it('joins a list of countries as Intl writes a Persian list, with its comma and "و", and note numbers with "،"', () => {
    const names = (codes: string[], lang: string) => codes.map((code) => countryName(code, lang));
    const countries = ['RU', 'PE', 'TJ', 'KG', 'TR', 'SV'];
    const joined = (lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names(countries, lang));
    expect(card('/fa/stories/', story)?.textContent).toBe(`۳ فوریهٔ ۲۰۲۶ | ${joined('fa')}`);
    expect(joined('fa')).toContain('، و السالوادور');
    expect(card('/stories/', '/stories/the-interpol-files/')?.textContent).toContain(
      'Russia, Peru, Tajikistan, Kyrgyzstan, Turkey and El Salvador',
    );
    // Two sources cited at once.
    const cites = (path: string) => [...doc(path).querySelectorAll('.body .cite')].map((cite) => cite.textContent);
    expect(cites(story)).toContain('\u2060[۱، ۲]');
    expect(cites('/stories/the-interpol-files/').filter((cite) => cite?.includes(','))[0]).toMatch(
      /^\u2060\[\d+, \d+\]$/,
    );
    // A source's publisher and its title, which is marked as English, in the lists of sources and under a chart.
    const publisher = (path: string, selector: string) =>
      doc(path).querySelector(`${selector} [lang="en"]`)?.previousSibling?.textContent;
    expect(publisher(story, '.sources li')).toBe('Disclose، ');
    expect(publisher(story, '.chart-source')).toBe('منابع: JURIST، ');
    expect(publisher('/fa/sources/', 'main li')).toMatch(/^[^,]+، $/);
    expect(doc('/stories/the-interpol-files/').querySelector('.sources li')?.textContent).toMatch(
      /^Disclose, The Interpol Files/,
    );
    // A chart's downloads, and the way to its dataset.
    expect(text(doc(story).querySelector('.chart-download'))).toMatch(/^دریافت داده‌ها: .*CSV، .*JSON \| /);
    expect(text(doc('/fa/data/').querySelector('.card .meta'))).toMatch(/^۸ rows \| Last checked .* \| .*CSV، .*JSON$/);
  });

  it("labels the search page's years in Persian digits, without grouping, and filters by the years as indexed", () => {
    const years = (path: string) =>
      [...doc(path).querySelectorAll('#search-year option:not([value=""])')].map(
        (option) => `${option.getAttribute('value')} ${option.textContent}`,
      );
    expect(years('/fa/search/')).toEqual(['2026 ۲۰۲۶']);
    expect(years('/search/')).toEqual(['2026 2026']);
  });
});

describeBrowser('a Persian page laid out in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(build.dist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The viewport boxes of what a test compares, in the page at `path`. */
  async function boxes(tab: Page, path: string) {
    await tab.goto(server.origin + path);
    await tab.evaluate(() => document.fonts.ready);
    return tab.evaluate(() => {
      const box = (selector: string) => {
        const rect = document.querySelector(selector)!.getBoundingClientRect();
        return { left: Math.round(rect.left), right: Math.round(rect.right), top: Math.round(rect.top) };
      };
      // The first line of the story's first paragraph: where its text starts and ends.
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.body > p')!);
      const first = range.getClientRects()[0]!;
      const line = [...range.getClientRects()].filter((rect) => Math.abs(rect.top - first.top) < 2);
      /** An element's content box: inside its padding. */
      const content = (selector: string) => {
        const element = document.querySelector(selector)!;
        const { left, right } = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          left: Math.round(left + parseFloat(style.paddingLeft)),
          right: Math.round(right - parseFloat(style.paddingRight)),
        };
      };
      return {
        width: document.documentElement.clientWidth,
        header: content('.header-inner'),
        column: content('.prose-wrap'),
        paragraph: box('.body > p'),
        line: {
          left: Math.round(Math.min(...line.map((rect) => rect.left))),
          right: Math.round(Math.max(...line.map((rect) => rect.right))),
        },
        brand: box('.brand'),
        sections: [...document.querySelectorAll('.site-header nav:not(.language-switcher) a')].map((a) => {
          const rect = a.getBoundingClientRect();
          return { left: Math.round(rect.left), right: Math.round(rect.right), top: Math.round(rect.top) };
        }),
        languages: box('.language-switcher'),
        search: box('.header-search'),
        response: {
          ...box('.response'),
          borders: [
            getComputedStyle(document.querySelector('.response')!).borderLeftWidth,
            getComputedStyle(document.querySelector('.response')!).borderRightWidth,
          ],
        },
      };
    });
  }

  it('marks an English result on the Persian search page as running in its own direction', async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    // Igor Pestrikov's case file, listed untranslated (in English) by the Persian site.
    await tab.goto(`${server.origin}/fa/search/?q=Pestrikov`);
    await tab.locator('#search-list li').first().waitFor();
    const marked = await tab.evaluate(() =>
      [...document.querySelectorAll('#search-list [lang]')].map(
        (element) => `${element.localName} ${element.getAttribute('lang')} ${element.getAttribute('dir')}`,
      ),
    );
    // Its title is laid out from the left, as its excerpt is, not from the right above a left-aligned excerpt.
    const directions = await tab.evaluate(() => {
      const result = document.querySelector('#search-list li')!;
      return ['h3', '.search-excerpt'].map((part) => getComputedStyle(result.querySelector(part)!).direction);
    });
    await context.close();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((entry) => !entry.endsWith(' auto'))).toEqual([]);
    expect(directions).toEqual(['ltr', 'ltr']);
  });

  it('draws the bar between the items of a Persian byline, and the middle dot in an English one', async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    const separators = async (path: string) => {
      await tab.goto(server.origin + path);
      return tab.evaluate(() =>
        [...document.querySelectorAll('.byline > span')].map((span) => getComputedStyle(span, '::before').content),
      );
    };
    // Each with an empty alternative text: drawn, not read (tests/browser/accessibility-tree.test.ts).
    expect(await separators(story)).toEqual(Array(4).fill('"|" / ""'));
    expect(await separators('/stories/the-interpol-files/')).toEqual(Array(4).fill('"·" / ""'));
    await context.close();
  });

  it("separates a search result's kind, date and language with the Persian page's bar", async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/fa/search/?q=Pestrikov`);
    await tab.locator('#search-list li').first().waitFor();
    const meta = await tab.locator('#search-list .search-meta').first().textContent();
    await context.close();
    expect(meta).toBe('پرونده | ۲ فوریهٔ ۲۰۲۶ | به زبان انگلیسی');
  });

  it('labels a year the script adds to the filter in Persian digits, and filters by the year as indexed', async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    // A page older than its index: served without the option of a year the index holds, linked from the address. The
    // script asks the index, adds the year, labelled as the page labels its own, and applies it.
    await tab.goto(`${server.origin}/fa/search/`);
    const year = await tab.locator('#search-year option[value]:not([value=""])').first().getAttribute('value');
    expect(year, 'a year the Persian search page lists').toMatch(/^\d{4}$/);
    await tab.route(`${server.origin}/fa/search/?year=*`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<option value="(\d{4})"[^>]*>[^<]*<\/option>/, (option, value) =>
        value === year ? '' : option,
      );
      await route.fulfill({ response, body });
    });
    const listed = await tab.goto(`${server.origin}/fa/search/?year=${year}`);
    expect(await listed!.text(), 'the page as served lists no such year').not.toContain(`<option value="${year}"`);
    await searchDone(tab, { year: year! });
    const option = await tab.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#search-year')!;
      return `${select.value} ${select.selectedOptions[0]?.textContent}`;
    });
    expect(option).toBe(`${year} ${new Intl.NumberFormat('fa', { useGrouping: false }).format(Number(year))}`);
    expect(await tab.locator('#search-list li').count()).toBeGreaterThan(0);
    expect(await tab.locator('#search-ignored').isVisible()).toBe(false);
    await context.close();
  });

  it("numbers the Persian story's sources in Persian digits, as its note numbers, and the English story's in 0–9", async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    const numbering = async (path: string) => {
      await tab.goto(server.origin + path);
      return tab.evaluate(() => getComputedStyle(document.querySelector('.sources ol')!).listStyleType);
    };
    expect(await numbering(story)).toBe('persian');
    expect(await numbering('/stories/the-interpol-files/')).toBe('decimal');
    // A list that has no numbers keeps none.
    await tab.goto(`${server.origin}/fa/search/?q=Pestrikov`);
    expect(await tab.evaluate(() => getComputedStyle(document.querySelector('#search-list')!).listStyleType)).toBe(
      'none',
    );
    await context.close();
  });

  it('prints the address after a Persian link to another site left to right, in its parentheses', async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    await tab.emulateMedia({ media: 'print' });
    await tab.goto(server.origin + story);
    const after = await tab.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.body a[href="https://www.bbc.com/news"]')!, '::after');
      return [style.content, style.direction, style.unicodeBidi];
    });
    await context.close();
    expect(after).toEqual(['" (https://www.bbc.com/news)"', 'ltr', 'isolate']);
  });

  // A line of metadata parts its items with the bar; where an item mixes directions (the fixture keeps "rows" and
  // "Last checked" in English), the bidi algorithm ran neighbouring items together: "۲۲ rows | Last checked ۱۰ آذر"
  // read as one left-to-right run, the first item left of the bar and the second right of it. Each item is isolated:
  // on a Persian page every item stands whole, to the right of the bar after it and the left of the bar before it.
  it("keeps each item of a line of metadata whole and in the page's order, right to left, on every Persian list", async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    const swapped: string[] = [];
    let bars = 0;
    for (const path of [
      '/fa/',
      '/fa/data/',
      '/fa/stories/',
      '/fa/cases/',
      '/fa/corrections/',
      '/fa/countries/',
      story,
    ]) {
      await tab.goto(server.origin + path);
      await tab.evaluate(() => document.fonts.ready);
      const lines = await tab.evaluate(() =>
        [...document.querySelectorAll('main :is(.meta, .chart-download)')].flatMap((line) => {
          // The line's characters in reading order, each with its box on the screen.
          const chars: { char: string; box: DOMRect }[] = [];
          const texts = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
            // A link's name for screen readers, clipped to a pixel, is not on the line.
            if (node.parentElement!.closest('.visually-hidden')) continue;
            for (let i = 0; i < node.data.length; i++) {
              if (/\s/.test(node.data[i]!)) continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              chars.push({ char: node.data[i]!, box: range.getBoundingClientRect() });
            }
          }
          const text = line.textContent!.replace(/\s+/g, ' ').trim();
          return chars.flatMap(({ char, box }, i) => {
            const [before, after] = [chars[i - 1], chars[i + 1]];
            if (char !== '|' || !before || !after) return [];
            const sameLine = (other: DOMRect) => Math.abs(other.top - box.top) < box.height / 2;
            if (!sameLine(before.box) || !sameLine(after.box)) return [];
            const inOrder = before.box.left >= box.right - 1 && after.box.right <= box.left + 1;
            return [{ text, inOrder }];
          });
        }),
      );
      bars += lines.length;
      for (const { text, inOrder } of lines) if (!inOrder) swapped.push(`${path}: "${text}"`);
    }
    await context.close();
    // The lists have such lines: the test measures something.
    expect(bars).toBeGreaterThan(10);
    expect(swapped).toEqual([]);
  });

  // Within an item, a label kept in English ran the Persian date after it left to right: "Last checked ۱۰ اسفند ۱۴۰۴"
  // drew the day beside the label, left of the month and year ("Last checked ۱۰ ۱۴۰۴ اسفند"). A date is isolated too.
  it('draws each Persian date of a line of metadata or a byline right to left, after a label in English too', async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    const misdrawn: string[] = [];
    let afterEnglish = 0;
    for (const path of ['/fa/', '/fa/data/', '/fa/stories/', '/fa/corrections/', story]) {
      await tab.goto(server.origin + path);
      await tab.evaluate(() => document.fonts.ready);
      const dates = await tab.evaluate(() =>
        [...document.querySelectorAll('main :is(.meta, .byline) time')].map((time) => {
          // The date's words in reading order, each with its box on the screen.
          const text = time.firstChild as Text;
          const words = [...text.data.matchAll(/\S+/g)].map((word) => {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            return range.getBoundingClientRect();
          });
          const rightToLeft = words.every((box, i) => i === 0 || box.right <= words[i - 1]!.left + 1);
          // The item: the nearest element round the date that holds more than the date (its label).
          let item = time.parentElement!;
          while (item.textContent!.trim() === text.data.trim()) item = item.parentElement!;
          return { date: text.data, item: item.textContent!.replace(/\s+/g, ' ').trim(), rightToLeft };
        }),
      );
      for (const { date, item, rightToLeft } of dates) {
        if (item.startsWith('Last checked')) afterEnglish += 1;
        if (!rightToLeft) misdrawn.push(`${path}: "${date}" in "${item}"`);
      }
    }
    await context.close();
    // The data catalogue's "Last checked" lines: the test measures a date after an English label.
    expect(afterEnglish).toBeGreaterThan(3);
    expect(misdrawn).toEqual([]);
  });

  for (const width of [360, 1280]) {
    it(`starts the story's text at the right edge and mirrors the header, at ${width} px`, async () => {
      const context = await browser.newContext(viewport(width));
      const tab = await context.newPage();
      const fa = await boxes(tab, story);
      // The English original, the same width of page: a scroll bar on one alone would shift what is compared.
      const en = await boxes(tab, '/stories/the-interpol-files/');
      await context.close();
      // The story's column: its text hangs from its right edge, where it starts its first line, and mirrors the
      // English story's, which hangs from the left.
      expect(Math.abs(fa.paragraph.right - fa.column.right), 'paragraph').toBeLessThanOrEqual(1);
      expect(Math.abs(fa.line.right - fa.column.right), 'first line').toBeLessThanOrEqual(1);
      expect(Math.abs(en.line.left - en.column.left)).toBeLessThanOrEqual(1);
      expect(Math.abs(fa.column.right - (en.width - en.column.left)), 'column mirrored').toBeLessThanOrEqual(1);
      expect(Math.abs(fa.paragraph.left - (en.width - en.paragraph.right)), 'paragraph mirrored').toBeLessThanOrEqual(
        1,
      );
      // The site's name at the right edge of the header, where English has it at the left.
      expect(Math.abs(fa.brand.right - fa.header.right), 'brand').toBeLessThanOrEqual(1);
      expect(Math.abs(en.brand.left - en.header.left)).toBeLessThanOrEqual(1);
      // The sections read from right to left: each link left of the one before it on its row.
      const rows = Map.groupBy(fa.sections, (link) => link.top);
      expect(fa.sections.length).toBe(5);
      for (const row of rows.values())
        for (let i = 1; i < row.length; i++) expect(row[i]!.right, `section ${i}`).toBeLessThan(row[i - 1]!.left);
      // On a desktop the sections follow the name on its row, to its left.
      if (width >= 1280) expect(fa.sections[0]!.right).toBeLessThan(fa.brand.left);
      // The languages (at 360 px, on the name's row) or the search (at 1280 px) keep to the left edge, the end.
      const end = width < 640 ? fa.languages : fa.search;
      expect(Math.abs(end.left - fa.header.left), 'end of the header').toBeLessThanOrEqual(1);
      // A reply's rule is on its right, the side its lines start from.
      expect(fa.response.borders).toEqual(['0px', '4px']);
      expect(en.response.borders).toEqual(['4px', '0px']);
    });
  }
});

describeBrowser("a Persian page's charts in Chromium", () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(build.dist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The renderer places its labels for a drawing laid out left to right (a y axis's figures anchored at their end,
  // a bar's name at its start): under the page's direction: rtl, SVG reversed those anchors and drew them off the SVG.
  for (const width of [360, 1280]) {
    it(`draws the Persian story's charts left to right, every label within the drawing, at ${width} px`, async () => {
      const context = await browser.newContext(viewport(width));
      const tab = await context.newPage();
      await tab.goto(server.origin + story);
      await tab.evaluate(() => document.fonts.ready);
      const drawings = await tab.evaluate(() =>
        [...document.querySelectorAll('.chart-drawing svg')]
          .filter((svg) => !svg.parentElement?.closest('svg') && svg.checkVisibility())
          .map((svg) => {
            const frame = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].filter((text) => text.textContent?.trim());
            const outside = texts
              .filter((text) => {
                const box = text.getBoundingClientRect();
                return box.left < frame.left - 1 || box.right > frame.right + 1;
              })
              .map((text) => text.textContent);
            return { direction: getComputedStyle(svg).direction, texts: texts.length, outside };
          }),
      );
      await context.close();
      // The bar chart and the line chart.
      expect(drawings.length).toBe(2);
      for (const drawing of drawings) {
        expect(drawing.texts).toBeGreaterThan(3);
        expect(drawing.outside).toEqual([]);
        expect(drawing.direction).toBe('ltr');
      }
    });
  }

  // axe's WCAG 2.2 A and AA rules on the Persian pages a reader meets first: the demo has no language written right to
  // left, so tests/browser/accessibility.test.ts never sees one. As there, the dark scheme is checked with the colour
  // rules. At 360 px the home page's ranking failed target-size: each figure's source, the superscript "منبع", was a
  // link 18 × 13 px beside its figure (English's "source", 36 px wide, passed by the room round it).
  it.each([360, 1280])(
    'finds no axe violation on the Persian home page, story, search page, a country page and the case files at %i px, light and dark',
    async (width) => {
      const context = await browser.newContext(viewport(width));
      const tab = await context.newPage();
      const found: string[] = [];
      for (const path of ['/fa/', story, '/fa/search/', '/fa/countries/ru/', '/fa/cases/']) {
        await tab.goto(server.origin + path);
        if (path.endsWith('/search/')) await searchDone(tab, '');
        await tab.evaluate(axeSource);
        for (const scheme of ['light', 'dark'] as const) {
          await tab.emulateMedia({ colorScheme: scheme });
          const results = await tab.evaluate(
            (runOnly) =>
              (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
                runOnly,
                resultTypes: ['violations'],
              }),
            scheme === 'light'
              ? { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
              : { type: 'rule' as const, values: ['color-contrast', 'link-in-text-block'] },
          );
          for (const violation of results.violations)
            for (const node of violation.nodes)
              found.push(`${path} ${scheme}: ${violation.id}: ${node.target.join(' ')}: ${node.failureSummary}`);
        }
      }
      await context.close();
      expect(found).toEqual([]);
    },
  );

  // "نمایش داده‌های «…»" named the control that reads "نمایش داده‌ها": Persian's ezafe changed the word, and a
  // speech-recognition user saying what they see did not reach it (src/i18n/label-in-name.ts now refuses such a name).
  it("names each of the Persian story's chart controls with the words it shows, as axe's label-in-name rule checks", async () => {
    const context = await browser.newContext(viewport(1280));
    const tab = await context.newPage();
    await tab.goto(server.origin + story);
    await tab.evaluate(axeSource);
    const results = await tab.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'rule', values: ['label-content-name-mismatch'] },
        resultTypes: ['violations', 'passes'],
      }),
    );
    await context.close();
    const nodes = (kind: 'violations' | 'passes') =>
      results[kind].flatMap((rule) => rule.nodes.map((node) => node.html));
    expect(nodes('violations')).toEqual([]);
    // The rule looked at each chart's "show the data" (the links whose dataset title is English carry no aria-label).
    expect(nodes('passes').filter((html) => html.startsWith('<summary '))).toHaveLength(2);
  });
});
