/**
 * The search index of the demo site, queried from Node with the same files and options the search page uses
 * (src/build/search-probe.ts): what is indexed, what ranks first, and what the filters return.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSearchProbe, type SearchProbe } from '../../src/build/search-probe.ts';
import { SearchIndexCache, forIndex, separateElements, unusedPagefindFiles } from '../../src/build/search-index.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { isPublished } from '../../src/lib/visibility.ts';
import { fixedNow, makeFixture, repoRoot, runBuild } from '../helpers/build.ts';
import { demoDist, page } from '../helpers/site.ts';
import { entryLocale } from '../../src/lib/translations.ts';
import { unmatchedWords } from '../../public/search/search.js';

const now = new Date(fixedNow);
const { project } = loadProject(repoRoot);
// The English index holds the original case files; translations are in their own language's index (tests/i18n/site.test.ts).
const publicCases = project.cases.filter((entry) => isPublished(entry.data, now, false) && entryLocale(entry) === 'en');

let probe: SearchProbe;
beforeAll(async () => {
  probe = await openSearchProbe(demoDist);
});
afterAll(async () => {
  await probe?.close();
});

/** URL paths of the built story, case, country and dataset pages. */
function builtPages(): string[] {
  return ['stories', 'cases', 'countries', 'data'].flatMap((folder) => {
    const root = join(demoDist, folder);
    if (!existsSync(root)) return [];
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
      .map((entry) => `/${folder}/${entry.name}/`);
  });
}

/** The non-blank text nodes under `node`, whitespace collapsed. */
function textNodes(node: Node): string[] {
  if (node.nodeType === 3) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    return text ? [text] : [];
  }
  return [...node.childNodes].flatMap(textNodes);
}

const urls = async (term: string | null, filters?: Record<string, string>) =>
  (await probe.search(term, filters)).map((result) => result.url);

describe('the search index of the demo site', () => {
  it('is written into pagefind/ with an index per language', () => {
    const entry = JSON.parse(readFileSync(join(demoDist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en', 'fr']);
    expect(entry.languages.en.page_count).toBeGreaterThan(0);
    expect(existsSync(join(demoDist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('ships only the files the search page loads: no Pagefind UI bundles, highlighter or worker', () => {
    for (const file of unusedPagefindFiles) expect(existsSync(join(demoDist, 'pagefind', file)), file).toBe(false);
    // Written out here, not taken from the build's own list: a file a Pagefind upgrade adds is seen.
    const shipped = readdirSync(join(demoDist, 'pagefind')).filter(
      (name) =>
        !/^(?:pagefind\.js|pagefind-entry\.json|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta|wasm\.[a-z-]+\.pagefind|fragment|index|filter)$/i.test(
          name,
        ),
    );
    expect(shipped).toEqual([]);
  });

  it('returns only the pages with a tag when filtered by it, fewer than all', async () => {
    const all = await probe.search(null, {});
    const tagged = await probe.search(null, { tag: 'ccf' });
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.length).toBeLessThan(all.length);
    for (const result of tagged) expect(result.filters.tag, result.url).toContain('ccf');
  });

  it("indexes a dataset's column descriptions but not its column names, types and units", async () => {
    const [page] = await probe
      .search(null, { kind: 'dataset' })
      .then((all) => all.filter((r) => r.url === '/data/red-notices-issued/'));
    expect(page?.content).toContain('The source of the alternative figure');
    expect(page?.content).not.toMatch(/\balt_source\b|whole number/);
  });

  it('finds the Pestrikov case file first for "Pestrikov"', async () => {
    const found = await urls('Pestrikov');
    expect(found[0]).toMatch(/^\/cases\/[^/]*pestrikov[^/]*\/$/);
  });

  it("finds each case file first by its subject's name", async () => {
    expect(publicCases.length).toBeGreaterThan(0);
    for (const entry of publicCases) {
      const found = await urls(entry.data.subject);
      expect(found[0], `search for "${entry.data.subject}"`).toBe(`/cases/${entry.id}/`);
    }
  });

  it("finds each country page first by the country's name", async () => {
    const countries = await probe.search(null, { kind: 'country' });
    expect(countries.length).toBeGreaterThan(0);
    for (const country of countries) {
      const found = await urls(country.meta.title!);
      expect(found[0], `search for "${country.meta.title}"`).toBe(country.url);
    }
  });

  it('finds a country page by another name it goes by, shown under its title', async () => {
    // The demo writes "Turkey" as its prose does (site.countryNames), where Intl says "Türkiye": the page is titled
    // Turkey, and a reader who types "Türkiye" still finds it.
    expect(page('/countries/tr/').querySelector('h1')?.textContent).toBe('Turkey');
    expect(page('/countries/tr/').querySelector('.page-header .aka')?.textContent).toBe('Also called Türkiye.');
    expect((await urls('Türkiye'))[0]).toBe('/countries/tr/');
    expect((await urls('Turkey'))[0]).toBe('/countries/tr/');
    // Everywhere a country is named: the search filter names it the same way.
    expect(Object.keys((await probe.filters()).country ?? {})).toContain('Turkey');
  });

  // The pages about each term, judged from the demo content: a term must bring one of them first. "CCF" names the
  // Commission in the titles of two datasets, while the story about it says "watchdog" and "commission" in its
  // title and summary, so the datasets come first and the story third; it must stay in the first three.
  const about: Record<string, string[]> = {
    diffusion: ['/cases/igor-pestrikov/', '/data/interpol-refusals/'],
    CCF: ['/stories/the-watchdog-and-its-caseload/', '/data/ccf-requests/', '/data/ccf-decisions/'],
    'Article 3': ['/data/interpol-refusals/', '/stories/the-watchdog-and-its-caseload/'],
  };
  for (const [term, pages] of Object.entries(about)) {
    it(`finds a page about "${term}" first`, async () => {
      const found = await urls(term);
      expect(pages, `first result for "${term}": ${found.slice(0, 3).join(', ')}`).toContain(found[0]);
      for (const path of pages) expect(found.slice(0, pages.length + 1), `${path} near the top`).toContain(path);
    });
  }

  it('returns only case files when filtered by kind "case", each with its metadata', async () => {
    const results = await probe.search(null, { kind: 'case' });
    expect(results.map((result) => result.url).sort()).toEqual(
      publicCases.map((entry) => `/cases/${entry.id}/`).sort(),
    );
    for (const result of results) {
      const entry = publicCases.find((c) => `/cases/${c.id}/` === result.url)!;
      expect(result.filters.kind).toEqual(['case']);
      // What a result shows is the case file's own frontmatter: its title, summary and publication day.
      expect(result.meta, result.url).toMatchObject({
        kind: 'case',
        title: entry.data.title,
        summary: entry.data.summary,
        date: entry.data.date.toISOString().slice(0, 10),
      });
    }
  });

  it("returns only that country's pages when filtered by country", async () => {
    const all = await probe.search(null, {});
    const russia = await probe.search(null, { country: 'Russia' });
    expect(russia.length).toBeGreaterThan(0);
    expect(russia.length).toBeLessThan(all.length);
    for (const result of russia) expect(result.filters.country, result.url).toContain('Russia');
    expect(russia.map((result) => result.url)).toContain('/countries/ru/');
    // A term and a filter together: the case file about Russia, nothing from elsewhere.
    const found = await probe.search('Pestrikov', { country: 'Russia', kind: 'case' });
    expect(found.length).toBeGreaterThan(0);
    for (const result of found) expect(result.filters.country).toContain('Russia');
  });

  it('offers the kinds, countries by name and years as filters', async () => {
    const filters = await probe.filters();
    expect(Object.keys(filters.kind ?? {}).sort()).toEqual(['case', 'country', 'dataset', 'story']);
    expect(Object.keys(filters.country ?? {})).toContain('Russia');
    // A page's year is its publication's (stories and case files) or its last check's (datasets), in UTC, and the
    // filter counts the pages of each year.
    const dated = [
      ...[...project.stories, ...project.cases]
        .filter((entry) => isPublished(entry.data, now, false) && entryLocale(entry) === 'en')
        .map((entry) => entry.data.date),
      ...builtPages()
        .filter((path) => path.startsWith('/data/'))
        .map((path) => project.datasets.get(path.split('/')[2]!)!.updated),
    ];
    const expected: Record<string, number> = {};
    for (const date of dated) expected[date.getUTCFullYear()] = (expected[date.getUTCFullYear()] ?? 0) + 1;
    // Every demo page is of 2026.
    expect(Object.keys(expected)).toEqual(['2026']);
    expect(filters.year).toEqual(expected);
  });

  it('indexes the article body only: no navigation, footer or search-metadata words', async () => {
    const [result] = await probe.search('Pestrikov');
    expect(result!.content).not.toContain('Skip to main content');
    expect(result!.content).not.toContain('Every figure links to its dataset and its source');
    // SearchMeta's words (the ISO date exists only there) are read as metadata, not indexed as text.
    expect(result!.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result!.content).not.toContain(result!.meta.date);
    // The excerpt highlights the match, and the page's kind ("Case file", shown with each result) is not its text.
    expect(result!.excerpt).toMatch(/<mark>Pestrikov\W*<\/mark>/i);
    expect(result!.content).not.toMatch(/^Case file\b/);
  });

  // A case file's facts box was indexed as text and ran into its excerpts: "By Casefile demo desk Subject Igor
  // Pestrikov. Requesting state Russia. Status Cancelled. Request Red diffusion." It is left out of the text; its
  // country, status and request are filters, in each index's language, its subject in the title and body.
  it.each([
    [
      'en',
      'Pestrikov',
      '/cases/igor-pestrikov/',
      ['Subject', 'Requesting state', 'Status', 'Request'],
      'Cancelled',
      'Red diffusion',
      'Russia',
    ],
    [
      'fr',
      'Pestrikov',
      '/fr/cases/igor-pestrikov/',
      ['Personne visée', 'État demandeur', 'Statut', 'Demande'],
      'Annulée',
      'Diffusion rouge',
      'Russie',
    ],
  ])(
    "keeps a case file's facts box out of its text and excerpts (%s), and offers its status and request as filters",
    async (lang, term, url, labels, status, notice, country) => {
      const index = lang === 'en' ? probe : await openSearchProbe(demoDist, lang);
      try {
        const result = (await index.search(term)).find((r) => r.url === url)!;
        expect(result, url).toBeDefined();
        for (const label of labels) {
          expect(result.content, `"${label}" in the text`).not.toContain(`${label} `);
          expect(result.excerpt, `"${label}" in the excerpt`).not.toContain(`${label} `);
        }
        expect(result.filters).toMatchObject({ status: [status], notice: [notice], country: [country] });
        const cancelled = (await index.search(null, { kind: 'case', status })).map((r) => r.url);
        expect(cancelled).toEqual([url]);
        // The subject is still found first by name.
        expect((await index.search(term)).map((r) => r.url)[0]).toBe(url);
      } finally {
        if (index !== probe) await index.close();
      }
    },
  );

  // A figure's link says, unseen, what it is and where it goes ("4,817 (active red notices, Russia; see the data)"):
  // words for a screen reader's list of links, not for the index, whose excerpts show the page's sentences.
  it("keeps the words a figure's link says only to a screen reader out of the text", async () => {
    const [result] = (await probe.search(null, {})).filter((r) => r.url === '/stories/the-interpol-files/');
    expect(result!.content).toContain('4,817');
    expect(result!.content).not.toContain('see the data');
  });

  it("keeps a dataset's and a country's kind, shown with each result, out of their text", async () => {
    const pages = await probe.search(null, {});
    const dataset = pages.find((r) => r.url === '/data/investigation-timeline/');
    const country = pages.find((r) => r.url === '/countries/ru/');
    expect(dataset!.content).toMatch(/^The Interpol Files: a timeline\b/);
    expect(country!.content).toMatch(/^Russia\b/);
  });

  it("keeps the page's interface words out of excerpts: dates, reading time, a chart's legend, data toggle and downloads", async () => {
    const [result] = (await probe.search(null, {})).filter((r) => r.url === '/stories/the-interpol-files/');
    const content = result!.content.replace(/\s+/g, ' ');
    for (const words of [
      'Download the data',
      'Show the data',
      'The data in',
      'min read',
      'Published',
      'About this dataset',
      'Less than 110',
    ]) {
      expect(content).not.toContain(words);
    }
    // What readers search for stays: the byline's authors, a chart's summary and its data table's values.
    expect(content).toContain('By Casefile demo desk');
    expect(content).toContain('Highest: 4,817 for Russia');
    // The ranked chart's table: rank, country, figure.
    expect(content).toMatch(/\b3 Tajikistan\.? ?3,493\b/);
  });

  it("does not find other countries' pages for a country's name because they list a story about it", async () => {
    const urls = (await probe.search('Kyrgyzstan')).map((r) => r.url);
    expect(urls[0]).toBe('/countries/kg/');
    expect(urls.filter((url) => url.startsWith('/countries/'))).toEqual(['/countries/kg/']);
    expect(urls).toContain('/cases/rinat-tuhvatshin-kloop/');
  });

  it('finds a word written with accents when the reader types it without them, and ranks the same pages', async () => {
    // A country's English name as CLDR writes it, on its country page: "Türkiye".
    const accented = (await probe.search('Türkiye')).map((r) => r.url);
    expect(accented.length).toBeGreaterThan(0);
    expect((await probe.search('Turkiye')).map((r) => r.url)).toEqual(accented);
  });

  it('indexes chart titles but not the chart drawing (axis ticks)', async () => {
    const charted = builtPages().filter((path) => page(path).querySelector('main figure svg'));
    expect(charted.length, 'pages with a chart in the demo build').toBeGreaterThan(0);
    for (const path of charted) {
      const doc = page(path);
      for (const svg of doc.querySelectorAll('main figure svg')) {
        expect(svg.closest('[data-pagefind-ignore]'), `chart SVG on ${path} under data-pagefind-ignore`).not.toBeNull();
      }
      const [indexed] = (await probe.search(null, {})).filter((result) => result.url === path);
      expect(indexed, `${path} in the index`).toBeDefined();
      const content = indexed!.content.replace(/\s+/g, ' ');
      // Each chart's title, the element the figure is labelled by, whatever markup holds it: the loop below reads
      // figcaptions, and a title moved out of one (or hidden from Pagefind) would leave it nothing to check.
      const figures = new Set([...doc.querySelectorAll('main figure svg')].map((svg) => svg.closest('figure')!));
      for (const figure of figures) {
        const title = doc.getElementById(figure.getAttribute('aria-labelledby') ?? '');
        const text = textNodes(title ?? figure).join(' ');
        expect(title, `the title of a chart on ${path}`).not.toBeNull();
        expect(text, `the title of a chart on ${path}`).not.toBe('');
        expect(content, `chart title on ${path}`).toContain(text);
      }
      // The title (figcaption) and the text summary the chart layer writes beside the drawing.
      for (const element of doc.querySelectorAll('main figure figcaption, main figure .chart-summary')) {
        for (const text of textNodes(element)) expect(content, `chart text on ${path}`).toContain(text);
      }
    }
  });
});

describe("the search page's answer to a word no page holds (unmatchedWords, public/search/search.js)", () => {
  /** The words of every page a language's index holds, a word of four letters or more, one in `every`. */
  const siteWords = (results: { content: string }[], every: number) => {
    const words = new Set<string>();
    for (const { content } of results) {
      for (const word of content.split(/\s+/)) {
        const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (bare.length >= 4) words.add(bare);
      }
    }
    return [...words].filter((_, i) => i % every === 0);
  };

  for (const lang of ['en', 'fr']) {
    it(`judges none of the site's own words missing, and names Pagefind answered with a word they start with (${lang})`, async () => {
      const index = await openSearchProbe(demoDist, lang === 'en' ? undefined : lang);
      const exact = (word: string) => index.count(`"${word}"`);
      const judge = async (word: string) =>
        unmatchedWords(
          word,
          (await index.search(word, {}, 10)).map((result) => result.excerpt),
          exact,
        );
      try {
        // Figures written with separators, words Pagefind matches by a stem that is not their start ("being" is "be").
        const words = [
          ...siteWords(await index.search(null, {}, 1000), 4),
          ...(lang === 'en' ? ['6934', 'being', 'using', 'extrad'] : []),
        ];
        expect(words.length, 'words sampled from the index').toBeGreaterThan(150);
        const judged: string[] = [];
        for (const word of words) {
          expect(await index.count(word), `results for ${word}`).toBeGreaterThan(0);
          if ((await judge(word)).length > 0) judged.push(word);
        }
        expect(judged).toEqual([]);
        // Words in no page of the demo, each of which Pagefind answers with pages (a short word it starts with).
        for (const word of [
          'elephant',
          'dolphin',
          'Antidisestablishmentarianism',
          'installation',
          ...(lang === 'fr' ? ['Navalny', 'déplacée'] : []),
        ]) {
          const results = await index.search(word, {}, 10);
          expect(results.length, `Pagefind's results for ${word}`).toBeGreaterThan(0);
          expect(
            results.every((result) => !result.content.toLowerCase().includes(word.toLowerCase())),
            `${word} in no page`,
          ).toBe(true);
          expect(await judge(word), word).toEqual([word]);
        }
      } finally {
        await index.close();
      }
    });
  }
});

describe('the search index of a site with withheld pages', () => {
  const fixture = makeFixture();
  fixture.write(
    'content/cases/draft-person.mdx',
    '---\ntitle: Quixotrelle case\nsummary: A draft.\ndate: 2026-01-10\nsubject: Anna Quixotrelle\ncountry: RU\nstatus: active\nnotice: red-notice\ndraft: true\n---\n\nQuixotrelle was targeted.\n',
  );
  fixture.write(
    'content/stories/embargoed-story.mdx',
    '---\ntitle: Zephyrwane story\nsummary: Under embargo.\ndate: 2026-01-10\nembargo: 2027-01-01T00:00:00Z\n---\n\nZephyrwane is embargoed.\n',
  );
  fixture.write(
    'content/stories/public-story.mdx',
    '---\ntitle: Marlinquest story\nsummary: Public.\ndate: 2026-01-10\n---\n\nMarlinquest is public.\n',
  );
  let withheld: SearchProbe;
  beforeAll(async () => {
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
    withheld = await openSearchProbe(fixture.dist);
  });
  afterAll(async () => {
    await withheld?.close();
  });

  it('leaves out a draft case file and an embargoed story, and finds a public story', async () => {
    expect((await withheld.search('Marlinquest')).map((result) => result.url)).toEqual(['/stories/public-story/']);
    expect(await withheld.search('Quixotrelle')).toEqual([]);
    expect(await withheld.search('Zephyrwane')).toEqual([]);
  });
});

describe('writeSearchIndex', () => {
  // In a child process: the guard against a crashed Pagefind relies on the process running out of work, which a
  // test worker never does.
  /** Indexes `dir` in a child; `busy`: with a timer running meanwhile, as the build's check workers run beside it. */
  const indexIn = (dir: string, busy = false) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { writeSearchIndex } from ${JSON.stringify(join(repoRoot, 'src/build/search-index.ts'))};
         const busy = ${busy} ? setInterval(() => {}, 1_000) : undefined;
         try { console.log('pages', await writeSearchIndex(process.argv[1])); }
         catch (error) { console.log(error.name + ': ' + error.message); process.exitCode = 1; }
         finally { clearInterval(busy); }`,
        dir,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-search-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'a/index.html'),
      '<html lang="en"><body><main data-pagefind-body><h1>A page</h1><dl><dt>Requesting state</dt><dd>Russia</dd></dl>' +
        '<p><span>Red notices</span><span>Issued per year</span> and <em>un</em>justified</p></main></body></html>',
    );
    writeFileSync(
      join(dir, 'index.html'),
      '<html lang="en"><body><main><h1>Home, not indexed</h1></main></body></html>',
    );
    return dir;
  };

  it('indexes the pages marked data-pagefind-body and writes pagefind.js beside the index', () => {
    const dir = site();
    const result = indexIn(dir);
    expect(result.stdout.trim()).toBe('pages 1');
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('keeps the text of adjacent elements apart, so "Requesting state" and "Russia" stay two words', async () => {
    const dir = site();
    indexIn(dir);
    const probe = await openSearchProbe(dir);
    try {
      expect((await probe.search('Russia')).map((result) => result.url)).toEqual(['/a/']);
      const [page] = await probe.search('Issued');
      expect(page!.content).toBe('A page. Requesting state Russia Red notices Issued per year and unjustified.');
    } finally {
      await probe.close();
    }
  });

  it('ranks a page with the term in its title above one that repeats it in the body (default heading weights)', async () => {
    const dir = site();
    const body = (html: string) => `<html lang="en"><body><main data-pagefind-body>${html}</main></body></html>`;
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'b/index.html'), body('<h1>Extradition</h1><p>A short page about requests.</p>'));
    writeFileSync(
      join(dir, 'c/index.html'),
      body('<h1>Other</h1><p>Extradition here, extradition there, extradition everywhere in this page.</p>'),
    );
    indexIn(dir);
    const probe = await openSearchProbe(dir);
    try {
      expect((await probe.search('extradition')).map((result) => result.url)).toEqual(['/b/', '/c/']);
    } finally {
      await probe.close();
    }
  });

  it('separates a closing tag from the next opening tag, and leaves text inside and between tags alone', () => {
    expect(separateElements('<dt>State</dt><dd>Russia</dd>')).toBe('<dt>State</dt> <dd>Russia</dd>');
    expect(separateElements('<em>un</em>justified <b>a</b> <i>b</i>')).toBe('<em>un</em>justified <b>a</b> <i>b</i>');
    expect(separateElements('<span>x</span></p><p>')).toBe('<span>x</span></p> <p>');
  });

  it('gives Pagefind the page without its SVG drawings, whose words are never indexed', () => {
    const html =
      '<figure data-pagefind-ignore><svg viewBox="0 0 1 1"><text>2019</text></svg><figcaption>Cap</figcaption></figure><p>Text</p>';
    expect(forIndex(html)).toBe('<figure data-pagefind-ignore><figcaption>Cap</figcaption></figure> <p>Text</p>');
  });

  it('fails with a CheckError, instead of hanging, when Pagefind crashes while writing', () => {
    const dir = site();
    writeFileSync(join(dir, 'pagefind'), 'a file where the index folder goes');
    const result = indexIn(dir);
    expect(result.status).toBe(1);
    expect(result.stdout.trim()).toBe(
      'CheckError: search index: Pagefind stopped without an answer (its process crashed; see the lines above)',
    );
  });

  it('fails with a CheckError, instead of hanging, when Pagefind crashes while something else keeps the process busy', () => {
    // As in a build, whose check workers run beside the index: a disk that filled up as Pagefind wrote hung it for good.
    const dir = site();
    writeFileSync(join(dir, 'pagefind'), 'a file where the index folder goes');
    const result = indexIn(dir, true);
    expect({ status: result.status, stdout: result.stdout.trim() }).toEqual({
      status: 1,
      stdout: 'CheckError: search index: Pagefind stopped without an answer (its process crashed; see the lines above)',
    });
  }, 90_000);
});

describe('the kept search index', () => {
  const index = () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-index-'));
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'pagefind-entry.json'), '{"languages":{"en":{"page_count":2}}}');
    writeFileSync(join(dir, 'fragment/en_1.pf_fragment'), 'fragment');
    return dir;
  };
  const pages = new Map([
    ['index.html', 'hash-a'],
    ['stories/x/index.html', 'hash-b'],
  ]);

  it('is keyed by every page and its bytes, whatever the order the pages come in', () => {
    const key = SearchIndexCache.key(pages);
    expect(SearchIndexCache.key(new Map([...pages].reverse()))).toBe(key);
    expect(SearchIndexCache.key(new Map([...pages, ['stories/y/index.html', 'hash-c']]))).not.toBe(key);
    expect(
      SearchIndexCache.key(
        new Map([
          ['index.html', 'hash-a'],
          ['stories/x/index.html', 'hash-B'],
        ]),
      ),
    ).not.toBe(key);
  });

  it('is copied into a new build only for the same key, and only when every file it kept is whole', () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'casefile-index-cache-')), 'search-index');
    const cache = new SearchIndexCache(cacheDir);
    const key = SearchIndexCache.key(pages);
    expect(cache.restore(key, join(mkdtempSync(join(tmpdir(), 'casefile-out-')), 'pagefind'))).toBe(false);
    cache.save(key, index());

    const other = join(mkdtempSync(join(tmpdir(), 'casefile-out-')), 'pagefind');
    expect(cache.restore(SearchIndexCache.key(new Map([['index.html', 'hash-a']])), other)).toBe(false);
    expect(existsSync(other)).toBe(false);

    const target = join(mkdtempSync(join(tmpdir(), 'casefile-out-')), 'pagefind');
    expect(cache.restore(key, target)).toBe(true);
    expect(readFileSync(join(target, 'fragment/en_1.pf_fragment'), 'utf8')).toBe('fragment');

    writeFileSync(join(cacheDir, 'index/fragment/en_1.pf_fragment'), 'cut');
    expect(cache.restore(key, join(mkdtempSync(join(tmpdir(), 'casefile-out-')), 'pagefind'))).toBe(false);
  });
});
