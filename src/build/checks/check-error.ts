/**
 * A failed check of the built output. The build reports it as its message alone, without a stack
 * (src/build/report.ts): the problems are in the site, not in our code.
 */
export class CheckError extends Error {
  override name = 'CheckError';

  /** `check` names the check; each problem is one line, usually `path: what is wrong`. */
  constructor(check: string, problems: string[], limit = 40) {
    const shown = problems.slice(0, limit).map((problem) => `  ${problem}`);
    if (problems.length > limit) shown.push(`  … and ${problems.length - limit} more`);
    super(`${check}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${shown.join('\n')}`);
  }
}
