import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkXml, checkXmlFiles } from '../../src/build/checks/xml.ts';
import { demoDist } from '../helpers/site.ts';
import { tempSite } from '../helpers/temp-site.ts';

describe('the XML check', () => {
  it('passes a well-formed feed and sitemap index', () => {
    const dir = tempSite({
      'rss.xml': '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title></channel></rss>',
      'sitemap-index.xml':
        '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
    });
    expect(checkXmlFiles(dir)).toEqual([]);
  });

  it('reports a feed that does not parse, with line and column', () => {
    expect(checkXml('rss.xml', '<rss>\n<channel><title>A & B</title></channel></rss>')).toEqual([
      "rss.xml:2:19 char '&' is not expected.",
    ]);
  });

  it('reports a sitemap whose root is not urlset or sitemapindex', () => {
    expect(checkXml('sitemap-0.xml', '<html><body/></html>')).toEqual([
      'sitemap-0.xml: root element is <html>, expected <urlset> or <sitemapindex>',
    ]);
  });
});

describe('the demo build', () => {
  it('has an RSS feed and a sitemap index that parse as XML', () => {
    expect(existsSync(join(demoDist, 'rss.xml')), 'rss.xml').toBe(true);
    expect(existsSync(join(demoDist, 'sitemap-index.xml')), 'sitemap-index.xml').toBe(true);
    expect(checkXmlFiles(demoDist)).toEqual([]);
  });
});
