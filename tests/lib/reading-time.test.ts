import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts the words of the prose, not the component tags, their attributes or link targets', () => {
    const body =
      'Russia had <Fact dataset="headline-figures" row="x" column="value" /> notices <Cite id="a, b" />.\n\n' +
      '<Chart dataset="d" type="bar" title="A long chart title here" />\n\nSee [the report](https://example.org/a/b).';
    expect(countWords(body)).toBe(6);
  });

  it('leaves out import and export lines, each code block, MDX comments and expressions, and counts figures as words', () => {
    expect(countWords('export const meta = { a: 1 };\nimport X from "./x.ts";\nTwo words.')).toBe(2);
    // Two blocks: the prose between them is read.
    expect(countWords('```\nconst a = 1;\n```\n\nRead these four words.\n\n```\nconst b = 2;\n```')).toBe(4);
    // new:story writes its examples in an MDX comment: not read.
    expect(countWords('One {/* an example left for the editor */} two.')).toBe(2);
    expect(countWords('In 2024 Interpol issued 15,548 notices.')).toBe(6);
    expect(countWords('|Year|Notices|\n|---|---|\n|2024|15548|')).toBe(4);
  });

  it('is the word count at 230 words a minute, rounded, and at least one minute', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(230 * 4))).toBe(4);
    expect(readingMinutes('word '.repeat(230 * 4 + 150))).toBe(5);
    expect(readingMinutes('word '.repeat(230 * 4 + 100))).toBe(4);
  });
});
