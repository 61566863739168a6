/**
 * Runs the real build on a hostile fixture, like tests/helpers/build.ts, but with a time limit: a build that hangs
 * is a failure of the test, not a stuck test run.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixedNow, repoRoot } from '../helpers/build.ts';

/** The longest a build of a small fixture may take on a busy two-core machine. */
export const buildTimeLimit = 240_000;

export interface Run {
  status: number | null;
  /** Set when the build was killed for running past the limit. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  output: string;
}

export function build(contentRoot: string, dist: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: buildTimeLimit,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      // The tests' own zone (vitest.config.ts), far from UTC.
      TZ: process.env.TZ ?? 'Pacific/Honolulu',
      CASEFILE_NOW: fixedNow,
      CASEFILE_DIST: dist,
      CASEFILE_PREVIEW_DIST: dist,
      CASEFILE_CACHE_DIR: `${dist}-astro-cache`,
      CASEFILE_CONTENT_ROOT: contentRoot,
      ...env,
    },
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/** Whether the output shows a stack trace (a line "    at fn (file:line:col)"). */
export function hasStackTrace(output: string): boolean {
  return /^\s+at .+(\(|\s)(file:|node:|\/).*:\d+:\d+\)?$/m.test(output);
}
