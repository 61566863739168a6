/**
 * The build refuses an Astro cache folder (CASEFILE_CACHE_DIR) that holds the published site, the project or the
 * content (src/build/cache-folder.ts): Astro writes each page it renders into `<cache>/dist/` at once, and a build
 * empties that folder when the last one did not finish, so a cache folder holding the output folder `dist/` wrote
 * into the published site while it rendered, whatever the checks said after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runBuild } from '../helpers/build.ts';
import { editorialFixture, markers } from '../editorial/fixture.ts';
import { filesMentioning, treeHash } from './tree.ts';

describe('a build given a cache folder that holds its output folder', () => {
  const fixture = editorialFixture();
  const dist = join(fixture.root, 'site/dist');
  let good: string;

  beforeAll(() => {
    const first = runBuild({ dist, contentRoot: fixture.root });
    expect(first.status, first.output).toBe(0);
    good = treeHash(dist);
  });

  it('stops before Astro runs: the published site stays as it was, and no page naming a draft reaches it', () => {
    const file = join(fixture.root, 'content/cases/public-case.mdx');
    const original = readFileSync(file, 'utf8');
    // A page the leak check stops: rendered into the cache's dist/ before the check runs.
    fixture.write('content/cases/public-case.mdx', `${original}\nSee the ${markers.draftTitle}.\n`);
    try {
      const cache = dirname(dist);
      const result = runBuild({ dist, contentRoot: fixture.root, env: { CASEFILE_CACHE_DIR: cache } });
      expect(result.status, result.output).toBe(1);
      expect(result.stderr).toContain(
        `The build stopped: CASEFILE_CACHE_DIR: "${cache}" holds the output folder (${dist})`,
      );
      expect(treeHash(dist)).toBe(good);
      expect(filesMentioning(dist, markers.draftTitle)).toEqual([]);
      expect(readdirSync(cache).sort()).toEqual(['dist', 'dist-astro-cache']);
    } finally {
      fixture.write('content/cases/public-case.mdx', original);
    }
  });
});
