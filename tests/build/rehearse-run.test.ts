/**
 * runRehearsal with a stand-in for scripts/build.mjs: what it keeps of a build's output, shown when the build fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runRehearsal } from '../../src/build/rehearse.ts';

const dir = mkdtempSync(join(tmpdir(), 'casefile-rehearse-run-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rehearsal = { moment: new Date('2027-01-01T06:00:00Z'), files: ['content/stories/x.mdx'] };

describe('a rehearsal’s build output', () => {
  it('is kept as written, characters of several bytes included, wherever the pipe cuts it', async () => {
    // 300,000 bytes of "€" (3 bytes each) and « » (2 each): a pipe hands them over in pieces of 64 KiB, which cut
    // characters in two.
    const text = '€'.repeat(50_000) + '«\u00a0»'.repeat(25_000);
    const script = join(dir, 'build.mjs');
    writeFileSync(script, `process.stderr.write(${JSON.stringify(text)}, () => process.exit(1));\n`);
    const result = await runRehearsal(rehearsal, dir, script, { PATH: process.env.PATH, TMPDIR: dir });
    expect(result.status).toBe(1);
    expect(result.log).not.toContain('\ufffd');
    expect(result.log).toBe(text);
  });
});

describe('a rehearsal’s temporary folder', () => {
  it('is named by its process, and one left by a rehearsal that was killed (SIGKILL) is removed by the next', async () => {
    const temp = mkdtempSync(join(dir, 'tmp-'));
    vi.stubEnv('TMPDIR', temp);
    try {
      // A process that has ended, as a rehearsal killed by SIGKILL has, with no chance to remove its folder.
      const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
      const abandoned = `casefile-rehearsal-${dead.stdout.trim()}-a1b2c3`;
      // A rehearsal that runs (this process's parent stands in for it), and a folder of some other program.
      const running = `casefile-rehearsal-${process.ppid}-d4e5f6`;
      for (const name of [abandoned, running, 'casefile-rehearsal-notes'])
        mkdirSync(join(temp, name, 'site'), { recursive: true });
      const script = join(dir, 'list.mjs');
      // The stand-in build says where it builds.
      writeFileSync(script, `console.log(process.env.CASEFILE_DIST);\n`);
      const result = await runRehearsal(rehearsal, dir, script, { PATH: process.env.PATH });
      expect(result.status).toBe(0);
      expect(result.log.trim()).toMatch(
        new RegExp(`^${temp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/casefile-rehearsal-${process.pid}-[^/]+/site$`),
      );
      expect(readdirSync(temp).sort()).toEqual([running, 'casefile-rehearsal-notes'].sort());
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
