/**
 * Hands every rendered HTML page to the build's page sink (src/build/rendered-pages.ts), so that the search index
 * and html-validate work on it while Astro renders the next pages. Without a sink (the dev server) it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink, renderedFile } from './build/rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  const html = await response.text();
  sink(renderedFile(context.url.pathname), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
