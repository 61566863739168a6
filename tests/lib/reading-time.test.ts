import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts the words of the prose, not the component tags, their attributes or link targets', () => {
    const body =
      'Russia had <Fact dataset="headline-figures" row="x" column="value" /> notices <Cite id="a, b" />.\n\n' +
      '<Chart dataset="d" type="bar" title="A long chart title here" />\n\nSee [the report](https://example.org/a/b).';
    expect(countWords(body)).toBe(6);
  });

  it('is the word count at 230 words a minute, rounded, and at least one minute', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(230 * 4))).toBe(4);
    expect(readingMinutes('word '.repeat(230 * 4 + 150))).toBe(5);
  });
});
