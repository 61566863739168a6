/**
 * `node scripts/serve.ts [folder] [port]` (or `--dir`, `--port`): serves a built site (default dist/) on 127.0.0.1 the way a static host
 * does, with the security headers of src/build/security-headers.ts on every response: `/x/` serves x/index.html,
 * `/x` redirects to `/x/` when x is a folder, and a missing file gets the nearest 404.html up its address (fr/404.html
 * for a missing /fr/…, else the site's 404.html) with status 404, as Cloudflare Pages does; an address that cannot be
 * decoded (/%ZZ) gets 400. A site built to be served below a path (CASEFILE_SITE_URL https://user.github.io/repo/) is
 * served below the same path (/repo/), read from its home page's canonical link, as its host would serve it, and read
 * again when a build replaces the site.
 * The browser tests use `serveSite()` from here, so they see the site as readers would, CSP included.
 */
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { securityHeaders } from '../src/build/security-headers.ts';
import { basePath } from '../src/site.config.ts';

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

/**
 * Serves `folder` on 127.0.0.1 (port 0: a free one), with `headers` on every response, below `base` ("/repo/"; "/",
 * the root, by default; or a function asked at each request, `followServedBelow`): an address outside it is not found.
 */
export async function serveSite(
  folder: string,
  options: { port?: number; headers?: Record<string, string>; base?: string | (() => string) } = {},
): Promise<SiteServer> {
  const root = resolve(folder);
  const headers = options.headers ?? securityHeaders;
  const baseNow = typeof options.base === 'function' ? options.base : () => (options.base as string | undefined) ?? '/';
  const server: Server = createServer((request, response) => {
    const base = baseNow();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (/%ZZ) names no file: a client error, as static hosts answer it, not the home page.
      response
        .writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Bad request: the address cannot be decoded');
      return;
    }
    if (base !== '/') {
      if (`${path}/` === base) {
        response.writeHead(301, { ...headers, Location: `${base}${url.search}` }).end();
        return;
      }
      if (!path.startsWith(base)) {
        response
          .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
          .end(`Not found: the site is served below ${base}`);
        return;
      }
      path = path.slice(base.length - 1);
    }
    const file = normalize(join(root, path));
    // A build replaces the site while it is served: a file found may be gone when it is opened. Gone before the
    // status is sent, it is not found (`gone`); failing after, the response is cut off, as a reader's browser shows.
    const send = (status: number, target: string, gone: () => void = notFound) => {
      const stream = createReadStream(target);
      stream.once('error', () => (response.headersSent ? response.destroy() : gone()));
      // A reader gone halfway (a page closed while it loads) leaves the file paused, and open, unless closed here.
      response.once('close', () => stream.destroy());
      stream.once('open', () => {
        response.writeHead(status, {
          ...headers,
          'Content-Type': contentTypes[extname(target).toLowerCase()] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        if (request.method === 'HEAD') {
          stream.destroy();
          response.end();
        } else stream.pipe(response);
      });
    };
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    const found = entryAt(file);
    if (found?.isDirectory()) {
      if (!path.endsWith('/')) response.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
      else if (entryAt(join(file, 'index.html'))) send(200, join(file, 'index.html'));
      else notFound();
    } else if (found) {
      send(200, file);
    } else {
      notFound();
    }

    function notFound() {
      const page = nearestNotFoundPage(root, file);
      if (page) send(404, page, plainNotFound);
      else plainNotFound();
    }

    function plainNotFound() {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise<void>((done, fail) => {
    // A port in use (or not allowed) is reported by an 'error' event, not by listen()'s callback.
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * The path the site in `root` was built to be served below: "/repo/" when its home page's canonical link is
 * https://user.github.io/repo/, "/" when it is at the root of its host or names no address.
 */
export function servedBelow(root: string): string {
  const home = readFileSync(join(root, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  return canonical ? basePath(canonical) : '/';
}

/**
 * The path the site in `root` is served below (`servedBelow`), read again whenever its home page is another file
 * or changes: a build for another address (CASEFILE_SITE_URL) replaces the site while it is served, and the server
 * follows it, telling `moved` the new path. While the site is being replaced, the last path read.
 */
export function followServedBelow(root: string, moved: (base: string) => void = () => {}): () => string {
  let seen = '';
  let base = '/';
  return () => {
    try {
      const { ino, mtimeMs, size } = statSync(join(root, 'index.html'));
      const stamp = `${ino} ${mtimeMs} ${size}`;
      if (stamp === seen) return base;
      const now = servedBelow(root);
      if (seen !== '' && now !== base) moved(now);
      [seen, base] = [stamp, now];
    } catch {
      // No home page for a moment: the build is swapping the new site in.
    }
    return base;
  };
}

/**
 * What is at `path` now, or undefined: nothing, or a path through a file (ENOTDIR). Looked at once, not checked for
 * and then read, since a build replacing the site can remove it between the two.
 */
function entryAt(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The 404.html in the folder of `file` or the nearest folder above it, up to `root`. */
function nearestNotFoundPage(root: string, file: string): string | undefined {
  for (let dir = dirname(file); dir === root || dir.startsWith(root + sep); dir = dirname(dir)) {
    const page = join(dir, '404.html');
    if (entryAt(page)?.isFile()) return page;
    if (dir === root) break;
  }
  return undefined;
}

/** The command line: `[folder] [port]`, or `--port N` / `--dir folder` (`--help` says so). */
export function parseServeArgs(args: string[]): { folder: string; port: number } | { help: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { port: { type: 'string', short: 'p' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length > 2) return { error: `too many arguments: ${positionals.join(' ')}` };
  if (values.dir !== undefined && positionals[0] !== undefined)
    return { error: 'the folder is given twice (--dir and an argument)' };
  if (values.port !== undefined && positionals[1] !== undefined)
    return { error: 'the port is given twice (--port and an argument)' };
  const portText = values.port ?? positionals[1] ?? '4321';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    return { error: `--port: expected a port number from 0 to 65535, got "${portText}"` };
  return { folder: values.dir ?? positionals[0] ?? 'dist', port };
}

export const serveUsage = `Usage: npm run serve -- [folder] [port]
       npm run serve -- [--dir folder] [--port port]

Serves a built site (default: dist/) on http://127.0.0.1 (default port 4321; 0 picks a free one), with the
production security headers. A site built for an address below a path (CASEFILE_SITE_URL
https://user.github.io/repo/) is served below the same path (/repo/), read again at the first request after a
build for another address.`;

if (import.meta.main) {
  const options = parseServeArgs(process.argv.slice(2));
  if ('help' in options) {
    console.log(serveUsage);
    process.exit(0);
  }
  if ('error' in options) {
    console.error(`serve: ${options.error}\n\n${serveUsage}`);
    process.exit(2);
  }
  const root = resolve(options.folder);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(
      `serve: no built site in ${root} (no index.html there): run \`npm run build\` first, or name the folder to serve.`,
    );
    process.exit(1);
  }
  try {
    let origin = '';
    const base = followServedBelow(root, (now) =>
      console.log(`[casefile] the site in ${root} was rebuilt for another address: now at ${origin}${now}`),
    );
    ({ origin } = await serveSite(root, { port: options.port, base }));
    console.log(`[casefile] serving ${root} at ${origin}${base()} (Ctrl+C to stop)`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    const why = code === 'EADDRINUSE' ? 'is in use' : 'may not be used by this user';
    console.error(`serve: port ${options.port} ${why}: choose another with --port (0 picks a free one).`);
    process.exit(1);
  }
}
