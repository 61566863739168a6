/** Functions tests/build/workers/pool.test.ts runs in worker threads. */
import { threadId } from 'node:worker_threads';

export function sum(numbers: number[]): { total: number; thread: number } {
  return { total: numbers.reduce((a, b) => a + b, 0), thread: threadId };
}

export async function later(ms: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return threadId;
}

export function refuse(): never {
  const error = new Error('site.css: 21 kB of CSS (limit 20 kB)');
  error.name = 'CheckError';
  throw error;
}
