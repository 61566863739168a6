/**
 * The component uses the preflight reads from an MDX body (src/lib/mdx-usage.ts): which component, on which line
 * of the file, with which literal attributes.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import * as usage from '../../src/lib/mdx-usage.ts';
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

  it('gives the line of each option written below the first line of its tag, and names the tag line for the others', () => {
    const uses = findComponentUses(body, 4);
    expect(uses[3]?.optionLines).toEqual({ dataset: 12, title: 13 });
    expect(usage.optionLine(uses[3]!, 'title')).toBe(13);
    expect(usage.optionLine(uses[3]!, 'y')).toBe(11);
    // A tag on one line has none.
    expect(uses[1]?.optionLines).toBeUndefined();
    expect(usage.optionLine(uses[1]!, 'row')).toBe(10);
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

describe('a page saved with Windows line endings (CRLF)', () => {
  const checks = [
    'findComponentUses',
    'responseProblems',
    'misnamedComponents',
    'imageReferences',
    'imagesWithoutAlt',
    'styleAttributes',
    'internalLinks',
    'proseExpressions',
    'strayAngleBrackets',
    'scriptsAndEmbeds',
    'footnoteReferences',
    'firstLevelHeadings',
    'skippedHeadingLevels',
    'relativeLinks',
    'unclosedTags',
  ] as const;
  /** Every check's report on `body`, its "\r"s and runs of spaces taken out of the texts it quotes. */
  const reports = (body: string) =>
    JSON.parse(
      JSON.stringify(checks.map((check) => (usage[check] as (body: string, offset: number) => unknown)(body, 3)))
        .replace(/\\r/g, '')
        .replace(/ +/g, ' '),
    );
  const crlf = (body: string) => body.replace(/\n/g, '\r\n');

  it('is read past its code blocks: a fence closed by "```\\r" closes its block', () => {
    const body = [
      'Intro.',
      '',
      '```js',
      'const a = 1;',
      '```',
      '',
      'Text <Cite id="x" /> and <Reponse>.',
      '',
      'A <br> there {sic}, <script>.',
      '',
    ].join('\n');
    const checked = crlf(body);
    expect(findComponentUses(checked, 3).map(({ component, line }) => [component, line])).toEqual([['Cite', 10]]);
    expect(usage.misnamedComponents(checked, 3)).toEqual([{ line: 10, written: 'Reponse', meant: 'Response' }]);
    expect(unclosedTags(checked, 3)).toEqual([{ line: 12, name: 'br', kind: 'void' }]);
    expect(usage.proseExpressions(checked, 3)).toEqual([{ line: 12, text: '{sic}' }]);
    expect(usage.scriptsAndEmbeds(checked, 3)).toEqual([{ line: 12, what: '<script>' }]);
  });

  it('gets from every check the report the same page saved with "\\n" gets (generated pages)', () => {
    const pieces = [
      '\n',
      '\n\n',
      ' ',
      'text ',
      '```',
      '```js\n',
      '~~~\n',
      '`',
      '`code`',
      '{x}',
      '{/* c */}',
      '{/*',
      '*/}',
      '<b>',
      '</b>',
      '<br>',
      '<Cite id="a" />',
      '<Cite id="a">',
      '</Cite>',
      '<Response>',
      '</Response>',
      '<img src="x.png">',
      '<div>',
      '</div>',
      '[l](/stories/x/)',
      '![a](./p.jpg)',
      '## H',
      '#### H',
      '[^1]',
      '<10%',
      '<script>',
      'export const a = 1\n',
      '<Reponse>',
      '[a\nb](/x)',
      '<Cite\n  id="a"\n/>',
    ];
    let seed = 36;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let page = 0; page < 400; page++) {
      let body = '';
      for (let piece = 1 + Math.floor(random() * 20); piece > 0; piece--)
        body += pieces[Math.floor(random() * pieces.length)];
      expect(reports(crlf(body)), JSON.stringify(body)).toEqual(reports(body));
    }
  });
});
