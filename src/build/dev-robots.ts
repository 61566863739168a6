/**
 * robots.txt on the dev server: what a build of the project would publish with the same settings (src/build/robots.ts),
 * where `npm run dev` served none, or the editor's public/robots.txt even as `PREVIEW=1 npm run dev`, whose robots.txt
 * keeps every crawler off.
 *
 * A Vite middleware, not an endpoint in src/pages/: a build writes robots.txt after Astro (robots.ts says why), and an
 * endpoint would also be built, as an editor's file the build then keeps. Added before Vite's own serving of public/, so
 * that a preview's wins over the editor's file; public/robots.txt is read at each request, as it may change while the
 * server runs. The build's notes about it are the build's to print.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { robotsFile } from './robots.ts';
import { readIfPresent } from './read-if-present.ts';
import { isPreview } from '../lib/visibility.ts';

/** The Vite plugin serving /robots.txt on the dev server. */
export function robotsServed(): Plugin {
  return {
    name: 'casefile:robots-served',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (
          (request.method !== 'GET' && request.method !== 'HEAD') ||
          new URL(request.url ?? '/', 'http://localhost').pathname !== '/robots.txt'
        )
          return next();
        const editors = readIfPresent(join(server.config.publicDir, 'robots.txt'));
        const { text } = robotsFile(editors, { preview: isPreview() });
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(request.method === 'HEAD' ? undefined : text);
      });
    },
  };
}
