/**
 * Ends every test run with whether the browser tests ran and a closing line of counts, after vitest's own summary,
 * so the last line of `npm test` says what happened.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { chromiumPath, skippedLine } from '../helpers/browser.ts';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of modules) for (const test of module.children.allTests()) counts[test.result().state] += 1;
    const browser = chromiumPath() ? `browser tests in ${chromiumPath()}` : skippedLine;
    const total = counts.passed + counts.failed + counts.skipped + counts.pending;
    // The last line is the plain closing line CI reads: 'tests: N passed, N failed, N skipped', alone on its line.
    process.stdout.write(
      `\n[casefile] ${total} tests in ${modules.length} files; ${browser}\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped + counts.pending} skipped\n`,
    );
  }
}
