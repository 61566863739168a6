/**
 * robots.txt on the dev server (src/build/dev-robots.ts): what a build of the same project and settings would publish
 * (src/build/robots.ts), served by Vite with the plugin as `npm run dev` has it, before Vite's own serving of public/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { robotsServed } from '../../src/build/dev-robots.ts';
import { previewRobots, publishedRobots } from '../../src/build/robots.ts';

describe('robots.txt on the dev server', () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-dev-robots-'));
  mkdirSync(join(root, 'public'));
  let vite: ViteDevServer | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    vi.unstubAllEnvs();
    if (server) await new Promise((done) => server!.close(done));
    await vite?.close();
    rmSync(join(root, 'public/robots.txt'), { force: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Starts Vite on `root` with the plugin, public/robots.txt being `editors` (none if undefined); returns a fetch of `path`. */
  async function serve(editors?: string) {
    if (editors !== undefined) writeFileSync(join(root, 'public/robots.txt'), editors);
    vite = await createViteServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [robotsServed()],
      server: { middlewareMode: true, watch: null },
    });
    server = createServer(vite.middlewares);
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    return async (path = '/robots.txt') => {
      const response = await fetch(`${origin}${path}`);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };
  }

  it('is the one a build writes when public/ has none, naming the sitemap index', async () => {
    vi.stubEnv('PREVIEW', '');
    const robots = await serve();
    expect(await robots()).toEqual({ status: 200, type: 'text/plain; charset=utf-8', text: publishedRobots() });
    expect((await robots('/robots.txt?fresh')).text).toBe(publishedRobots());
  });

  it("is the editor's public/robots.txt as it is, read at each request", async () => {
    vi.stubEnv('PREVIEW', '');
    const robots = await serve('User-agent: *\nDisallow: /data/\n');
    expect((await robots()).text).toBe('User-agent: *\nDisallow: /data/\n');
    writeFileSync(join(root, 'public/robots.txt'), 'User-agent: *\nDisallow: /\n');
    expect((await robots()).text).toBe('User-agent: *\nDisallow: /\n');
  });

  it("of PREVIEW=1 keeps every crawler off, in place of the editor's public/robots.txt, which Vite serves otherwise", async () => {
    vi.stubEnv('PREVIEW', '1');
    const robots = await serve('User-agent: *\nAllow: /\n');
    expect(await robots()).toEqual({ status: 200, type: 'text/plain; charset=utf-8', text: previewRobots });
  });
});
