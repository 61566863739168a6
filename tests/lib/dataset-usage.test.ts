import { describe, expect, it } from 'vitest';
import { datasetsMentioned, datasetsUsed, publishedDatasetIds } from '../../src/lib/dataset-usage.ts';

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
    const body = 'Text.\n\n{/* <Chart dataset="sketched" type="bar" x="a" y="b" /> */}\n\n{/* TODO */ null}\n<Fact dataset="real" row={1} column="x" />';
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
