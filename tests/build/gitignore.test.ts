/**
 * The project's .gitignore covers every folder the build, the dev server, the tests and the bench write in a project,
 * so that `git add -A` after a build commits content and code only: never the built site, Astro's cache (a preview's
 * holds drafts and embargoed pages), a build's staging folder or a test's output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';

/** Paths inside folders that builds and tests write, in the project, by what writes them. */
const written = [
  'dist/index.html', // npm run build
  'dist-preview/index.html', // PREVIEW=1
  `.dist-staging-${process.pid}/index.html`, // a build's staging folder (src/build/publish.ts)
  '.dist-preview-staging-12/index.html',
  `.dist-previous-${process.pid}/index.html`,
  '.astro/types.d.ts', // astro sync, the dev server
  'node_modules/.astro/data-store.json', // Astro's cache, by default
  '.cache-astro/data-store.json', // CASEFILE_CACHE_DIR=.cache-astro, as the test runs set it
  '.cache-astro-preview/data-store.json', // its preview's, drafts included
  '.cache-astro-preview/dist/stories/draft/index.html',
  'tests/.output/demo/index.html', // the tests' demo build
  'test-results/report.json',
  'bench-results/2026-12-05.json', // npm run bench
];

describe("the project's .gitignore", () => {
  it.skipIf(!existsSync(join(repoRoot, '.git')))('ignores every folder a build or a test writes', () => {
    const run = spawnSync('git', ['check-ignore', '--no-index', '--verbose', '--non-matching', ...written], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    // git answers with a line per path; a git that stopped (not a repository, a repository it distrusts) answers with
    // none, which read as "nothing unignored".
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line !== '');
    expect(lines.map((line) => line.replace(/^.*\t/, ''))).toEqual(written);
    const unignored = lines.filter((line) => line.startsWith('::')).map((line) => line.replace(/^::\s*/, ''));
    expect(unignored).toEqual([]);
  });
});
