/**
 * `npm run dev` started while a page's frontmatter has a mistake the build would stop on: Astro's glob() loader threw
 * InvalidContentEntryDataError while reading the content, and the server exited, so an editor could not start it to
 * see the mistake, nor fix it with the page open. It starts, every page shows the problem in the build's words, and
 * the save that fixes it brings the pages back (src/lib/page-loader.ts). So with a frontmatter that is not YAML at all
 * (a quote left open, a tab), which Astro's own reader threw on before any check, and the server stopped.
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

  it('starts, shows the mistakes on every page, and serves the pages once they are fixed', async () => {
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
    // Not YAML: a title's closing quote left out, and a case file's line indented by a tab.
    const unclosed = 'content/stories/the-watchdog-and-its-caseload.mdx';
    const watchdog = readFileSync(join(fixture.root, unclosed), 'utf8');
    fixture.write(unclosed, watchdog.replace(/^title: "(.*)"$/m, 'title: "$1'));
    const tabbed = 'content/cases/igor-pestrikov.mdx';
    const igor = readFileSync(join(fixture.root, tabbed), 'utf8');
    fixture.write(tabbed, igor.replace(/^summary:/m, '\tsummary:'));
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
    expect(output.text()).toContain(`${unclosed}: frontmatter: malformed YAML at line 2: the value of title opens a double quote and never closes it: end it with "`);
    expect(output.text()).toContain(`${tabbed}: frontmatter: malformed YAML at line 3: a tab indents the line: YAML reads spaces only`);
    expect((await fetch(`${origin}/about/`, { signal: AbortSignal.timeout(120_000) })).status).toBe(500);
    fixture.write(path, story);
    await output.until(/Reloaded data from two-decades-of-red-notices\.mdx/, 60_000);
    fixture.write(unclosed, watchdog);
    await output.until(/Reloaded data from the-watchdog-and-its-caseload\.mdx/, 60_000);
    fixture.write(tabbed, igor);
    await output.until(/Reloaded data from igor-pestrikov\.mdx/, 60_000);
    const fixed = await fetch(`${origin}/stories/two-decades-of-red-notices/`);
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain('Interpol issued more than six times as many red notices');
    const titled = await fetch(`${origin}/stories/the-watchdog-and-its-caseload/`);
    expect(titled.status).toBe(200);
    expect(await titled.text()).toContain('watchdog and its growing caseload');
    expect((await fetch(`${origin}/cases/igor-pestrikov/`)).status).toBe(200);
  });
});
