import { describe, expect, it } from 'vitest';
import { scopeSvgIds } from '../../src/charts/scope-ids.ts';

describe("a chart's SVG ids on its page", () => {
  it('are put under the chart id, with every reference to them, and nothing else is changed', () => {
    const svg =
      '<svg role="img" aria-labelledby="chart-2-title"><defs><pattern id="c1w-hatch-1"></pattern><clipPath id="c1w-clip-1"></clipPath></defs>' +
      '<rect fill="url(#c1w-hatch-1)" clip-path="url(#c1w-clip-1)" /><use href="#c1w-clip-1" /><a href="#elsewhere">x</a></svg>';
    const first = scopeSvgIds(svg, 'chart-1');
    const second = scopeSvgIds(svg, 'chart-2');
    expect(first).toBe(
      '<svg role="img" aria-labelledby="chart-2-title"><defs><pattern id="chart-1-c1w-hatch-1"></pattern><clipPath id="chart-1-c1w-clip-1"></clipPath></defs>' +
        '<rect fill="url(#chart-1-c1w-hatch-1)" clip-path="url(#chart-1-c1w-clip-1)" /><use href="#chart-1-c1w-clip-1" /><a href="#elsewhere">x</a></svg>',
    );
    // The same drawing twice on a page: no id in common.
    const defined = (text: string) => [...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(defined(first).filter((id) => defined(second).includes(id))).toEqual([]);
    expect(scopeSvgIds('<svg><rect /></svg>', 'chart-1')).toBe('<svg><rect /></svg>');
  });
});
