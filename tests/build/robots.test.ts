/**
 * robots.txt: a published build points crawlers at the sitemap index by its full address; a preview keeps every
 * crawler off; an editor's public/robots.txt is published as it is, except in a preview, whose own always wins.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { previewRobots, publishedRobots, robotsFile, robotsStep } from '../../src/build/robots.ts';
import type { BuildContext } from '../../src/build/steps.ts';

/** The lines a crawler reads: comments and blank lines left out. */
const rules = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

async function runStep(preview: boolean, editors?: string): Promise<{ text: string; log: string[] }> {
  const outDir = mkdtempSync(join(tmpdir(), 'casefile-robots-'));
  if (editors !== undefined) writeFileSync(join(outDir, 'robots.txt'), editors);
  vi.stubEnv('PREVIEW', preview ? '1' : undefined);
  const log: string[] = [];
  await robotsStep.run({ outDir, log: (line: string) => log.push(line) } as unknown as BuildContext);
  return { text: readFileSync(join(outDir, 'robots.txt'), 'utf8'), log };
}

describe('robots.txt', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('of a published site lets every crawler in and names the sitemap index by its full address, below the folder the site is served from', () => {
    expect(rules(publishedRobots('https://example.org/'))).toEqual([
      'User-agent: *',
      'Allow: /',
      'Sitemap: https://example.org/sitemap-index.xml',
    ]);
    expect(rules(publishedRobots('https://user.github.io/casefile/'))).toContain(
      'Sitemap: https://user.github.io/casefile/sitemap-index.xml',
    );
  });

  it('of a preview keeps every crawler off the whole site and names no sitemap', () => {
    expect(rules(previewRobots)).toEqual(['User-agent: *', 'Disallow: /']);
  });

  it('is written into the staging folder by the build, with no note', async () => {
    const { text, log } = await runStep(false);
    expect(text).toBe(publishedRobots());
    expect(log.filter((line) => line.startsWith('note:'))).toEqual([]);
  });

  it("keeps the editor's public/robots.txt byte for byte when it names a sitemap, in any case", async () => {
    const editors = 'User-agent: *\r\nDisallow: /data/\r\nsitemap: https://example.org/sitemap-index.xml\r\n';
    const { text, log } = await runStep(false, editors);
    expect(text).toBe(editors);
    expect(log).toEqual(['robots.txt: public/robots.txt, as it is']);
  });

  it("publishes the editor's public/robots.txt without a Sitemap line as it is, with a note giving the line to add", async () => {
    const editors = 'User-agent: *\nDisallow: /data/\n';
    const { text, log } = await runStep(false, editors);
    expect(text).toBe(editors);
    expect(log[0]).toBe(
      'note: public/robots.txt has no Sitemap line, so crawlers are not pointed at the sitemap: it is published as it is; add "Sitemap: https://casefile.example.org/sitemap-index.xml" to it',
    );
  });

  it("of a preview replaces the editor's, which would let crawlers in, and says so", async () => {
    const { text, log } = await runStep(
      true,
      'User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap-index.xml\n',
    );
    expect(text).toBe(previewRobots);
    expect(log).toEqual([
      'note: public/robots.txt is not published in a preview, whose robots.txt keeps every crawler off the site',
      "robots.txt: a preview's, every crawler kept off",
    ]);
    // Without an editor's file, nothing to say.
    const own = await runStep(true);
    expect(own.text).toBe(previewRobots);
    expect(own.log).toEqual(["robots.txt: a preview's, every crawler kept off"]);
  });

  it('finds the Sitemap line as crawlers do: written as RFC 9309 spells it, in capitals, or indented', () => {
    for (const line of [
      'Sitemap: https://example.org/sitemap-index.xml',
      'SITEMAP: https://example.org/sitemap-index.xml',
      '  Sitemap : https://example.org/sitemap-index.xml',
    ]) {
      expect(robotsFile(`User-agent: *\nDisallow: /data/\n${line}\n`, { preview: false }).notes).toEqual([]);
    }
  });

  it('names the sitemap below the folder in the note too', () => {
    const { notes } = robotsFile('User-agent: *\n', { preview: false, siteUrl: 'https://user.github.io/casefile/' });
    expect(notes[0]).toContain('"Sitemap: https://user.github.io/casefile/sitemap-index.xml"');
  });
});
