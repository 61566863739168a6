/** What leaves the building in the demo site: feed, sitemap, social cards, structured data, headers. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { demoDist, page, readBuilt } from '../helpers/site.ts';
import { headersFile } from '../../src/build/security-headers.ts';

const origin = 'https://casefile.example.org';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url'].includes(name) });

/** The story and case pages of the demo build, as root-relative paths. */
function articlePages(): string[] {
  return ['stories', 'cases'].flatMap((kind) =>
    readdirSync(join(demoDist, kind), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${kind}/${d.name}/`),
  );
}

describe('the demo site as it is published', () => {
  it('has stories and case files to publish', () => {
    expect(articlePages().filter((p) => p.startsWith('/stories/')).length).toBeGreaterThanOrEqual(4);
    expect(articlePages().filter((p) => p.startsWith('/cases/')).length).toBeGreaterThanOrEqual(4);
  });

  it('lists every story and case file in the RSS feed, and nothing else but corrections', () => {
    const text = readBuilt('/rss.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const links: string[] = parser.parse(text).rss.channel.item.map((i: { link: string }) => i.link);
    expect(links.filter((l) => !l.includes('#')).sort()).toEqual(
      articlePages()
        .map((p) => `${origin}${p}`)
        .sort(),
    );
  });

  it('lists every story and case file in the sitemap', () => {
    const text = readBuilt('/sitemap-0.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const urls: string[] = parser.parse(text).urlset.url.map((u: { loc: string }) => u.loc);
    for (const path of articlePages()) expect(urls).toContain(`${origin}${path}`);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });

  it.each(articlePages())(
    '%s has a social card, named in its Open Graph tags, and a NewsArticle JSON-LD',
    async (path) => {
      const doc = page(path);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image).toBe(`${origin}/og${path.slice(0, -1)}.png`);
      const png = readFileSync(join(demoDist, new URL(image).pathname));
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(doc.querySelector('h1')?.textContent?.trim());
      expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(Array.isArray(ld.author)).toBe(true);
    },
  );

  it('ships the security headers file', () => {
    expect(readBuilt('/_headers')).toBe(headersFile());
    expect(existsSync(join(demoDist, 'og/stories'))).toBe(true);
    // Only a preview's folder tells git to ignore itself (src/build/preview-ignore.ts).
    expect(existsSync(join(demoDist, '.gitignore'))).toBe(false);
  });

  it('points crawlers at the sitemap index from robots.txt at its root, by the full address of a file it publishes', () => {
    expect(
      readBuilt('/robots.txt')
        .split('\n')
        .filter((line) => line && !line.startsWith('#')),
    ).toEqual(['User-agent: *', 'Allow: /', `Sitemap: ${origin}/sitemap-index.xml`]);
    expect(existsSync(join(demoDist, 'sitemap-index.xml'))).toBe(true);
  });

  it('ships an empty .nojekyll, so that GitHub Pages publishing a branch keeps the _astro/ folder and its stylesheets', () => {
    expect(readFileSync(join(demoDist, '.nojekyll'), 'utf8')).toBe('');
  });
});
