/**
 * Moves a page's addresses below the folder the site is served from, when there is one (src/build/base-path.ts), and
 * hands every rendered HTML page to the build's page sink (src/build/rendered-pages.ts), so that the search index
 * and html-validate work on it while Astro renders the next pages. Without a sink (the dev server) it still reads
 * each page whole, so that an error while rendering reaches Astro's error overlay.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink, renderedFile } from './build/rendered-pages.ts';
import { rebaseHtml } from './build/base-path.ts';
import { datasetProblems } from './build/dev-dataset-problems.ts';
import { pageProblemsHeld } from './build/dev-page-problems.ts';

// The folder a build for a site served below a path writes its addresses under (astro.config.mjs); "/" otherwise.
const base: string = import.meta.env.CASEFILE_BASE_PATH ?? '/';

export const onRequest = defineMiddleware(async (context, next) => {
  // The dev server: a dataset's JSON or CSV edited into a mistake shows on every page, with its file, line and
  // column, instead of the last good rows (src/build/dev-dataset-problems.ts). A build holds none.
  // So does a page's frontmatter the build would stop on, in the build's words (src/build/dev-page-problems.ts).
  const problems = datasetProblems() ?? pageProblemsHeld();
  if (problems) throw problems;
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  // Read whole: the dev server streams pages, and an editor's mistake that stops a page half way (a <Fact> naming no
  // row) showed as a page cut off with status 200, the error in the terminal only; read here, the error reaches
  // Astro's error overlay instead. (Not by import.meta.env.DEV, which is true in a build run under NODE_ENV=test.)
  // A site served below a path: every address from the root moves below it, before the search index and the checks
  // see the page (src/build/base-path.ts).
  const html = rebaseHtml(await response.text(), base);
  pageSink()?.(renderedFile(context.url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
