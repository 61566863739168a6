/**
 * A site built for an address below a path (a GitHub project page, https://user.github.io/casefile/) is served from
 * that folder of its host: every address its pages, stylesheets, feeds and sitemaps hold is inside it, from the
 * links in the layout and in editors' MDX to Astro's stylesheets, fonts and photos; and `npm run serve` serves it
 * there. (The search page finding pages there is tested in a browser: tests/browser/site-below-path.test.ts.)
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { parseHTML } from 'linkedom';
import { siteFiles } from '../../src/build/checks/site-files.ts';
import { srcsetUrls } from '../../src/build/srcset.ts';
import { buildFixture } from '../pages/fixture-site.ts';
import { servedBelow, serveSite, type SiteServer } from '../../scripts/serve.ts';

const siteUrl = 'https://user.github.io/casefile/';
const base = '/casefile/';

describe('a site built for an address below a path', () => {
  let site: ReturnType<typeof buildFixture> | undefined;
  let dist = '';
  beforeAll(async () => {
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    site = buildFixture({
      // Given without its trailing slash, as a repository's Pages settings show it.
      env: { CASEFILE_SITE_URL: siteUrl.slice(0, -1) },
      edit: (root) => {
        writeFileSync(join(root, 'content/stories/photo.jpg'), photo);
        // An editor's links, in Markdown and in HTML, written from the root as on any site.
        appendFileSync(
          join(root, 'content/stories/watchdog.mdx'),
          '\n![A photo](./photo.jpg)\n\nSee [the cases](/cases/) and <a href="/stories/">every story</a>.\n\n' +
            '<picture><source srcset="/favicon.svg 1x, /favicon.svg 2x" type="image/svg+xml" /><img src="/favicon.svg" alt="The Casefile mark" width="32" height="32" /></picture>\n',
        );
      },
    });
    dist = site.result.dist;
  });
  afterAll(() => site?.remove());

  it('builds, its link check finding every link inside the folder, and says the address it built for', () => {
    expect(site!.result.status, site!.result.output).toBe(0);
    // The check ran on these pages, in this build or in an earlier one of the same output (src/build/output-memo.ts).
    expect(site!.result.output).toMatch(
      /links: (\d+ pages and feeds, 0 broken links|passed on this same output before)/,
    );
    // The log says which address the site was built for: it works only there.
    expect(site!.result.output).toMatch(/\[casefile\] built .* for https:\/\/user\.github\.io\/casefile\/ in [\d.]+ s/);
  });

  it('writes every address of every page below the folder: layout, MDX links, stylesheets, scripts and photos', () => {
    const outside: string[] = [];
    let count = 0;
    let candidates = 0;
    const check = (file: string, name: string, value: string) => {
      // From the root of the host, or a full address on the site's host: inside the folder, or it leaves the site.
      const onHost =
        value.startsWith('/') && !value.startsWith('//')
          ? value
          : value.startsWith('https://user.github.io/')
            ? value.slice('https://user.github.io'.length)
            : undefined;
      if (onHost === undefined) return;
      count += 1;
      if (!onHost.startsWith(base)) outside.push(`${file}: ${name}="${value}"`);
    };
    for (const file of siteFiles(dist, ['.html'])) {
      const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
      for (const element of document.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) {
          const value = element.getAttribute(name)!;
          if (['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'content'].includes(name))
            check(file, name, value);
          if (name === 'ping') for (const url of value.split(/\s+/)) check(file, name, url);
          if (name === 'srcset' || name === 'imagesrcset') {
            for (const url of srcsetUrls(value)) {
              candidates += 1;
              check(file, name, url);
            }
          }
        }
      }
    }
    // The editor's picture offers its image at two densities.
    expect(candidates).toBeGreaterThan(1);
    expect(count).toBeGreaterThan(500);
    expect(outside).toEqual([]);
    const story = readFileSync(join(dist, 'stories/watchdog/index.html'), 'utf8');
    expect(story).toContain(`href="${base}cases/"`);
    expect(story).toContain(`href="${base}stories/"`);
    expect(story).toMatch(new RegExp(`<img [^>]*src="${base}_astro/photo\\.[^"]+\\.webp"`));
    expect(story).toMatch(new RegExp(`<link rel="stylesheet" href="${base}_astro/[^"]+\\.css"`));
    const search = readFileSync(join(dist, 'search/index.html'), 'utf8');
    expect(search).toContain(`<script type="module" src="${base}search/search.js"></script>`);
  });

  it('publishes the images from public/ below the folder, loaded lazily, keeping the size the editor wrote', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'stories/watchdog/index.html'), 'utf8'));
    const images = [...document.querySelectorAll(`img[src="${base}favicon.svg"]`)];
    // The Markdown image, then the editor's <img> in its picture. The mark declares no size (a viewBox alone).
    expect(
      images.map((img) => ['alt', 'width', 'height', 'loading', 'decoding'].map((name) => img.getAttribute(name))),
    ).toEqual([
      ['The site’s mark, as an image from public/', null, null, 'lazy', 'async'],
      ['The Casefile mark', '32', '32', 'lazy', 'async'],
    ]);
  });

  it("points the stylesheets' fonts below the folder", () => {
    const urls = siteFiles(dist, ['.css']).flatMap((file) =>
      [...readFileSync(join(dist, file), 'utf8').matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url?.startsWith(`${base}_astro/`))).toEqual([]);
  });

  it('gives its full address in canonical links, social cards, structured data, feeds and sitemaps', () => {
    const { document } = parseHTML(readFileSync(join(dist, 'stories/watchdog/index.html'), 'utf8'));
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteUrl}stories/watchdog/`);
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${siteUrl}og/stories/watchdog.png`,
    );
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.image).toEqual([`${siteUrl}og/stories/watchdog.png`]);
    // The story has no translation; the story list has one.
    const list = parseHTML(readFileSync(join(dist, 'stories/index.html'), 'utf8')).document;
    const alternates = [...list.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
      link.getAttribute('href'),
    );
    expect(alternates).toContain(`${siteUrl}fr/stories/`);

    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const sitemapIndex = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(feed).toContain(`<link>${siteUrl}stories/watchdog/</link>`);
    expect(feed).toMatch(new RegExp(`<atom:link href="${siteUrl}rss\\.xml" rel="self"`));
    expect(sitemapIndex).toContain(`<loc>${siteUrl}sitemap-0.xml</loc>`);
    expect(sitemap).toContain(`<loc>${siteUrl}stories/watchdog/</loc>`);
    // The page the footer's "RSS feed" leads to writes the feeds' addresses out, below the folder, for a feed reader.
    const feeds = parseHTML(readFileSync(join(dist, 'feeds/index.html'), 'utf8')).document;
    expect(feeds.querySelector('.feed-address a')?.textContent).toBe(`${siteUrl}rss.xml`);
    expect(feeds.querySelector('.feed-list a[hreflang="fr"]')?.getAttribute('href')).toBe(`${siteUrl}fr/rss.xml`);
    expect(sitemap).toContain(`<loc>${siteUrl}feeds/</loc>`);
    const addresses = [
      ...alternates,
      ...[...feed.matchAll(/<link>([^<]*)<\/link>|href="(http[^"]*)"/g)].map((m) => m[1] ?? m[2]),
      ...[...(sitemapIndex + sitemap).matchAll(/<loc>([^<]*)<\/loc>|href="([^"]*)"/g)].map((m) => m[1] ?? m[2]),
    ];
    // robots.txt, at the folder's root (a deployer copies its Sitemap line to the host's root: README, "Below a path").
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`\nSitemap: ${siteUrl}sitemap-index.xml\n`);
    expect(site!.result.output).toContain(
      "robots.txt: written, naming the sitemap index; crawlers read robots.txt only at the host's root, https://user.github.io/robots.txt",
    );
    expect(addresses.length).toBeGreaterThan(20);
    expect(addresses.filter((address) => !address?.startsWith(siteUrl))).toEqual([]);
  });

  describe('served by `npm run serve`', () => {
    let server: SiteServer;
    beforeAll(async () => {
      server = await serveSite(dist, { base: servedBelow(dist) });
    });
    afterAll(() => server?.close());

    it('is served below the folder its home page names, and nowhere else on the host', async () => {
      expect(servedBelow(dist)).toBe(base);
      expect((await fetch(`${server.origin}${base}stories/watchdog/`)).status).toBe(200);
      expect((await fetch(`${server.origin}/stories/watchdog/`)).status).toBe(404);
      const bare = await fetch(`${server.origin}${base.slice(0, -1)}`, { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, base]);
      // A missing page gets the site's own 404 page, whose links stay inside the folder too.
      const missing = await fetch(`${server.origin}${base}stories/gone/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(new RegExp(`<link rel="stylesheet" href="${base}_astro/`));
    });
  });
});
