/** The worker side of pool.ts: imports the task's module, calls its function and posts the result or the error. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './pool.ts';

const { module, fn, args } = workerData as WorkerTask;
let reply: WorkerReply;
try {
  const exports = (await import(module)) as Record<string, unknown>;
  const target = exports[fn];
  if (typeof target !== 'function') throw new Error(`${module} exports no function ${fn}`);
  reply = { ok: true, value: await (target as (...a: unknown[]) => unknown)(...args) };
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  reply = { ok: false, name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}
parentPort?.postMessage(reply);
