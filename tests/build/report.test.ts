import { describe, expect, it } from 'vitest';
import { mdxSyntaxLine } from '../../src/build/report.ts';

describe('the report of a failed build', () => {
  it('turns an MDX syntax error into one line naming the file, line, column and reason, paths with spaces included', () => {
    const message = (path: string) =>
      `Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] ${path}:7:11\nMDXError: 7:11: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)\n    at handler (file:///x.js:1:1)`;
    const reason = 'Unexpected end of file in expression, expected a corresponding closing brace for `{`';
    expect(mdxSyntaxLine(message('/work/site/content/stories/x.mdx'), '/work/site')).toBe(`content/stories/x.mdx: line 7, column 11: MDX syntax: ${reason}`);
    expect(mdxSyntaxLine(message('/home/me/My Site/content/stories/x.mdx'), '/home/me/My Site')).toBe(`content/stories/x.mdx: line 7, column 11: MDX syntax: ${reason}`);
    expect(mdxSyntaxLine('TypeError: x is not a function')).toBeUndefined();
  });
});
