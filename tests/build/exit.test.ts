/**
 * How a build that stops part-way ends (src/build/exit.mjs): Node's exit can hang for good while compile jobs are in
 * flight (nodejs/node#54918), so a stopped build ends by its signal, or with a watchdog that kills it when its exit
 * does not complete. The hang itself cannot be produced on demand: an exit handler that blocks stands in for it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { skipWithoutProcfs } from '../helpers/procfs.ts';

const exitModule = pathToFileURL(join(repoRoot, 'src/build/exit.mjs')).href;

/** Runs `code` (an ES module importing exitWithin, endBySignal and watchExit) in a child; resolves with how it ended and when. */
function run(code: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; pid: number }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { exitWithin, endBySignal, watchExit } from ${JSON.stringify(exitModule)};\n${code}`,
    ],
    { stdio: 'ignore' },
  );
  return new Promise((done) =>
    child.on('exit', (code, signal) => done({ code, signal, ms: Date.now() - started, pid: child.pid! })),
  );
}

// An exit that never completes: a handler of 'exit' blocked for a minute, as the main thread is when it hangs.
const hang = "process.on('exit', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000));";

describe('a build that stops part-way', () => {
  it('is killed by its watchdog when its exit hangs', async () => {
    const ended = await run(`${hang}\nexitWithin(1, 500);`);
    expect(ended.signal).toBe('SIGKILL');
    expect(ended.ms).toBeLessThan(30_000);
  }, 60_000);

  it('ends with its status when its exit takes a while but less than the time it gave, the watchdog waiting', async () => {
    // An 'exit' handler busy for a second: a slow exit, not a hung one, well inside the watchdog's 20 s.
    const slow = "process.on('exit', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000));";
    const ended = await run(`${slow}\nexitWithin(3, 20_000);`);
    expect(ended).toMatchObject({ code: 3, signal: null });
    expect(ended.ms).toBeGreaterThanOrEqual(1_000);
  }, 60_000);

  it('ends with its status when its exit completes, the watchdog killing nothing', async () => {
    // A watchdog far longer than any exit, however busy the machine: an exit that completes is never killed.
    expect(await run('exitWithin(3, 30_000);')).toMatchObject({ code: 3, signal: null });
  }, 60_000);

  it('is killed by its watchdog when it ends of itself and its exit hangs, whatever exit handler came first', async () => {
    // The blocking handler is registered first: the watchdog's must still run before it.
    const ended = await run(`${hang}\nwatchExit(500);\nsetTimeout(() => {}, 10);`);
    expect(ended.signal).toBe('SIGKILL');
    expect(ended.ms).toBeLessThan(30_000);
  }, 60_000);

  it('is killed by its watchdog when a guarded process.exit hangs', async () => {
    const ended = await run(`watchExit(500);\n${hang}\nprocess.exit(0);`);
    expect(ended.signal).toBe('SIGKILL');
  }, 60_000);

  it('ends of itself with its status when its exit completes under watchExit', async () => {
    // As above: a watchdog far longer than any exit that completes.
    expect(await run('watchExit(30_000);\nprocess.exitCode = 4;')).toMatchObject({ code: 4, signal: null });
  }, 60_000);

  it('leaves no watchdog behind once it has ended, by its exit or by a signal', async (context) => {
    // Watchdogs are found by their command line, in the process table.
    skipWithoutProcfs(context);
    // A watchdog waiting a minute: one left behind would still be there. Its command names the process it watches.
    const watchdogs = (pid: number) =>
      readdirSync('/proc')
        .filter((name) => /^\d+$/.test(name))
        .filter((name) => {
          try {
            return new RegExp(`\\b${pid}\\b`).test(readFileSync(`/proc/${name}/cmdline`, 'utf8'));
          } catch {
            return false;
          }
        });
    for (const code of [
      'watchExit(60_000);\nprocess.exitCode = 0;',
      "watchExit(60_000);\nprocess.kill(process.pid, 'SIGKILL');",
    ]) {
      const ended = await run(code);
      // Its pipe closes with the process: the shell reads the end at once.
      const deadline = Date.now() + 10_000;
      while (watchdogs(ended.pid).length > 0 && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 50));
      expect(watchdogs(ended.pid)).toEqual([]);
    }
  }, 60_000);

  it('ends by the signal that stopped it, without going through an exit that can hang', async () => {
    const ended = await run(`${hang}\nendBySignal('SIGTERM');`);
    expect(ended).toMatchObject({ code: null, signal: 'SIGTERM' });
    expect(ended.ms).toBeLessThan(30_000);
  }, 60_000);
});

describe('a build signalled after publishing', () => {
  // What is left then only tidies; before, a signal there ended `npm run build` without a word.
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'says the site is out and ends by %s',
    async (signal) => {
      const child = spawn(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { stopAfterPublishing } from ${JSON.stringify(exitModule)};\nstopAfterPublishing('published /srv/site');\nprocess.kill(process.pid, '${signal}');\nsetTimeout(() => {}, 60_000);`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on('close', (code, by) => done({ code, signal: by })),
      );
      expect(ended).toEqual({ code: null, signal });
      expect(stderr).toMatch(
        new RegExp(
          `The build stopped: .*\\(.*${signal}\\), after it had published /srv/site\\. The next build removes what it left`,
        ),
      );
    },
    60_000,
  );
});

describe('a build that has said it is built', () => {
  // Node's teardown of a large heap lasts tens of milliseconds after the last 'exit' handler: the signals are sent
  // from the first 'exit' handler until the process has gone, so some land in that teardown.
  it('ends with status 0 and says nothing more when SIGTERMs keep coming while it exits', async () => {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        [
          `import { exitBuilt, stopAfterPublishing } from ${JSON.stringify(exitModule)};`,
          "stopAfterPublishing('published /srv/site');",
          'globalThis.heap = Array.from({ length: 4e6 }, (_, i) => ({ i, text: `row ${i}` }));',
          "process.on('exit', () => process.stdout.write('exiting\\n'));",
          "console.log('built /srv/site');",
          'await exitBuilt();',
        ].join('\n'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!timer && stdout.includes('exiting')) {
        timer = setInterval(() => {
          if (child.exitCode === null && child.signalCode === null && child.kill('SIGTERM')) sent++;
        }, 1);
      }
    });
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, by) => {
        clearInterval(timer);
        done({ code, signal: by });
      }),
    );
    expect(sent).toBeGreaterThan(0);
    expect({ ...ended, stdout, stderr }).toEqual({
      code: 0,
      signal: null,
      stdout: 'built /srv/site\nexiting\n',
      stderr: '',
    });
  }, 60_000);
});

describe('a build signalled as it publishes', () => {
  const watchModule = pathToFileURL(join(repoRoot, 'src/build/caller-gone.ts')).href;

  /**
   * Runs the build's last moments in a child: its caller watch (whose handlers say the build stopped and end it by the
   * signal), then `publishUnlessStopped` with a swap that writes "published"; `before` and `during` run just before
   * it and inside the swap, without letting the event loop turn, as the build's last steps do. A child that heard no
   * signal ends 0 after two seconds.
   */
  async function lastMoments(before: string, during: string) {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        [
          `import { endBySignal, publishUnlessStopped } from ${JSON.stringify(exitModule)};`,
          `import { watchCaller } from ${JSON.stringify(watchModule)};`,
          'const watch = watchCaller((why, status, signal) => { process.stderr.write(`The build stopped: ${why}.\\n`); endBySignal(signal); });',
          before,
          `await publishUnlessStopped(watch, () => { ${during} process.stderr.write('published\\n'); }, 'published /srv/site');`,
          'setTimeout(() => {}, 2_000);',
        ].join('\n'),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('close', (code, by) => done({ code, signal: by })),
    );
    return { ...ended, stderr };
  }

  it('stops without publishing on a SIGTERM that came while its last steps ran without a pause', async () => {
    // Before, the signal was heard only after the swap, with no handler left for it: the build published and ended 0.
    expect(await lastMoments("process.kill(process.pid, 'SIGTERM');", '')).toEqual({
      code: null,
      signal: 'SIGTERM',
      stderr: 'The build stopped: it was asked to end (SIGTERM).\n',
    });
  }, 60_000);

  it('says the site is out on a SIGTERM that came during the swap, rather than losing it', async () => {
    expect(await lastMoments('', "process.kill(process.pid, 'SIGTERM');")).toEqual({
      code: null,
      signal: 'SIGTERM',
      stderr:
        'published\n\nThe build stopped: it was asked to end (SIGTERM), after it had published /srv/site. The next build removes what it left (the site it replaced, old cache entries).\n',
    });
  }, 60_000);
});

describe('a build killed by its watchdog', () => {
  /** Runs `code` as `run` does, with its stderr, the watchdog's too, read. */
  async function withStderr(code: string) {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { exitWithin } from ${JSON.stringify(exitModule)};\n${code}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('close', (code, signal) => done({ code, signal })),
    );
    return { ...ended, stderr };
  }

  it('says that its work was done when its exit with status 0 hangs: a deploy step sees 137 with the reason', async () => {
    expect(await withStderr(`${hang}\nexitWithin(0, 500);`)).toEqual({
      code: null,
      signal: 'SIGKILL',
      stderr:
        "\nThe build had done its work and was ending with status 0, but its exit did not complete within 0.5 s and the build was ended (SIGKILL, status 137): Node's own exit hung (nodejs/node#54918). The lines above say what it did: a site they say it published is out, whole.\n",
    });
  }, 60_000);

  it('names the status it was ending with when its exit after a failure hangs', async () => {
    expect(await withStderr(`${hang}\nexitWithin(1, 500);`)).toEqual({
      code: null,
      signal: 'SIGKILL',
      stderr:
        "\nThe build was ending with status 1, but its exit did not complete within 0.5 s and the build was ended (SIGKILL, status 137): Node's own exit hung (nodejs/node#54918). The lines above say why it stopped.\n",
    });
  }, 60_000);
});
