/**
 * A closing tag that closes nothing (`</Chart>` after `<Chart … />`, or left when its opening tag was deleted) stops
 * MDX with "Unexpected closing tag", at the built file's line and without a fix: the preflight says it first, with the
 * page's line and what to do (src/lib/mdx/stray-closing-tags.ts).
 */
import { describe, expect, it } from 'vitest';
import { strayClosingTags } from '../../src/lib/mdx/stray-closing-tags.ts';
import { mdxSyntaxProblem } from '../../src/lib/validate/mdx-syntax.ts';
import { goodFrontmatter, preflight, story } from '../helpers/preflight.ts';

const chart = '<Chart dataset="issued" type="bar" x="year" y="issued" title="Issued" />';

describe('a closing tag that closes nothing', () => {
  it('stops the build with its line and the fix: after a component that closes itself, alone, or after a block closed already', () => {
    const body = [
      'Text.', // 8
      '',
      chart, // 10
      '</Chart>', // 11
      '',
      'In 2024, <Fact dataset="issued" row={2024} column="issued" /></Fact> notices.', // 13
      '',
      'A claim.</Cite> More text.', // 15
      '',
      '<div>', // 17
      '',
      'Boxed.',
      '',
      '</div>',
      '',
      '</div>', // 23
      '',
      'A line</br>', // 25
      'and the next.',
    ].join('\n');
    expect(preflight({ 'content/stories/the-files.mdx': story(goodFrontmatter, body) }).errors).toEqual([
      'content/stories/the-files.mdx: line 11: </Chart>: closes no <Chart> (none is open above it), and MDX stops the build on it: <Chart … /> on line 10 closes itself already ("/>"): remove </Chart>',
      'content/stories/the-files.mdx: line 13: </Fact>: closes no <Fact> (none is open above it), and MDX stops the build on it: <Fact … /> on line 13 closes itself already ("/>"): remove </Fact>',
      'content/stories/the-files.mdx: line 15: </Cite>: closes no <Cite> (none is open above it), and MDX stops the build on it: remove it: a <Cite> holds nothing, and closes itself (<Cite … />)',
      'content/stories/the-files.mdx: line 23: </div>: closes no <div> (none is open above it), and MDX stops the build on it: remove it, or open <div> where what it closes begins',
      'content/stories/the-files.mdx: line 25: </br>: closes no <br> (none is open above it), and MDX stops the build on it: for a line break, write <br /> (or end the line with a backslash \\)',
    ]);
  });

  it('is what MDX itself stops on, each time', () => {
    for (const body of [`${chart}\n</Chart>`, 'A claim.</Cite> More.', '<div>\n\nBoxed.\n\n</div>\n\n</div>']) {
      expect(strayClosingTags(body)).toHaveLength(1);
      expect(mdxSyntaxProblem(body, 0)?.reason, body).toMatch(
        /^Unexpected closing tag `<\/\w+>`, expected an open tag first/,
      );
    }
  });

  it('leaves alone a closing tag that closes its element, and one written in code, a comment or an expression, or escaped', () => {
    const body = [
      '<Response from="Interpol" date="2026-01-20">',
      '',
      'We do not comment.',
      '',
      '</Response>',
      '',
      'Closed: <Cite id="rnm-numbers"></Cite> and <b>bold <i>both</i></b>.',
      '',
      'Write `</Chart>` only after `<Chart … >`; and {"</Fact>"} prints a tag, as does \\</Cite>.',
      '',
      '{/* </Chart> */}',
      '',
      '```mdx',
      '</Fact>',
      '```',
    ].join('\n');
    expect(strayClosingTags(body)).toEqual([]);
    expect(mdxSyntaxProblem(body, 0)).toBeUndefined();
  });

  it('leaves a closing tag that closes past another tag to MDX, which names both', () => {
    expect(strayClosingTags('Some <b>bold <i>text</b></i>.')).toEqual([]);
  });
});
