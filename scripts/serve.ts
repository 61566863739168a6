/**
 * `node scripts/serve.ts [folder] [port]`: serves a built site (default dist/) on 127.0.0.1 the way a static host
 * does, with the security headers of src/build/security-headers.ts on every response: `/x/` serves x/index.html,
 * `/x` redirects to `/x/` when x is a folder, and a missing file gets the site's 404.html with status 404.
 * The browser tests use `serveSite()` from here, so they see the site as readers would, CSP included.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { securityHeaders } from '../src/build/security-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index fragments and metadata: served as bytes, its script decompresses them.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** A running server: its origin ("http://127.0.0.1:PORT") and how to stop it. */
export interface SiteServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `folder` on 127.0.0.1 (port 0: a free one), with `headers` on every response. */
export async function serveSite(
  folder: string,
  options: { port?: number; headers?: Record<string, string> } = {},
): Promise<SiteServer> {
  const root = resolve(folder);
  const headers = options.headers ?? securityHeaders;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const file = normalize(join(root, path));
    const send = (status: number, target: string) => {
      response.writeHead(status, {
        ...headers,
        'Content-Type': contentTypes[extname(target).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(target).pipe(response);
    };
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
    } else if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) response.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
      else if (existsSync(join(file, 'index.html'))) send(200, join(file, 'index.html'));
      else notFound();
    } else if (existsSync(file)) {
      send(200, file);
    } else {
      notFound();
    }

    function notFound() {
      const page = join(root, '404.html');
      if (existsSync(page)) send(404, page);
      else response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const folder = process.argv[2] ?? 'dist';
  const { origin } = await serveSite(folder, { port: Number(process.argv[3] ?? 4321) });
  console.log(`[casefile] serving ${resolve(folder)} at ${origin}/ (Ctrl+C to stop)`);
}
