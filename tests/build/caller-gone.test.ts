/**
 * How a build tells why it stops (src/build/caller-gone.ts): its parent gone, or a signal. A signal sent to the whole
 * process group (a CI runner's timeout, `kill -TERM -<pgid>`) ends the parent too, and the build said "the process
 * that started it has ended" when it had been asked to end.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { watchCaller } from '../../src/build/caller-gone.ts';

const watchModule = pathToFileURL(join(repoRoot, 'src/build/caller-gone.ts')).href;

/**
 * A process under `sh` watching its caller (checking every millisecond, waiting `graceMs` for a signal) until it
 * stops, or the test ends; `sh` leads a process group of its own, as a CI runner's job does.
 */
function watched(graceMs: number) {
  const code = `import { watchCaller } from ${JSON.stringify(watchModule)};
watchCaller((why) => { console.log('gone: ' + why); process.exit(0); }, 1, ${graceMs});
setInterval(() => {}, 1000);
console.log('ready ' + process.pid);`;
  const shell = spawn(
    'sh',
    ['-c', `"${process.execPath}" --input-type=module -e '${code.replaceAll("'", "'\\''")}' & wait`],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  // A group of its own outlives the test and the run: a test that failed before stopping it left
  // the shell and the watched process running for good. Ended with the test, whatever its result.
  onTestFinished(() => {
    try {
      process.kill(-shell.pid!, 'SIGKILL');
    } catch {
      // Already ended, as the test ended it.
    }
  });
  const output = childOutput(shell, 'the watched process');
  return { shell, until: (pattern: RegExp) => output.until(pattern, 30_000) };
}

describe('a build told to stop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("names the signal that came with its parent's end, not the end of its parent", () => {
    // The watch's own clock and parent: the signal comes once it has seen its parent go, as it waits for the grace.
    vi.useFakeTimers();
    const parent = Object.getOwnPropertyDescriptor(process, 'ppid')!;
    const before = process.listeners('SIGTERM');
    const said: string[] = [];
    const watch = watchCaller((why) => said.push(why), 250, 100);
    try {
      Object.defineProperty(process, 'ppid', { value: process.ppid + 1, configurable: true, writable: true });
      vi.advanceTimersByTime(250);
      expect(said, 'the watch did not wait for a signal after its parent had gone').toEqual([]);
      // The signal, to the watch's handler alone (not to the test runner's own).
      for (const handler of process.listeners('SIGTERM').filter((listener) => !before.includes(listener)))
        handler('SIGTERM');
      vi.advanceTimersByTime(1000);
      expect(said).toEqual(['it was asked to end (SIGTERM)']);
    } finally {
      watch.stop();
      Object.defineProperty(process, 'ppid', parent);
    }
  });

  it('names the signal sent to its whole process group, its parent ended by the same signal', async () => {
    const { shell, until } = watched(60_000);
    await until(/ready (\d+)/);
    process.kill(-shell.pid!, 'SIGTERM');
    expect((await until(/gone: .*/))[0]).toBe('gone: it was asked to end (SIGTERM)');
  }, 60_000);

  it('says its parent has ended when no signal comes', async () => {
    const { shell, until } = watched(50);
    await until(/ready (\d+)/);
    shell.kill('SIGKILL');
    expect((await until(/gone: .*/))[0]).toMatch(
      /^gone: the process that started it \(\d+\) has ended, so nobody waits for its result$/,
    );
  }, 60_000);
});
