/**
 * Without Chromium, `npm test` says loudly that the browser tests were skipped; with CASEFILE_REQUIRE_BROWSER=1 (as
 * .ci/run sets) the same run fails. Runs vitest on one browser test file with CASEFILE_CHROMIUM pointing nowhere.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/build.ts';
import { demoDist } from '../helpers/site.ts';
import { skippedLine } from '../helpers/browser.ts';

function runKeyboardTests(env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/browser/keyboard.test.ts'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        CASEFILE_CHROMIUM: '/nonexistent/chromium',
        CASEFILE_SKIP_DEMO_BUILD: '1',
        CASEFILE_TEST_DIST: demoDist,
        CASEFILE_REQUIRE_BROWSER: '',
        NO_COLOR: '1',
        ...env,
      },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a test run without Chromium', () => {
  it('skips the browser tests with a loud line and passes', () => {
    const { status, output } = runKeyboardTests({});
    expect(output).toContain(skippedLine);
    expect(output).toMatch(
      /\[casefile\] \d+ tests in 1 files; BROWSER TESTS SKIPPED[^\n]*\ntests: 0 passed, 0 failed, \d+ skipped\n/,
    );
    expect(status).toBe(0);
  });

  it('fails when CASEFILE_REQUIRE_BROWSER=1', () => {
    const { status, output } = runKeyboardTests({ CASEFILE_REQUIRE_BROWSER: '1' });
    expect(output).toContain('no Chromium at CASEFILE_CHROMIUM or /usr/bin/chromium, and CASEFILE_REQUIRE_BROWSER=1');
    expect(status).toBe(1);
  });
});
