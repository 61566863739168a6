/**
 * The preflight's messages about translations on a site whose default language is French: they name languages in
 * English, the language of every build message (src/schemas/fields/language-name.ts), not in the site's own.
 */
import { describe, expect, it, vi } from 'vitest';
import { preflight, story } from '../helpers/preflight.ts';

vi.mock('../../src/site.config.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/site.config.ts')>();
  const locales = [...original.site.locales].sort((a) => (a.code === 'fr' ? -1 : 1));
  return { ...original, site: { ...original.site, defaultLocale: 'fr', locales } };
});

/** The content's errors: the fixture's own pages, in src/pages/fr/, are reported too on a French-default site. */
const inContent = (errors: string[]) => errors.filter((error) => error.startsWith('content/'));

describe('translation messages of a French-default site', () => {
  it('names the language of a translation named after another original in English', () => {
    const { errors } = preflight({
      'content/stories/two-decades.mdx': story('title: Deux décennies\nsummary: S\ndate: 2026-01-26'),
      'content/stories/en/two-decades.mdx': story(
        'title: The files\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-files',
      ),
    });
    expect(inContent(errors)).toEqual([
      "content/stories/en/two-decades.mdx: file name: is named after content/stories/two-decades.mdx, but its translationKey makes it the English translation of content/stories/the-files.mdx: it would be published at the address of content/stories/two-decades.mdx's English version; name it the-files.mdx, or correct its translationKey",
    ]);
  });

  it('names the language of two translations of one original in English', () => {
    const { errors } = preflight({
      'content/stories/en/files.mdx': story('title: Files\nsummary: S\ndate: 2026-01-26\ntranslationKey: the-files'),
      'content/stories/en/the-files.mdx': story('title: The files, again\nsummary: S\ndate: 2026-01-26'),
    });
    expect(inContent(errors)).toEqual([
      'content/stories/en/the-files.mdx: file name: two English translations of content/stories/the-files.mdx: content/stories/en/files.mdx and content/stories/en/the-files.mdx; keep one',
    ]);
  });
});
