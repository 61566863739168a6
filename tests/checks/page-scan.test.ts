import { describe, expect, it } from 'vitest';
import { scanPage, srcsetUrls } from '../../src/build/checks/page-scan.ts';

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
      ['a', { href: '/x/?a=1&b=2', id: 'one', onclick: 'go()' }, ''],
      ['p', {}, ''],
    ]);
  });

  it('reads the URL of each srcset candidate', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x,/c.png')).toEqual(['/a.png', '/b.png', '/c.png']);
  });
});
