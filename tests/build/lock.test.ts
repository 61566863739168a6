import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withLock } from '../../src/build/lock.ts';

describe('the build lock', () => {
  it('runs holders one at a time and releases the lock afterwards', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    const events: string[] = [];
    const holder = (name: string) =>
      withLock(dir, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push(`${name} out`);
      });
    await Promise.all([holder('a'), holder('b')]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(dir)).toBe(false);
  });

  it('creates the folder that holds the lock when it is missing (a fresh clone has no cache folder)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'not', 'yet', 'lock');
    await expect(withLock(dir, async () => 'done')).resolves.toBe('done');
  });

  it('takes over a lock whose holder process has died', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), '2147483646');
    await expect(withLock(dir, async () => 'done')).resolves.toBe('done');
  });

  it('with holdOnFailure, keeps the lock after the work fails until the process exits', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    const lock = new URL('../../src/build/lock.ts', import.meta.url).href;
    // A separate process: the lock must outlive the failure, then go with the process.
    const script = [
      `import { existsSync } from 'node:fs';`,
      `import { withLock } from ${JSON.stringify(lock)};`,
      `const dir = ${JSON.stringify(dir)};`,
      `await withLock(dir, async () => { throw new Error('boom'); }, undefined, { holdOnFailure: true }).catch((e) => console.log('failed:', e.message));`,
      `console.log('held after failure:', existsSync(dir));`,
      `await withLock(dir + '-other', async () => 'ok', undefined, { holdOnFailure: true });`,
      `console.log('released after success:', !existsSync(dir + '-other'));`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('failed: boom\nheld after failure: true\nreleased after success: true\n');
    expect(existsSync(dir)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'casefile-lock-')), 'lock');
    await expect(withLock(dir, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(dir)).toBe(false);
  });
});
