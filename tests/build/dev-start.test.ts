/**
 * `npm run dev` started while a page's frontmatter has a mistake the build would stop on: Astro's glob() loader threw
 * InvalidContentEntryDataError while reading the content, and the server exited, so an editor could not start it to
 * see the mistake, nor fix it with the page open. It starts, every page shows the problem in the build's words, and
 * the save that fixes it brings the pages back (src/lib/page-loader.ts). So with a frontmatter that is not YAML at all
 * (a quote left open, a tab), which Astro's own reader threw on before any check, and the server stopped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import type { ChildOutput } from '../helpers/output.ts';
import { contentReloads } from '../helpers/vite-socket.ts';

describe('the dev server started with a frontmatter mistake', () => {
  const fixture = makeFixture();
  let server: DevServer | undefined;
  afterAll(async () => server?.stop());

  it('starts, shows the mistakes on every page, and serves the pages once they are fixed', async () => {
    const path = 'content/stories/two-decades-of-red-notices.mdx';
    const story = readFileSync(join(fixture.root, path), 'utf8');
    fixture.write(path, story.replace(/^summary:/m, 'sumary:'));
    // Not YAML: a title's closing quote left out, and a case file's line indented by a tab.
    const unclosed = 'content/stories/the-watchdog-and-its-caseload.mdx';
    const watchdog = readFileSync(join(fixture.root, unclosed), 'utf8');
    fixture.write(unclosed, watchdog.replace(/^title: "(.*)"$/m, 'title: "$1'));
    const tabbed = 'content/cases/igor-pestrikov.mdx';
    const igor = readFileSync(join(fixture.root, tabbed), 'utf8');
    fixture.write(tabbed, igor.replace(/^summary:/m, '\tsummary:'));
    server = await startDevServer(fixture.root);
    const { origin, output } = server;
    expect(output.text()).toContain(`${path}: line 3: frontmatter: unknown field "sumary" (did you mean "summary"?)`);
    expect(output.text()).toContain(
      `${unclosed}: frontmatter: malformed YAML at line 2: the value of title opens a double quote and never closes it: end it with "`,
    );
    expect(output.text()).toContain(
      `${tabbed}: frontmatter: malformed YAML at line 3: a tab indents the line: YAML reads spaces only`,
    );
    expect((await fetch(`${origin}/about/`, { signal: AbortSignal.timeout(120_000) })).status).toBe(500);
    // The broken pages' own addresses too, which the editor has open: their routes list the pages before the
    // middleware runs, and read the frontmatter stored unchecked (a TypeError, "Cannot read properties of undefined").
    for (const address of [
      '/stories/two-decades-of-red-notices/',
      '/stories/the-watchdog-and-its-caseload/',
      '/cases/igor-pestrikov/',
      '/fr/stories/',
    ]) {
      const broken = await fetch(`${origin}${address}`);
      expect(broken.status, address).toBe(500);
      expect(await broken.text(), address).toContain('<title>ContentError</title>');
    }
    // Each error in the build's words alone: not over an empty "Stack trace:" heading (a page asked for by its own
    // address is logged only formatted), nor beside Vite's warning that it cannot follow search.js's import.
    expect(output.text()).not.toMatch(/Stack trace:[ \t]*(?:\n(?![ \t]+at )|$)/);
    expect(output.text()).not.toContain('cannot be analyzed by Vite');
    // Fixed: the pages come back once Astro has stored them again, checked after each content reload until they do.
    const reloads = await contentReloads(origin);
    const fixedPages = [
      '/stories/two-decades-of-red-notices/',
      '/stories/the-watchdog-and-its-caseload/',
      '/cases/igor-pestrikov/',
    ];
    const statuses = async () =>
      Promise.all(fixedPages.map(async (address) => (await fetch(`${origin}${address}`)).status));
    let shown: number[] = [];
    try {
      let seen = reloads.count();
      fixture.write(path, story);
      fixture.write(unclosed, watchdog);
      fixture.write(tabbed, igor);
      for (const name of ['two-decades-of-red-notices', 'the-watchdog-and-its-caseload', 'igor-pestrikov'])
        await output.until(new RegExp(`Reloaded data from ${name}\\.mdx`), 60_000);
      while (
        (shown.length === 0 || shown.some((status) => status !== 200)) &&
        (await reloads.after(seen, Date.now() + 60_000))
      ) {
        seen = reloads.count();
        shown = await statuses();
      }
    } finally {
      reloads.close();
    }
    expect(shown, output.text()).toEqual([200, 200, 200]);
    const fixed = await fetch(`${origin}/stories/two-decades-of-red-notices/`);
    expect(await fixed.text()).toContain('Interpol issued 2,343 red notices in 2005 and 15,548 in 2024');
    expect(await (await fetch(`${origin}/stories/the-watchdog-and-its-caseload/`)).text()).toContain(
      'watchdog and its growing caseload',
    );
    // Time for the waits above (the server's start, 3 minutes at most, then its pages), which vitest's default of 2
    // minutes cut short, failing without the server's output.
  }, 600_000);
});

/** A short story, under embargo until `embargo` if one is given. */
const shortStory = (title: string, embargo?: string) =>
  `---\ntitle: '${title}'\nsummary: 'The site has no case file yet.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\n${embargo ? `embargo: ${embargo}\n` : ''}---\n\nText.\n`;

describe('the dev server of a site with no case file, dataset or source yet', () => {
  const fixture = makeFixture({ copyDemo: false });
  let server: DevServer | undefined;
  let output: ChildOutput;
  let origin = '';
  beforeAll(async () => {
    fixture.write('content/stories/a-first-story.mdx', shortStory('A first story'));
    // Not CASEFILE_NOW either: the machine's clock, as an editor's server reads it, for an embargo to lift.
    server = await startDevServer(fixture.root, { without: ['CASEFILE_NOW'] });
    ({ origin, output } = server);
    // Astro loads the content store before it listens. The page once answered 404 in CI, and once the connection was
    // closed: another test file had copied the project, its astro.config.mjs with it, below tests/.output, and Astro
    // restarted the server at it (src/build/dev-watch.ts now keeps the watcher out of there).
    const first = await fetch(`${origin}/stories/a-first-story/`, { signal: AbortSignal.timeout(120_000) }).catch(
      (error: Error) => {
        throw new Error(`${error.message} (${String(error.cause)}); the dev server printed:\n${output.text()}`);
      },
    );
    expect(first.status, output.text()).toBe(200);
    // Time for the server's start (3 minutes at most), then its first page.
  }, 600_000);
  afterAll(async () => server?.stop());

  // A site without case files yet is not at fault: a build loads the collection as empty, without a word (8d4ae53).
  it('starts without saying it found no case file', () => {
    expect(output.text()).toContain('Synced content');
    expect(output.text()).not.toContain('No files found matching');
  });

  // The dev 404 page asks for the case file at the address (to say it is a draft or embargoed): Astro printed 'The
  // collection "cases" does not exist or is empty' at each /cases/x/ asked for, a fault read into a site without one.
  it('answers an address below /cases/ with the 404 page, without saying the collection is missing', async () => {
    const before = output.text().length;
    for (const address of ['/cases/no-such-case/', '/fr/cases/no-such-case/', '/stories/no-such-story/']) {
      const missing = await fetch(`${origin}${address}`, { signal: AbortSignal.timeout(120_000) });
      expect(missing.status, address).toBe(404);
      expect(await missing.text(), address).toContain('<html');
    }
    expect(output.text().slice(before)).not.toContain('does not exist or is empty');
  });

  // Every page lists the datasets and the sources (src/lib/site-data.ts): Astro printed that the collections
  // "datasets" and "sources" do not exist or are empty, each twice on the first page after a start or a change.
  it('serves its pages without saying the datasets or the sources are missing', async () => {
    for (const address of ['/', '/stories/', '/data/', '/sources/', '/fr/']) {
      const page = await fetch(`${origin}${address}`, { signal: AbortSignal.timeout(120_000) });
      expect(page.status, address).toBe(200);
    }
    // Since the server started, its first page included.
    expect(output.text()).not.toContain('does not exist or is empty');
  });

  // What is public was decided when the content changed: a story whose embargo lifted while the server ran stayed
  // hidden until the next save (src/lib/embargo-timer.ts).
  it('shows a story at the moment its embargo lifts, without a change', async () => {
    const reloads = await contentReloads(origin);
    try {
      // Seconds ahead, time enough for the page to be read before then.
      const lifts = new Date(Math.ceil(Date.now() / 1000) * 1000 + 20_000).toISOString().replace('.000Z', 'Z');
      let seen = reloads.count();
      fixture.write('content/stories/soon.mdx', shortStory('A story under embargo', lifts));
      expect(await reloads.after(seen, Date.now() + 60_000), 'a content reload for the story added').toBe(true);
      expect(Date.now(), 'the story was read before its embargo lifted').toBeLessThan(Date.parse(lifts));
      expect((await fetch(`${origin}/stories/soon/`)).status).toBe(404);
      // Astro's content store changes then, untouched by the editor: its pages are read again, the browser's reloaded.
      // The first content reload at or after the moment: one more for the story added, sent late, is not it.
      let reloaded: boolean;
      do {
        seen = reloads.count();
        reloaded = await reloads.after(seen, Date.now() + 60_000);
      } while (reloaded && Date.now() < Date.parse(lifts));
      expect(reloaded, 'a content reload once the embargo lifted').toBe(true);
      expect((await fetch(`${origin}/stories/soon/`)).status).toBe(200);
      expect(await (await fetch(`${origin}/stories/`)).text()).toContain('A story under embargo');
      expect(output.text()).toContain(
        `content/stories/soon.mdx: embargo lifted at ${lifts}: shown as published from now on`,
      );
    } finally {
      reloads.close();
    }
  }, 300_000);
});
