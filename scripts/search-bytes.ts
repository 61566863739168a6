/**
 * `npm run bench:search [-- term]`: what a reader downloads for a first search on a built site (default dist/, or
 * CASEFILE_DIST), measured by running the query in Node against the built index with the files a browser fetches.
 * Also lists the pages that load JavaScript (only each language's search page should). Exits 1 over the budget or if another page
 * loads a script.
 */
import { resolve } from 'node:path';
import { firstQueryCost, pagesWithScripts } from '../src/build/search-bytes.ts';
import { projectRoot } from '../src/site.config.ts';
import { outputFolder } from '../src/lib/visibility.ts';
import { localePath, locales } from '../src/i18n/locales.ts';

/** The goal for a first query on the demo site, in bytes as sent (gzip). */
const budget = 150 * 1024;

const dist = resolve(projectRoot, outputFolder());
const term = process.argv[2] ?? 'Pestrikov';
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const cost = await firstQueryCost(dist, term);
console.log(`First search for "${term}" on ${dist} (${cost.results} results):`);
for (const file of cost.files)
  console.log(`  ${file.path.padEnd(48)} ${kB(file.bytes).padStart(9)}  gzip ${kB(file.gzipBytes).padStart(9)}`);
console.log(
  `  ${'total'.padEnd(48)} ${kB(cost.bytes).padStart(9)}  gzip ${kB(cost.gzipBytes).padStart(9)}  (budget ${kB(budget)} gzip)`,
);

const scripted = pagesWithScripts(dist);
console.log(`Pages with JavaScript: ${scripted.join(', ') || 'none'}`);

const searchPages = new Set(locales.map((code) => localePath('/search/', code)));
const others = scripted.filter((path) => !searchPages.has(path));
if (cost.gzipBytes > budget) console.error(`Over budget by ${kB(cost.gzipBytes - budget)}.`);
if (others.length > 0) console.error(`Only the search pages may load JavaScript; also: ${others.join(', ')}.`);
if (cost.gzipBytes > budget || others.length > 0) process.exit(1);
