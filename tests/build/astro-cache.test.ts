/**
 * Where Astro's cache is, and the record of whether the last build to use it finished (src/build/astro-cache.ts). The
 * builds themselves are in unfinished-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  astroCacheDir,
  astroCanCopy,
  beginAstroBuild,
  buildRecord,
  cacheGitignore,
  discardedNote,
  finishAstroBuild,
} from '../../src/build/astro-cache.ts';

/** A cache folder as Astro leaves it after a build: its content store, manifest and page copies. */
function filledCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  writeFileSync(join(dir, 'data-store.json'), '{}');
  writeFileSync(join(dir, 'incremental-build.json'), '{}');
  mkdirSync(join(dir, 'dist/stories/a'), { recursive: true });
  writeFileSync(join(dir, 'dist/stories/a/index.html'), '<h1>A</h1>');
  return dir;
}

describe("Astro's cache folder", () => {
  it('is node_modules/.astro or CASEFILE_CACHE_DIR, and a preview has its own beside it', () => {
    expect(astroCacheDir('/site', false, {})).toBe('/site/node_modules/.astro');
    expect(astroCacheDir('/site', true, {})).toBe('/site/node_modules/.astro-preview');
    expect(astroCacheDir('/site', false, { CASEFILE_CACHE_DIR: 'cache/astro/' })).toBe('/site/cache/astro');
    expect(astroCacheDir('/site', true, { CASEFILE_CACHE_DIR: '/tmp/astro/' })).toBe('/tmp/astro-preview');
  });

  it('is kept whole when the last build finished, and recorded as started until this one does', () => {
    const dir = filledCache();
    finishAstroBuild(dir);
    expect(beginAstroBuild(dir)).toBeUndefined();
    expect(astroCanCopy(dir), 'Astro may copy its pages').toBe(true);
    expect(readFileSync(join(dir, buildRecord), 'utf8')).toMatch(/^started at /);
    expect(readdirSync(dir).sort()).toEqual(
      ['.gitignore', 'data-store.json', 'dist', 'incremental-build.json', buildRecord].sort(),
    );
    finishAstroBuild(dir);
    expect(readFileSync(join(dir, buildRecord), 'utf8')).toMatch(/^finished at /);
    expect(beginAstroBuild(dir)).toBeUndefined();
  });

  it('loses its manifest and page copies, and only those, when the last build did not finish', () => {
    const dir = filledCache();
    finishAstroBuild(dir);
    beginAstroBuild(dir);
    // That build stopped here; the next begins.
    expect(beginAstroBuild(dir)).toBe('unfinished');
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'data-store.json', buildRecord].sort());
    // Nor is any page expected copied (src/build/main.ts: no page is handed to the search index ahead by its key).
    expect(astroCanCopy(dir)).toBe(false);
    expect(discardedNote('unfinished')).toBe(
      "the last build did not finish: Astro's page cache was discarded, every page is rendered again",
    );
  });

  it('loses them when its record was left half-written', () => {
    const dir = filledCache();
    writeFileSync(join(dir, buildRecord), '');
    expect(beginAstroBuild(dir)).toBe('unfinished');
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'data-store.json', buildRecord].sort());
  });

  it('loses them when it has no record at all (written before builds kept one, perhaps after a dead build)', () => {
    const dir = filledCache();
    expect(beginAstroBuild(dir)).toBe('unrecorded');
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'data-store.json', buildRecord].sort());
  });

  it('is made when there is none yet, with nothing to discard', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'astro-cache-')), 'new');
    expect(beginAstroBuild(dir)).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', buildRecord].sort());
    expect(astroCanCopy(dir)).toBe(false);
  });

  it("tells git to ignore it, whatever its name: a preview's holds the drafts and embargoed pages it rendered", () => {
    // CASEFILE_CACHE_DIR=.cache-astro puts it, and .cache-astro-preview, in the project, where `git add -A` reaches.
    const project = mkdtempSync(join(tmpdir(), 'astro-cache-'));
    const dir = astroCacheDir(project, true, { CASEFILE_CACHE_DIR: 'any name' });
    beginAstroBuild(dir);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe(cacheGitignore);
    expect(cacheGitignore.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual(['*']);
  });
});
