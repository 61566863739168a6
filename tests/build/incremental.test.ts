/**
 * Astro's incremental build (src/lib/page-keys.ts): a rebuild copies the pages whose content is unchanged from the
 * last build and renders the rest. A page copied stale would publish old text, so after each kind of edit the
 * incremental build is compared, file by file, with a build of the same content from scratch.
 *
 * Each test starts from what the hooks built and leaves the fixture's content and the incremental cache in step
 * (every published build at the pinned clock brings the cache up to date), so any one of them can run alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { join, relative, sep } from 'node:path';
import { makeFixture, runBuild, fixedNow, type BuildResult } from '../helpers/build.ts';
import { openSearchProbe } from '../../src/build/search-probe.ts';

/** Every file below `dir` but the search index (whose shard names follow the order Pagefind was given the pages). */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.split(sep).join('/');
    if (file.startsWith('pagefind/')) continue;
    const full = join(dir, path);
    try {
      files.set(file, readFileSync(full));
    } catch {
      // a folder
    }
  }
  return files;
}

/** The files that differ between two built sites, or exist in only one. */
function differences(a: string, b: string): string[] {
  const left = tree(a);
  const right = tree(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names]
    .filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)) || !right.has(name))
    .sort();
}

/** The `pages: N rendered, M unchanged` line's figures. */
function pages(build: BuildResult): { rendered: number; copied: number } {
  const line = /pages: (\d+) rendered, (\d+) unchanged since the last build/.exec(build.output);
  if (!line) throw new Error(`no pages line in the build's output:\n${build.output}`);
  return { rendered: Number(line[1]), copied: Number(line[2]) };
}

/** The number of HTML pages in a built site. */
const htmlCount = (dir: string) => [...tree(dir).keys()].filter((file) => file.endsWith('.html')).length;

/** Every page the search index of the site at `dir` holds, with its text, as "<url> <content>", sorted. */
async function searchIndexOf(dir: string): Promise<string[]> {
  const probe = await openSearchProbe(dir);
  try {
    return (await probe.search(null, {}, 1000)).map((result) => `${result.url} ${result.content}`).sort();
  } finally {
    await probe.close();
  }
}

/** The pages the build handed to Pagefind from the published site once it knew their cache keys (0 when none). */
function handedByKeys(build: BuildResult): number {
  const line = /search index: (\d+) published pages? handed to Pagefind as Astro began generating/.exec(build.output);
  return line ? Number(line[1]) : 0;
}

/** A story's or case file's page, in any language, or its social card. */
const entryPage = /^(?:[a-z]{2}\/)?(?:stories|cases)\/(?!page\/)[^/]+\/index\.html$|^og\/(?:stories|cases)\/.+\.png$/;

/** A dataset's page, in any language (not a page of the catalogue, /data/page/2/). */
const datasetPage = /^(?:[a-z]{2}\/)?data\/(?!page\/)[^/]+\/index\.html$/;

/** A country's page, or a later page of its stories, in any language. */
const countryPage = /^(?:[a-z]{2}\/)?countries\/[a-z]{2}\/(?:page\/\d+\/)?index\.html$/;

/** The pages keyed by what they show (src/lib/page-keys.ts), which a build copies when that is unchanged. */
const copyablePage = (file: string) =>
  (entryPage.test(file) && file.endsWith('.html')) || datasetPage.test(file) || countryPage.test(file);

/** When each file below `dir` was last written. */
function writeTimes(dir: string): Map<string, number> {
  const times = new Map<string, number>();
  if (!existsSync(dir)) return times;
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, path));
    if (stat.isFile()) times.set(path.split(sep).join('/'), stat.mtimeMs);
  }
  return times;
}

/** What one build did to the stories' and case files' pages and social cards. */
interface EntryPages {
  build: BuildResult;
  /** Those Astro rendered, in order. */
  rendered: string[];
  /** Those whose bytes differ from the last build's (or that are new), in order. */
  changed: string[];
  /** The HTML pages with a cache key Astro rendered, in order. */
  keyedHtmlRendered: string[];
  /** The datasets' pages Astro rendered, in order. */
  datasetPagesRendered: string[];
  /** The countries' pages Astro rendered, in order. */
  countryPagesRendered: string[];
  /** The datasets' downloads (/data/<id>.csv and .json) Astro rendered, in order. */
  downloadsRendered: string[];
}

// Each test runs two or three whole builds: on two busy cores one took 177 s, past the default 120 s.
describe('incremental builds', { timeout: 600_000 }, () => {
  const fixture = makeFixture();
  // One output folder for the incremental builds, so they share Astro's cache (runBuild puts it beside the output).
  const dist = join(fixture.root, 'incremental');
  let scratchBuilds = 0;
  // Their own memory of the output checks' verdicts: in the project's, an earlier run of this file (same code, same
  // content) has already passed the edited site's output, and the edit build would not check it again.
  const pageCache = join(fixture.root, 'page-cache');
  const incremental = (env: Record<string, string> = {}) =>
    runBuild({ dist, contentRoot: fixture.root, env: { CASEFILE_PAGE_CACHE: pageCache, ...env } });
  /** A build from nothing: its own output and Astro cache. */
  const fromScratch = (env: Record<string, string> = {}) => {
    const out = join(fixture.root, `scratch-${++scratchBuilds}`);
    rmSync(`${out}-astro-cache`, { recursive: true, force: true });
    return runBuild({ dist: out, contentRoot: fixture.root, env });
  };
  const edit = (path: string, change: (text: string) => string) => {
    const text = readFileSync(join(fixture.root, path), 'utf8');
    const changed = change(text);
    expect(changed, `the edit of ${path} changed nothing`).not.toBe(text);
    fixture.write(path, changed);
  };
  const story = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
  /**
   * That `build` copied every story, case file, country and dataset page it did not render, and only those: the
   * lists show every entry and are rendered again. They are most of this small fixture; in an archive, the story
   * pages are.
   */
  const expectOnlyKeyedPagesCopied = (build: BuildResult, { keyedHtmlRendered }: EntryPages) => {
    const copied = [...tree(dist).keys()].filter(
      (file) => copyablePage(file) && !keyedHtmlRendered.includes(file),
    ).length;
    expect(copied).toBeGreaterThan(0);
    expect(pages(build).copied).toBe(copied);
  };
  /**
   * Runs `build` and says which entry pages it rendered. Astro keeps a copy of each page that has a cache key below
   * `<cacheDir>/dist/` and writes it when it renders the page, never when it copies it: a page whose copy was
   * written during the build was rendered.
   */
  const entryPages = (build: () => BuildResult): EntryPages => {
    const copies = join(`${dist}-astro-cache`, 'dist');
    const filesBefore = tree(dist);
    const copiesBefore = writeTimes(copies);
    const result = build();
    const rendered = [...writeTimes(copies)]
      .filter(([file, time]) => copiesBefore.get(file) !== time)
      .map(([file]) => file);
    const changed = [...tree(dist)]
      .filter(([file, bytes]) => !filesBefore.get(file)?.equals(bytes))
      .map(([file]) => file);
    return {
      build: result,
      rendered: rendered.filter((file) => entryPage.test(file)).sort(),
      changed: changed.filter((file) => entryPage.test(file)).sort(),
      keyedHtmlRendered: rendered.filter((file) => file.endsWith('.html')).sort(),
      datasetPagesRendered: rendered.filter((file) => datasetPage.test(file)).sort(),
      countryPagesRendered: rendered.filter((file) => countryPage.test(file)).sort(),
      downloadsRendered: rendered.filter((file) => /^data\/[^/]+\.(?:csv|json)$/.test(file)).sort(),
    };
  };
  // The first build and an unchanged rebuild are the starting point of every test below, so each can run alone
  // (`vitest -t`): they are done here, not by the tests that check them.
  let first: BuildResult;
  let firstHtml: number;
  let again: BuildResult;
  let beforeAgain: Map<string, Buffer>;
  let afterAgain: Map<string, Buffer>;
  /** The pages a rebuild renders though nothing changed: the routes without getStaticPaths. */
  let unkeyed: number;

  beforeAll(() => {
    // A story (made up for this test, never published) under embargo until the day after the pinned clock, so that
    // a later build sees the embargo pass.
    fixture.write(
      'content/stories/an-embargoed-note.mdx',
      `---
title: An embargoed note
summary: A note the desk holds until its embargo passes.
date: 2026-11-20
countries: [RU]
tags: [interpol]
embargo: 2026-11-23T08:00:00Z
---

The note cites the Council of Europe's report <Cite id="pace-doc-14277" />.
`,
    );
    first = incremental();
    firstHtml = htmlCount(dist);
    beforeAgain = tree(dist);
    again = incremental();
    afterAgain = tree(dist);
    // Read leniently here: the tests say what is wrong if a build failed or printed no pages line.
    unkeyed = Number(/pages: (\d+) rendered/.exec(again.output)?.[1] ?? Number.NaN);
  });

  it('a first build renders every page', () => {
    expect(first.status, first.output).toBe(0);
    expect(pages(first)).toEqual({ rendered: firstHtml, copied: 0 });
  });

  it('an unchanged rebuild copies every page that getStaticPaths lists and publishes the same site', () => {
    expect(again.status, again.output).toBe(0);
    const { rendered, copied } = pages(again);
    // Story, case file, country, dataset and translated pages are copied; only the few fixed routes (home, lists,
    // about, search, 404) have no getStaticPaths and render every time.
    expect(copied).toBeGreaterThan(rendered * 2);
    // Astro wrote the same bytes as last time, so the output checks that passed on them are not run again; their
    // report (the budgets table, say) is printed again from what they reported then.
    for (const check of ['html-validate', 'links', 'xml', 'budgets', 'image metadata check']) {
      expect(again.output).toContain(`[casefile] ${check}: passed on this same output before (`);
    }
    expect(again.output).toMatch(/\[casefile\] budgets: \(then\) story +\d+/);
    expect([...afterAgain.keys()].sort()).toEqual([...beforeAgain.keys()].sort());
    expect(
      [...afterAgain].filter(([file, bytes]) => !beforeAgain.get(file)?.equals(bytes)).map(([file]) => file),
    ).toEqual([]);
  });

  it("a rebuild at another log level copies the same pages (Astro's level is not part of every page's code)", () => {
    const verbose = incremental({ CASEFILE_LOG: 'info' });
    expect(verbose.status, verbose.output).toBe(0);
    expect(verbose.output).toContain('[build] Building static entrypoints');
    expect(pages(verbose).rendered).toBe(unkeyed);
  });

  describe("after an edit of one story's text", () => {
    // One edit, one incremental build and one build from scratch, which both tests below compare.
    let build: BuildResult;
    let scratch: BuildResult;
    beforeAll(() => {
      edit(story, (text) => `${text}\nAn editor added this sentence after publication.\n`);
      build = incremental();
      scratch = fromScratch();
    });

    it("editing one story's text renders that story's page again and no other, and matches a build from scratch", () => {
      expect(build.status, build.output).toBe(0);
      expect(pages(build).rendered).toBe(unkeyed + 1);
      // The output changed, so every output check runs on it.
      expect(build.output).not.toContain('passed on this same output before');
      expect(build.output).toMatch(/\[casefile\] html-validate: \d+ ms/);
      expect(readFileSync(join(dist, 'stories/safeguards-added-and-quietly-dropped/index.html'), 'utf8')).toContain(
        'An editor added this sentence after publication.',
      );
      // Only a body changed: the other published pages went to Pagefind while Astro bundled, and every one of them
      // came out the same (no page differed, so the site was not indexed again from disk).
      expect(build.output).toMatch(
        /search index: \d+ published pages handed to Pagefind ahead of Astro \(the text of 1 entry changed\)/,
      );
      expect(build.output).not.toContain('indexing from disk');
      expect(scratch.status, scratch.output).toBe(0);
      expect(differences(dist, scratch.dist)).toEqual([]);
    });

    it('indexed the edited story with its new text and every other page, as a build from scratch does', async () => {
      expect(build.status, build.output).toBe(0);
      expect(scratch.status, scratch.output).toBe(0);
      const probe = await openSearchProbe(dist);
      try {
        const edited = (await probe.search('publication')).find((result) =>
          result.url.includes('safeguards-added-and-quietly-dropped'),
        );
        expect(edited?.content).toContain('An editor added this sentence after publication.');
      } finally {
        await probe.close();
      }
      expect(await searchIndexOf(dist)).toEqual(await searchIndexOf(scratch.dist));
    });
  });

  it('adding a story renders only the pages that show it, and matches a build from scratch', async () => {
    // Made up for this test, never published: related to the Kyrgyz case file and to the story that names it (by
    // country), to no other story.
    fixture.write(
      'content/stories/a-note-on-kloop.mdx',
      `---
title: A note on the request against Kloop
summary: A note the desk added after the others, on Kyrgyzstan's request against a journalist.
date: 2026-11-21
countries: [KG]
tags: [press-freedom]
datasets: [top-requesting-countries-2024]
---

Interpol refused Kyrgyzstan's request against a co-founder of Kloop <Cite id="occrp-kloop-red-notice" />.
`,
    );
    const entries = entryPages(incremental);
    const { build, rendered, changed, keyedHtmlRendered, downloadsRendered } = entries;
    expect(build.status, build.output).toBe(0);
    // First, that no page was copied stale.
    const scratch = fromScratch();
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
    // Every page Astro rendered is seen, whether or not it has a cache key.
    expect(pages(build).rendered).toBe(unkeyed + keyedHtmlRendered.length);
    // The new story's page and card, and the pages whose related list now holds it (in both languages: the French
    // edition lists the English original); every other story and case page and card is copied.
    expect(rendered).toEqual(changed);
    expect(rendered).toEqual([
      'cases/rinat-tuhvatshin-kloop/index.html',
      'fr/cases/rinat-tuhvatshin-kloop/index.html',
      'fr/stories/the-interpol-files/index.html',
      'og/stories/a-note-on-kloop.png',
      'stories/a-note-on-kloop/index.html',
      'stories/the-interpol-files/index.html',
    ]);
    expectOnlyKeyedPagesCopied(build, entries);
    // The page of the dataset it uses lists it, in both languages (the French edition lists the English original);
    // the other datasets' pages and every download are copied.
    expect(entries.datasetPagesRendered).toEqual([
      'data/top-requesting-countries-2024/index.html',
      'fr/data/top-requesting-countries-2024/index.html',
    ]);
    // The pages of the country it names, in both languages; the other countries' pages are copied.
    expect(entries.countryPagesRendered).toEqual(['countries/kg/index.html', 'fr/countries/kg/index.html']);
    expect(readdirSync(join(dist, 'data')).filter((file) => file.endsWith('.csv')).length).toBeGreaterThan(0);
    expect(downloadsRendered).toEqual([]);
    // The content prediction gives up on a new story; the pages' keys do not: every page Astro copied went to
    // Pagefind from the published site once Astro had run getStaticPaths(), none was read from disk after Astro, none
    // differed, and the index is the one a build from scratch writes.
    expect(build.output).not.toContain('ahead of Astro');
    expect(handedByKeys(build)).toBe(pages(build).copied);
    expect(build.output).toMatch(
      /search index: \d+ pages indexed \(\d+ handed while Astro rendered, 0 read from disk\)/,
    );
    expect(build.output).not.toContain('indexing from disk');
    expect(await searchIndexOf(dist)).toEqual(await searchIndexOf(scratch.dist));
  });

  it("a published page changed behind the record's back is indexed as Astro wrote it, not as it was handed ahead", async () => {
    // The page of a dataset the story edited below does not use, so Astro copies it: its published copy gets words no
    // build wrote.
    const touched = 'data/ccf-requests/index.html';
    const published = readFileSync(join(dist, touched), 'utf8');
    expect(published).toContain('</main>');
    writeFileSync(
      join(dist, touched),
      published.replace('</main>', '<p>Tamperedwordonlyinthepublishedcopy</p></main>'),
    );
    edit(story, (text) =>
      text.replace('The reporting on the leaked files says both', 'The reporting on the leaked files says that both'),
    );
    const build = incremental();
    expect(build.status, build.output).toBe(0);
    expect(handedByKeys(build)).toBe(pages(build).copied);
    // It was handed ahead with its published bytes, Astro wrote other bytes: the site is indexed again from disk.
    expect(build.output).toMatch(
      /search index: 1 page\(s\) differ from what Astro rendered \(data\/ccf-requests\/index\.html\)/,
    );
    expect(readFileSync(join(dist, touched), 'utf8')).toBe(published);
    const scratch = fromScratch();
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
    const probe = await openSearchProbe(dist);
    try {
      expect(await probe.search('Tamperedwordonlyinthepublishedcopy')).toEqual([]);
    } finally {
      await probe.close();
    }
    expect(await searchIndexOf(dist)).toEqual(await searchIndexOf(scratch.dist));
  });

  it("editing a story's title renders only the pages that show it, and matches a build from scratch", () => {
    const titled = 'content/stories/two-decades-of-red-notices.mdx';
    const oldTitle = 'Two decades of red notices: a count with holes in it';
    const newTitle = 'Two decades of red notices: a count with gaps in it';
    const showing = [...tree(dist)]
      .filter(([file, bytes]) => entryPage.test(file) && file.endsWith('.html') && bytes.includes(oldTitle))
      .map(([file]) => file);
    // Its own page and the pages that list it as related or name it: not every page.
    expect(showing).toContain('stories/two-decades-of-red-notices/index.html');
    expect(showing).toContain('stories/the-watchdog-and-its-caseload/index.html');
    const notShowing = [...tree(dist).keys()].filter(
      (file) => entryPage.test(file) && file.endsWith('.html') && !showing.includes(file),
    );
    expect(notShowing).not.toEqual([]);
    edit(titled, (text) => text.replace(`title: '${oldTitle}'`, `title: '${newTitle}'`));
    const entries = entryPages(incremental);
    const { build, rendered, changed, keyedHtmlRendered } = entries;
    expect(build.status, build.output).toBe(0);
    const scratch = fromScratch();
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
    expect(pages(build).rendered).toBe(unkeyed + keyedHtmlRendered.length);
    expect(rendered).toEqual(changed);
    expectOnlyKeyedPagesCopied(build, entries);
    // The pages that showed the title, and the story's social card, which prints it.
    expect(rendered).toEqual([...showing, 'og/stories/two-decades-of-red-notices.png'].sort());
    // The pages of the datasets the story uses, which list it.
    // The story names no country: every country's page is copied.
    expect(entries.countryPagesRendered).toEqual([]);
    // In both languages: the story is not translated, and the French edition lists it as it is.
    const used = ['headline-figures', 'interpol-refusal-totals', 'red-notices-in-circulation', 'red-notices-issued'];
    expect(entries.datasetPagesRendered).toEqual([
      ...used.map((id) => `data/${id}/index.html`),
      ...used.map((id) => `fr/data/${id}/index.html`),
    ]);
    // A frontmatter edit: the pages Astro copied went to Pagefind by their unchanged keys, not by the content's.
    expect(build.output).not.toContain('ahead of Astro');
    expect(handedByKeys(build)).toBe(pages(build).copied);
    // The story's new title reaches the pages that list it.
    expect(readFileSync(join(dist, 'stories/index.html'), 'utf8')).toContain(newTitle);
    expect(readFileSync(join(dist, 'stories/the-watchdog-and-its-caseload/index.html'), 'utf8')).toContain(newTitle);
  });

  it("editing a dataset's title renders every page again, and matches a build from scratch", () => {
    edit('data/ccf-requests.json', (text) =>
      text.replace('"title": "Admissible requests to the CCF', '"title": "Requests the CCF admitted'),
    );
    const build = incremental();
    expect(build.status, build.output).toBe(0);
    expect(pages(build)).toEqual({ rendered: htmlCount(dist), copied: 0 });
    // Data changed: no page is expected to come out the same (every key changed), so none went to Pagefind ahead.
    expect(build.output).not.toContain('ahead of Astro');
    expect(build.output).not.toContain('as Astro began generating');
    const scratch = fromScratch();
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
  });

  it('replacing the photo beside a story under the same name renders its page again, as a build from scratch does', async () => {
    const photo = (width: number) =>
      sharp({ create: { width, height: 20, channels: 3, background: '#777777' } })
        .png()
        .toBuffer();
    writeFileSync(join(fixture.root, 'content/stories/evidence.png'), await photo(40));
    edit(story, (text) => `${text}\n![A grey test card standing in for a photograph](./evidence.png)\n`);
    const shown = incremental();
    expect(shown.status, shown.output).toBe(0);
    const page = () => readFileSync(join(dist, 'stories/safeguards-added-and-quietly-dropped/index.html'), 'utf8');
    expect(page()).toMatch(/<img[^>]+width="40"/);
    // The same name, another picture: the story's text and code are unchanged.
    writeFileSync(join(fixture.root, 'content/stories/evidence.png'), await photo(60));
    const replaced = incremental();
    expect(replaced.status, replaced.output).toBe(0);
    expect(pages(replaced).rendered).toBe(unkeyed + 1);
    expect(page()).toMatch(/<img[^>]+width="60"/);
    const scratch = fromScratch();
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
  });

  it("a published build after a preview build copies none of the pages the preview rendered, and the last published build's pages", () => {
    const preview = incremental({ PREVIEW: '1' });
    expect(preview.status, preview.output).toBe(0);
    expect(readdirSync(join(dist, 'stories'))).toContain('an-embargoed-note');
    // The preview has its own Astro cache (src/build/astro-cache.ts): the first renders every page.
    expect(pages(preview)).toEqual({ rendered: htmlCount(dist), copied: 0 });
    const published = incremental();
    expect(published.status, published.output).toBe(0);
    // The published site's cache was left as the last published build left it: its pages are copied again.
    expect(pages(published).rendered).toBe(unkeyed);
    expect(readdirSync(join(dist, 'stories'))).not.toContain('an-embargoed-note');
    const scratch = fromScratch();
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
  });

  it('when an embargo passes, the story appears on the pages that show it, and only they are rendered again', () => {
    const later = { CASEFILE_NOW: '2026-11-23T12:00:00Z' };
    expect(fixedNow < later.CASEFILE_NOW).toBe(true);
    expect(readdirSync(join(dist, 'stories'))).not.toContain('an-embargoed-note');
    const entries = entryPages(() => incremental(later));
    const { build, rendered, changed } = entries;
    expect(build.status, build.output).toBe(0);
    const scratch = fromScratch(later);
    expect(scratch.status, scratch.output).toBe(0);
    expect(differences(dist, scratch.dist)).toEqual([]);
    expect(readdirSync(join(dist, 'stories'))).toContain('an-embargoed-note');
    expect(rendered).toEqual(changed);
    expect(rendered).toContain('stories/an-embargoed-note/index.html');
    expect(rendered).toContain('og/stories/an-embargoed-note.png');
    // A story whose related pages share more with it than the note does is copied, and so is every dataset's page:
    // the note uses none.
    expect(rendered).not.toContain('stories/two-decades-of-red-notices/index.html');
    expect(entries.datasetPagesRendered).toEqual([]);
    expect(entries.countryPagesRendered).toEqual(['countries/ru/index.html', 'fr/countries/ru/index.html']);
    expectOnlyKeyedPagesCopied(build, entries);
  });

  it('the compared trees hold the whole site (the comparison cannot pass on empty folders)', () => {
    const files = tree(dist);
    expect(files.has('index.html')).toBe(true);
    expect(files.has('og/stories/the-interpol-files.png')).toBe(true);
    expect(files.has('data/ccf-requests.csv')).toBe(true);
    expect(relative(fixture.root, dist)).toBe('incremental');
  });
});
