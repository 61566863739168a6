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

  it('reads every .xml file below the folder, naming each by its path, and no other file', () => {
    // What makes the passes above and the demo's below mean something: a folder whose files were not read passes too.
    const dir = tempSite({
      'rss.xml': '<rss><channel><title>A & B</title></channel></rss>',
      'fr/sitemap-0.xml': '<html/>',
      'data/x.xml': '<a><b></a>',
      'index.html': '<p>A & B</b>',
    });
    expect(checkXmlFiles(dir)).toEqual([
      "data/x.xml:1:7 Expected closing tag 'b' (opened in line 1, col 4) instead of closing tag 'a'.",
      'fr/sitemap-0.xml: root element is <html>, expected <urlset> or <sitemapindex>',
      "rss.xml:1:24 char '&' is not expected.",
    ]);
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
