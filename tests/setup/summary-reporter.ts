/**
 * Ends every test run with one line of counts (and whether the browser tests ran), after vitest's own summary, so
 * the last line of `npm test` says what happened.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { chromiumPath, skippedLine } from '../helpers/browser.ts';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of modules) for (const test of module.children.allTests()) counts[test.result().state] += 1;
    const browser = chromiumPath() ? `browser tests in ${chromiumPath()}` : skippedLine;
    const total = counts.passed + counts.failed + counts.skipped + counts.pending;
    process.stdout.write(
      `\n[casefile] ${total} tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped + counts.pending} skipped, in ${modules.length} files; ${browser}\n`,
    );
  }
}
