/**
 * The links between pages that the build would stop on, while `npm run dev` runs, for the page that has them: a link
 * to a story or case file that was deleted or renamed (or misspelt) rendered as a link to nowhere, and a case file a
 * story's cases: lists was left out of it, a dataset a page's datasets: or a link names (/data/x/) renamed or deleted,
 * and only the next build said so; so did what the build finds in the page alone (a tag written as its label, markup
 * in a title, no text, new:story's stand-ins left in a story published, what its body check finds in its text). The pages' loader (src/lib/shared-link-check.ts) runs the build's link checks (src/lib/dev-link-check.ts)
 * when the server starts and on each save, addition or removal of a page or dataset, and holds what they find here by the
 * address of the linking page; src/middleware.ts throws them on that page only (a broken link spoils no other page).
 *
 * On globalThis: the loader runs in Astro's content layer and the middleware in the dev server's module graph, each
 * with its own copy of this module, in one process. A build never holds any: its preflight stops it instead.
 */
import type { ContentError } from '../lib/content-error.ts';
import { problemsError } from './dev-problems-error.ts';

const problemsKey = Symbol.for('casefile.devLinkProblems');
const store = globalThis as unknown as Record<symbol, Map<string, ContentError[]> | undefined>;

/**
 * Holds `problems`, each page's by its address ("/stories/x/"), in place of all those held before; returns those
 * not held before, for the terminal to print once.
 */
export function holdLinkProblems(problems: ReadonlyMap<string, readonly ContentError[]>): ContentError[] {
  const before = new Set([...(store[problemsKey]?.values() ?? [])].flat().map((problem) => problem.message));
  store[problemsKey] = new Map([...problems].map(([address, held]) => [address, [...held]]));
  return [...problems.values()].flat().filter((problem) => !before.has(problem.message));
}

/**
 * What is wrong with the links on the page at `pathname`, as the page shows it: every problem, one a line, each naming
 * its file, line and address as the build does, without a stack trace; undefined when there is nothing.
 */
export function linkProblemsAt(pathname: string): Error | undefined {
  return problemsError(store[problemsKey]?.get(pathname.endsWith('/') ? pathname : `${pathname}/`) ?? []);
}
