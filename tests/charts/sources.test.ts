/**
 * A chart's source line names the sources of the rows it shows: a filtered chart does not credit sources whose rows
 * it left out.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page } from '../helpers/site.ts';
import { repoRoot } from '../helpers/build.ts';

const sources = JSON.parse(readFileSync(join(repoRoot, 'data/sources.json'), 'utf8')) as Record<
  string,
  { url: string }
>;

function chartSourceLinks(path: string, title: string): string[] {
  const figure = [...page(path).querySelectorAll('figure.chart')].find(
    (f) => f.querySelector('.chart-title')?.textContent === title,
  );
  if (!figure) throw new Error(`no chart "${title}" on ${path}`);
  return [...figure.querySelectorAll('.chart-source a')].map((a) => a.getAttribute('href') ?? '');
}

describe('a chart source line', () => {
  it("credits only the May 2023 scrape on the map filtered to that snapshot, not the dataset's other sources", () => {
    const title = 'Where the wanted people on Interpol’s public list come from';
    expect(chartSourceLinks('/stories/the-interpol-files/', title)).toEqual([sources['interpol-parser-2023']!.url]);
  });

  it("is under a title typeset like the prose: the MDX attribute's straight apostrophe printed curly", () => {
    const mdx = readFileSync(join(repoRoot, 'content/stories/the-interpol-files.mdx'), 'utf8');
    expect(mdx).toContain('title="Where the wanted people on Interpol\'s public list come from"');
    const titles = [...page('/stories/the-interpol-files/').querySelectorAll('figure.chart .chart-title')].map(
      (t) => t.textContent,
    );
    expect(titles).toContain('Where the wanted people on Interpol’s public list come from');
    expect(titles.filter((t) => t?.includes("'"))).toEqual([]);
  });
});
