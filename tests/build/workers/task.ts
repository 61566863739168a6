/** Functions tests/build/workers/pool.test.ts runs in worker threads. */
import { threadId } from 'node:worker_threads';

export function sum(numbers: number[]): { total: number; thread: number } {
  return { total: numbers.reduce((a, b) => a + b, 0), thread: threadId };
}

export async function later(ms: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return threadId;
}

/** Counts the tasks running at once in `running[0]`, and the most there were in `running[1]`, over `ms`. */
export async function overlap(running: Int32Array, ms: number): Promise<void> {
  const now = Atomics.add(running, 0, 1) + 1;
  for (let peak = Atomics.load(running, 1); now > peak; peak = Atomics.load(running, 1)) {
    if (Atomics.compareExchange(running, 1, peak, now) === peak) break;
  }
  await new Promise((resolve) => setTimeout(resolve, ms));
  Atomics.sub(running, 0, 1);
}

export function refuse(): never {
  const error = new Error('site.css: 21 kB of CSS (limit 20 kB)');
  error.name = 'CheckError';
  throw error;
}
