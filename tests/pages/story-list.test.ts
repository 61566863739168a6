/**
 * The story list of a large archive is split into pages (site.storiesPerPage, 48): a fixture with the demo's four
 * stories and 46 more builds /stories/ with 48 and /stories/page/2/ with the last 2, in both languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture, runBuild } from '../helpers/build.ts';
import { page } from '../helpers/site.ts';

describe('the story list of a large archive', () => {
  const fixture = makeFixture();

  beforeAll(() => {
    for (let i = 1; i <= 46; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      fixture.write(
        `content/stories/archive-${String(i).padStart(2, '0')}.mdx`,
        `---\ntitle: 'Archive story ${i}'\nsummary: 'An older story of the archive.'\ndate: 2019-03-${day}\nauthors: ['Casefile demo desk']\ncountries: [RU]\ntags: [archive]\n---\n\nAn older story of the archive.\n`,
      );
    }
    const result = runBuild({ dist: fixture.dist, contentRoot: fixture.root });
    expect(result.status, result.output).toBe(0);
  }, 240_000);

  const cards = (doc: Document) => doc.querySelectorAll('main .card-list > li').length;

  it('shows the 48 newest stories on /stories/, with a link to the older ones and no link to newer ones', () => {
    const first = page('/stories/', fixture.dist);
    expect(cards(first)).toBe(48);
    const pager = first.querySelector('nav.pager');
    expect(pager?.getAttribute('aria-label')).toBe('Pages of the list');
    expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/stories/page/2/');
    expect(pager?.querySelector('a[rel="prev"]')).toBeNull();
    expect(pager?.textContent).toContain('Page 1 of 2');
  });

  it('shows the rest on /stories/page/2/, titled with its number, linking back to the newer stories', () => {
    const second = page('/stories/page/2/', fixture.dist);
    expect(cards(second)).toBe(2);
    expect(second.querySelector('h1')?.textContent).toBe('Stories, page 2');
    expect(second.title).toMatch(/^Stories, page 2/);
    expect(second.querySelector('nav.pager a[rel="prev"]')?.getAttribute('href')).toBe('/stories/');
    expect(second.querySelector('nav.pager a[rel="next"]')).toBeNull();
    expect(existsSync(join(fixture.dist, 'stories/page/3/index.html'))).toBe(false);
  });

  it('splits the French list the same way, in French', () => {
    const second = page('/fr/stories/page/2/', fixture.dist);
    expect(cards(second)).toBe(2);
    expect(second.querySelector('h1')?.textContent).toBe('Enquêtes, page 2');
    expect(second.querySelector('nav.pager')?.textContent).toContain('Page 2 sur 2');
    expect(page('/fr/stories/', fixture.dist).querySelector('nav.pager a[rel="next"]')?.getAttribute('href')).toBe('/fr/stories/page/2/');
  });

  it('lists each story once across the pages', () => {
    const hrefs = ['/stories/', '/stories/page/2/'].flatMap((path) =>
      [...page(path, fixture.dist).querySelectorAll('main .card-list a')].map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toHaveLength(50);
    expect(new Set(hrefs).size).toBe(50);
  });
});
