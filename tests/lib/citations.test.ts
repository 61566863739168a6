/**
 * The note numbers of a page's citations (src/lib/citations.ts): each `<Cite>` prints the number its source has in
 * the sources list at the end of the page, so both must come from one numbering.
 */
import { describe, expect, it } from 'vitest';
import { citationNumbers, citedIds, splitIds } from '../../src/lib/citations.ts';

describe("a page's citation numbers", () => {
  it('number each source by its first citation, and a source cited again keeps its first number', () => {
    const body = [
      'Interpol issued more notices.<Cite id="pace" />',
      'The commission deleted some.<Cite id="ccf" />',
      'The assembly said so again.<Cite id="pace" />',
      'Both, and a third.<Cite id="ccf, monitor" />',
    ].join('\n');
    expect([...citationNumbers(body)]).toEqual([
      ['pace', 1],
      ['ccf', 2],
      ['monitor', 3],
    ]);
  });

  it('are read from every citation in the order written, each with its line', () => {
    expect(citedIds('A.<Cite id="a" />\n\nB.<Cite id={["b", "a"]} />', 4)).toEqual([
      { id: 'a', line: 5 },
      { id: 'b', line: 7 },
      { id: 'a', line: 7 },
    ]);
  });
});

describe("a <Cite>'s id", () => {
  it('names one source, several separated by commas or spaces, or a list; anything else names none', () => {
    expect(splitIds('a')).toEqual(['a']);
    expect(splitIds(' a,b  c , ')).toEqual(['a', 'b', 'c']);
    expect(splitIds(['a', 'b'])).toEqual(['a', 'b']);
    expect(splitIds(undefined)).toEqual([]);
    expect(splitIds(3)).toEqual([]);
  });
});
