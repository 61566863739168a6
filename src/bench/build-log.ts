/**
 * Reads the figures the benchmark reports out of a build's output: the chart layer's
 * `charts: N rendered, M from cache` line, the social cards' `social cards: N drawn, M from cache` line, the
 * `pages: N rendered, M unchanged` line, the search index's lines (pages handed to Pagefind ahead, pages read from
 * disk after Astro) and the per-step `[casefile] <step>: N ms` lines of scripts/build.mjs.
 */

export interface BuildLog {
  /** Absent when the build printed no charts line. */
  charts?: { rendered: number; cached: number };
  /** From the `social cards: N drawn, M from cache` line; absent without one. */
  cards?: { drawn: number; cached: number };
  /** From the html-validate step's line: pages validated, and pages skipped as unchanged since they passed. */
  html?: { validated: number; cached: number };
  /** From the `pages: N rendered, M unchanged since the last build` line: HTML pages Astro rendered, and copied. */
  pages?: { rendered: number; copied: number };
  /**
   * Pages handed to Pagefind from the published site before Astro wrote them (src/build/search-ahead.ts, both
   * predictions), and pages it read from disk after Astro; absent when the build printed no `pages indexed` line.
   */
  search?: { ahead: number; readFromDisk: number };
  /** Step name -> milliseconds, in the order printed. */
  steps: Record<string, number>;
}

const chartsLine = /charts: (\d+) rendered, (\d+) from cache/;
const cardsLine = /social cards: (\d+) drawn, (\d+) from cache/;
const htmlLine = /html-validate: \d+ HTML files, 0 problems \((\d+) validated, (\d+) unchanged/;
const pagesLine = /pages: (\d+) rendered, (\d+) unchanged since the last build/;
const stepLine = /^\[casefile\] (.+?): (\d+) ms$/;
const aheadLine = /search index: (\d+)(?: more)? published pages? handed to Pagefind (?:ahead of Astro|as Astro began)/;
const indexedLine = /search index: \d+ pages? indexed \((?:\d+ handed while Astro rendered, )?(\d+) read from disk\)/;

export function parseBuildLog(lines: string[]): BuildLog {
  const log: BuildLog = { steps: {} };
  let ahead = 0;
  for (const raw of lines) {
    // Strip terminal colours, which a build may print around its lines.
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '').trim();
    const charts = chartsLine.exec(line);
    if (charts) {
      // The build prints one summary line; should it print several, the last is the total.
      log.charts = { rendered: Number(charts[1]), cached: Number(charts[2]) };
    }
    const cards = cardsLine.exec(line);
    if (cards) log.cards = { drawn: Number(cards[1]), cached: Number(cards[2]) };
    const html = htmlLine.exec(line);
    if (html) log.html = { validated: Number(html[1]), cached: Number(html[2]) };
    const pages = pagesLine.exec(line);
    if (pages) log.pages = { rendered: Number(pages[1]), copied: Number(pages[2]) };
    const handed = aheadLine.exec(line);
    if (handed) ahead += Number(handed[1]);
    const indexed = indexedLine.exec(line);
    if (indexed) log.search = { ahead, readFromDisk: Number(indexed[1]) };
    const step = stepLine.exec(line);
    if (step) log.steps[step[1] as string] = Number(step[2]);
  }
  return log;
}
