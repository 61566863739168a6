import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { removeAbandonedTempRoots, tempRootFor } from './temp-root.ts';

describe("the test run's temporary folder", () => {
  it('is where the tests and the builds they start make their temporary folders', () => {
    const root = process.env.CASEFILE_TEST_TMP as string;
    expect(root).toMatch(/casefile-tests-\d+$/);
    expect(tmpdir()).toBe(root);
    expect(existsSync(root)).toBe(true);
    const child = spawnSync(process.execPath, ['-e', 'console.log(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe(root);
  });

  it("removes the folders of runs whose process is gone, and leaves a running one's and anything else", () => {
    const parent = mkdtempSync(join(tmpdir(), 'casefile-temp-roots-'));
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout.trim());
    for (const folder of [
      tempRootFor(parent, deadPid),
      tempRootFor(parent, process.pid),
      join(parent, 'casefile-site-x'),
    ])
      mkdirSync(join(folder, 'inside'), { recursive: true });
    expect(removeAbandonedTempRoots(parent)).toEqual([`casefile-tests-${deadPid}`]);
    expect(readdirSync(parent).sort()).toEqual(['casefile-site-x', `casefile-tests-${process.pid}`]);
  });

  it('is removed when the run is stopped by Ctrl+C, which ends vitest before its teardown', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'casefile-stopped-run-'));
    // In a process group of its own, as a run in a terminal is: Ctrl+C signals the whole group.
    const run = spawn(
      process.execPath,
      [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/setup/stopped-run.config.ts'],
      { cwd: repoRoot, detached: true, env: { ...process.env, TMPDIR: parent, NO_COLOR: '1' } },
    );
    const ended = once(run, 'close');
    // Whatever happens to the test, nothing of the run it started outlives it (its workers are in its group).
    onTestFinished(() => {
      try {
        process.kill(-run.pid!, 'SIGKILL');
      } catch {
        // The run and its workers have ended.
      }
    });
    const printed = childOutput(run, 'the stopped test run');
    const [, made] = await printed.until(/made (\S+)/, 60_000);
    expect(made).toMatch(new RegExp(`^${parent}/casefile-tests-\\d+/casefile-fixture-`));
    expect(existsSync(made!)).toBe(true);
    process.kill(-run.pid!, 'SIGINT');
    await ended;
    expect(readdirSync(parent), printed.text()).toEqual([]);
  }, 120_000);
});
