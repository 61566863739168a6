/**
 * Reads the demo site that tests/setup/build-demo.ts built once for the whole run. Pages are parsed with linkedom,
 * as Astro's own integration tests read their fixture output with a DOM parser.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { repoRoot } from './build.ts';

/**
 * Where the demo site is built for tests (git-ignored). CASEFILE_TEST_DIST points the tests at another folder,
 * e.g. with CASEFILE_SKIP_DEMO_BUILD=1 to test a build made elsewhere without rebuilding it.
 */
export const demoDist = process.env.CASEFILE_TEST_DIST
  ? resolve(process.env.CASEFILE_TEST_DIST)
  : join(repoRoot, 'tests/.output/demo');

/** What the demo build printed (written by tests/setup/build-demo.ts next to the site, not inside it). */
export const demoBuildLog = `${demoDist}.log`;

/** The raw text of a built file, by its URL path ("/stories/x/" reads stories/x/index.html). */
export function readBuilt(path: string, dist = demoDist): string {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`not built: ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

/** The built page at `path` as a DOM document. */
export function page(path: string, dist = demoDist): Document {
  return parseHTML(readBuilt(path, dist)).document as unknown as Document;
}
