import { tmpdir } from 'node:os';
import { defineConfig } from 'vitest/config';
import { tempRootFor } from './tests/setup/temp-root.ts';

// Time zone, clock and locale are pinned so tests do not depend on the machine: a fixed CASEFILE_NOW for every build,
// explicit locales in every Intl call, and one time zone for the tests and the builds they run. The zone is
// Honolulu's (UTC-10, no daylight saving), not UTC: the site's dates are calendar days kept in UTC, and code that
// read one in the machine's zone would print the day before there, which a run pinned to UTC could never show.
const testTimeZone = 'Pacific/Honolulu';
process.env.TZ = testTimeZone;
// The run's temporary folders, removed when it ends (tests/setup/temp-root.ts). A run started by a test (one checks
// a run without a browser) gets its own, inside the outer run's: never the outer one, which it would remove.
const tempRoot = tempRootFor(tmpdir(), process.pid);
process.env.CASEFILE_TEST_TMP = tempRoot;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The demo site is built once; then the browser tests say whether they can run (tests/helpers/browser.ts).
    globalSetup: ['tests/setup/temp-root.ts', 'tests/setup/build-demo.ts', 'tests/setup/browser.ts'],
    // The last line of a run counts the tests and says whether the browser tests ran.
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // expect.poll waits on a browser page (a stubbed search asked for a page, results shown): vitest's default of 1 s
    // is less than a click and a fetch can take on two cores busy with builds (CI failed once, a search test whose
    // page was asked for later than that). A poll that holds ends as soon as it holds; one that never will fails at 10 s.
    expect: { poll: { timeout: 10_000 } },
    // Builds are heavy on a 2-core machine: run test files one or two at a time.
    maxWorkers: 2,
    // A worker that takes longer than this to stop fails the run, every test passed or not. Vitest's 10 s was too
    // short on two cores at a load of 15 (919 passed, exit 1: "Timeout terminating forks worker for … citations.test.ts").
    teardownTimeout: 60_000,
    // No test reaches the network: Astro's telemetry and update check are off in the builds and dev servers tests start.
    env: {
      TZ: testTimeZone,
      CASEFILE_NOW: '2026-11-22T12:00:00Z',
      TMPDIR: tempRoot,
      ASTRO_TELEMETRY_DISABLED: 'true',
      ASTRO_DISABLE_UPDATE_CHECK: 'true',
    },
  },
});
