/** The closing lines of a test run (tests/setup/summary-reporter.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SummaryReporter from './summary-reporter.ts';

/** A test module as the reporter reads it: tests with their results only. */
function module(results: { state: string; note?: string }[]): TestModule {
  const tests = results.map((result) => ({ result: () => result }));
  return { children: { allTests: () => tests } } as unknown as TestModule;
}

/** What the reporter writes at the end of a run of `modules`. */
function closing(modules: TestModule[]): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  new SummaryReporter().onTestRunEnd(modules);
  return write.mock.calls.map(([text]) => String(text)).join('');
}

afterEach(() => vi.restoreAllMocks());

describe('the summary at the end of a test run', () => {
  it('says why tests were skipped, once per reason with their count, and still ends with the counts', () => {
    const proc = "needs /proc, Linux's process table, which this system does not have (macOS)";
    const text = closing([
      module([{ state: 'passed' }, { state: 'skipped', note: proc }]),
      module([{ state: 'skipped', note: proc }, { state: 'skipped' }, { state: 'failed' }]),
    ]);
    expect(text).toContain(`\n[casefile] 2 tests skipped: ${proc}\n[casefile] 5 tests in 2 files; `);
    expect(text.split('\n').filter((line) => line.includes('skipped:'))).toHaveLength(1);
    expect(text.endsWith('\ntests: 1 passed, 1 failed, 3 skipped\n')).toBe(true);
  });

  it('names no reason when none was given', () => {
    expect(closing([module([{ state: 'passed' }, { state: 'skipped' }])])).not.toContain('skipped:');
  });
});
