/**
 * Builds the demo site once before the test files run, into tests/.output/demo, with the clock pinned. Build
 * tests then read that output instead of building again.
 *
 * Astro's cache, the checks' store and html-validate's store of pages that passed are emptied first, so that every
 * page is rendered, handed to the steps as Astro renders it and validated (tests of the steps read what the build printed); tests/build/incremental.test.ts covers rebuilds
 * that copy pages.
 *
 * The output folder is not emptied first: the build swaps its new output in atomically (src/build/publish.ts), so test
 * runs started side by side never see it missing, and a failed build stops the run here, before any test reads
 * the old output.
 *
 * CASEFILE_SKIP_DEMO_BUILD=1 skips it, to run unit tests that do not read the demo site (for example while the
 * demo content is being edited); tests that read it then fail with "not built".
 */
import { rmSync, writeFileSync } from 'node:fs';
import { runBuild } from '../helpers/build.ts';
import { demoBuildLog, demoDist } from '../helpers/site.ts';

export default function setup(): void {
  if (process.env.CASEFILE_SKIP_DEMO_BUILD === '1') {
    console.warn('[casefile] CASEFILE_SKIP_DEMO_BUILD=1: the demo site was not built for this run');
    return;
  }
  rmSync(`${demoDist}-astro-cache`, { recursive: true, force: true });
  // Its own, empty store of what the checks learned, so that the search index is built from the pages Astro hands
  // over rather than copied from another build of the same site (npm run build, run before the tests by .ci/run).
  const pageCache = `${demoDist}-page-cache`;
  rmSync(pageCache, { recursive: true, force: true });
  // And its own, empty store of the pages that passed html-validate, so that every page is validated as Astro
  // renders it, not found unchanged since an earlier run passed it (tests/build/page-feed.test.ts).
  const htmlCache = `${demoDist}-html-cache`;
  rmSync(htmlCache, { recursive: true, force: true });
  const result = runBuild({ dist: demoDist, env: { CASEFILE_PAGE_CACHE: pageCache, CASEFILE_HTML_CACHE: htmlCache } });
  if (result.status !== 0) {
    throw new Error(`the demo site did not build (exit ${result.status}):\n${result.output}`);
  }
  // What the build printed, for tests of its steps (tests/build/page-feed.test.ts).
  writeFileSync(demoBuildLog, result.output);
}
