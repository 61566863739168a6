/**
 * Runs a function of one of the build's modules in a worker thread, so that the output checks use the machine's
 * other cores while the main thread feeds Pagefind. The function is named by its module's URL and its export name;
 * its arguments and its result cross the thread boundary by structured clone (plain data only).
 *
 * At most `availableParallelism()` workers run at once: more would only make them take turns on the same cores
 * while each holds its own heap. A worker is started per task: each task is seconds of work, and a fresh heap per
 * task keeps the large heap of Astro's build out of the checks' garbage collection.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** What the worker posts back: the result, or the error it threw, by parts (errors do not keep their class). */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; name: string; message: string; stack?: string };

/** What a task asks of the worker. */
export interface WorkerTask {
  /** The module's URL (`new URL('./x.ts', import.meta.url).href`). */
  module: string;
  /** The name of the exported function to call. */
  fn: string;
  args: unknown[];
}

const slots = { free: availableParallelism(), waiting: [] as (() => void)[] };

async function acquire(): Promise<void> {
  if (slots.free > 0) {
    slots.free--;
    return;
  }
  await new Promise<void>((resolve) => slots.waiting.push(resolve));
}

function release(): void {
  const next = slots.waiting.shift();
  if (next) next();
  else slots.free++;
}

/** Calls `fn(...args)` exported by `module` in a worker thread and resolves with what it returns. */
export async function inWorker<T>(module: URL, fn: string, args: unknown[]): Promise<T> {
  await acquire();
  try {
    return await new Promise<T>((resolve, reject) => {
      const task: WorkerTask = { module: module.href, fn, args };
      const worker = new Worker(new URL('./entry.ts', import.meta.url), { workerData: task });
      let settled = false;
      worker.once('message', (reply: WorkerReply) => {
        settled = true;
        // The answer is all we need: a handle the task left open must not keep the build from exiting.
        void worker.terminate();
        if (reply.ok) resolve(reply.value as T);
        else reject(Object.assign(new Error(reply.message), { name: reply.name, stack: reply.stack ?? reply.message }));
      });
      worker.once('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        if (!settled)
          reject(new Error(`worker for ${fn} (${module.pathname}) exited with code ${code} before answering`));
      });
    });
  } finally {
    release();
  }
}
