/**
 * The component uses the preflight reads from an MDX body (src/lib/mdx-usage.ts): which component, on which line
 * of the file, with which literal attributes.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { findComponentUses, unclosedTags } from '../../src/lib/mdx-usage.ts';

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

describe('the lowercase tags MDX would not close', () => {
  // Each sample with what the preflight says of it: the tags MDX's parser (satteri, as the build runs it) stops on.
  const samples: [string, string[]][] = [
    ['a<br>b', ['br void']],
    ['line <br> x', ['br void']],
    ['see data/<id>.json here', ['id word']],
    ['<br>', ['br void']],
    ['text\n\n<hr>\n\nmore', ['hr void']],
    ['<img src="https://example.org/x.png" alt="y">', ['img void']],
    ['<p>one\n\ntwo</p>', ['p element']],
    ['a <b>bold\n\nnext</b>', ['b element']],
    ['<span>x', ['span element']],
    ['a <wbr> b', ['wbr void']],
    ['<div>\n\ntext', ['div element block']],
    ['<b>bold</b> x', []],
    ['x <sup>1</sup> and <sub>2</sub>', []],
    ['a<br/>b, a <br /> b', []],
    ['<div>\n\ntext\n\n</div>', []],
    ['<details>\n<summary>S</summary>\n\nBody\n\n</details>', []],
    ['<em>a\nb</em>', []],
    ['See <abbr title="x">X</abbr>.', []],
    ['<b><b>nested</b></b> and <i>one <i>two</i></i>', []],
    ['Escaped: \\<id> and \\<br>.', []],
    ['In code: `<br>` and\n\n```html\n<p>open\n```', []],
    ['In a comment: {/* <br> data/<id>.json */}', []],
    ['A [link](<./x y.mdx>) and a title: [t](/x "a <b> c").', []],
    // Brackets in an expression or a quoted option are text.
    ['MDX prints brackets so: {"<br>"}, and data/{\'<id>\'}.json.', []],
    // Every expression is blanked, however many come before the tag.
    ['{"<br>"} and {\'<i>\'}, {"{"}, then a real one: <br> here.', ['br void']],
    ['<Chart dataset="d" title="Notices <per> year" />\n\n<Cite id="x" note="see <br> below" />', []],
    ['<span><span title="x>y" /></span>', []],
    // A block's tag beside other tags, an expression, a list's or a quotation's marker, or indented.
    ['<div class="a"><div class="b">\n\ntext\n\n</div></div>', []],
    ['<figure><img src="x.png" alt="y" />\n\nCaption\n\n</figure>', []],
    ['<div> {1}\n\ntext\n\n</div>', []],
    ['- <div>\n\n  text\n\n  </div>', []],
    ['<div>\n\n    <div>\n\n    inner\n\n    </div>\n\n</div>', []],
    ['> <div>\n>\n> quoted\n>\n> </div>', []],
    // An element that holds nothing, closed as JSX may close it.
    ['a <br></br> b', []],
    // A line holding text beside the tag is a paragraph: the element must close in it.
    ['<details><summary>S</summary>\n\nBody\n\n</details>', ['details element']],
  ];

  it.each(samples)('%j', async (sample, expected) => {
    const found = unclosedTags(sample).map(({ name, kind, block }) => `${name} ${kind}${block ? ' block' : ''}`);
    expect(found).toEqual(expected);
    // What MDX itself does with the sample: fails exactly when a tag is reported.
    const failure = await Promise.resolve()
      .then(() => mdxToJs(sample, {}))
      .then(
      () => undefined,
      (error: Error) => error.message,
    );
    if (expected.length > 0) expect(failure).toMatch(/Expected a closing tag for `<[a-z]+>`/);
    else expect(failure).toBeUndefined();
  });

  it('gives the line of the file, frontmatter counted', () => {
    expect(unclosedTags('One.\n\nTwo<br>three.', 4)).toEqual([{ line: 7, name: 'br', kind: 'void' }]);
  });
});
