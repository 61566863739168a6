/**
 * `npm run build` runs `sh -c "node scripts/build.mjs"`. A SIGTERM sent to npm alone (a CI runner's timeout, a process
 * manager) ended npm and sh, npm reported failure (exit 143), and the orphaned build went on and published the site
 * anyway. A build whose parent has gone, or that receives SIGHUP (its terminal closed), stops without publishing and
 * removes its staging folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedNow, makeFixture, repoRoot } from '../helpers/build.ts';
import { childOutput } from '../helpers/output.ts';
import { processRunning } from '../helpers/process-running.ts';

function buildEnv(fixture: { root: string; dist: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CASEFILE_NOW: fixedNow,
    CASEFILE_DIST: fixture.dist,
    CASEFILE_PREVIEW_DIST: fixture.dist,
    CASEFILE_CACHE_DIR: `${fixture.dist}-astro-cache`,
    CASEFILE_CONTENT_ROOT: fixture.root,
  };
}

/** A child's output, and a wait for a line in it as it is printed (two minutes at most: a build on a busy machine). */
function watchOutput(child: ChildProcess) {
  const output = childOutput(child, 'the build');
  return { text: output.text, until: (pattern: RegExp) => output.until(pattern, 120_000) };
}

/**
 * Until `closed` (the shell's 'close' event: its pipes have closed, and the build it started holds their other end
 * until it has ended; it is not this process's child, so no exit event of its own tells). Three minutes at most, a
 * build on a busy machine.
 */
async function untilGone(closed: Promise<unknown>, timeoutMs = 180_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((done) => (timer = setTimeout(done, timeoutMs)))]);
  clearTimeout(timer);
}

const stagingLeft = (dist: string) => readdirSync(dirname(dist)).filter((name) => name.includes('-staging-'));

describe('a build whose caller has gone', () => {
  it('stops without publishing when its parent shell is killed', async () => {
    const fixture = makeFixture();
    const shell = spawn(
      'sh',
      ['-c', `"${process.execPath}" "${join(repoRoot, 'scripts/build.mjs')}" & echo "build pid $!"; wait`],
      {
        cwd: repoRoot,
        env: buildEnv(fixture),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output = watchOutput(shell);
    const closed = once(shell, 'close');
    await output.until(/build pid \d+/);
    const pid = Number(/build pid (\d+)/.exec(output.text())![1]);
    try {
      await output.until(/content ok/);
      shell.kill('SIGTERM');
      await untilGone(closed);
      // Its pipes close as the kernel ends it, a moment before it is a zombie (CI saw it running then, once): a
      // build that went on would still run seconds later, and publish.
      await expect.poll(() => processRunning(pid), { message: 'the build went on', timeout: 5_000 }).toBe(false);
      expect(existsSync(fixture.dist), output.text()).toBe(false);
      expect(output.text()).toContain('Nothing was published');
      expect(stagingLeft(fixture.dist)).toEqual([]);
    } finally {
      if (processRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 240_000);

  // The terminal closed, Ctrl+C, a process manager's stop: each said nothing but SIGHUP, and left the staging folder.
  it.each([
    ['SIGHUP', 129, 'its terminal was closed'],
    ['SIGINT', 130, 'it was interrupted (Ctrl+C'],
    ['SIGTERM', 143, 'it was asked to end'],
  ] as const)(
    'stops without publishing on %s, saying why and removing its staging folder, and ends by that signal (a shell reports %i)',
    async (signal, _status, why) => {
      const fixture = makeFixture();
      const build = spawn(process.execPath, [join(repoRoot, 'scripts/build.mjs')], {
        cwd: repoRoot,
        env: buildEnv(fixture),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output = watchOutput(build);
      const exited = new Promise<[number | null, string | null]>((done) =>
        build.on('exit', (code, signal) => done([code, signal])),
      );
      try {
        await output.until(/content ok/);
        build.kill(signal);
        // Ended by the signal itself once it has cleaned up, not by process.exit, which can hang for good while Astro
        // compiles (src/build/exit.mjs): its parent sees it killed by that signal.
        expect(await exited, output.text()).toEqual([null, signal]);
        expect(existsSync(fixture.dist)).toBe(false);
        expect(output.text()).toContain(`The build stopped: ${why}`);
        expect(output.text()).toContain('Nothing was published');
        expect(stagingLeft(fixture.dist)).toEqual([]);
      } finally {
        build.kill('SIGKILL');
      }
    },
    240_000,
  );
});
