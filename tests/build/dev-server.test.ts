/**
 * `npm run dev` runs none of the build's checks, but a mistake that stops a page while it renders must still reach
 * the editor: Astro's dev server streams pages, so a <Fact> naming no row showed as a page cut off after its byline
 * with status 200, the error in the terminal only. src/middleware.ts reads dev pages whole, so that the error
 * becomes Astro's error page (status 500, the message in its overlay).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFormat } from 'd3-dsv';
import { t } from '../../src/i18n/index.ts';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import {
  contentReloads as contentReloadsOf,
  errorOverlays as errorOverlaysOf,
  pageReloads,
} from '../helpers/vite-socket.ts';

/**
 * A short story that links to another, whose link is on line `linkLine`, and lists a case file on line 6; and the story
 * it links to.
 */
const linking = `---\ntitle: 'A story that links'\nsummary: 'Written while the dev server runs.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\ncases: [a-case-listed]\n---\n\nSee [the other story](/stories/a-story-linked-to/).\n`;
const linkLine = 9;
const linkedTo = `---\ntitle: 'A story linked to'\nsummary: 'Written while the dev server runs.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\nLinked to.\n`;

/** A short story, a draft or not. */
const heldBack = (draft: boolean) =>
  `---\ntitle: 'A story held back'\nsummary: 'Written while the dev server runs.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n${draft ? 'draft: true\n' : ''}---\n\nWhat the desk held back.\n`;

describe('the dev server', () => {
  const fixture = makeFixture();
  const issued = JSON.parse(readFileSync(join(fixture.root, 'data/red-notices-issued.json'), 'utf8')) as {
    columns: Record<string, unknown>;
    rows: Record<string, unknown>[];
    translations: { fr: Record<string, unknown> };
  };
  let server: DevServer | undefined;
  let origin = '';
  /** What the server has printed, colours stripped. */
  let output = () => '';
  /** The line of the story's <Fact> naming no row. */
  let factLine = 0;
  beforeAll(async () => {
    const story = join(fixture.root, 'content/stories/the-interpol-files.mdx');
    const text = readFileSync(story, 'utf8');
    const broken = text.replace(
      /<Fact dataset="headline-figures" row="[^"]+"/,
      '<Fact dataset="headline-figures" row="no-such-row"',
    );
    expect(broken, 'the demo story quotes a headline figure').not.toBe(text);
    factLine = broken.slice(0, broken.indexOf('row="no-such-row"')).split('\n').length;
    fixture.write('content/stories/the-interpol-files.mdx', broken);
    // A story linking to another, which is renamed while the server runs.
    fixture.write('content/stories/a-story-that-links.mdx', linking);
    fixture.write('content/stories/a-story-linked-to.mdx', linkedTo);
    // A draft, to be published while the server runs.
    fixture.write('content/stories/held-back.mdx', heldBack(true));
    // A case file under embargo, which the dev server leaves out as a build does.
    // Each under its own title: the build stops on two case files under one, and so does the dev server.
    const igor = readFileSync(join(fixture.root, 'content/cases/igor-pestrikov.mdx'), 'utf8');
    const titled = (title: string) => igor.replace(/^title: .*$/m, `title: '${title}'`);
    fixture.write(
      'content/cases/under-embargo.mdx',
      titled('A case under embargo')
        .replace(/^---\n/, '---\nembargo: 2099-01-01T06:00:00Z\n')
        .replace(/^datasets: \[headline-figures\]$/m, 'datasets: [headline-figures, figures-held-back]'),
    );
    // A dataset only that case uses: withheld with it. It has no chart, so no French translation of one either.
    fixture.write(
      'data/figures-held-back.json',
      JSON.stringify({
        ...issued,
        title: 'Figures held back with their case',
        chart: undefined,
        translations: { ...issued.translations, fr: { ...issued.translations.fr, chart: undefined } },
      }),
    );
    // A case file a story lists, which is renamed while the server runs.
    fixture.write('content/cases/a-case-listed.mdx', titled('A case listed'));
    // A dataset whose rows are a CSV (src/lib/dataset-rows.ts), to be edited while the server runs: the demo's own rows.
    fixture.write('data/red-notices-issued.json', JSON.stringify({ ...issued, rows: 'red-notices-issued.csv' }));
    fixture.write('data/red-notices-issued.csv', csvFormat(issued.rows, Object.keys(issued.columns)));
    // A site to be served below a path: the dev server still serves it at the root.
    server = await startDevServer(fixture.root, { env: { CASEFILE_SITE_URL: 'https://user.github.io/casefile/' } });
    origin = server.origin;
    output = server.output.text;
    // Then one request, however long the first page takes to compile, bounded.
    let response: Response;
    try {
      response = await fetch(`${origin}/about/`, { signal: AbortSignal.timeout(120_000) });
    } catch (error) {
      throw new Error(
        `the dev server printed its address but did not answer ${origin}/about/ (${String((error as Error).cause ?? error)}):\n${output()}`,
      );
    }
    expect(response.status, output()).toBe(200);
  });
  afterAll(async () => server?.stop());

  it('answers a page with a <Fact> naming no row with status 500 and the error, not a page cut off', async () => {
    const response = await fetch(`${origin}/stories/the-interpol-files/`);
    const body = await response.text();
    expect(response.status, body.slice(-300)).toBe(500);
    expect(body).toContain('<title>ContentError</title>');
    // Said before the page renders, by the preflight's check of its body (src/lib/dev-link-check.ts), with the line
    // of the tag, as the build says it.
    expect(output()).toContain(
      `content/stories/the-interpol-files.mdx: line ${factLine}: <Fact> row: dataset "headline-figures" has no row with id = "no-such-row"`,
    );
  });

  it('still serves a page that renders, whole', async () => {
    const response = await fetch(`${origin}/stories/two-decades-of-red-notices/`);
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('tells an editor searching on the dev server, which has no search index, where search works', async () => {
    const body = await (await fetch(`${origin}/search/`)).text();
    expect(body).toContain(
      'data-msg-error="The dev server has no search index: run npm run build, then npm run serve, and search there."',
    );
  });

  it('serves a site to be served below a path at the root, and tells an editor who opens an address below the folder', async () => {
    expect((await fetch(`${origin}/stories/two-decades-of-red-notices/`)).status).toBe(200);
    const below = await fetch(`${origin}/casefile/stories/two-decades-of-red-notices/`);
    expect(below.status).toBe(404);
    expect(await below.text()).toContain(
      'The dev server serves the site at the root of its address, not below /casefile/ as a build does. This page is at <a href="/stories/two-decades-of-red-notices/">/stories/two-decades-of-red-notices/</a>.',
    );
    // Another missing page says nothing of the kind.
    expect(await (await fetch(`${origin}/no-such-page/`)).text()).not.toContain('The dev server serves');
  });

  // "There is no page at this address" alone, for a page the editor has just written, read as a page lost.
  it('tells an editor who opens a draft or an embargoed page why it is missing, and how to see it', async () => {
    const draft = await fetch(`${origin}/stories/held-back/`);
    expect(draft.status).toBe(404);
    const draftText = await draft.text();
    expect(draftText).toContain(
      'This page is a draft (content/stories/held-back.mdx says draft: true): the dev server shows drafts only when started as PREVIEW=1 npm run dev.',
    );
    const embargoed = await fetch(`${origin}/cases/under-embargo/`);
    expect(embargoed.status).toBe(404);
    const embargoedText = await embargoed.text();
    expect(embargoedText).toContain(
      'This page is embargoed until 2099-01-01T06:00:00Z (content/cases/under-embargo.mdx): before then, the dev server shows it only when started as PREVIEW=1 npm run dev.',
    );
    // The page's French section says the same, in the French dictionary's words.
    const french = t('fr');
    expect(draftText).toContain(french('notFound.devDraft', { file: 'content/stories/held-back.mdx' }));
    expect(embargoedText).toContain(
      french('notFound.devEmbargo', { file: 'content/cases/under-embargo.mdx', until: '2099-01-01T06:00:00Z' }),
    );
    // Nor does it go on to say the page is not there, "moved, or the link may be wrong": the editor's file is.
    for (const text of [draftText, embargoedText]) {
      expect(text).not.toContain('<p>There is no page at this address');
      expect(text).not.toContain(french('notFound.text'));
    }
    // A dataset only such pages use is withheld with them: its page says so, in both languages.
    const heldData = await fetch(`${origin}/data/figures-held-back/`);
    expect(heldData.status).toBe(404);
    const heldDataText = await heldData.text();
    expect(heldDataText).toContain(
      'Only drafts or embargoed pages use this dataset (data/figures-held-back.json), so it is held back with them and published with the first of them: the dev server shows it only when started as PREVIEW=1 npm run dev.',
    );
    expect(heldDataText).toContain(french('notFound.devDataset', { file: 'data/figures-held-back.json' }));
    expect(heldDataText).not.toContain('<p>There is no page at this address');
    // A dataset that does not exist says nothing of the kind.
    expect(await (await fetch(`${origin}/data/no-such-dataset/`)).text()).not.toContain('PREVIEW=1 npm run dev');
    // A page that does not exist says nothing of the kind, and that it is not there, in both languages.
    const missing = await (await fetch(`${origin}/stories/no-such-story/`)).text();
    expect(missing).not.toContain('the dev server shows');
    expect(missing).not.toContain('PREVIEW=1 npm run dev');
    expect(missing).toContain('<p>There is no page at this address');
    expect(missing).toContain(french('notFound.text'));
    // Astro's router warns in the terminal of an address no route's static paths have, with a hint to check their
    // getStaticPaths(): of a mistyped address still, not of a withheld page's or dataset's, which the 404 page explains.
    const warned = (address: string) => `no matching static path was found for requested path \`${address}\``;
    await expect.poll(output, { timeout: 10_000 }).toContain(warned('/stories/no-such-story/'));
    expect(output()).toContain(warned('/data/no-such-dataset/'));
    // Asked for before the missing ones: their warnings would be printed by now.
    for (const address of ['/stories/held-back/', '/cases/under-embargo/', '/data/figures-held-back/'])
      expect(output()).not.toContain(warned(address));
  });

  /**
   * Vite's HMR socket, as a browser on the dev server opens it, counting the reloads Astro sends once its content layer
   * has taken in a changed file: a full reload of every page (`"path": "*"`), sent after the store is written and the
   * pages' cached routes are dropped. A page requested before then may be rendered from the old store, and its routes
   * kept past the change: polling the page at intervals raced that, and on a busy machine a request begun just before
   * the store changed left the page showing the old state for good. (The reload Vite sends as soon as the watcher
   * reports the file, without a path, comes before the store is written.)
   */
  const contentReloads = () => contentReloadsOf(origin);

  it('shows a draft once its "draft: true" is removed, and hides a page drafted while it runs, without a restart', async () => {
    const status = async (path: string) => (await fetch(`${origin}${path}`)).status;
    const reloads = await contentReloads();
    /**
     * The status of `path` after the content reloads that follow the first `seen` (those before the edit): checked
     * after each, until it is `expected` or a minute has passed. Never before the first, which a request would race.
     */
    const afterReloads = async (seen: number, path: string, expected: number) => {
      const deadline = Date.now() + 60_000;
      let last: number | undefined;
      while (last !== expected && (await reloads.after(seen, deadline))) {
        seen = reloads.count();
        last = await status(path);
      }
      return last ?? 'no content reload within a minute';
    };
    try {
      const watchdog = readFileSync(join(fixture.root, 'content/stories/the-watchdog-and-its-caseload.mdx'), 'utf8');
      expect(await status('/stories/held-back/')).toBe(404);
      expect(await status('/stories/the-watchdog-and-its-caseload/')).toBe(200);
      let seen = reloads.count();
      fixture.write('content/stories/held-back.mdx', heldBack(false));
      expect(await afterReloads(seen, '/stories/held-back/', 200)).toBe(200);
      // Saved twice in quick succession, as an editor's format-on-save does: the second save is the one that counts (a
      // file watcher that drops a change following another within 50 ms left the page public).
      seen = reloads.count();
      fixture.write('content/stories/the-watchdog-and-its-caseload.mdx', `${watchdog}\n`);
      await new Promise((done) => setTimeout(done, 35));
      fixture.write(
        'content/stories/the-watchdog-and-its-caseload.mdx',
        watchdog.replace(/^---\n/, '---\ndraft: true\n'),
      );
      expect(await afterReloads(seen, '/stories/the-watchdog-and-its-caseload/', 404)).toBe(404);
    } finally {
      reloads.close();
    }
  });

  it("shows a dataset's rows as its CSV is edited, without a restart", async () => {
    const reloads = await contentReloads();
    const page = async () => (await fetch(`${origin}/data/red-notices-issued/`)).text();
    /** The dataset's page once it shows `text`, checked after each content reload that follows the first `seen`. */
    const shows = async (seen: number, text: string) => {
      const deadline = Date.now() + 60_000;
      let last = '';
      while (!last.includes(text) && (await reloads.after(seen, deadline))) {
        seen = reloads.count();
        last = await page();
      }
      return last;
    };
    try {
      const columns = Object.keys(issued.columns);
      expect(await page()).toContain('The highest annual total recorded');
      // A note, not a figure, added in the copy: the page reads the CSV's rows again. To a row without one: the French
      // translation names each note it translates, and a changed note's translation would name a note no row has.
      const edited = issued.rows.map((row) =>
        row.year === 2016 ? { ...row, note: 'A note edited while the dev server runs.' } : row,
      );
      const seen = reloads.count();
      fixture.write('data/red-notices-issued.csv', csvFormat(edited, columns));
      expect(await shows(seen, 'A note edited while the dev server runs.')).toContain(
        'A note edited while the dev server runs.',
      );
    } finally {
      reloads.close();
      fixture.write('data/red-notices-issued.csv', csvFormat(issued.rows, Object.keys(issued.columns)));
    }
  });

  /**
   * How many times the dev server has printed `text` (its terminal, stripped of colours), and a wait for the next time.
   * A dataset's sync that finds a mistake changes nothing in the content store (the content reload that follows each
   * change of data/ comes once the store is written, half a second later): the loader holds the problem for the pages,
   * then logs it (src/lib/dataset-loader.ts), and logs "Reloaded data from" once a later sync has cleared it. Those
   * lines are the events a page request must follow.
   */
  const printedCount = (text: string) => output().split(text).length - 1;
  /** Whether `text` has been printed more than `seen` times by `deadline`: at once when it has, else when it next is. */
  const printedAfter = (text: string, seen: number, deadline: number) =>
    new Promise<boolean>((done) => {
      const check = () => {
        if (printedCount(text) <= seen && Date.now() < deadline && server!.process.exitCode === null) return;
        clearTimeout(timer);
        for (const stream of [server!.process.stdout!, server!.process.stderr!]) stream.off('data', check);
        server!.process.off('exit', check);
        done(printedCount(text) > seen);
      };
      const timer = setTimeout(check, Math.max(0, deadline - Date.now()));
      for (const stream of [server!.process.stdout!, server!.process.stderr!]) stream.on('data', check);
      server!.process.on('exit', check);
      check();
    });

  /**
   * Astro's error page is a title and Vite's client, which shows the error its server sends over the HMR socket in
   * the overlay: a test reads it there, as the browser does. `overlay(text)`: the last error the overlay was sent, once
   * it includes `text`, or whatever it was after 10 s.
   */
  const errorOverlays = () => errorOverlaysOf(origin);

  it("shows a mistake edited into a dataset's CSV on the pages, with the file, line and column, until it is fixed", async () => {
    const { overlay, close } = await errorOverlays();
    const status = async (path: string) => (await fetch(`${origin}${path}`)).status;
    /**
     * The status of `path` after the server next prints `text` (more than `seen` times): checked after each time it
     * does, until it is `expected` or a minute has passed. Never before, which a request would race.
     */
    const afterPrinted = async (text: string, seen: number, path: string, expected: number) => {
      const deadline = Date.now() + 60_000;
      let last: number | undefined;
      while (last !== expected && (await printedAfter(text, seen, deadline))) {
        seen = printedCount(text);
        last = await status(path);
      }
      return (
        last ??
        `the dev server did not print ${JSON.stringify(text)} within a minute${server!.process.exitCode === null ? '' : ` (it exited, ${server!.process.exitCode})`}`
      );
    };
    try {
      const columns = Object.keys(issued.columns);
      const row = issued.rows.findIndex((r) => typeof r.issued === 'number');
      const mistake = `data/red-notices-issued.csv: line ${row + 2}: issued: expected a whole number, got "1,265"`;
      const reloaded = 'Reloaded data from data/red-notices-issued.csv';
      let seen = printedCount(mistake);
      // A figure with a thousands separator, as a spreadsheet exports a cell formatted as a number with separators.
      fixture.write(
        'data/red-notices-issued.csv',
        csvFormat(
          issued.rows.map((r, i) => (i === row ? { ...r, issued: '1,265' } : r)),
          columns,
        ),
      );
      expect(await afterPrinted(mistake, seen, '/data/red-notices-issued/', 500)).toBe(500);
      // Every page: the editor may be looking at a story that charts it.
      expect(await status('/about/')).toBe(500);
      expect(await overlay(mistake.replaceAll('"', '&quot;'))).toContain(mistake.replaceAll('"', '&quot;'));
      seen = printedCount(reloaded);
      fixture.write('data/red-notices-issued.csv', csvFormat(issued.rows, columns));
      expect(await afterPrinted(reloaded, seen, '/data/red-notices-issued/', 200)).toBe(200);
    } finally {
      close();
      fixture.write('data/red-notices-issued.csv', csvFormat(issued.rows, Object.keys(issued.columns)));
    }
  });

  // The build's preflight suggests the dataset meant; rendering, all the dev server runs, named none.
  it('names the dataset a misspelt <Chart> or <Fact> dataset probably meant, with the line of the tag', async () => {
    const path = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    const story = readFileSync(join(fixture.root, path), 'utf8');
    const { overlay, close } = await errorOverlays();
    try {
      const reloaded = 'Reloaded data from safeguards-added-and-quietly-dropped.mdx';
      const misspelt = `${story}\n<Chart dataset="red-notices-isued" type="line" x="year" y="issued" title="Misspelt" />\n`;
      const line = misspelt.trimEnd().split('\n').length;
      let seen = printedCount(reloaded);
      fixture.write(path, misspelt);
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      expect((await fetch(`${origin}/stories/safeguards-added-and-quietly-dropped/`)).status).toBe(500);
      const chart = `${path}: line ${line}: &lt;Chart&gt; &quot;Misspelt&quot; dataset: unknown dataset &quot;red-notices-isued&quot;: did you mean &quot;red-notices-issued&quot;?`;
      expect(await overlay(chart)).toContain(chart);
      seen = printedCount(reloaded);
      fixture.write(path, `${story}\n<Fact dataset="headline-figure" row="member-countries" column="value" />\n`);
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      expect((await fetch(`${origin}/stories/safeguards-added-and-quietly-dropped/`)).status).toBe(500);
      const fact = `unknown dataset &quot;headline-figure&quot;: did you mean &quot;headline-figures&quot;?`;
      expect(await overlay(fact)).toContain(fact);
      // An id that is no text (a year in braces) has no near name: the page's file and the id are still said.
      seen = printedCount(reloaded);
      fixture.write(path, `${story}\n<Fact dataset={2024} row="member-countries" column="value" />\n`);
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      expect((await fetch(`${origin}/stories/safeguards-added-and-quietly-dropped/`)).status).toBe(500);
      const number = `${path}: line ${line}: &lt;Fact&gt; dataset: expected a dataset id, e.g. dataset=&quot;red-notices-issued&quot;`;
      expect(await overlay(number)).toContain(number);
    } finally {
      close();
      // Put back, and read again before the next test looks at the page.
      const seen = printedCount('Reloaded data from safeguards-added-and-quietly-dropped.mdx');
      fixture.write(path, story);
      await printedAfter('Reloaded data from safeguards-added-and-quietly-dropped.mdx', seen, Date.now() + 60_000);
    }
  });

  // What the preflight cannot know before rendering (a row written as an expression) still fails the page whole: the
  // middleware answers with the error, not with the part of the page rendered before it.
  it('answers a page that fails while rendering with status 500 and the error, printed once, not a page cut off', async () => {
    const path = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    const story = readFileSync(join(fixture.root, path), 'utf8');
    const reloaded = 'Reloaded data from safeguards-added-and-quietly-dropped.mdx';
    try {
      const seen = printedCount(reloaded);
      const broken = `${story}\n<Fact dataset="headline-figures" row={'no-such-' + 'row'} column="value" />\n`;
      const line = broken.trimEnd().split('\n').length;
      fixture.write(path, broken);
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      const response = await fetch(`${origin}/stories/safeguards-added-and-quietly-dropped/`);
      const body = await response.text();
      expect(response.status, body.slice(-300)).toBe(500);
      expect(body).toContain('<title>ContentError</title>');
      // Astro's error page, whose overlay the browser fills in; the terminal has the message, once, in the build's
      // words: Astro printed it twice, the second time over an empty "Stack trace:" (src/build/dev-errors-once.ts).
      const said = `${path}: line ${line}: <Fact dataset="headline-figures"> row: dataset "headline-figures" has no row with id = "no-such-row"`;
      expect(printedCount(said), output()).toBe(1);
      expect(output()).toContain(`[ERROR] ${said}`);
      expect(output()).not.toContain(`ContentError: ${said}`);
    } finally {
      const seen = printedCount(reloaded);
      fixture.write(path, story);
      await printedAfter(reloaded, seen, Date.now() + 60_000);
    }
  });

  // Astro's glob() loader printed "Failed to reload x.mdx: … ****: Unrecognized key" to the terminal and kept serving
  // the last good page, and read `date: 2026-02-31` as 3 March: the build stops on both, in clearer words
  // (src/build/dev-page-problems.ts).
  it("shows a story's frontmatter mistake on the pages in the build's words, until it is fixed", async () => {
    const path = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    const story = readFileSync(join(fixture.root, path), 'utf8');
    const page = '/stories/safeguards-added-and-quietly-dropped/';
    const status = async (address: string) => (await fetch(`${origin}${address}`)).status;
    /** The page's status and body once the server has printed `text` (more than `seen` times), or what it printed. */
    const afterPrinted = async (text: string, seen: number, address: string) => {
      if (!(await printedAfter(text, seen, Date.now() + 60_000)))
        return { status: 0, body: `not printed within a minute: ${JSON.stringify(text)}` };
      const response = await fetch(`${origin}${address}`);
      return { status: response.status, body: await response.text() };
    };
    const { overlay, close } = await errorOverlays();
    try {
      expect(await status(page)).toBe(200);
      const misspelt = `${path}: line 3: frontmatter: unknown field "sumary" (did you mean "summary"?)`;
      let seen = printedCount(misspelt);
      fixture.write(path, story.replace(/^summary:/m, 'sumary:'));
      expect((await afterPrinted(misspelt, seen, page)).status).toBe(500);
      expect(await overlay(misspelt.replaceAll('"', '&quot;'))).toContain(misspelt.replaceAll('"', '&quot;'));
      // Every page: the editor may be looking at another.
      expect(await status('/about/')).toBe(500);
      // A day that does not exist, which YAML's default schema rolls over into the next month.
      const noSuchDay = `${path}: line 4: date: expected a real calendar date written as YYYY-MM-DD, got "2026-02-31" (no such day)`;
      const reloaded = 'Reloaded data from safeguards-added-and-quietly-dropped.mdx';
      seen = printedCount(noSuchDay);
      // Astro's glob() reads that date (rolled over) and stores the page, saying so after the check has printed the
      // mistake: waited for, so that the line is not taken for the fix's below.
      const reloadedSeen = printedCount(reloaded);
      fixture.write(path, story.replace(/^date: .*$/m, 'date: 2026-02-31'));
      expect((await afterPrinted(noSuchDay, seen, page)).status).toBe(500);
      expect(await printedAfter(reloaded, reloadedSeen, Date.now() + 60_000)).toBe(true);
      // Fixed: the page comes back without a restart.
      seen = printedCount(reloaded);
      fixture.write(path, story);
      const fixed = await afterPrinted(reloaded, seen, page);
      expect(fixed.status, fixed.body.slice(0, 500)).toBe(200);
      expect(fixed.body).toContain('<time datetime="2026-02-04"');
    } finally {
      close();
      fixture.write(path, story);
    }
  });

  // The build's preflight stops on a link to a page that is not there; the dev server rendered it as a link to nowhere.
  it('shows a link to a story renamed while it runs on the linking page, with its line and the address meant, until it is mended', async () => {
    const linkingPage = '/stories/a-story-that-links/';
    const status = async (address: string) => (await fetch(`${origin}${address}`)).status;
    const { overlay, close } = await errorOverlays();
    try {
      expect(await status(linkingPage)).toBe(200);
      const broken = `content/stories/a-story-that-links.mdx: line ${linkLine}: link: /stories/a-story-linked-to/: no story has this address: did you mean /stories/a-story-linked-too/? (it is content/stories/<file name>.mdx, in /<language>/ for a translation)`;
      let seen = printedCount(broken);
      renameSync(
        join(fixture.root, 'content/stories/a-story-linked-to.mdx'),
        join(fixture.root, 'content/stories/a-story-linked-too.mdx'),
      );
      expect(await printedAfter(broken, seen, Date.now() + 60_000), `printed ${JSON.stringify(broken)}`).toBe(true);
      expect(await status(linkingPage)).toBe(500);
      expect(await overlay(broken.replaceAll('<', '&lt;').replaceAll('>', '&gt;'))).toContain(
        broken.replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
      );
      // On the linking page only: the others still render.
      expect(await status('/stories/two-decades-of-red-notices/')).toBe(200);
      expect(await status('/about/')).toBe(200);
      // Named back: the link works again.
      const reloaded = 'Reloaded data from a-story-linked-to.mdx';
      seen = printedCount(reloaded);
      renameSync(
        join(fixture.root, 'content/stories/a-story-linked-too.mdx'),
        join(fixture.root, 'content/stories/a-story-linked-to.mdx'),
      );
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      expect(await status(linkingPage)).toBe(200);
    } finally {
      close();
      if (existsSync(join(fixture.root, 'content/stories/a-story-linked-too.mdx'))) {
        renameSync(
          join(fixture.root, 'content/stories/a-story-linked-too.mdx'),
          join(fixture.root, 'content/stories/a-story-linked-to.mdx'),
        );
      }
    }
  });

  // A story's cases: names case files, which the story links to: the build stops on one that is not there.
  it('shows a case file listed in cases: and renamed while it runs on the listing page, with its line and the name meant', async () => {
    const listing = '/stories/a-story-that-links/';
    const status = async (address: string) => (await fetch(`${origin}${address}`)).status;
    const { overlay, close } = await errorOverlays();
    try {
      expect(await status(listing)).toBe(200);
      const missing = `content/stories/a-story-that-links.mdx: line 6: cases[0]: no case file "a-case-listed" (content/cases/a-case-listed.mdx): did you mean "a-case-listed2"?`;
      let seen = printedCount(missing);
      renameSync(
        join(fixture.root, 'content/cases/a-case-listed.mdx'),
        join(fixture.root, 'content/cases/a-case-listed2.mdx'),
      );
      expect(await printedAfter(missing, seen, Date.now() + 60_000), `printed ${JSON.stringify(missing)}`).toBe(true);
      expect(await status(listing)).toBe(500);
      expect(await overlay(missing.replaceAll('"', '&quot;'))).toContain(missing.replaceAll('"', '&quot;'));
      expect(await status('/about/')).toBe(200);
      const reloaded = 'Reloaded data from a-case-listed.mdx';
      seen = printedCount(reloaded);
      renameSync(
        join(fixture.root, 'content/cases/a-case-listed2.mdx'),
        join(fixture.root, 'content/cases/a-case-listed.mdx'),
      );
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      expect(await status(listing)).toBe(200);
    } finally {
      close();
      if (existsSync(join(fixture.root, 'content/cases/a-case-listed2.mdx'))) {
        renameSync(
          join(fixture.root, 'content/cases/a-case-listed2.mdx'),
          join(fixture.root, 'content/cases/a-case-listed.mdx'),
        );
      }
    }
  });

  // A story's datasets: names datasets; the build stops on one that is not there. Renamed while the server ran, it went
  // unsaid: the link checks ran on a page's change only, and left datasets: out.
  it('shows a dataset named in datasets: and renamed while it runs on the page naming it, until it is named back', async () => {
    const naming = '/stories/two-decades-of-red-notices/';
    const status = async (address: string) => (await fetch(`${origin}${address}`)).status;
    const { overlay, close } = await errorOverlays();
    const [from, to] = [
      join(fixture.root, 'data/interpol-refusal-totals.json'),
      join(fixture.root, 'data/interpol-refusal-total.json'),
    ];
    try {
      expect(await status(naming)).toBe(200);
      const missing =
        'content/stories/two-decades-of-red-notices.mdx: line 7: datasets[2]: unknown dataset "interpol-refusal-totals": did you mean "interpol-refusal-total"?';
      let seen = printedCount(missing);
      renameSync(from, to);
      expect(await printedAfter(missing, seen, Date.now() + 60_000), `printed ${JSON.stringify(missing)}`).toBe(true);
      expect(await status(naming)).toBe(500);
      expect(await overlay(missing.replaceAll('"', '&quot;'))).toContain(missing.replaceAll('"', '&quot;'));
      expect(await status('/about/')).toBe(200);
      const reloaded = 'Reloaded data from data/interpol-refusal-totals.json';
      seen = printedCount(reloaded);
      renameSync(to, from);
      expect(await printedAfter(reloaded, seen, Date.now() + 60_000)).toBe(true);
      // Printed once the datasets' loader has synced, which may be before the pages read the new store (they answered
      // 500 on a busy machine): the page is asked until it renders, for up to a minute (the content reload that comes
      // once the store is written is waited for in tests/build/dev-dataset-rename.test.ts).
      await expect.poll(() => status(naming), { timeout: 60_000, interval: 250 }).toBe(200);
    } finally {
      close();
      if (existsSync(to)) renameSync(to, from);
    }
  });

  // The build stops on a translated case file that states another requesting state than its original; the dev server
  // showed only two translations of one original among the build's translation checks.
  it("shows a translated case file's country edited away from its original's on every page, until it is restored", async () => {
    const file = 'content/cases/fr/igor-pestrikov.mdx';
    const text = readFileSync(join(fixture.root, file), 'utf8');
    const problem = `${file}: line 7: country: KG, where its original content/cases/igor-pestrikov.mdx says RU: a translation states the same facts; update the one that is out of date`;
    const status = async (address: string) => (await fetch(`${origin}${address}`)).status;
    const { overlay, close } = await errorOverlays();
    const reloads = await contentReloads();
    try {
      expect(await status('/about/')).toBe(200);
      const seen = printedCount(problem);
      fixture.write(file, text.replace(/^country: RU$/m, 'country: KG'));
      expect(await printedAfter(problem, seen, Date.now() + 60_000), `printed ${JSON.stringify(problem)}`).toBe(true);
      expect(await status('/about/')).toBe(500);
      expect(await overlay(problem)).toContain(problem);
      const reloaded = reloads.count();
      fixture.write(file, text);
      expect(await reloads.after(reloaded, Date.now() + 60_000), 'a content reload for the case file restored').toBe(
        true,
      );
      // The reload counted may be an earlier test's, come late: the pages come back once the checks have seen the
      // restore, as after the second translation's removal below.
      await expect.poll(() => status('/about/'), { timeout: 60_000, interval: 250 }).toBe(200);
    } finally {
      close();
      reloads.close();
      fixture.write(file, text);
    }
  });

  // An image's width and height are added when its story is compiled (src/build/public-images.ts): the story kept the
  // old ones until it was saved again.
  it('shows the new size of an image of public/ exported anew while it runs, without the story saved', async () => {
    // The dev server serves the project's own public/ folder: a file of this run's, removed after it.
    const name = `casefile-dev-server-test-${process.pid}.svg`;
    const image = join(repoRoot, 'public', name);
    const svg = (width: number, height: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"></svg>`;
    const story = 'content/stories/a-story-with-a-map.mdx';
    /** The story's image, or the status its page answered instead. */
    const page = async () => {
      const response = await fetch(`${origin}/stories/a-story-with-a-map/`);
      const html = await response.text();
      return response.status === 200
        ? (/<img [^>]*src="\/casefile-dev-server-test-[^>]*>/.exec(html)?.[0] ?? 'no image on the page')
        : `status ${response.status}`;
    };
    // The server tells the page when to load again: the content layer once it has stored the story, and Astro once it
    // has dropped the compiled story whose image changed (a watched file of its). The page is read after each reload
    // that follows the first `seen`, never before the first, which a request would race.
    const reloads = await pageReloads(origin);
    /** The story's image once it has `size`, read after each reload that follows the first `seen`, for up to a minute. */
    const shown = async (seen: number, size: string) => {
      const deadline = Date.now() + 60_000;
      let last = 'no reload within a minute';
      while (!last.includes(size) && (await reloads.after(seen, deadline))) {
        seen = reloads.count();
        last = await page();
      }
      return last;
    };
    try {
      writeFileSync(image, svg(640, 360));
      let seen = reloads.count();
      fixture.write(
        story,
        `---\ntitle: 'A story with a map'\nsummary: 'Written while the dev server runs.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\n![A map drawn for the test](/${name})\n`,
      );
      expect(await shown(seen, 'width="640" height="360"')).toContain('width="640" height="360"');
      seen = reloads.count();
      writeFileSync(image, svg(320, 240));
      expect(await shown(seen, 'width="320" height="240"')).toContain('width="320" height="240"');
    } finally {
      reloads.close();
      rmSync(image, { force: true });
      rmSync(join(fixture.root, story), { force: true });
    }
  });

  // The build stops on an image of public/ that is not there; the dev server read public/ only when the story was
  // checked, so an image exported after its story was said missing until the story was saved again.
  it('shows an image of public/ missing on the page showing it until the image is added, and again once removed, without a save', async () => {
    // The dev server serves the project's own public/ folder: a file of this run's, removed after it.
    const name = `casefile-dev-server-missing-${process.pid}.svg`;
    const image = join(repoRoot, 'public', name);
    const story = 'content/stories/a-story-with-a-missing-map.mdx';
    const missing = `${story}: line 8: image: no file public/${name}: expected the image in public/ (check the name and its case)`;
    const status = async () => (await fetch(`${origin}/stories/a-story-with-a-missing-map/`)).status;
    try {
      const seen = printedCount(missing);
      fixture.write(
        story,
        `---\ntitle: 'A story with a missing map'\nsummary: 'Written while the dev server runs.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n---\n\n![A map drawn for the test](/${name})\n`,
      );
      expect(await printedAfter(missing, seen, Date.now() + 60_000), `printed ${JSON.stringify(missing)}`).toBe(true);
      expect(await status()).toBe(500);
      writeFileSync(image, '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"></svg>');
      await expect.poll(status, { timeout: 60_000, interval: 250 }).toBe(200);
      const again = printedCount(missing);
      rmSync(image);
      expect(await printedAfter(missing, again, Date.now() + 60_000), 'printed again once removed').toBe(true);
      expect(await status()).toBe(500);
    } finally {
      rmSync(image, { force: true });
      rmSync(join(fixture.root, story), { force: true });
    }
  });

  // The build prints notes on the content; the dev server printed none.
  it('prints a note of the build once, in its words, as the save that causes it comes, and not at the next save', async () => {
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(join(fixture.root, story), 'utf8');
    const note = `note: ${story}: line 6: tags[1]: "red-notice" is used by this page only, "red-notices" by`;
    const reloads = await contentReloads();
    try {
      const seen = printedCount(note);
      fixture.write(story, text.replace(/^tags: \[interpol, red-notices,/m, 'tags: [interpol, red-notice,'));
      expect(await printedAfter(note, seen, Date.now() + 60_000), `printed ${JSON.stringify(note)}`).toBe(true);
      const reloaded = reloads.count();
      fixture.write(
        story,
        text.replace(/^tags: \[interpol, red-notices,/m, 'tags: [interpol, red-notice,') + '\nOne more line.\n',
      );
      expect(await reloads.after(reloaded, Date.now() + 60_000), 'a content reload for the second save').toBe(true);
      expect(printedCount(note)).toBe(seen + 1);
      // Restored, and the pages served again before the next test asks for them.
      const restored = reloads.count();
      fixture.write(story, text);
      expect(await reloads.after(restored, Date.now() + 60_000), 'a content reload for the story restored').toBe(true);
      await expect.poll(async () => (await fetch(`${origin}/about/`)).status, { timeout: 60_000 }).toBe(200);
    } finally {
      reloads.close();
      fixture.write(story, text);
    }
  });

  // The build stops on two translations of one original into one language (each language's lists would show one of
  // them); the dev server served both without a word.
  it('shows a second French translation of a story, added while it runs, on every page until it goes', async () => {
    const translation = readFileSync(join(fixture.root, 'content/stories/fr/the-interpol-files.mdx'), 'utf8');
    const second = 'content/stories/fr/une-autre-version.mdx';
    const problem =
      'content/stories/fr/une-autre-version.mdx: file name: two French translations of content/stories/the-interpol-files.mdx: content/stories/fr/the-interpol-files.mdx and content/stories/fr/une-autre-version.mdx; keep one';
    const status = async (address: string) => (await fetch(`${origin}${address}`)).status;
    const { overlay, close } = await errorOverlays();
    const reloads = await contentReloads();
    try {
      expect(await status('/about/')).toBe(200);
      const seen = printedCount(problem);
      fixture.write(second, translation.replace(/^---\n/, '---\ntranslationKey: the-interpol-files\n'));
      expect(await printedAfter(problem, seen, Date.now() + 60_000), `printed ${JSON.stringify(problem)}`).toBe(true);
      expect(await status('/about/')).toBe(500);
      expect(await status('/fr/stories/')).toBe(500);
      expect(await overlay(problem)).toContain(problem);
      // Removed: the pages come back once Astro has let go of it.
      const reloaded = reloads.count();
      rmSync(join(fixture.root, second));
      expect(await reloads.after(reloaded, Date.now() + 60_000), 'a content reload for the translation removed').toBe(
        true,
      );
      // Astro's reload line and the checks across pages answer the same removal, in no set order: the pages come
      // back once the checks have run again.
      await expect.poll(() => status('/about/')).toBe(200);
      expect(await status('/fr/stories/')).toBe(200);
    } finally {
      close();
      reloads.close();
      rmSync(join(fixture.root, second), { force: true });
    }
  });
  // The built site's link and leak checks, which only the build ran, once every page was rendered: what they say of the
  // page served, in their words with the line of the story, printed once as the page is served after the save.
  it('prints a mention of an embargoed case file and an #anchor the page lacks once, as the page is served after the save that causes them', async () => {
    const story = 'content/stories/two-decades-of-red-notices.mdx';
    const text = readFileSync(join(fixture.root, story), 'utf8');
    const line = text.split('\n').length + 1;
    const page = 'stories/two-decades-of-red-notices/index.html';
    const leak = `leak check: ${page} mentions "A case under embargo", the title of content/cases/under-embargo.mdx (embargoed); written in ${story}:${line}: remove the mention, or publish the page`;
    const anchor = `${page}: #no-such-section (no element with id "no-such-section"); written in ${story}:${line}`;
    const reloads = await contentReloads();
    const served = async () => (await fetch(`${origin}/stories/two-decades-of-red-notices/`)).status;
    try {
      const reloaded = reloads.count();
      fixture.write(story, `${text}\nSoon: A case under embargo. See [the section](#no-such-section).\n`);
      expect(await reloads.after(reloaded, Date.now() + 60_000), 'a content reload for the story saved').toBe(true);
      await expect.poll(async () => (await served(), printedCount(leak)), { timeout: 60_000 }).toBe(1);
      expect(printedCount(anchor), output()).toBe(1);
      // Served again as it is: nothing more.
      expect(await served()).toBe(200);
      expect([printedCount(leak), printedCount(anchor)]).toEqual([1, 1]);
    } finally {
      const restored = reloads.count();
      fixture.write(story, text);
      await reloads.after(restored, Date.now() + 60_000);
      reloads.close();
    }
  });
});
