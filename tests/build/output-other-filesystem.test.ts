/**
 * An output folder on another file system than the project: a container's volume (`CASEFILE_DIST=/srv/www/site`), a
 * tmpfs, a second disk. Astro moves its prerendered assets into its output folder by renaming them from the project's
 * `.astro/`, and a rename cannot cross file systems: the build stopped after rendering on `EXDEV: cross-device link
 * not permitted, rename '…/.astro/.prerender/_astro/Base….css'`, with a stack trace, and never published there
 * (src/build/publish.ts, astroOutDir).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFixture, repoRoot, runBuild } from '../helpers/build.ts';

/** A tmpfs on Linux, on another device than the project's folder on most machines (CI's included). */
const otherFileSystem = '/dev/shm';
const crossesFileSystems = existsSync(otherFileSystem) && statSync(otherFileSystem).dev !== statSync(repoRoot).dev;

describe.skipIf(!crossesFileSystems)('an output folder on another file system than the project', () => {
  it('is published there, and replaced by the next build, with nothing left beside it', () => {
    const parent = mkdtempSync(join(otherFileSystem, 'casefile-out-'));
    const cache = mkdtempSync(join(tmpdir(), 'casefile-cache-'));
    const dist = join(parent, 'site');
    const fixture = makeFixture();
    const build = (siteUrl: string) =>
      runBuild({
        dist,
        contentRoot: fixture.root,
        // Astro's cache on the project's side, as its default (node_modules/.astro) is.
        env: { CASEFILE_CACHE_DIR: join(cache, 'astro'), CASEFILE_SITE_URL: siteUrl },
      });
    try {
      const first = build('https://first.example.org');
      expect(first.status, first.output).toBe(0);
      expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('https://first.example.org/sitemap-index.xml');
      const second = build('https://second.example.org');
      expect(second.status, second.output).toBe(0);
      expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('https://second.example.org/sitemap-index.xml');
      expect(readdirSync(parent)).toEqual(['site']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      rmSync(fixture.root, { recursive: true, force: true });
    }
  });
});
