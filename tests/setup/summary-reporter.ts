/**
 * Ends every test run with why tests were skipped, whether the browser tests ran and a closing line of counts, after
 * vitest's own summary, so the last lines of `npm test` say what happened.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { chromiumPath, skippedLine } from '../helpers/browser.ts';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    // The reasons tests gave for skipping (context.skip(condition, reason)), which vitest's default reporter leaves
    // out: a test skipped where the system lacks what it needs (tests/helpers/procfs.ts) must not pass unnoticed.
    const reasons = new Map<string, number>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        counts[result.state] += 1;
        if (result.state === 'skipped' && result.note) reasons.set(result.note, (reasons.get(result.note) ?? 0) + 1);
      }
    }
    const skipped = [...reasons]
      .map(([reason, count]) => `[casefile] ${count} ${count === 1 ? 'test' : 'tests'} skipped: ${reason}\n`)
      .join('');
    const browser = chromiumPath() ? `browser tests in ${chromiumPath()}` : skippedLine;
    const total = counts.passed + counts.failed + counts.skipped + counts.pending;
    // The last line is the plain closing line CI reads: 'tests: N passed, N failed, N skipped', alone on its line.
    process.stdout.write(
      `\n${skipped}[casefile] ${total} tests in ${modules.length} files; ${browser}\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped + counts.pending} skipped\n`,
    );
  }
}
