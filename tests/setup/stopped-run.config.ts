/**
 * A test run of one test that waits to be stopped (stopped-run.fixture.ts), with its temporary folder set up as
 * vitest.config.ts sets up the suite's: tests/setup/temp-root.test.ts stops it as Ctrl+C does. Its file name keeps
 * the fixture out of the suite's own runs, which take only `*.test.ts`.
 */
import { tmpdir } from 'node:os';
import { defineConfig } from 'vitest/config';
import { tempRootFor } from './temp-root.ts';

const tempRoot = tempRootFor(tmpdir(), process.pid);
process.env.CASEFILE_TEST_TMP = tempRoot;

export default defineConfig({
  test: {
    include: ['tests/setup/stopped-run.fixture.ts'],
    globalSetup: ['tests/setup/temp-root.ts'],
    env: { TMPDIR: tempRoot },
  },
});
