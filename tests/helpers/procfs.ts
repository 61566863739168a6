/**
 * Linux's process table (/proc), which a few tests read: a process's children, its start time, its state, the memory
 * and CPU time of a process tree. macOS has none; there those tests are skipped with `noProcfs` as the reason (the run
 * ends by counting them under it, tests/setup/summary-reporter.ts) instead of failing on a file that cannot exist.
 */
import { existsSync } from 'node:fs';
import type { TestContext } from 'vitest';

/** Whether this system has Linux's process table. */
export const procfs = existsSync('/proc/self/stat');

/** Why a test that reads the process table was skipped. */
export const noProcfs = "needs /proc, Linux's process table, which this system does not have (macOS)";

/** Skips the test of `context` where there is no /proc, saying why; for `beforeEach` or a test's first line. */
export function skipWithoutProcfs(context: TestContext): void {
  context.skip(!procfs, noProcfs);
}
