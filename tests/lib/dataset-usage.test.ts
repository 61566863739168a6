import { describe, expect, it } from 'vitest';
import {
  datasetsLinked,
  datasetsMentioned,
  datasetsUsed,
  publishedDatasetIds,
  sitePagesUsage,
} from '../../src/lib/dataset-usage.ts';
import { tempSite } from '../helpers/temp-site.ts';

describe('datasets a page uses', () => {
  it('joins frontmatter datasets with those of its charts and facts, once each, in order', () => {
    const body =
      '<Fact dataset="b" row={1} column="v" /> and <Chart dataset="c" type="bar" title="T" />\n' +
      '<Fact dataset="a" row={2} column="v" />\n\n`<Chart dataset="in-code" />`';
    expect(datasetsUsed(body, ['a'])).toEqual(['a', 'b', 'c']);
  });
});

describe('published datasets', () => {
  const all = ['public-use', 'withheld-only', 'shared', 'unused'];
  const pages = [
    { datasets: ['public-use', 'shared'], published: true },
    { datasets: ['withheld-only', 'shared'], published: false },
  ];

  it('counts a chart in an MDX comment as mentioned (for withholding), not as used', () => {
    const body =
      'Text.\n\n{/* <Chart dataset="sketched" type="bar" x="a" y="b" /> */}\n\n{/* TODO */ null}\n<Fact dataset="real" row={1} column="x" />';
    expect(datasetsUsed(body)).toEqual(['real']);
    expect(datasetsMentioned(body)).toEqual(['sketched', 'real']);
  });

  it('publishes datasets used by a published page and datasets no page uses', () => {
    expect([...publishedDatasetIds(all, pages)].sort()).toEqual(['public-use', 'shared', 'unused']);
  });

  it('withholds a dataset only withheld pages use, so it cannot reveal them', () => {
    expect(publishedDatasetIds(all, pages).has('withheld-only')).toBe(false);
    expect(
      publishedDatasetIds(
        all,
        pages.map((p) => ({ ...p, published: true })),
      ).has('withheld-only'),
    ).toBe(true);
  });
});

describe("the site's own pages", () => {
  it('link a dataset by its page or its downloads, not by the catalog or another address', () => {
    const body = [
      'The [dataset](/data/issued/) and [its CSV](/data/refusals.csv), <a href="/data/ccf.json">JSON</a>,',
      '[a row](/data/rows/#row-2024), [the catalog](/data/), [page 2](/data/page/2/), [a story](/stories/data/).',
      '`[in code](/data/not-linked/)`',
    ].join('\n');
    expect(datasetsLinked(body)).toEqual(['issued', 'refusals', 'ccf', 'rows']);
  });

  it('are published uses of every dataset they link or draw', () => {
    const root = tempSite({
      'src/pages/methodology.mdx': '---\ntitle: M\n---\nSee the [dataset](/data/linked/).',
      'src/pages/fr/about.mdx': '<Fact dataset="drawn" row={1} column="n" />',
      'src/pages/index.astro': '<a href="/data/astro-page/">not MDX</a>',
      // Not published by Astro: no use.
      'src/pages/_draft.mdx': '[x](/data/underscore-file/)',
      'src/pages/_parts/note.mdx': '[x](/data/underscore-folder/)',
    });
    expect(sitePagesUsage(root).toSorted((a, b) => a.datasets[0]!.localeCompare(b.datasets[0]!))).toEqual([
      { datasets: ['drawn'], published: true },
      { datasets: ['linked'], published: true },
    ]);
    expect(
      publishedDatasetIds(
        ['linked', 'drawn', 'other'],
        [{ datasets: ['linked', 'drawn', 'other'], published: false }, ...sitePagesUsage(root)],
      ),
    ).toEqual(new Set(['linked', 'drawn']));
  });
});
