/**
 * A signal that reaches a build while it starts. src/build/main.ts says why a build stops once its handlers are in
 * place (src/build/caller-gone.ts), but loading it and Astro takes the first 1.2 to 1.5 s of a warm build (2.5 s cold;
 * measured from the process's start): before that, Ctrl+C, a CI runner's SIGTERM or a closed terminal ended
 * `npm run build` with no word at all. scripts/build.mjs now says so from its first statement.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixedNow, makeFixture, repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { astroLockDir } from '../../src/build/lock.ts';
import { skipWithoutProcfs } from '../helpers/procfs.ts';

/** The processes `pid` has started, from the process table (empty once it has ended). */
function children(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}

describe('a build signalled while it starts', () => {
  // The moment the build's own code runs is seen in the process table (its first child).
  beforeEach(skipWithoutProcfs);
  it.each([
    ['SIGHUP', 'its terminal was closed (SIGHUP)'],
    ['SIGINT', 'it was interrupted (Ctrl+C, SIGINT)'],
    ['SIGTERM', 'it was asked to end (SIGTERM)'],
  ] as const)(
    'says it stopped on %s and that nothing was written, and ends by that signal',
    async (signal, why) => {
      const fixture = makeFixture();
      const build = spawn(process.execPath, [join(repoRoot, 'scripts/build.mjs')], {
        cwd: repoRoot,
        env: {
          ...process.env,
          CASEFILE_NOW: fixedNow,
          CASEFILE_DIST: fixture.dist,
          CASEFILE_PREVIEW_DIST: fixture.dist,
          CASEFILE_CACHE_DIR: `${fixture.dist}-astro-cache`,
          CASEFILE_CONTENT_ROOT: fixture.root,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output = childOutput(build, 'the build');
      // 'close', not 'exit': its output is all read by then.
      const ended = new Promise<[number | null, string | null]>((done) =>
        build.on('close', (code, signal) => done([code, signal])),
      );
      try {
        // The first thing scripts/build.mjs does after installing its handlers is to start its exit watchdog (a child
        // process): the earliest moment its own code is seen to run. Nothing announces it, so the process table is read
        // until it shows (bounded; the build's output says whether it ended first).
        const deadline = Date.now() + 30_000;
        while (children(build.pid!).length === 0 && build.exitCode === null && build.signalCode === null) {
          if (Date.now() > deadline)
            throw new Error(`the build started no watchdog within 30 s; it printed:\n${output.text()}`);
          await sleep(2);
        }
        build.kill(signal);
        expect(await ended, output.text()).toEqual([null, signal]);
        const said = output.text();
        expect(said).toContain(`The build stopped: ${why}`);
        // In the words of every stop before anything is written (src/build/nothing-written.ts), naming the folder.
        expect(said).toContain(`Nothing was written; ${fixture.dist} is unchanged.`);
        // Said once: the handler of main.ts was not in place yet, and the early one ended the process alone.
        expect(said.match(/The build stopped/g)).toHaveLength(1);
        // Nothing written: no output folder, no staging folder beside it, no Astro lock left in its name.
        expect(existsSync(fixture.dist)).toBe(false);
        expect(readdirSync(dirname(fixture.dist)).filter((name) => name.includes('-staging-'))).toEqual([]);
        const lock = join(astroLockDir(repoRoot), 'pid');
        const holder = existsSync(lock) ? readFileSync(lock, 'utf8').trim().split(/\s+/)[0] : undefined;
        expect(holder).not.toBe(String(build.pid));
      } finally {
        build.kill('SIGKILL');
      }
    },
    60_000,
  );
});
