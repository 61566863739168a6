import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
