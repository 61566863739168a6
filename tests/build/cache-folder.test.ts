/**
 * Astro's cache folder must be a folder of its own (src/build/cache-folder.ts): Astro writes rendered pages into its
 * dist/ before the checks run, and a build empties that dist/ when the last build did not finish.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFolderProblem } from '../../src/build/cache-folder.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-project-'));
  for (const name of ['content/stories', 'data', 'public', 'src', 'node_modules', '.git', 'dist'])
    mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), '');
  return root;
}

const tail =
  "Astro writes the pages it renders into its cache folder's dist/, and a build empties that when the last one did not finish; expected a folder of its own, such as node_modules/.astro";

describe('the Astro cache folder', () => {
  const root = project();
  const problem = (env: Record<string, string>, contentRoot = root) => cacheFolderProblem(root, contentRoot, env);

  it('is anything when unset (node_modules/.astro), and a new, empty or earlier cache folder when named', () => {
    expect(problem({})).toBeUndefined();
    expect(problem({ CASEFILE_CACHE_DIR: 'node_modules/.astro' })).toBeUndefined();
    expect(problem({ CASEFILE_CACHE_DIR: '.cache/astro' })).toBeUndefined();
    const ci = mkdtempSync(join(tmpdir(), 'casefile-ci-cache-'));
    expect(problem({ CASEFILE_CACHE_DIR: ci })).toBeUndefined();
    writeFileSync(join(ci, 'data-store.json'), '{}');
    mkdirSync(join(ci, 'dist'));
    expect(problem({ CASEFILE_CACHE_DIR: ci })).toBeUndefined();
  });

  it('refuses the project, a folder holding it, and the root of the file system', () => {
    expect(problem({ CASEFILE_CACHE_DIR: '.' })).toBe(`CASEFILE_CACHE_DIR: "." is the project itself: ${tail}`);
    expect(problem({ CASEFILE_CACHE_DIR: '..' })).toBe(`CASEFILE_CACHE_DIR: ".." holds the project (${root}): ${tail}`);
    expect(problem({ CASEFILE_CACHE_DIR: '/' })).toBe(`CASEFILE_CACHE_DIR: "/" holds the project (${root}): ${tail}`);
  });

  it("refuses the project's folders and folders inside them, a link to one included", () => {
    for (const name of ['content', 'data', 'public', 'src', '.git']) {
      expect(problem({ CASEFILE_CACHE_DIR: name })).toBe(
        `CASEFILE_CACHE_DIR: "${name}" is the project's ${name} folder: ${tail}`,
      );
    }
    expect(problem({ CASEFILE_CACHE_DIR: 'data/astro' })).toBe(
      `CASEFILE_CACHE_DIR: "data/astro" lies inside the project's data folder: ${tail}`,
    );
    const link = join(mkdtempSync(join(tmpdir(), 'casefile-link-')), 'cache');
    symlinkSync(join(root, 'public'), link);
    expect(problem({ CASEFILE_CACHE_DIR: link })).toBe(
      `CASEFILE_CACHE_DIR: "${link}" is the project's public folder: ${tail}`,
    );
  });

  it('refuses the output folder, a folder inside it and one holding it, for a preview too', () => {
    const site = mkdtempSync(join(tmpdir(), 'casefile-site-'));
    const dist = join(site, 'dist');
    expect(problem({ CASEFILE_DIST: dist, CASEFILE_CACHE_DIR: site })).toBe(
      `CASEFILE_CACHE_DIR: "${site}" holds the output folder (${dist}): ${tail}`,
    );
    expect(problem({ CASEFILE_CACHE_DIR: 'dist' })).toBe(
      `CASEFILE_CACHE_DIR: "dist" is the output folder (${join(root, 'dist')}): ${tail}`,
    );
    expect(problem({ CASEFILE_CACHE_DIR: 'dist/.astro' })).toBe(
      `CASEFILE_CACHE_DIR: "dist/.astro" lies inside the output folder (${join(root, 'dist')}): ${tail}`,
    );
    // A preview's cache is the named folder with "-preview": beside the published site's, it holds neither.
    expect(problem({ PREVIEW: '1', CASEFILE_CACHE_DIR: 'cache' })).toBeUndefined();
    expect(problem({ PREVIEW: '1', CASEFILE_CACHE_DIR: 'dist' })).toBe(
      `CASEFILE_CACHE_DIR: "dist" (a preview build uses "${join(root, 'dist-preview')}") is the output folder (${join(root, 'dist-preview')}): ${tail}`,
    );
  });

  it("refuses CASEFILE_CONTENT_ROOT's folder and its content and data, and takes a folder beside them", () => {
    const content = mkdtempSync(join(tmpdir(), 'casefile-content-'));
    mkdirSync(join(content, 'data'));
    expect(problem({ CASEFILE_CACHE_DIR: content }, content)).toBe(
      `CASEFILE_CACHE_DIR: "${content}" is the folder CASEFILE_CONTENT_ROOT names: ${tail}`,
    );
    expect(problem({ CASEFILE_CACHE_DIR: join(content, 'data') }, content)).toBe(
      `CASEFILE_CACHE_DIR: "${join(content, 'data')}" is the data folder of CASEFILE_CONTENT_ROOT: ${tail}`,
    );
    expect(problem({ CASEFILE_CACHE_DIR: join(content, 'astro-cache') }, content)).toBeUndefined();
  });

  it('refuses a folder elsewhere that holds files no build made (a home folder), and a file', () => {
    const home = mkdtempSync(join(tmpdir(), 'casefile-home-'));
    mkdirSync(join(home, 'dist'));
    writeFileSync(join(home, 'notes.txt'), '');
    expect(problem({ CASEFILE_CACHE_DIR: home })).toBe(
      `CASEFILE_CACHE_DIR: "${home}" holds files that are not a cache a build made (casefile-build-state, casefile-schemas.txt, data-store.json, incremental-build.json): ${tail}`,
    );
    expect(problem({ CASEFILE_CACHE_DIR: join(home, 'notes.txt') })).toBe(
      `CASEFILE_CACHE_DIR: "${join(home, 'notes.txt')}" is a file, not a folder: ${tail}`,
    );
  });
});
