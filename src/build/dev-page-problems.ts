/**
 * What is wrong with the stories' and case files' frontmatter while `npm run dev` runs, for the page an editor is
 * looking at, as src/build/dev-dataset-problems.ts does for the datasets. Astro's glob() loader logs a page it cannot
 * read to the terminal only ("Failed to reload x.mdx: … ****: Unrecognized key") and keeps serving the last good
 * version, so a misspelt field or a frontmatter left unclosed looked saved; and it reads dates as YAML's default
 * schema does, so `date: 2026-02-31` showed as 3 March where the build stops. The page loader (src/lib/page-loader.ts)
 * holds the build's own words for each page here; src/middleware.ts throws them on every page while they last.
 *
 * On globalThis: the loader runs in Astro's content layer and the middleware in the dev server's module graph, each
 * with its own copy of this module, in one process. A build never holds any: its preflight stops it instead.
 */
import type { ContentError } from '../lib/content-error.ts';
import { problemsError } from './dev-problems-error.ts';

const problemsKey = Symbol.for('casefile.devPageProblems');
const store = globalThis as unknown as Record<symbol, Map<string, ContentError[]> | undefined>;

function held(): Map<string, ContentError[]> {
  return (store[problemsKey] ??= new Map());
}

/** Holds what is wrong with the page `file` ("content/stories/x.mdx"), replacing what was held for it; [] clears it. */
export function holdPageProblems(file: string, problems: readonly ContentError[]): void {
  if (problems.length === 0) held().delete(file);
  else held().set(file, [...problems]);
}

/** Whether problems are held for the page `file`. */
export function hasPageProblems(file: string): boolean {
  return held().has(file);
}

/**
 * What is wrong with the pages, as the page shows it: every problem, one a line, each naming its file, line and field
 * as the build does, without a stack trace (Astro's overlay prints it first, and it says nothing an editor can act on).
 */
export function pageProblemsHeld(): Error | undefined {
  return problemsError([...held().values()].flat());
}
