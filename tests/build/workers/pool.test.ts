import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { inWorker } from '../../../src/build/workers/pool.ts';

const task = new URL('./task.ts', import.meta.url);

describe('running a build function in a worker thread', () => {
  it('calls the exported function with its arguments in another thread and returns what it returns', async () => {
    const result = await inWorker<{ total: number; thread: number }>(task, 'sum', [[1, 2, 39]]);
    expect(result.total).toBe(42);
    expect(result.thread).not.toBe(threadId);
  });

  it('rejects with the error the function threw, keeping its name and message', async () => {
    await expect(inWorker(task, 'refuse', [])).rejects.toThrowError(
      expect.objectContaining({ name: 'CheckError', message: 'site.css: 21 kB of CSS (limit 20 kB)' }),
    );
  });

  it('says so when the module has no such function', async () => {
    await expect(inWorker(task, 'missing', [])).rejects.toThrowError(/exports no function missing/);
  });

  it('runs more tasks than there are cores, each in a thread of its own', async () => {
    const threads = await Promise.all(Array.from({ length: 6 }, () => inWorker<number>(task, 'later', [20])));
    expect(new Set(threads).size).toBe(6);
  });

  it('runs at most as many at once as there are cores', async () => {
    const cores = availableParallelism();
    const running = new Int32Array(new SharedArrayBuffer(8));
    await Promise.all(Array.from({ length: cores + 2 }, () => inWorker(task, 'overlap', [running, 300])));
    expect(Atomics.load(running, 0)).toBe(0);
    expect(Atomics.load(running, 1)).toBeGreaterThan(0);
    expect(Atomics.load(running, 1)).toBeLessThanOrEqual(cores);
  });
});
