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
import { linkProblemsAt } from './build/dev-link-problems.ts';
import { siteProblemsHeld } from './build/dev-site-problems.ts';
import { defaultLocale, isLocale } from './i18n/locales.ts';

// The folder a build for a site served below a path writes its addresses under (astro.config.mjs); "/" otherwise.
const base: string = import.meta.env.CASEFILE_BASE_PATH ?? '/';

export const onRequest = defineMiddleware(async (context, next) => {
  // The dev server, first: src/site.config.ts saved with a default language that is none of site.locales', which
  // every page is built on, stopped the pages on a TypeError; shown in the build's words (src/build/dev-settings.ts),
  // read from the modules as saved. Its module is loaded only then: a build's preflight has stopped on it before.
  if (!isLocale(defaultLocale)) throw (await import('./build/dev-settings.ts')).siteConfigProblem();
  // The dev server: a dataset's JSON or CSV edited into a mistake shows on every page, with its file, line and
  // column, instead of the last good rows (src/build/dev-dataset-problems.ts). A build holds none.
  // So does a page's frontmatter the build would stop on, in the build's words (src/build/dev-page-problems.ts), and
  // what the build would stop on across pages: a translation, a page's dates, two pages' titles, two lead stories, a
  // folder that is no language's, a file name, a dataset against the sources, two datasets' titles
  // (src/build/dev-site-problems.ts).
  const problems = datasetProblems() ?? pageProblemsHeld() ?? siteProblemsHeld();
  if (problems) throw problems;
  if (import.meta.env.CASEFILE_DEV_SERVER) {
    // A link on this page to a page that is not there (deleted, renamed, misspelt), or what else the build's preflight
    // finds in this page alone, in its words (src/build/dev-link-problems.ts): on this page only.
    const links = linkProblemsAt(context.url.pathname);
    if (links) throw links;
    try {
      return await page(context.url.pathname, await next());
    } catch (error) {
      throw await withLineOfTag(error);
    }
  }
  return page(context.url.pathname, await next());
});

/**
 * The dev server: an editor's mistake that stops a page while it renders (`content/x.mdx: <Chart> "…" dataset: …`) with
 * the line of the tag, as the build's report gives it (src/build/report.ts), where the overlay named the file alone.
 * Imported here only, so that a build's middleware does not load it.
 */
async function withLineOfTag(error: unknown): Promise<unknown> {
  if (!(error instanceof Error) || error.name !== 'ContentError') return error;
  const { withTagLine } = await import('./build/report.ts');
  const message = withTagLine(error.message);
  if (message === error.message) return error;
  const shown = new Error(message);
  shown.name = error.name;
  shown.stack = `${shown.name}: ${message}`;
  return shown;
}

async function page(pathname: string, response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  // Read whole: the dev server streams pages, and an editor's mistake that stops a page half way (a <Fact> naming no
  // row) showed as a page cut off with status 200, the error in the terminal only; read here, the error reaches
  // Astro's error overlay instead. (Not by import.meta.env.DEV, which is true in a build run under NODE_ENV=test.)
  // A site served below a path: every address from the root moves below it, before the search index and the checks
  // see the page (src/build/base-path.ts).
  const html = rebaseHtml(await response.text(), base);
  pageSink()?.(renderedFile(pathname), html);
  // The dev server: what the built site's link and leak checks would say of this page alone, printed in the terminal
  // (src/build/dev-served-checks.ts). Imported here only, so that a build's middleware does not load it.
  if (import.meta.env.CASEFILE_DEV_SERVER && response.status === 200) {
    const { checkServedPage } = await import('./build/dev-served-checks.ts');
    checkServedPage(pathname, renderedFile(pathname), html);
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}
