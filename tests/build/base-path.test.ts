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
    for (const url of ['#sources', 'stories/x/', '../', '//cdn.example.org/a.js', 'https://example.org/', 'mailto:desk@example.org', '']) {
      expect(rebaseUrl(url, base), url).toBe(url);
    }
    expect(rebaseUrl('/stories/x/', '/')).toBe('/stories/x/');
  });

  it("rewrites the address attributes of start tags, whatever their quotes, and the candidates of a srcset", () => {
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

  it('returns the page unchanged for a site at the root of its host', () => {
    const html = '<a href="/stories/x/">x</a>';
    expect(rebaseHtml(html, '/')).toBe(html);
  });
});
