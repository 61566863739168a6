import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCacheWanted } from '../../src/build/compile-cache.mjs';
import { makeFixture, repoRoot, runBuild } from '../helpers/build.ts';

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
    const build = () =>
      runBuild({
        dist: fixture.dist,
        contentRoot: fixture.root,
        cwd: fixture.root,
        env: { CASEFILE_COMPILE_CACHE: cache },
      });

    // A file of someone else's in the folder CASEFILE_COMPILE_CACHE names, older than the caches' 30 days: pruning
    // after the build goes through the cache Node keeps inside that folder, never the folder itself.
    const theirs = join(cache, 'someone-elses.txt');
    mkdirSync(cache, { recursive: true });
    writeFileSync(theirs, "not the build's");
    // Aged from the real clock, which pruning reads (a file's age), not from the build's pinned moment.
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
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
    expect(existsSync(theirs)).toBe(true);

    // After an edit of the content, the store's text is in no entry: the pages read it from a file, not from code
    // (src/build/content-store-file.ts), so no edit adds or rewrites an entry the size of the store (6.3 MB at 1,000
    // stories).
    // A source's note is only in the store (a story's text is also in its page's compiled chunk).
    const marker = 'A note the compile cache test added to a source.';
    const sources = JSON.parse(readFileSync(join(fixture.root, 'data/sources.json'), 'utf8')) as Record<
      string,
      { note?: string }
    >;
    sources['disclose-interpol-files']!.note = marker;
    fixture.write('data/sources.json', JSON.stringify(sources, null, 2));
    const third = build();
    expect(third.status, third.output).toBe(0);
    // The pages that cite it show the new note.
    expect(
      readFileSync(join(fixture.dist, 'stories/safeguards-added-and-quietly-dropped/index.html'), 'utf8'),
    ).toContain(marker);
    // V8 keeps a string one byte per character, or two when it holds any character beyond Latin-1.
    const patterns = [Buffer.from(marker, 'latin1'), Buffer.from(marker, 'utf16le')];
    const holding = entries(cache).filter((entry) => {
      const bytes = readFileSync(entry);
      return patterns.some((pattern) => bytes.includes(pattern));
    });
    expect(holding).toEqual([]);
  });
});
