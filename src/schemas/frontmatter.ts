/**
 * Frontmatter fields that stories and case files share. Cross references (datasets, sources, cases) are checked
 * against the project by `src/lib/validate-project.ts`, which names the file and the field on failure.
 */
import { z } from 'astro/zod';
import {
  booleanField,
  correctionList,
  countryCode,
  dateField,
  datetimeField,
  identifier,
  listedOnce,
  prose,
  tag,
  text,
  translationKeyField,
} from './fields.ts';

export const sharedFields = {
  /**
   * The headline. Straight apostrophes between letters are set as typographic ones (Interpol's -> Interpol’s), as
   * the MDX prose around it is: frontmatter is not typeset by the Markdown processor.
   */
  title: prose,
  /** The dek: one or two sentences under the headline, also used in lists, search results and social cards. */
  summary: prose,
  /** Publication date. */
  date: dateField,
  /** Last substantive update; when a correction is later than this, the correction's date is shown instead. */
  updated: dateField.optional(),
  /** Bylines, as they should be printed. */
  authors: listedOnce('authors', text, 'expected a list of names, e.g. ["A. Reporter"]').default([]),
  /** ISO 3166-1 alpha-2 codes of the countries the page is about; each gets a link to its country page. */
  countries: listedOnce('countries', countryCode, 'expected a list of ISO country codes, e.g. [RU, TJ]').default([]),
  /** Topic tags (identifiers), used for related pages and search filters. */
  tags: listedOnce('tags', tag, 'expected a list of tags, e.g. [ccf, safeguards]').default([]),
  /** Ids of the datasets the page draws on (charts and <Fact>s add theirs automatically). */
  datasets: listedOnce('datasets', identifier, 'expected a list of dataset ids, e.g. [ccf-requests]').default([]),
  /** Work in progress: never published, except in a preview build (PREVIEW=1). */
  draft: booleanField.default(false),
  /** Not public before this moment (ISO 8601 datetime with offset); excluded from every output until then. */
  embargo: datetimeField.optional(),
  /** Published corrections, shown at the top of the page and on /corrections/. */
  corrections: correctionList(
    'expected a list of corrections, e.g. [{ date: 2026-12-02, text: "An earlier version…" }]',
  ).default([]),
  /**
   * Language of the page. The folder decides it: content/stories/x.mdx is in the site's default language,
   * content/stories/fr/x.mdx is in French (a configured locale, src/site.config.ts) and is published at
   * /fr/stories/x/. This field may repeat the folder's language; a different one fails the build.
   */
  lang: z.string().optional(),
  /**
   * Links a translation to its original: shared by a page and its translations, so they list each other (hreflang
   * and the language switcher). Defaults to the file name without the language folder, so content/stories/fr/x.mdx
   * translates content/stories/x.mdx without it. Rules in src/lib/translations.ts.
   */
  translationKey: translationKeyField.optional(),
};
