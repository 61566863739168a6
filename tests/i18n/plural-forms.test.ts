/**
 * A newsroom adds a language that counts in more forms than "one" and "other": Polish says "2 wiersze" (few) but
 * "5 wierszy" (many), "22 wiersze" (few) again. A copy of the project with Polish added as README.md ("Languages")
 * says, its dictionary giving each counted string in the four forms Intl.PluralRules lists for Polish, builds a
 * small site of numbered datasets (tests/i18n/plural-forms/), whose Polish pages and search page are read here, the
 * search page in Chromium too, since its script writes the count of results itself. Brazilian Portuguese is added
 * too, as a newsroom writes its code, `pt-BR`, with a region in capitals, which Astro lowercases in its entry ids, and
 * whose pages are published in its folder, the code in small letters (/pt-br/), with a prose page of its own;
 * and Bengali, whose figures Intl writes in Bengali digits, and whose story's numbered list counts in them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '../../src/i18n/en.ts';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { repoRoot, runBuild, type BuildResult } from '../helpers/build.ts';
import { describeBrowser, launchBrowser, viewport, watchPage, type PageWatch } from '../helpers/browser.ts';
import { addLanguage, copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { searchDone } from '../helpers/search-page.ts';
import { page } from '../helpers/site.ts';
import { listFiles, readableText } from '../../src/build/checks/leaks.ts';

const fixture = join(repoRoot, 'tests/i18n/plural-forms');

/** The counted strings the tests read, in Polish's four forms (one, few, many, other: 1.5 "wiersza"). */
const polishCounts = {
  'count.rows.one': '{count} wiersz',
  'count.rows.few': '{count} wiersze',
  'count.rows.many': '{count} wierszy',
  'count.rows.other': '{count} wiersza',
  'search.status.results.one': '{count} wynik dla „{query}”.',
  'search.status.results.few': '{count} wyniki dla „{query}”.',
  'search.status.results.many': '{count} wyników dla „{query}”.',
  'search.status.results.other': '{count} wyniku dla „{query}”.',
  'search.status.filtered.one': '{count} wynik dla tych filtrów.',
  'search.status.filtered.few': '{count} wyniki dla tych filtrów.',
  'search.status.filtered.many': '{count} wyników dla tych filtrów.',
  'search.status.filtered.other': '{count} wyniku dla tych filtrów.',
  // A chart cut to its top N: the noun goes with the N, whose form it takes, and the total stands bare ("z 20").
  'chart.summary.top.one': 'Pokazano {count} najwyższą wartość z {total}.',
  'chart.summary.top.few': 'Pokazano {count} najwyższe wartości z {total}.',
  'chart.summary.top.many': 'Pokazano {count} najwyższych wartości z {total}.',
  'chart.summary.top.other': 'Pokazano {count} najwyższej wartości z {total}.',
  'chart.summary.empty.one': 'Jeszcze {empty} wiersz nie ma danych.',
  'chart.summary.empty.few': 'Jeszcze {empty} wiersze nie mają danych.',
  'chart.summary.empty.many': 'Jeszcze {empty} wierszy nie ma danych.',
  'chart.summary.empty.other': 'Jeszcze {empty} wiersza nie ma danych.',
  // A reading time spelt out, as Polish says it: "1 minuta", "3 minuty", "5 minut".
  'story.readingTime.one': '{minutes} minuta czytania',
  'story.readingTime.few': '{minutes} minuty czytania',
  'story.readingTime.many': '{minutes} minut czytania',
  'story.readingTime.other': '{minutes} minuty czytania',
};

/**
 * The counted strings the tests do not read, in the two forms English lacks, written as English's "other": the
 * dictionary gives every form Polish has, or the build stops (src/i18n/check.ts).
 */
const otherCounts = Object.fromEntries(
  Object.entries(en)
    .filter(([key]) => key.endsWith('.other') && !(key in polishCounts))
    .flatMap(([key, text]) => ['few', 'many'].map((form) => [key.replace(/other$/, form), text])),
);

/** The strings left in English, listed as kept on purpose, as a newsroom lists a name it keeps (src/i18n/index.ts). */
const keptInEnglish = Object.keys(en).filter((key) => !(key in polishCounts));

/** The Brazilian Portuguese strings the tests read, with English's "other" for the "many" form Portuguese adds. */
const portuguese = {
  ...Object.fromEntries(
    Object.entries(en)
      .filter(([key]) => key.endsWith('.other'))
      .map(([key, text]) => [key.replace(/other$/, 'many'), text]),
  ),
  'nav.home': 'Início',
  'nav.stories': 'Reportagens',
  'count.rows.one': '{count} linha',
  'count.rows.many': '{count} de linhas',
  'count.rows.other': '{count} linhas',
};

/** The Bengali strings the tests read. */
const bengali = { 'nav.stories': 'প্রতিবেদন' };

/** The project with Polish, Brazilian Portuguese and Bengali added as the README says. */
function projectInPolish(): ProjectCopy {
  const project = copyProject();
  addLanguage(project, { code: 'pl', label: 'Polski', strings: { ...otherCounts, ...polishCounts }, keptInEnglish });
  addLanguage(project, {
    code: 'pt-BR',
    label: 'Português',
    strings: portuguese,
    keptInEnglish: Object.keys(en).filter((key) => !(key in portuguese)),
  });
  // Its about page, in the folder of its addresses: a fixture, not a translation to copy.
  project.write(
    'src/pages/pt-br/about.mdx',
    '---\nlayout: ../../layouts/Page.astro\ntitle: Sobre\ndescription: Uma página de teste.\n---\n\n' +
      'Uma página de teste, que leva à [reportagem](/pt-br/stories/arquivo-da-redacao/).\n',
  );
  addLanguage(project, {
    code: 'bn',
    label: 'বাংলা',
    strings: bengali,
    keptInEnglish: Object.keys(en).filter((key) => !(key in bengali)),
  });
  return project;
}

/**
 * The fixture's datasets of 2, 5 and 22 numbered rows and their source, with the datasets and sources the project's
 * methodology page links to (1 and 3 rows), and no story: five datasets in all.
 */
function fixtureContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-plural-forms-'));
  mkdirSync(join(root, 'content'), { recursive: true });
  cpSync(join(fixture, 'stories'), join(root, 'content/stories'), { recursive: true });
  cpSync(join(fixture, 'data'), join(root, 'data'), { recursive: true });
  for (const file of ['red-notices-issued.json', 'ccf-decisions.json'])
    cpSync(join(repoRoot, 'tests/pages/fixture/data', file), join(root, 'data', file));
  const sources = JSON.parse(readFileSync(join(repoRoot, 'tests/pages/fixture/data/sources.json'), 'utf8'));
  const own = JSON.parse(readFileSync(join(fixture, 'source.json'), 'utf8'));
  writeFileSync(join(root, 'data/sources.json'), JSON.stringify({ ...sources, ...own }, null, 2));
  return root;
}

let project: ProjectCopy;
let content: string;
let build: BuildResult;
const doc = (path: string) => page(path, build.dist);

/** The row counts of the data catalog at `path`, by dataset id. */
function rowCounts(path: string): Record<string, string | undefined> {
  return Object.fromEntries(
    [...doc(path).querySelectorAll('main li.card')].map((card) => [
      // The dataset's id: the last part of its page's address (/data/<id>/, /pl/data/<id>/).
      card.querySelector('h2 a')?.getAttribute('href')?.split('/').filter(Boolean).at(-1),
      card.querySelector('.meta')?.textContent?.split(' · ')[0]?.trim(),
    ]),
  );
}

beforeAll(() => {
  project = projectInPolish();
  content = fixtureContent();
  build = runBuild({ project: project.root, dist: join(project.root, 'dist'), contentRoot: content });
  if (build.status !== 0) throw new Error(`the Polish fixture did not build:\n${build.output}`);
}, 600_000);

afterAll(() => {
  project?.remove();
  if (content) rmSync(content, { recursive: true, force: true });
});

describe('a language with more plural forms than "one" and "other", added as the README says', () => {
  it('counts the rows of the Polish data catalog in the form Polish gives each count: 2 and 22 "few", 5 "many"', () => {
    expect(rowCounts('/pl/data/')).toEqual({
      'ccf-decisions': '1 wiersz',
      'two-rows': '2 wiersze',
      'red-notices-issued': '3 wiersze',
      'five-rows': '5 wierszy',
      'twenty-two-rows': '22 wiersze',
    });
    // English and French count the same rows in their two forms, French's "many" being for round millions.
    expect(rowCounts('/data/')).toMatchObject({ 'two-rows': '2 rows', 'five-rows': '5 rows' });
    expect(rowCounts('/fr/data/')).toMatchObject({ 'ccf-decisions': '1\u00a0ligne', 'five-rows': '5\u00a0lignes' });
  });

  it("gives the Polish search page a count's message in each form Polish has, and French's in its three", () => {
    const messages = (path: string) =>
      Object.fromEntries(
        [...(doc(path).querySelector('#search')?.attributes ?? [])]
          .filter((attribute) => attribute.name.startsWith('data-msg-results-'))
          .map((attribute) => [attribute.name, attribute.value]),
      );
    expect(messages('/pl/search/')).toEqual({
      'data-msg-results-one': '{count} wynik dla „{query}”.',
      'data-msg-results-few': '{count} wyniki dla „{query}”.',
      'data-msg-results-many': '{count} wyników dla „{query}”.',
      'data-msg-results-other': '{count} wyniku dla „{query}”.',
    });
    expect(Object.keys(messages('/fr/search/'))).toEqual([
      'data-msg-results-one',
      'data-msg-results-many',
      'data-msg-results-other',
    ]);
  });

  it('says a chart cut to its top N with each count in its own form: 5 "many", 2 "few", and the total bare', () => {
    const summaries = [...doc('/pl/stories/najwyzsze-wartosci/').querySelectorAll('.chart-summary')].map(
      (summary) => summary.textContent ?? '',
    );
    expect(summaries).toHaveLength(2);
    // The 5 highest of the 20 rows with a value, and the 2 rows without one, each count agreeing with its own words.
    expect(summaries[0]).toContain(' Pokazano 5 najwyższych wartości z 20. Jeszcze 2 wiersze nie mają danych. ');
    expect(summaries[1]).toContain(' Pokazano 2 najwyższe wartości z 20. Jeszcze 2 wiersze nie mają danych. ');
  });

  it("says a story's reading time in the form of its minutes", () => {
    const byline = [...doc('/pl/stories/najwyzsze-wartosci/').querySelectorAll('.byline > span')];
    expect(byline.at(-1)?.textContent).toBe('1 minuta czytania');
  });

  describeBrowser('the Polish search page in Chromium', () => {
    let browser: Browser;
    let server: SiteServer;
    let tab: Page;
    let watch: PageWatch;

    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serveSite(build.dist)]);
      tab = await (await browser.newContext(viewport(1280))).newPage();
      watch = await watchPage(tab, server.origin);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('says 2 results in the "few" form and 5 in the "many" form', async () => {
      await tab.goto(`${server.origin}/pl/search/?q=tally`);
      await searchDone(tab, 'q=tally');
      expect(await tab.locator('#search-status').textContent()).toBe('2 wyniki dla „tally”.');
      await tab.goto(`${server.origin}/pl/search/?kind=dataset`);
      await searchDone(tab, 'kind=dataset');
      expect(await tab.locator('#search-status').textContent()).toBe('5 wyników dla tych filtrów.');
      expect(watch.problems).toEqual([]);
    });
  });
});

describe('a language whose code has a region in capitals, pt-BR, added as the README says', () => {
  const story = '/pt-br/stories/arquivo-da-redacao/';

  it('publishes its story from content/stories/pt-BR/ at /pt-br/, marked lang="pt-BR", in its dictionary\'s words', () => {
    const article = doc(story);
    expect(article.documentElement.getAttribute('lang')).toBe('pt-BR');
    expect(article.querySelector('h1')?.textContent?.trim()).toBe('O arquivo da redação');
    expect([...article.querySelectorAll('nav a')].map((link) => link.textContent?.trim())).toContain('Reportagens');
    expect(article.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('pt_BR');
    // Not as an English page at its lowercased entry id.
    expect(existsSync(join(build.dist, 'stories/pt-br/arquivo-da-redacao/index.html'))).toBe(false);
  });

  it("lists the story in Brazilian Portuguese's lists alone, and counts rows in its words", () => {
    const links = (path: string) => [...doc(path).querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(links('/pt-br/stories/')).toContain(story);
    for (const path of ['/', '/stories/', '/fr/stories/', '/pl/stories/']) {
      expect(
        links(path).filter((href) => href?.includes('arquivo-da-redacao')),
        path,
      ).toEqual([]);
    }
    expect(rowCounts('/pt-br/data/')).toMatchObject({ 'ccf-decisions': '1 linha', 'five-rows': '5 linhas' });
    // The build's budgets count it as a story of its language, and count no story in English (the fixture has none).
    expect(build.output).toMatch(/budgets: story \(pt-BR\) +1 /);
    expect(build.output).not.toMatch(/budgets: story +\d/);
  });

  it('pairs its pages with the others as hreflang="pt-BR" at /pt-br/, and has a search index of its own', () => {
    const alternates = [...doc('/').querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    expect(alternates).toContainEqual(['pt-BR', 'https://casefile.example.org/pt-br/']);
    expect(doc('/pt-br/search/').documentElement.getAttribute('lang')).toBe('pt-BR');
    // Pagefind names each language's index by the pages' lang in small letters, and has a stemmer for Portuguese.
    const entry = JSON.parse(readFileSync(join(build.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['pt-br']).toMatchObject({ wasm: 'pt-br' });
  });
});

describe("every address of the site's pages, sitemap, feeds and search index, with pt-BR among its languages", () => {
  const origin = 'https://casefile.example.org';

  /**
   * Every address of the site `file` (below dist/) holds: href, src, srcset, content (og:url) and action values, a
   * feed's and a sitemap's, the search index's.
   */
  function addressesIn(file: string): string[] {
    const text = readableText(readFileSync(join(build.dist, file)));
    const found = [
      ...[...text.matchAll(/\s(?:href|src|content|action)="([^"]*)"/g)].map((match) => match[1]!),
      ...[...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
        match[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!),
      ),
      ...[...text.matchAll(/<(?:loc|link|guid)[^>]*>([^<]*)</g)].map((match) => match[1]!),
      ...[...text.matchAll(/"url":"([^"]*)"/g)].map((match) => match[1]!),
    ];
    return found
      .map((address) => address.replaceAll('&amp;', '&'))
      .filter((address) => address.startsWith(origin) || (address.startsWith('/') && !address.startsWith('//')));
  }

  /** Whether the site's address `address` is a file of the build (a page's folder holding its index.html). */
  function resolves(address: string): boolean {
    const path = decodeURIComponent(new URL(address, origin).pathname);
    const file = join(build.dist, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) && statSync(file).isFile();
  }

  it("writes pt-BR's folder in small letters, /pt-br/, everywhere, and each address of the site is a file", () => {
    const files = listFiles(build.dist).filter(
      (file) => /\.(?:html|xml)$/.test(file) || file.includes('pagefind/fragment/'),
    );
    const addresses = new Map(files.map((file) => [file, addressesIn(file)]));
    // The files read: pages, the sitemap, feeds and the search index's fragments, each holding addresses.
    for (const kind of [/^pt-br\/index\.html$/, /^sitemap-0\.xml$/, /^pt-br\/rss\.xml$/, /^pagefind\/fragment\//])
      expect(
        files.filter((file) => kind.test(file) && addresses.get(file)!.length > 0),
        String(kind),
      ).not.toEqual([]);
    const all = [...addresses].flatMap(([file, found]) => found.map((address) => ({ file, address })));
    expect(
      all.filter(({ address }) => /\/pt-br(?=[/?#]|$)/i.test(address) && !/\/pt-br(?=[/?#]|$)/.test(address)),
    ).toEqual([]);
    const portuguese = all.filter(({ address }) => /\/pt-br\//.test(address));
    expect(new Set(portuguese.map(({ file }) => file.split('/')[0])).size).toBeGreaterThan(2);
    expect(all.filter(({ address }) => !resolves(address))).toEqual([]);
    // Its prose page, written in src/pages/pt-br/, is in its language and linked from its pages' menus.
    expect(doc('/pt-br/about/').documentElement.getAttribute('lang')).toBe('pt-BR');
    expect([...doc('/pt-br/').querySelectorAll('a')].map((link) => link.getAttribute('href'))).toContain(
      '/pt-br/about/',
    );
  });

  it("puts pt-BR's 404 page in its folder, where hosts look for it", () => {
    expect(existsSync(join(build.dist, 'pt-br/404.html'))).toBe(true);
    expect(readdirSync(build.dist).filter((name) => name.toLowerCase() === 'pt-br')).toEqual(['pt-br']);
  });
});

describe('a language whose figures Intl writes in its own digits, Bengali, added as the README says', () => {
  const story = '/bn/stories/tin-dhap/';
  /** The numerals stylesheets the page at `path` links. */
  const numerals = (path: string) =>
    [...doc(path).querySelectorAll('link[rel="stylesheet"]')]
      .map((link) => link.getAttribute('href'))
      .filter((href) => href?.startsWith('/numerals/'));

  it("links its pages, and no other language's, to a stylesheet numbering lists in Bengali digits", () => {
    for (const path of [story, '/bn/', '/bn/data/', '/bn/search/'])
      expect(numerals(path), path).toEqual(['/numerals/bengali.css']);
    for (const path of ['/', '/fr/', '/pl/', '/pt-br/', '/pt-br/stories/arquivo-da-redacao/'])
      expect(numerals(path), path).toEqual([]);
    expect(readFileSync(join(build.dist, 'numerals/bengali.css'), 'utf8')).toBe(
      ':where(ol:not([type])){list-style-type:bengali}\n',
    );
  });

  describeBrowser('in Chromium', () => {
    let browser: Browser;
    let server: SiteServer;

    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serveSite(build.dist)]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("numbers the Bengali story's list ১. ২. ৩., as its figures are written", async () => {
      const tab = await (await browser.newContext(viewport(1280))).newPage();
      const watch = await watchPage(tab, server.origin);
      await tab.goto(server.origin + story);
      expect(await tab.evaluate(() => getComputedStyle(document.querySelector('main .body ol')!).listStyleType)).toBe(
        'bengali',
      );
      // The numbers as Chromium gives them to a screen reader.
      const cdp = await tab.context().newCDPSession(tab);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const markers = nodes.filter((node) => node.role?.value === 'ListMarker').map((node) => node.name?.value);
      expect(markers).toEqual(['১. ', '২. ', '৩. ']);
      expect(watch.problems).toEqual([]);
    });
  });
});
