/**
 * A dataset renamed while `npm run dev` runs, with the story drawing on it open in the browser. Astro reloads the
 * pages when its content store's file changes, and only then (src/lib/dataset-loader.ts says why); the dev server's
 * checks say at once what the build would stop on. The page must say, in the build's words, that the story names a
 * dataset that is not there while it does, and come back with its chart once the store has the dataset under its new
 * name, whichever of the rename and the story's edit comes first.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import type { ChildOutput } from '../helpers/output.ts';
import { asSent, contentReloads, errorOverlays, type ContentReloads } from '../helpers/vite-socket.ts';

const storyFile = 'content/stories/the-watchdog-and-its-caseload.mdx';
const address = '/stories/the-watchdog-and-its-caseload/';
/** The dataset the story's chart, its <Fact>s and its `datasets:` name, and the name it is given. */
const [before, after] = ['ccf-requests', 'ccf-admissible-requests'];
/** The line of the story's first <Fact> naming the dataset. */
const factLine =
  readFileSync(join(repoRoot, storyFile), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(`<Fact dataset="${before}"`)) + 1;
/** What the page says while the story's first <Fact> names a dataset data/ does not have. */
const missing = (id: string) => `${storyFile}: line ${factLine}: <Fact> dataset: unknown dataset "${id}"`;

describe('the dev server, a dataset renamed while its story is open', () => {
  const fixture = makeFixture();
  const story = readFileSync(join(fixture.root, storyFile), 'utf8');
  const dataset = (id: string) => join(fixture.root, `data/${id}.json`);
  let server: DevServer | undefined;
  let output: ChildOutput;
  let origin = '';
  beforeAll(async () => {
    server = await startDevServer(fixture.root);
    ({ origin, output } = server);
    const first = await fetch(`${origin}${address}`, { signal: AbortSignal.timeout(120_000) });
    expect(first.status, output.text()).toBe(200);
    // Time for the server's start (3 minutes at most), then its first page.
  }, 600_000);
  afterAll(async () => server?.stop());

  /** The story's page as the browser has it after the content reloads past `seen`, once it `holds`, or the last. */
  const afterReloads = async (
    reloads: ContentReloads,
    seen: number,
    holds: (page: { status: number; text: string }) => boolean,
  ) => {
    const deadline = Date.now() + 60_000;
    let last: { status: number; text: string } | undefined;
    while (!(last && holds(last)) && (await reloads.after(seen, deadline))) {
      seen = reloads.count();
      const response = await fetch(`${origin}${address}`);
      last = { status: response.status, text: await response.text() };
    }
    return last ? `${last.status}${holds(last) ? '' : ` (${last.text.slice(0, 200)})`}` : 'no content reload';
  };
  const showsChartOf = (id: string) => (page: { status: number; text: string }) =>
    page.status === 200 && page.text.includes(`href="/data/${id}.csv"`);
  const fails = (page: { status: number }) => page.status === 500;

  const rename = () => renameSync(dataset(before), dataset(after));
  const updateStory = () => writeFileSync(join(fixture.root, storyFile), story.replaceAll(before, after));
  /** The dataset and the story as they were, once the page shows them again (for the next test). */
  const restore = async () => {
    const changed = [readFileSync(join(fixture.root, storyFile), 'utf8') !== story, existsSync(dataset(after))];
    if (!changed.includes(true)) return;
    const reloads = await contentReloads(origin);
    try {
      const seen = reloads.count();
      if (changed[0]) writeFileSync(join(fixture.root, storyFile), story);
      if (changed[1]) renameSync(dataset(after), dataset(before));
      expect(await afterReloads(reloads, seen, showsChartOf(before)), 'restored').toBe('200');
    } finally {
      reloads.close();
    }
  };

  for (const [order, first, second, named] of [
    ['the dataset renamed first', rename, updateStory, before],
    ['the story updated first', updateStory, rename, after],
  ] as const) {
    it(`says the story names a dataset that is not there, then reloads it with its chart (${order})`, async () => {
      const reloads = await contentReloads(origin);
      const { overlay, close } = await errorOverlays(origin);
      try {
        let seen = reloads.count();
        first();
        expect(await afterReloads(reloads, seen, fails)).toBe('500');
        expect(await overlay(asSent(missing(named)))).toContain(asSent(missing(named)));
        seen = reloads.count();
        second();
        expect(await afterReloads(reloads, seen, showsChartOf(after))).toBe('200');
      } finally {
        close();
        reloads.close();
        await restore();
      }
      // Three waits of a minute at most: the two changes' reloads, and the restore's.
    }, 240_000);
  }

  // The editor renames the dataset, is told the story names it, and takes the rename back at once: Astro's store
  // ended as its file had it, and was not written, so no content reload came (the page, asked for meanwhile, stayed
  // on the error).
  it('reloads the page when a dataset renamed is named back at once', async () => {
    const reloads = await contentReloads(origin);
    try {
      const printed = output.text().split(missing(before)).length - 1;
      rename();
      await output.until(new RegExp(`(?:${escapeRegExp(missing(before))}[^]*){${printed + 1}}`), 60_000);
      const seen = reloads.count();
      renameSync(dataset(after), dataset(before));
      expect(await afterReloads(reloads, seen, showsChartOf(before))).toBe('200');
    } finally {
      reloads.close();
      await restore();
    }
  }, 180_000);

  // A mistake in a dataset changes nothing in Astro's store (its last good rows stay), so no content reload came: the
  // open page went on showing them, and after the fix, the error the editor had reloaded it to see.
  it('reloads the page to show a mistake saved in a dataset, and again once it is fixed', async () => {
    const text = readFileSync(dataset(before), 'utf8');
    const reloads = await contentReloads(origin);
    const { overlay, close } = await errorOverlays(origin);
    try {
      let seen = reloads.count();
      writeFileSync(dataset(before), text.replace(/\}\s*$/, '},\n'));
      expect(await afterReloads(reloads, seen, fails)).toBe('500');
      expect(await overlay(asSent(`data/${before}.json: invalid JSON`))).toContain(
        asSent(`data/${before}.json: invalid JSON`),
      );
      seen = reloads.count();
      writeFileSync(dataset(before), text);
      expect(await afterReloads(reloads, seen, showsChartOf(before))).toBe('200');
    } finally {
      close();
      reloads.close();
      writeFileSync(dataset(before), text);
    }
  }, 180_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
