/**
 * A Markdown image with empty brackets (`![](./photo.jpg)`) is published as decorative, which a screen reader passes
 * over: allowed, since only the editor can tell a decorative image from one left undescribed, but said in a note with
 * its line and how to do either (src/lib/validate/decorative-images.ts). The comment {/* decorative *\/} after it says
 * it is meant.
 */
import { describe, expect, it } from 'vitest';
import { imagesWithEmptyAlt } from '../../src/lib/mdx/images.ts';
import { mdxSyntaxProblem } from '../../src/lib/validate/mdx-syntax.ts';
import { goodFrontmatter, preflight, story } from '../helpers/preflight.ts';

describe('an image with empty brackets', () => {
  it('builds, with a note naming the file, the line and how to describe it or mark it decorative on purpose', () => {
    const body = [
      'Text.', // 8
      '',
      '![](/favicon.svg)', // 10
      '',
      'Inline ![ ](/favicon.svg "A title") too.', // 12
      '',
      '![](/favicon.svg) {/* decorative */}',
      '',
      '![](/favicon.svg){/*decorative*/} and ![The site’s icon, a magnifying glass](/favicon.svg).',
      '',
      '<img src="/favicon.svg" alt="" />',
      '',
      '`![](/favicon.svg)` in code is text.',
    ].join('\n');
    const { errors, notes } = preflight({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) });
    expect(errors).toEqual([]);
    const said = (line: number) =>
      `content/stories/the-files.mdx: line ${line}: image: /favicon.svg has empty brackets, so it is published as decorative, and a screen reader passes over it: if it shows what a reader should know, describe it in the brackets, ![What it shows](/favicon.svg); if it is decorative on purpose, write {/* decorative */} after it on its line`;
    expect(notes.filter((note) => note.includes(': image: '))).toEqual([said(10), said(12)]);
  });

  it('marked decorative, is MDX that parses, and is no longer said', () => {
    const marked = 'A rule.\n\n![](./rule.png) {/* decorative */}\n';
    expect(mdxSyntaxProblem(marked, 0)).toBeUndefined();
    expect(imagesWithEmptyAlt(marked)).toEqual([]);
    expect(imagesWithEmptyAlt(marked.replace(' {/* decorative */}', ''))).toEqual([{ line: 3, src: './rule.png' }]);
  });
});
