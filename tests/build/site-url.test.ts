/**
 * A site built with CASEFILE_SITE_URL points every absolute address it writes (canonical links, Open Graph, hreflang
 * alternates, the feed, the sitemap) at that address, and nowhere at the placeholder; and its build, having been
 * told the address, does not end with the placeholder note the demo build ends with (tests/build.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, type BuildResult } from '../helpers/build.ts';
import { page } from '../helpers/site.ts';
import { siteFiles } from '../../src/build/checks/site-files.ts';
import { placeholderUrl } from '../../src/site.config.ts';
import { editorialFixture, publicPages } from '../editorial/fixture.ts';

const siteUrl = 'https://news.example.net';

describe('a site built with CASEFILE_SITE_URL', () => {
  const fixture = editorialFixture();
  const dist = join(fixture.root, 'out');
  let build: BuildResult;
  beforeAll(() => {
    build = runBuild({ dist, contentRoot: fixture.root, env: { CASEFILE_SITE_URL: siteUrl } });
    expect(build.status, build.output).toBe(0);
  }, 240_000);

  const under = (addresses: (string | null | undefined)[]) =>
    addresses.filter((address) => !address?.startsWith(`${siteUrl}/`));

  it("points each page's canonical link, og:url, og:image and hreflang alternates at it", () => {
    for (const path of ['/', '/stories/', ...publicPages]) {
      const doc = page(path, dist);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toBe(`${siteUrl}${path}`);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), path).toBe(canonical);
      // Stories and case files have a social card; the lists have none.
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (publicPages.includes(path)) expect(under([image]), path).toEqual([]);
      // The lists exist in both languages; a story without a translation has no alternate.
      const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
        link.getAttribute('href'),
      );
      if (!publicPages.includes(path)) expect(alternates, path).toContain(`${siteUrl}/fr${path}`);
      expect(under(alternates), path).toEqual([]);
    }
  });

  it("points the feed's links and its atom:link self at it", () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<link>([^<]*)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(1);
    expect(under(links)).toEqual([]);
    expect(rss).toMatch(new RegExp(`<atom:link [^>]*href="${siteUrl}/rss\\.xml"`));
    expect(rss).toMatch(/<atom:link [^>]*rel="self"/);
  });

  it('lists its pages in the sitemap at it', () => {
    const locs = siteFiles(dist, ['.xml'])
      .filter((file) => file.startsWith('sitemap'))
      .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]));
    expect(locs).toContain(`${siteUrl}/stories/public-story/`);
    expect(under(locs)).toEqual([]);
  });

  it('names the placeholder address in no file, and the build does not end with the placeholder note', () => {
    const files = siteFiles(dist, ['']);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => readFileSync(join(dist, file)).includes(new URL(placeholderUrl).host))).toEqual([]);
    expect(build.output).not.toContain("the site's address is the placeholder");
  });
});
