/**
 * A page of a site served below a path has its addresses from the root of the host moved below it
 * (src/build/base-path.ts), where HTML holds an address, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { rebaseHtml, rebaseUrl } from '../../src/build/base-path.ts';

const base = '/casefile/';

describe('moving a page below the folder its site is served from', () => {
  it('moves an address from the root of the host, and leaves every other kind as it is', () => {
    expect(rebaseUrl('/stories/x/', base)).toBe('/casefile/stories/x/');
    expect(rebaseUrl('/', base)).toBe('/casefile/');
    expect(rebaseUrl('/data/x.csv', base)).toBe('/casefile/data/x.csv');
    // Astro's files already carry the folder (build.assetsPrefix).
    expect(rebaseUrl('/casefile/_astro/a.css', base)).toBe('/casefile/_astro/a.css');
    for (const url of [
      '#sources',
      'stories/x/',
      '../',
      '//cdn.example.org/a.js',
      'https://example.org/',
      'mailto:desk@example.org',
      '',
    ]) {
      expect(rebaseUrl(url, base), url).toBe(url);
    }
    expect(rebaseUrl('/stories/x/', '/')).toBe('/stories/x/');
  });

  it('rewrites the address attributes of start tags, whatever their quotes, and the candidates of a srcset', () => {
    const html =
      '<link rel="icon" href="/favicon.svg"><a href="/stories/x/" title="a > b href=/no/">x</a><a href=\'/fr/\'>fr</a>' +
      '<a href=/data/ class=x>d</a><form action="/search/"><button formaction="/search/">Go</button></form>' +
      '<img src="/a.webp" srcset="/a.webp 400w, /b.webp 800w" alt=""><blockquote cite="/sources/"></blockquote>' +
      '<script type="module" src="/search/search.js"></script>';
    expect(rebaseHtml(html, base)).toBe(
      '<link rel="icon" href="/casefile/favicon.svg"><a href="/casefile/stories/x/" title="a > b href=/no/">x</a><a href=\'/casefile/fr/\'>fr</a>' +
        '<a href=/casefile/data/ class=x>d</a><form action="/casefile/search/"><button formaction="/casefile/search/">Go</button></form>' +
        '<img src="/casefile/a.webp" srcset="/casefile/a.webp 400w, /casefile/b.webp 800w" alt=""><blockquote cite="/casefile/sources/"></blockquote>' +
        '<script type="module" src="/casefile/search/search.js"></script>',
    );
  });

  it('leaves text, comments, other attributes and the contents of scripts and styles alone', () => {
    const html =
      '<p data-href="/keep/" class="/keep/">Write <code>href="/code/"</code> in a link.</p><!-- <a href="/comment/"> -->' +
      '<script type="application/ld+json">{"url":"/x/","a":"<a href=\\"/y/\\">"}</script><style>a{background:url(/x.png)}</style>' +
      '<svg><use href="#icon"></use></svg>';
    expect(rebaseHtml(html, base)).toBe(html);
  });

  it("rewrites SVG's xlink:href, a link's ping list and a refresh's address; a srcset's data: URLs keep their commas", () => {
    const html =
      '<svg><use xlink:href="/icons.svg#search"></use><image xlink:href="/map.png"></image></svg>' +
      '<a href="/x/" ping="/count /also https://t.example.org/p">x</a><meta http-equiv="refresh" content="0; url=/stories/x/">' +
      '<img srcset="data:image/png;base64,iVBO,Rw0K 1x, /b,c.webp 2x,/d.webp" src="/d.webp" alt="">' +
      '<img srcset="/e.webp 1x,/f.webp 2x" alt=""><meta name="description" content="0; url=/not-an-address/">';
    expect(rebaseHtml(html, base)).toBe(
      '<svg><use xlink:href="/casefile/icons.svg#search"></use><image xlink:href="/casefile/map.png"></image></svg>' +
        '<a href="/casefile/x/" ping="/casefile/count /casefile/also https://t.example.org/p">x</a><meta http-equiv="refresh" content="0; url=/casefile/stories/x/">' +
        '<img srcset="data:image/png;base64,iVBO,Rw0K 1x, /casefile/b,c.webp 2x,/casefile/d.webp" src="/casefile/d.webp" alt="">' +
        '<img srcset="/casefile/e.webp 1x,/casefile/f.webp 2x" alt=""><meta name="description" content="0; url=/not-an-address/">',
    );
  });

  it('reads a comment or a script left open to the end of the page, as HTML does, and a tag cut short as ending before the next tag', () => {
    const openComment = '<a href="/a/">a</a><!-- <a href="/in-comment/">';
    expect(rebaseHtml(openComment, base)).toBe('<a href="/casefile/a/">a</a><!-- <a href="/in-comment/">');
    const openScript = '<script src="/s.js">document.write(\'<a href="/in-script/">\')';
    expect(rebaseHtml(openScript, base)).toBe(
      '<script src="/casefile/s.js">document.write(\'<a href="/in-script/">\')',
    );
    expect(rebaseHtml('<p <a href="/x/">x</a>', base)).toBe('<p <a href="/casefile/x/">x</a>');
  });

  it('ends a comment where HTML does (`<!-->`, `<!--->`, `--!>`), and tells a custom element from a script', () => {
    for (const comment of ['<!-->', '<!--->', '<!-- x --!>', '<!-- <a href="/in/"> -->']) {
      expect(rebaseHtml(`${comment}<a href="/x/">x</a>`, base), comment).toBe(`${comment}<a href="/casefile/x/">x</a>`);
    }
    const custom =
      '<script-loader src="/a.js"></script-loader><style-guide></style-guide><a href="/stories/">s</a><img src="/og/a.png" alt="">';
    expect(rebaseHtml(custom, base)).toBe(
      '<script-loader src="/casefile/a.js"></script-loader><style-guide></style-guide><a href="/casefile/stories/">s</a><img src="/casefile/og/a.png" alt="">',
    );
  });

  it('returns the page unchanged for a site at the root of its host', () => {
    const html = '<a href="/stories/x/">x</a>';
    expect(rebaseHtml(html, '/')).toBe(html);
  });
});
