/**
 * Hands every rendered HTML page to the build's page sink (src/build/rendered-pages.ts), so that the search index
 * and html-validate work on it while Astro renders the next pages. On the dev server it reads each page whole, so
 * that an error while rendering reaches Astro's error overlay.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageSink, renderedFile } from './build/rendered-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = pageSink();
  const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
  // The dev server streams pages: an editor's mistake that stops a page half way (a <Fact> naming no row) would show
  // as a page cut off with status 200, the error in the terminal only. Read whole, the error reaches Astro's error
  // overlay instead, with the file and the message.
  if (import.meta.env.DEV && html) return new Response(await response.text(), response);
  if (!sink || !html) return response;
  const text = await response.text();
  sink(renderedFile(context.url.pathname), text);
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
});
