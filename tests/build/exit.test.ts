/**
 * How a build that stops part-way ends (src/build/exit.ts): Node's exit can hang for good while compile jobs are in
 * flight (nodejs/node#54918), so a stopped build ends by its signal, or with a watchdog that kills it when its exit
 * does not complete. The hang itself cannot be produced on demand: an exit handler that blocks stands in for it.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';

const exitModule = pathToFileURL(join(repoRoot, 'src/build/exit.ts')).href;

/** Runs `code` (an ES module importing exitWithin and endBySignal) in a child; resolves with how it ended and when. */
function run(code: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { exitWithin, endBySignal } from ${JSON.stringify(exitModule)};\n${code}`], { stdio: 'ignore' });
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, ms: Date.now() - started })));
}

// An exit that never completes: a handler of 'exit' blocked for a minute, as the main thread is when it hangs.
const hang = "process.on('exit', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000));";

describe('a build that stops part-way', () => {
  it('is killed by its watchdog when its exit hangs', async () => {
    const ended = await run(`${hang}\nexitWithin(1, 500);`);
    expect(ended.signal).toBe('SIGKILL');
    expect(ended.ms).toBeLessThan(30_000);
  }, 60_000);

  it('ends with its status when its exit completes, the watchdog killing nothing', async () => {
    expect(await run('exitWithin(3, 500);')).toMatchObject({ code: 3, signal: null });
  }, 60_000);

  it('ends by the signal that stopped it, without going through an exit that can hang', async () => {
    const ended = await run(`${hang}\nendBySignal('SIGTERM');`);
    expect(ended).toMatchObject({ code: null, signal: 'SIGTERM' });
    expect(ended.ms).toBeLessThan(30_000);
  }, 60_000);
});
