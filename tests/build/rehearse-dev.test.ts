/**
 * `npm run rehearse` while `npm run dev` runs for the project: every build would stop at once on the dev server's
 * lock (src/build/main.ts), which says nothing of the embargo's build. The rehearsal says so itself, before any build.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { astroLockDir, withLock } from '../../src/build/lock.ts';
import { fixedNow, repoRoot } from '../helpers/build.ts';
import { editorialFixture, markers } from '../editorial/fixture.ts';

const fixture = editorialFixture();
// A project folder of its own, whose lock a dev server holds: the repository's lock is other tests' to hold.
const project = mkdtempSync(join(tmpdir(), 'casefile-rehearse-dev-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run rehearse while npm run dev runs', () => {
  it('says the dev server must stop first, rehearsing nothing, never that the embargo’s build would fail', async () => {
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
      const child = spawn(process.execPath, [join(repoRoot, 'scripts/rehearse.ts')], {
        cwd: repoRoot,
        env: {
          ...process.env,
          CASEFILE_NOW: fixedNow,
          CASEFILE_PROJECT_ROOT: project,
          CASEFILE_CONTENT_ROOT: fixture.root,
          CASEFILE_DIST: fixture.dist,
        },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk));
      const status = await new Promise<number | null>((done) => child.on('close', done));
      output = stripVTControlCharacters(output);
      expect(status).toBe(1);
      expect(output).toContain(`rehearse: npm run dev is running for this project (process ${process.pid})`);
      expect(output).toContain('Nothing was rehearsed.');
      expect(output).not.toContain('would stop');
      expect(output).not.toContain(markers.embargoSlug);
    } finally {
      release();
      await lock;
    }
  }, 120_000);
});
