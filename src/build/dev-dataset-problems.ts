/**
 * What is wrong with the datasets while `npm run dev` runs, for the page an editor is looking at. Astro's content layer
 * gives a loader no way to show an error in the browser: its watcher callbacks run outside any request, and what a
 * loader logs reaches the terminal only (Astro's own glob() loader does the same with a broken frontmatter). So a CSV
 * edited into a mistake ("1,265" in a number column) left the pages showing the last good rows, silently. The loader
 * (src/lib/dataset-loader.ts) holds its problems here; src/middleware.ts throws them on every page while they last,
 * and the page becomes Astro's error page (status 500, the message in its overlay), as a bad MDX file or a <Fact>
 * that fails while rendering does. The next sync without problems clears them.
 *
 * On globalThis: the loader runs in Astro's content layer and the middleware in the dev server's module graph, each
 * with its own copy of this module, in one process. A build never holds any: its loader throws instead.
 */
import { ContentErrors, type ContentError } from '../lib/content-error.ts';

const problemsKey = Symbol.for('casefile.devDatasetProblems');
const store = globalThis as unknown as Record<symbol, Error | undefined>;

/** Holds what the last sync of the datasets found wrong (`undefined`: nothing, the problems are cleared). */
export function holdDatasetProblems(error: unknown): void {
  store[problemsKey] = error === undefined ? undefined : asEditorError(error);
}

/** What the last sync of the datasets found wrong, if anything. */
export function datasetProblems(): Error | undefined {
  return store[problemsKey];
}

/**
 * The error as the page shows it: its message alone, which names the file, the line and the column (a stack trace
 * says nothing an editor can act on, and Astro's overlay prints it first).
 */
function asEditorError(error: unknown): Error {
  const errors: ContentError[] | undefined = error instanceof ContentErrors ? error.errors : undefined;
  const message = errors?.length === 1 ? errors[0]!.message : error instanceof Error ? error.message : String(error);
  const shown = new Error(message);
  shown.name = errors ? 'ContentError' : error instanceof Error ? error.name : 'Error';
  shown.stack = `${shown.name}: ${shown.message}`;
  return shown;
}
