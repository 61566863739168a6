/**
 * The page the footer's "RSS feed" leads to, /feeds/ and /fr/feeds/: a browser shows the feed itself as raw XML (the
 * site's Content-Security-Policy blocks even Chromium's XML viewer's styling), so the footer links a page that says
 * what a feed is and writes the feed's full address out, to be copied into a feed reader.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDist, page, readBuilt } from '../helpers/site.ts';

const origin = 'https://casefile.example.org';
const editions = [
  {
    path: '/feeds/',
    title: 'RSS feed',
    feed: `${origin}/rss.xml`,
    other: { lang: 'fr', text: `In French: ${origin}/fr/rss.xml`, href: `${origin}/fr/rss.xml` },
  },
  {
    path: '/fr/feeds/',
    title: 'Flux RSS',
    feed: `${origin}/fr/rss.xml`,
    other: { lang: 'en', text: `En anglais\u00a0: ${origin}/rss.xml`, href: `${origin}/rss.xml` },
  },
] as const;

/** Every built HTML page, as URL paths ("/stories/x/", "/404.html"). */
function builtPages(dir = demoDist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : builtPages(file);
    if (!entry.name.endsWith('.html')) return [];
    return [`/${relative(demoDist, file)}`.replace(/index\.html$/, '')];
  });
}

// Runs of spaces and line breaks as one space; a no-break space (French, before ":") is kept.
const text = (element: Element | null | undefined) => element?.textContent?.replace(/[ \t\n]+/g, ' ').trim();

describe('the feeds page', () => {
  it.each(editions)('$path says what a feed is and writes its full address out, linked', ({ path, title, feed }) => {
    const doc = page(path);
    expect(doc.documentElement.getAttribute('lang')).toBe(path.startsWith('/fr/') ? 'fr' : 'en');
    expect(text(doc.querySelector('h1'))).toBe(title);
    expect(text(doc.querySelector('main .dek'))?.length).toBeGreaterThan(100);
    const link = doc.querySelector('main .feed-address a');
    expect(link?.getAttribute('href')).toBe(feed);
    expect(text(link)).toBe(feed);
    expect(link?.getAttribute('dir')).toBe('ltr');
  });

  it.each(editions)("$path lists each other language's feed, named in the page's language", ({ path, other }) => {
    const items = [...page(path).querySelectorAll('main .feed-list li')];
    expect(items.map((li) => text(li))).toEqual([other.text]);
    const link = items[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(other.href);
    expect(link?.getAttribute('hreflang')).toBe(other.lang);
  });

  it.each(editions)('$path is in the sitemap and, like the sources page, not in the search index', ({ path }) => {
    expect(readBuilt('/sitemap-0.xml')).toContain(`<loc>${origin}${path}</loc>`);
    expect(page(path).querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
  });

  it("is where every page's footer link leads, while the head still names the feed for feed readers", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) {
      const french = path.startsWith('/fr/');
      const doc = page(path);
      const link = [...doc.querySelectorAll('.site-footer a')].find(
        (a) => text(a) === (french ? 'Flux RSS' : 'RSS feed'),
      );
      expect(link?.getAttribute('href'), path).toBe(french ? '/fr/feeds/' : '/feeds/');
      expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe(
        french ? '/fr/rss.xml' : '/rss.xml',
      );
    }
  });
});
