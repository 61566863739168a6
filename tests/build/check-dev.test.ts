/**
 * `npm run check` while `npm run dev` runs for the project: `astro check` syncs Astro's content store into `.astro/`
 * first, as a build does, and without PREVIEW, so it took a `PREVIEW=1` server's embargoed pages from under it (they
 * answered 500, UnknownContentCollectionError, until the server was restarted). It stops at once instead, as a build
 * does (scripts/check.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { astroLockDir, withLock } from '../../src/build/lock.ts';
import { repoRoot } from '../helpers/build.ts';

// A project folder of its own, whose lock a dev server holds: the repository's lock is other tests' to hold.
const project = mkdtempSync(join(tmpdir(), 'casefile-check-dev-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The `check` script of package.json, run as npm runs it: in a shell, with the project's binaries first on PATH. */
function runCheckScript(env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  const scripts = (
    JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const child = spawn(scripts.check!, {
    cwd: repoRoot,
    shell: true,
    env: { ...env, PATH: [join(repoRoot, 'node_modules/.bin'), env.PATH].join(delimiter) },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  // A check that does not stop at once runs Astro's whole type check: minutes, and the test has failed by then.
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((done) =>
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, output: stripVTControlCharacters(output) });
    }),
  );
}

describe('npm run check while npm run dev runs', () => {
  it('stops at once, naming the dev server, before Astro syncs anything into .astro/', async () => {
    let release!: () => void;
    let acquired!: () => void;
    const held = new Promise<void>((done) => (acquired = done));
    const lock = withLock(
      astroLockDir(project),
      () => (acquired(), new Promise<void>((done) => (release = done))),
      undefined,
      { role: 'dev' },
    );
    await held;
    try {
      const { status, output } = await runCheckScript({ ...process.env, CASEFILE_PROJECT_ROOT: project });
      expect(output).toContain(`npm run dev is running for this project (process ${process.pid})`);
      expect(output).toContain('Stop the dev server (Ctrl+C in its terminal), then check again');
      expect(output).not.toContain('Syncing content');
      expect(status).toBe(1);
    } finally {
      release();
      await lock;
    }
  }, 60_000);
});
