import { describe, expect, it } from 'vitest';
import { lineAt, scanPage, srcsetUrls } from '../../src/build/checks/page-scan.ts';

describe('scanning a page', () => {
  it('lists elements in document order with lower-case names, decoded attributes and script and style text', () => {
    const elements = scanPage(
      '<HTML><head><STYLE>p{color:red}</STYLE><script type="application/ld+json">{"a":"<b>"}</script></head>' +
        '<body><A HREF="/x/?a=1&amp;b=2" id="one" id="two" OnClick="go()">x</A><p>text</p></body></HTML>',
    );
    expect(elements.map(({ name, attributes, text }) => [name, attributes, text])).toEqual([
      ['html', {}, ''],
      ['head', {}, ''],
      ['style', {}, 'p{color:red}'],
      ['script', { type: 'application/ld+json' }, '{"a":"<b>"}'],
      ['body', {}, ''],
      ['a', { href: '/x/?a=1&b=2', id: 'one', onclick: 'go()' }, 'x'],
      ['p', {}, ''],
    ]);
  });

  it("keeps a link's text, its descendants' included, and where each tag starts, for reports", () => {
    const html = '<p>Read</p>\n<a href="">the <b>full</b> report</a>';
    const elements = scanPage(html);
    expect(elements.map(({ name, text, start }) => [name, text, start])).toEqual([
      ['p', '', 0],
      ['a', 'the full report', 12],
      ['b', '', 27],
    ]);
    expect(lineAt(html, 12)).toBe(2);
    expect(lineAt(html, 0)).toBe(1);
  });

  it('reads the URL of each srcset candidate', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x,/c.png')).toEqual(['/a.png', '/b.png', '/c.png']);
  });
});
