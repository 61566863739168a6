/**
 * Builds the demo site once before the test files run, into tests/.output/demo, with the clock pinned. Build
 * tests then read that output instead of building again.
 */
import { rmSync } from 'node:fs';
import { runBuild } from '../helpers/build.ts';
import { demoDist } from '../helpers/site.ts';

export default function setup(): void {
  rmSync(demoDist, { recursive: true, force: true });
  const result = runBuild({ dist: demoDist });
  if (result.status !== 0) {
    throw new Error(`the demo site did not build (exit ${result.status}):\n${result.output}`);
  }
}
