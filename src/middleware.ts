/**
 * Hands every rendered HTML page to the build's page sink (src/build/rendered-pages.ts), so that the search index
 * and html-validate work on it while Astro renders the next pages. Without a sink (the dev server) it still reads
 * each page whole, so that an error while rendering reaches Astro's error overlay.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink, renderedFile } from './build/rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  // Read whole: the dev server streams pages, and an editor's mistake that stops a page half way (a <Fact> naming no
  // row) showed as a page cut off with status 200, the error in the terminal only; read here, the error reaches
  // Astro's error overlay instead. (Not by import.meta.env.DEV, which is true in a build run under NODE_ENV=test.)
  const html = await response.text();
  pageSink()?.(renderedFile(context.url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
