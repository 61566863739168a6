/**
 * The component uses the preflight reads from an MDX body (src/lib/mdx-usage.ts): which component, on which line
 * of the file, with which literal attributes.
 */
import { describe, expect, it } from 'vitest';
import { findComponentUses } from '../../src/lib/mdx-usage.ts';

const body = [
  'Intro with <Cite id="a" /> on the first line.',
  '',
  '```mdx',
  '<Chart dataset="in-a-code-block" />',
  '```',
  'Two on one line: <Fact dataset="d" column="n" row={2019} /> and <Cite id="b, c" />.',
  '<Chart',
  '  dataset="issued"',
  '  title="Notices"',
  '/>',
  'Inline `<Cite id="code" />` is prose.',
  '<Response from="Interpol">Text</Response>',
].join('\n');

describe('the component uses in an MDX body', () => {
  it('gives each use its line in the file, several on one line, none in code', () => {
    const uses = findComponentUses(body, 4);
    expect(uses.map(({ component, line }) => [component, line])).toEqual([
      ['Cite', 5],
      ['Fact', 10],
      ['Cite', 10],
      ['Chart', 11],
      ['Response', 16],
    ]);
    expect(uses[1]?.props).toEqual({ dataset: 'd', column: 'n', row: 2019 });
    expect(uses[3]?.props).toEqual({ dataset: 'issued', title: 'Notices' });
  });

  it('answers the same body asked with another line offset with that offset, and the same offset with the same list', () => {
    const first = findComponentUses(body, 0);
    expect(first.map((use) => use.line)).toEqual([1, 6, 6, 7, 12]);
    expect(findComponentUses(body, 10).map((use) => use.line)).toEqual([11, 16, 16, 17, 22]);
    expect(findComponentUses(body, 0)).toBe(first);
    // A body built anew with the same text is the same body.
    expect(findComponentUses([...body].join(''), 0)).toBe(first);
  });
});
