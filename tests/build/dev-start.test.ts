/**
 * `npm run dev` started while a page's frontmatter has a mistake the build would stop on: Astro's glob() loader threw
 * InvalidContentEntryDataError while reading the content, and the server exited, so an editor could not start it to
 * see the mistake, nor fix it with the page open. It starts, every page shows the problem in the build's words, and
 * the save that fixes it brings the pages back (src/lib/page-loader.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { withLock } from '../../src/build/lock.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('the dev server started with a frontmatter mistake', () => {
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

  it('starts, shows the mistake on every page, and serves the pages once it is fixed', async () => {
    // The dev server writes the project's .astro/ folder: no build of another test beside it (src/build/lock.ts).
    await new Promise<void>((acquired) => {
      locked = withLock(join(repoRoot, 'node_modules/.cache/casefile/astro-build.lock'), () => {
        acquired();
        return new Promise<void>((done) => (release = done));
      });
    });
    const path = 'content/stories/two-decades-of-red-notices.mdx';
    const story = readFileSync(join(fixture.root, path), 'utf8');
    fixture.write(path, story.replace(/^summary:/m, 'sumary:'));
    dev = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(await freePort())], {
      cwd: repoRoot,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
        CASEFILE_CONTENT_ROOT: fixture.root,
        CASEFILE_CACHE_DIR: join(fixture.root, 'astro-cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = childOutput(dev, 'the dev server');
    const [, origin] = await output.until(/Local\s+(http:\/\/127\.0\.0\.1:\d+)/, 180_000);
    expect(output.text()).toContain(`${path}: line 3: frontmatter: unknown field "sumary" (did you mean "summary"?)`);
    expect((await fetch(`${origin}/about/`, { signal: AbortSignal.timeout(120_000) })).status).toBe(500);
    fixture.write(path, story);
    await output.until(/Reloaded data from two-decades-of-red-notices\.mdx/, 60_000);
    const fixed = await fetch(`${origin}/stories/two-decades-of-red-notices/`);
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain('Interpol issued more than six times as many red notices');
  });
});
