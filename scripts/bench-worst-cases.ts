/**
 * `npm run bench:worst-cases`: how long the inputs that were once quadratic take now (src/bench/worst-cases.ts), the
 * median of five runs each. Exits 1 when one is over its goal or finds the wrong result.
 */
import { measureWorstCase, worstCases } from '../src/bench/worst-cases.ts';

let failed = false;
console.log(`${'case'.padEnd(52)}${'median'.padStart(10)}${'goal'.padStart(10)}`);
for (const bench of worstCases()) {
  const result = measureWorstCase(bench);
  if (result.wrong !== undefined) {
    failed = true;
    console.log(`${result.name.padEnd(52)}  wrong result: ${JSON.stringify(result.wrong)}`);
    continue;
  }
  const over = result.medianMs > result.goalMs;
  failed ||= over;
  console.log(
    `${result.name.padEnd(52)}${`${result.medianMs.toFixed(0)} ms`.padStart(10)}${`${result.goalMs} ms`.padStart(10)}${over ? '  over its goal' : ''}`,
  );
}
process.exitCode = failed ? 1 : 0;
