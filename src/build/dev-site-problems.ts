/**
 * What the build stops on across the site's pages while `npm run dev` runs: a translation against its original (two
 * translations of one original into one language, a key naming no original, a translation published before its draft
 * or embargoed original, a case file stating other facts than its original), a page's dates (a correction dated
 * before the page or its original, an update before the page, a date a year ahead, an embargo weeks before the date),
 * two pages of one language under one title, two lead stories, a folder that is no language's or a page outside
 * content/stories/ and content/cases/, a file name with
 * underscores or two alike, a dataset against data/sources.json (a source it or its rows name that the list lacks, one
 * its rows use that its own list leaves out) and two datasets under one title. The dev server served such pages
 * without a word. The pages' loader (src/lib/shared-link-check.ts) runs the build's checks (src/lib/dev-link-check.ts)
 * when the server starts, on each change of a page or of data/ and at each embargo's moment, and holds what they find
 * here; src/middleware.ts throws it on every page, as a page's frontmatter mistake is (src/build/dev-page-problems.ts),
 * until it is fixed.
 *
 * On globalThis: the loader runs in Astro's content layer and the middleware in the dev server's module graph, each
 * with its own copy of this module, in one process. A build never holds any: its preflight stops it instead.
 */
import type { ContentError } from '../lib/content-error.ts';
import { problemsError } from './dev-problems-error.ts';

const problemsKey = Symbol.for('casefile.devSiteProblems');
const store = globalThis as unknown as Record<symbol, ContentError[] | undefined>;

/** Holds `problems` in place of those held before; returns those not held before, for the terminal to print once. */
export function holdSiteProblems(problems: readonly ContentError[]): ContentError[] {
  const before = new Set((store[problemsKey] ?? []).map((problem) => problem.message));
  store[problemsKey] = [...problems];
  return problems.filter((problem) => !before.has(problem.message));
}

/** What is wrong across the pages, as every page shows it: one problem a line, without a stack trace. */
export function siteProblemsHeld(): Error | undefined {
  return problemsError(store[problemsKey] ?? []);
}
