/**
 * `node scripts/build.mjs` started from another folder than the project's (a deploy script, a cron job's home folder)
 * builds as `npm run build` does: Astro wrote its prerendered chunks below the working folder, where they could not
 * find the project's packages, and the build failed with ERR_MODULE_NOT_FOUND, leaving an .astro/ folder there.
 */
import { mkdirSync, mkdtempSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixture, runBuild } from '../helpers/build.ts';

describe('a build started from another folder', () => {
  it('builds the site, reads a relative content folder from where it was started, and writes nothing there', () => {
    const fixture = makeFixture();
    // Deeper than the project: the relative path read from the project's folder would name no folder at all.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'casefile-elsewhere-')), 'deploy', 'jobs');
    mkdirSync(elsewhere, { recursive: true });
    const build = runBuild({ dist: fixture.dist, contentRoot: relative(elsewhere, fixture.root), cwd: elsewhere });
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(fixture.dist, 'stories/the-interpol-files/index.html'))).toBe(true);
    expect(readFileSync(join(fixture.dist, 'index.html'), 'utf8')).toContain('<html');
    expect(readdirSync(elsewhere)).toEqual([]);
  }, 600_000);
});
