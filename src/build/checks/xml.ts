/**
 * The feed and the sitemaps parse as XML and have the root a reader expects: `<rss>` for rss.xml, `<urlset>` or
 * `<sitemapindex>` for sitemap*.xml. Any other .xml file of the site must at least be well-formed.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PostBuildStep } from '../steps.ts';
import { CheckError } from './check-error.ts';
import { siteFiles } from './site-files.ts';

/** The root element each kind of XML file must have, by file name. */
function expectedRoots(file: string): string[] | undefined {
  const name = basename(file);
  if (name === 'rss.xml') return ['rss'];
  if (name.startsWith('sitemap')) return ['urlset', 'sitemapindex'];
  return undefined;
}

/** Problems with one XML text, as `file: message` lines (empty when it is well-formed with the expected root). */
export function checkXml(file: string, text: string): string[] {
  const result = XMLValidator.validate(text);
  if (result !== true) return [`${file}:${result.err.line}:${result.err.col} ${result.err.msg}`];
  const roots = expectedRoots(file);
  if (!roots) return [];
  const parsed = new XMLParser({ ignoreDeclaration: true, ignorePiTags: true }).parse(text) as Record<string, unknown>;
  const root = Object.keys(parsed)[0] ?? '(none)';
  return roots.includes(root) ? [] : [`${file}: root element is <${root}>, expected <${roots.join('> or <')}>`];
}

/** Problems with every .xml file below `dir`. */
export function checkXmlFiles(dir: string): string[] {
  return siteFiles(dir, ['.xml']).flatMap((file) => checkXml(file, readFileSync(join(dir, file), 'utf8')));
}

/** The build step: fails the build when a feed or sitemap does not parse. */
export const xmlCheck: PostBuildStep = {
  name: 'xml',
  run({ outDir, log }) {
    const problems = checkXmlFiles(outDir);
    if (problems.length > 0) throw new CheckError('invalid XML', problems);
    log(`xml: ${siteFiles(outDir, ['.xml']).join(', ') || 'no XML files'} well-formed`);
  },
};
