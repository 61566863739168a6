/**
 * `npm run bench:charts`: how long one chart takes to draw, per kind, on one thread and without the cache (what a
 * cold build pays per distinct chart). Prints the median and 95th percentile per chart, every width included.
 * Options: --runs N (default 50).
 */
import { benchCases, measure } from '../src/charts/bench.ts';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 50;
const pad = (text: string | number, width: number) => String(text).padStart(width);

console.log(
  `chart render time, ${runs} runs per kind, one thread, no cache (ms per chart, narrow + wide unless noted)`,
);
console.log(`${'kind'.padEnd(16)}${pad('rows', 6)}${pad('median', 9)}${pad('p95', 9)}`);
const medians: number[] = [];
for (const bench of benchCases()) {
  const result = measure(bench, runs);
  medians.push(result.median);
  const note = bench.spec.type === 'map' ? '  (one width: no text)' : '';
  console.log(
    `${result.name.padEnd(16)}${pad(result.rows, 6)}${pad(result.median.toFixed(2), 9)}${pad(result.p95.toFixed(2), 9)}${note}`,
  );
}
medians.sort((a, b) => a - b);
console.log(`median over kinds: ${medians[Math.floor(medians.length / 2)]!.toFixed(2)} ms per chart`);
