/**
 * html-validate on pages as Astro renders them: pages queue here and worker threads take them a few at a time, so
 * validation runs on the other core during the render instead of after it. `finish()` adds workers (one per core:
 * by then the main thread is free), waits for the queue to empty and returns every page's verdict.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { PageValidation } from './html.ts';

/**
 * Where pages that passed are remembered: CASEFILE_HTML_CACHE, else node_modules/.cache/casefile/html-validate.
 * (Here rather than in html.ts so that starting a build does not load html-validate on the main thread.)
 */
export function htmlCacheDir(root: string): string {
  return process.env.CASEFILE_HTML_CACHE ?? join(root, 'node_modules/.cache/casefile/html-validate');
}

/** A page waiting for a worker. */
interface QueuedPage {
  file: string;
  html: string;
}

/** What the main thread sends a worker, and what it answers. */
export type LiveRequest = { pages: QueuedPage[] };
export type LiveReply = { results: PageValidation[] } | { error: string };

/** Pages sent to a worker at once: enough to keep it busy between two answers, few enough to share out. */
const batchSize = 8;

/**
 * Pages waiting at most. When validation falls behind the render (a cold build: ~20 ms a page against a few ms
 * to render one), further pages are not queued but validated from disk after Astro, so the queue never holds a
 * large archive's HTML in memory.
 */
const maxQueued = 256;

export class LiveHtmlValidator {
  readonly #queue: QueuedPage[] = [];
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #results = new Map<string, PageValidation>();
  #failure: Error | undefined;
  #stopping = false;
  #onSettled: (() => void) | undefined;
  readonly #cacheDir: string | undefined;

  /** Starts `workers` workers (one by default: during the render the main thread has a core of its own). */
  constructor(options: { cacheDir?: string | undefined; workers?: number } = {}) {
    this.#cacheDir = options.cacheDir;
    for (let i = 0; i < (options.workers ?? 1); i++) this.#spawn();
  }

  /** Queues a rendered page; returns false when the queue is full (the page is then validated after Astro). */
  add(file: string, html: string): boolean {
    if (this.#queue.length >= maxQueued) return false;
    this.#queue.push({ file, html });
    this.#pump();
    return true;
  }

  /** Waits for every queued page, with one worker per core, stops the workers and returns the verdicts by file. */
  async finish(): Promise<Map<string, PageValidation>> {
    while (this.#all.length < availableParallelism() && this.#queue.length > batchSize) this.#spawn();
    this.#pump();
    await new Promise<void>((resolve) => {
      this.#onSettled = resolve;
      this.#checkSettled();
    });
    await this.stop();
    if (this.#failure) throw this.#failure;
    return this.#results;
  }

  /** Stops the workers (also when the build fails before finish()). */
  async stop(): Promise<void> {
    this.#stopping = true;
    await Promise.all(this.#all.splice(0).map((worker) => worker.terminate()));
    this.#idle.length = 0;
  }

  #spawn(): void {
    const worker = new Worker(new URL('./html-live-worker.ts', import.meta.url), {
      workerData: { cacheDir: this.#cacheDir },
    });
    worker.on('message', (reply: LiveReply) => {
      if ('error' in reply) this.#fail(new Error(`html-validate worker: ${reply.error}`));
      else for (const result of reply.results) this.#results.set(result.file, result);
      this.#idle.push(worker);
      this.#pump();
    });
    worker.on('error', (error) => this.#fail(error));
    // A worker that ends without an answer or an error would leave finish() waiting for it forever.
    worker.on('exit', (code) => {
      if (!this.#stopping) this.#fail(new Error(`html-validate worker stopped (exit code ${code})`));
    });
    this.#all.push(worker);
    this.#idle.push(worker);
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#queue.length = 0;
    this.#onSettled?.();
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0 && !this.#failure) {
      const request: LiveRequest = { pages: this.#queue.splice(0, batchSize) };
      this.#idle.pop()!.postMessage(request);
    }
    this.#checkSettled();
  }

  #checkSettled(): void {
    const settled = this.#failure !== undefined || (this.#queue.length === 0 && this.#idle.length === this.#all.length);
    if (this.#onSettled && settled) this.#onSettled();
  }
}
