import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCacheWanted } from '../../src/build/compile-cache.mjs';
import { fixedNow, makeFixture, repoRoot, runBuild } from '../helpers/build.ts';

/** The entries of a compile cache folder (Node keeps them in one folder per Node version and V8 flags). */
function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("Node's compile cache for the build", () => {
  it('is on by default, off in CI unless a folder is named, and off whenever Node is told so', () => {
    expect(compileCacheWanted({})).toBe(true);
    expect(compileCacheWanted({ CI: 'true' })).toBe(false);
    expect(compileCacheWanted({ CI: '1' })).toBe(false);
    expect(compileCacheWanted({ CI: 'false' })).toBe(true);
    expect(compileCacheWanted({ CI: '0' })).toBe(true);
    expect(compileCacheWanted({ CI: 'true', CASEFILE_COMPILE_CACHE: '/kept/between/runs' })).toBe(true);
    expect(compileCacheWanted({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(false);
    expect(compileCacheWanted({ NODE_DISABLE_COMPILE_CACHE: '1', CASEFILE_COMPILE_CACHE: '/kept' })).toBe(false);
  });

  it("keeps Astro's prerendered chunks at the same paths, so that a rebuild adds almost no entries, and prunes only its own entries", () => {
    // The output inside the working folder, as with `npm run build` from the project: Astro then writes its chunks
    // below its output folder (outside it, below <cwd>/.astro/). They resolve their imports from there.
    const fixture = makeFixture();
    symlinkSync(join(repoRoot, 'node_modules'), join(fixture.root, 'node_modules'));
    const cache = join(fixture.root, 'compile-cache');
    // Node's own report of what it read from the cache (stderr), for the content store's chunk.
    const build = () =>
      runBuild({ dist: fixture.dist, contentRoot: fixture.root, cwd: fixture.root, env: { CASEFILE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' } });
    const storeChunk = /file:\/\/\S*\/\.out-astro\/\.prerender\/chunks\/_astro_data-layer-content\.mjs was accepted/;

    // A file of someone else's in the folder CASEFILE_COMPILE_CACHE names, older than the caches' 30 days: pruning
    // after the build goes through the cache Node keeps inside that folder, never the folder itself.
    const theirs = join(cache, 'someone-elses.txt');
    mkdirSync(cache, { recursive: true });
    writeFileSync(theirs, 'not the build\'s');
    const longAgo = new Date(Date.parse(fixedNow) - 40 * 24 * 60 * 60 * 1000);
    utimesSync(theirs, longAgo, longAgo);

    const first = build();
    expect(first.status, first.output).toBe(0);
    const filled = entries(cache);
    // Astro, Vite, Plot, html-validate, this project's modules and Astro's chunks: well over a thousand modules.
    expect(filled.length).toBeGreaterThan(1000);

    const second = build();
    expect(second.status, second.output).toBe(0);
    const added = entries(cache).filter((entry) => !filled.includes(entry));
    // Astro loads its configuration with a new query string each time: one entry per build. Chunks in a folder named
    // per build would add one each (73 for the demo, measured).
    expect(added.length).toBeLessThanOrEqual(2);
    expect(readdirSync(fixture.root).filter((name) => name.startsWith('.out'))).toEqual([]);
    expect(existsSync(join(fixture.dist, 'index.html'))).toBe(true);
    // The content store's compiled code is read back under its one name.
    expect(second.stderr).toMatch(storeChunk);
    expect(existsSync(theirs)).toBe(true);

    // After an edit of a story's text the store's chunk keeps its name, and so its entry's key (Node keys entries by
    // path): the entry is replaced, not joined by another the size of the whole store.
    const story = 'content/stories/safeguards-added-and-quietly-dropped.mdx';
    fixture.write(story, `${readFileSync(join(fixture.root, story), 'utf8')}\nA sentence added after publication.\n`);
    expect(build().status).toBe(0);
    const third = build();
    expect(third.status, third.output).toBe(0);
    expect(third.stderr).toMatch(storeChunk);
  });
});
