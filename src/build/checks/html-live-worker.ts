/** The worker side of html-live.ts: validates the pages it is sent and answers with their verdicts. */
import { parentPort, workerData } from 'node:worker_threads';
import { pageValidator } from './html-validator.ts';
import type { LiveReply, LiveRequest } from './html-live.ts';

const validate = pageValidator((workerData as { cacheDir?: string }).cacheDir);

parentPort?.on('message', async ({ pages }: LiveRequest) => {
  let reply: LiveReply;
  try {
    const results = [];
    for (const { file, html } of pages) results.push(await validate(file, html));
    reply = { results };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
