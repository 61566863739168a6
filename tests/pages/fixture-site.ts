/**
 * Builds the page-test fixture (tests/pages/fixture) once per test file that asks for it, into a temporary folder,
 * and reads its pages. The fixture is small and does not change with the demo content, so its values can be pinned.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, runBuild, type BuildResult } from '../helpers/build.ts';
import { page, readBuilt } from '../helpers/site.ts';

export const fixtureRoot = join(dirname(fileURLToPath(import.meta.url)), 'fixture');

/**
 * Builds a copy of the fixture (edited by `edit`, if given) into `dist` (a fresh `outputDir()` if not given) and
 * returns the result with readers for its pages. `previewBeside`: a preview build writes into `<dist>-preview`, as
 * a newsroom's does (see runBuild), and the readers read that.
 */
export function buildFixture(
  options: { env?: Record<string, string>; edit?: (root: string) => void; dist?: string; previewBeside?: boolean } = {},
) {
  const root = mkdtempSync(join(tmpdir(), 'casefile-pages-'));
  cpSync(fixtureRoot, root, { recursive: true });
  options.edit?.(root);
  const result: BuildResult = runBuild({
    dist: options.dist ?? outputDir(),
    contentRoot: root,
    env: options.env,
    previewBeside: options.previewBeside,
  });
  const published = options.previewBeside ? `${result.dist}-preview` : result.dist;
  return {
    root,
    result,
    /** The folder the site was written to. */
    published,
    page: (path: string) => page(path, published),
    read: (path: string) => readBuilt(path, published),
    /** Removes the fixture copy and its output (call it in afterAll). */
    remove: () => {
      rmSync(root, { recursive: true, force: true });
      removeOutput(result.dist);
    },
  };
}

/**
 * A fresh output folder inside the repository (tests/.output, git-ignored). Astro keeps its prerender chunks in
 * <outDir>/.prerender only when the output is below the working directory, and in a shared <cwd>/.astro/.prerender
 * otherwise, where builds running side by side delete each other's chunks.
 */
export function outputDir(): string {
  const base = join(repoRoot, 'tests/.output');
  mkdirSync(base, { recursive: true });
  return join(mkdtempSync(join(base, 'pages-')), 'out');
}

/** Removes a folder made by `outputDir()`, with Astro's cache beside it. */
export function removeOutput(dist: string): void {
  rmSync(dirname(dist), { recursive: true, force: true });
}
