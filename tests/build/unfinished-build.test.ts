/**
 * A build that does not finish (a page fails, or the build is killed while Astro renders) must leave nothing a later
 * build copies. Astro writes each page into its incremental cache as it renders it, but the manifest of page keys only
 * at the end: the next build whose keys matched the last finished build's manifest (the editor reverted the edit)
 * copied the dead build's pages, and a killed preview's pages, drafts and all, reached the next published build
 * (src/build/astro-cache.ts).
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fixedNow, makeFixture, repoRoot, runBuild, type BuildResult } from '../helpers/build.ts';

/** The files below `dir` (none when it does not exist) whose text contains `text`. */
function filesContaining(dir: string, text: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .filter((file) => {
      try {
        return readFileSync(join(dir, file), 'utf8').includes(text);
      } catch {
        return false; // a folder, or a file the build is replacing
      }
    })
    .sort();
}

/** The `pages: N rendered, M unchanged` line's figures. */
function pages(build: BuildResult): { rendered: number; copied: number } {
  const line = /pages: (\d+) rendered, (\d+) unchanged since the last build/.exec(build.output);
  if (!line) throw new Error(`no pages line in the build's output:\n${build.output}`);
  return { rendered: Number(line[1]), copied: Number(line[2]) };
}

const discardNote =
  "[casefile] the last build did not finish: Astro's page cache was discarded, every page is rendered again";

const headlineStory = 'content/stories/two-decades-of-red-notices.mdx';
const headline = "title: 'Two decades of red notices: a count with holes in it'";
const withdrawn = 'Two decades of red notices: WITHDRAWN HEADLINE';
const draftTitle = 'A draft the desk has not cleared';

/**
 * A copy of the demo with a draft (made up for this test: a preview build lists it on the pages of its country and
 * tag), built once, with its own output and Astro cache: each test starts from a cache no other test has used.
 */
function builtSite() {
  const fixture = makeFixture();
  const dist = join(fixture.root, 'site');
  // Where runBuild puts Astro's cache; a preview's may be beside it (both are searched).
  const caches = [`${dist}-astro-cache`, `${dist}-astro-cache-preview`];
  const build = (env: Record<string, string> = {}) => runBuild({ dist, contentRoot: fixture.root, env });
  const original = readFileSync(join(fixture.root, headlineStory), 'utf8');
  expect(original).toContain(headline);
  const site = {
    fixture,
    dist,
    caches,
    build,
    withdrawHeadline: () => fixture.write(headlineStory, original.replace(headline, `title: '${withdrawn}'`)),
    restoreHeadline: () => fixture.write(headlineStory, original),
    /**
     * Starts a build and kills it (SIGKILL, its helpers too) as soon as Astro's cache holds a page with `sign`: Astro
     * is rendering, and has written a page but not yet its manifest.
     */
    async killWhileRendering(sign: string, extra: Record<string, string> = {}): Promise<void> {
      const env = {
        ...process.env,
        // As runBuild sets them (tests/helpers/build.ts).
        TZ: process.env.TZ ?? 'Pacific/Honolulu',
        CASEFILE_NOW: fixedNow,
        CASEFILE_DIST: dist,
        CASEFILE_PREVIEW_DIST: dist,
        CASEFILE_CACHE_DIR: caches[0]!,
        CASEFILE_CONTENT_ROOT: fixture.root,
        ...extra,
        ...(extra.PREVIEW ? { CASEFILE_DIST: `${dist}-published` } : {}),
      };
      const child = spawn(process.execPath, [join(repoRoot, 'scripts/build.mjs')], {
        cwd: repoRoot,
        env,
        detached: true,
        stdio: 'ignore',
      });
      const exited = once(child, 'exit');
      let ended = false;
      void exited.then(() => (ended = true));
      const deadline = Date.now() + 120_000;
      while (!caches.some((cache) => filesContaining(join(cache, 'dist'), sign).length > 0)) {
        if (ended) throw new Error(`the build ended before Astro's cache held a page with ${JSON.stringify(sign)}`);
        if (Date.now() > deadline) throw new Error(`no page with ${JSON.stringify(sign)} in Astro's cache after 120 s`);
        await sleep(10);
      }
      // The build's process group: Pagefind's process and the workers go with it.
      process.kill(-child.pid!, 'SIGKILL');
      const [, signal] = await exited;
      expect(signal, 'the build finished before it was killed').toBe('SIGKILL');
    },
  };
  fixture.write(
    'content/stories/a-draft-not-cleared.mdx',
    `---
title: ${draftTitle}
summary: A note still with the lawyers.
date: 2026-11-20
countries: [RU]
tags: [interpol]
draft: true
---

The note cites the Council of Europe's report <Cite id="pace-doc-14277" />.
`,
  );
  const first = build();
  expect(first.status, first.output).toBe(0);
  return site;
}

// Each test runs three or four builds of the demo: 160 s in a CI run on a machine shared with other sessions, past
// vitest's 120 s. A build that hangs is stopped by the build helper's own limit (tests/helpers/build.ts).
describe('a build that did not finish', { timeout: 600_000 }, () => {
  it('because a page failed leaves no page of it for the next build to copy', () => {
    const { fixture, dist, caches, build, withdrawHeadline, restoreHeadline } = builtSite();
    const caseload = 'content/stories/the-watchdog-and-its-caseload.mdx';
    const caseloadText = readFileSync(join(fixture.root, caseload), 'utf8');
    withdrawHeadline();
    // A Fact of an empty cell stops the build while Astro renders.
    fixture.write(
      caseload,
      `${caseloadText}\nThe total is <Fact dataset="red-notices-issued" row={2000 + 13} column="issued" />.\n`,
    );
    const failed = build();
    restoreHeadline();
    fixture.write(caseload, caseloadText);
    expect(failed.status, failed.output).toBe(1);
    expect(failed.output).toContain('Nothing was published');
    // The report names the line of the tag, which only rendering could check (its row is an expression).
    const tagLine = `${caseloadText}\nThe total is`.split('\n').length;
    expect(failed.output).toContain(`${caseload}: line ${tagLine}: <Fact dataset="red-notices-issued">`);
    // What makes the case: the failed build left pages with the withdrawn headline in Astro's cache.
    expect(filesContaining(join(caches[0]!, 'dist'), withdrawn)).not.toEqual([]);

    const reverted = build();
    expect(reverted.status, reverted.output).toBe(0);
    expect(filesContaining(dist, withdrawn)).toEqual([]);
    expect(reverted.output).toContain(discardNote);
    expect(caches.flatMap((cache) => filesContaining(cache, withdrawn))).toEqual([]);
    expect(pages(reverted).copied).toBe(0);

    // The cache is whole again: an unchanged rebuild copies the pages.
    const again = build();
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain(discardNote);
    expect(pages(again).copied).toBeGreaterThan(pages(again).rendered * 2);
  });

  it('because it was killed while Astro rendered leaves no page of it for the next build to copy', async () => {
    const { dist, build, withdrawHeadline, restoreHeadline, killWhileRendering } = builtSite();
    withdrawHeadline();
    try {
      await killWhileRendering(withdrawn);
    } finally {
      restoreHeadline();
    }
    const reverted = build();
    expect(reverted.status, reverted.output).toBe(0);
    expect(filesContaining(dist, withdrawn)).toEqual([]);
    expect(reverted.output).toContain(discardNote);
  });

  it('a killed preview build leaves no draft for the next published build, which still copies its unchanged pages', async () => {
    const { dist, build, killWhileRendering } = builtSite();
    await killWhileRendering(draftTitle, { PREVIEW: '1' });
    const published = build();
    expect(published.status, published.output).toBe(0);
    expect(filesContaining(dist, draftTitle)).toEqual([]);
    // The preview had a cache of its own: the published build's was untouched, and is still warm.
    expect(published.output).not.toContain(discardNote);
    expect(pages(published).copied).toBeGreaterThan(pages(published).rendered * 2);
  });
});
