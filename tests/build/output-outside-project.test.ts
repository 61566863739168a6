/**
 * An output folder outside the project, beside it, whose path begins with the project's as text (`/srv/casefile-site`
 * beside a project at `/srv/casefile`). Astro built beside the output folder (`.<output>-astro/`), and Vite took that
 * folder for the project's by its path: its prerendered chunks there imported packages by name, which Node resolves
 * from the chunk's folder upward, where there is no node_modules. The build stopped after rendering on
 * "ERR_MODULE_NOT_FOUND: Cannot find package '@oslojs/encoding'" and never published there. Astro now builds inside
 * the project (src/build/publish.ts, astroOutDir).
 *
 * The project is this repository, not a copy: a copy's packages are links into the repository's node_modules, which
 * Vite bundles rather than import by name, and a copy in tests/.output finds the repository's node_modules above it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runBuild } from '../helpers/build.ts';
import { editorialFixture } from '../editorial/fixture.ts';
import { treeHash } from './tree.ts';

describe('an output folder beside the project, named with its name', { timeout: 600_000 }, () => {
  const fixture = editorialFixture();
  const cache = mkdtempSync(join(tmpdir(), 'casefile-outside-cache-'));
  const parent = `${repoRoot}-outside-${process.pid}`;
  const dist = join(parent, 'site');
  const build = () => runBuild({ dist, contentRoot: fixture.root, env: { CASEFILE_CACHE_DIR: cache } });
  const astroFolders = join(repoRoot, 'node_modules/.cache/casefile');
  /** What the build leaves beside its output, and of Astro's output in the project's cache folder. */
  const leftovers = () => [
    ...readdirSync(parent).filter((name) => name !== 'site'),
    ...(existsSync(astroFolders) ? readdirSync(astroFolders).filter((name) => name === 'astro-output-site') : []),
  ];
  let first: ReturnType<typeof runBuild>;

  beforeAll(() => {
    first = build();
  });
  afterAll(() => {
    for (const folder of [parent, cache, fixture.root]) rmSync(folder, { recursive: true, force: true });
  });

  it('is published there, with nothing left beside it', () => {
    expect(first.status, first.output).toBe(0);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('/sitemap-index.xml');
    expect(leftovers()).toEqual([]);
  });

  it('is left as it was by a build that fails after Astro, with nothing left beside it', () => {
    expect(first.status, first.output).toBe(0);
    const before = treeHash(dist);
    const story = 'content/stories/second-story.mdx';
    const original = readFileSync(join(fixture.root, story), 'utf8');
    // A row given as an expression passes the preflight (it cannot evaluate it) and fails when the page renders.
    fixture.write(story, `${original}\nA figure: <Fact dataset="fixture-counts" row={2000 + 99} column="count" />.\n`);
    try {
      const failed = build();
      expect(failed.status, failed.output).toBe(1);
      expect(failed.stderr).toContain(`Nothing was published; ${dist} is unchanged.`);
      expect(treeHash(dist)).toBe(before);
      expect(leftovers()).toEqual([]);
    } finally {
      fixture.write(story, original);
    }
  });
});
