/**
 * `PREVIEW=1 npm run dev` shows drafts and embargoed pages, and every page says so; it said "Preview build", the
 * words of a preview built into dist-preview/, which an editor looking at the dev server does not have.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { withLock } from '../../src/build/lock.ts';
import { previewRobots } from '../../src/build/robots.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('the dev server started as PREVIEW=1', () => {
  const fixture = makeFixture();
  let dev: ChildProcess | undefined;
  let release = () => {};
  let locked: Promise<void> = Promise.resolve();
  afterAll(async () => {
    if (dev && dev.exitCode === null) {
      const exited = new Promise((done) => dev!.once('exit', done));
      dev.kill();
      await exited;
    }
    release();
    await locked;
  });

  it("says on every page that the dev server shows drafts and embargoed pages, in each language, and serves a preview's robots.txt", async () => {
    // The dev server writes the project's .astro/ folder: no build of another test beside it (src/build/lock.ts).
    await new Promise<void>((acquired) => {
      locked = withLock(join(repoRoot, 'node_modules/.cache/casefile/astro-build.lock'), () => {
        acquired();
        return new Promise<void>((done) => (release = done));
      });
    });
    fixture.write(
      'content/stories/held-back.mdx',
      `---\ntitle: 'A story held back'\nsummary: 'Not yet published.'\ndate: 2026-02-06\nauthors: ['Casefile demo desk']\ndraft: true\n---\n\nWhat the desk held back.\n`,
    );
    dev = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(await freePort()),
      ],
      {
        cwd: repoRoot,
        env: {
          ...Object.fromEntries(
            Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
          ),
          CASEFILE_CONTENT_ROOT: fixture.root,
          CASEFILE_CACHE_DIR: join(fixture.root, 'astro-cache'),
          PREVIEW: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const [, origin] = await childOutput(dev, 'the dev server').until(/Local\s+(http:\/\/127\.0\.0\.1:\d+)/, 180_000);
    const banner = async (path: string) => {
      const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(120_000) });
      expect(response.status, path).toBe(200);
      return parseHTML(await response.text()).document.querySelector('.preview-site')?.textContent;
    };
    const english =
      'Dev server started as PREVIEW=1: it shows drafts and embargoed pages. It is not the published site.';
    expect(await banner('/')).toBe(english);
    expect(await banner('/stories/held-back/')).toBe(english);
    expect(await banner('/fr/')).toBe(
      'Serveur de développement lancé avec PREVIEW=1\u00a0: il montre les brouillons et les pages sous embargo. Ce n’est pas le site publié.',
    );
    // The robots.txt a preview build publishes, every crawler kept off, where the dev server served none
    // (src/build/dev-robots.ts).
    const robots = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(120_000) });
    expect([robots.status, await robots.text()]).toEqual([200, previewRobots]);
    // Time for the waits above (the server's start, 3 minutes at most; a first page it renders, 2), which vitest's
    // default of 2 minutes cut short, failing without the server's output.
  }, 600_000);
});
