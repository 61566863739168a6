/**
 * How a build tells why it stops (src/build/caller-gone.ts): its parent gone, or a signal. A signal sent to the whole
 * process group (a CI runner's timeout, `kill -TERM -<pgid>`) ends the parent too, and the build said "the process
 * that started it has ended" when it had been asked to end.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';

const watchModule = pathToFileURL(join(repoRoot, 'src/build/caller-gone.ts')).href;

/** A process under `sh` watching its caller (checking every millisecond, waiting `graceMs` for a signal) until it stops. */
function watched(graceMs: number) {
  const code = `import { watchCaller } from ${JSON.stringify(watchModule)};
watchCaller((why) => { console.log('gone: ' + why); process.exit(0); }, 1, ${graceMs});
setInterval(() => {}, 1000);
console.log('ready ' + process.pid);`;
  const shell = spawn('sh', ['-c', `"${process.execPath}" --input-type=module -e '${code.replaceAll("'", "'\\''")}' & wait`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [shell.stdout!, shell.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const until = async (pattern: RegExp) => {
    const deadline = Date.now() + 30_000;
    while (!pattern.test(output)) {
      if (Date.now() > deadline) throw new Error(`not seen: ${pattern}\n${output}`);
      await sleep(20);
    }
    return output.match(pattern)!;
  };
  return { shell, until };
}

describe('a build told to stop', () => {
  it('names the signal that came with its parent\'s end, not the end of its parent', async () => {
    const { shell, until } = watched(60_000);
    const pid = Number((await until(/ready (\d+)/))[1]);
    shell.kill('SIGKILL');
    // Long after the watch, checking every millisecond, has seen its parent go.
    await sleep(300);
    process.kill(pid, 'SIGTERM');
    expect((await until(/gone: .*/))[0]).toBe('gone: it was asked to end (SIGTERM)');
  }, 60_000);

  it('says its parent has ended when no signal comes', async () => {
    const { shell, until } = watched(50);
    await until(/ready (\d+)/);
    shell.kill('SIGKILL');
    expect((await until(/gone: .*/))[0]).toMatch(/^gone: the process that started it \(\d+\) has ended, so nobody waits for its result$/);
  }, 60_000);
});
