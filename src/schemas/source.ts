/**
 * The bibliography, `data/sources.json`: an object from source id to source. Stories cite sources with
 * `<Cite id="…" />`; datasets list the sources of their figures in `sources` and per row in a `source` column.
 */
import { z } from 'astro/zod';
import { booleanField, calendarDate, dateHint, identifier, oneOfMessage, optionalProse, prose } from './fields.ts';
import { isAddressWithoutScheme } from '../lib/address-without-scheme.ts';
import { defaultLocale, prefixedLocales } from '../i18n/locales.ts';
import { languageMeant } from './dataset/translation.ts';

/** What kind of document a source is; the sources list groups and labels them by it. */
export const sourceKinds = [
  'news',
  'ngo-report',
  'official-statistics',
  'court-or-un-document',
  'legal-commentary',
  'data',
] as const;

/** Kinds as a French newsroom names them, with the kind each means. */
const kindsInFrench: Readonly<Record<string, (typeof sourceKinds)[number]>> = {
  presse: 'news',
  article: 'news',
  média: 'news',
  media: 'news',
  ong: 'ngo-report',
  statistiques: 'official-statistics',
  données: 'data',
  donnees: 'data',
};

/** What an address copied from a browser's address bar, which hides the scheme, is told: the address to write. */
function withoutScheme(written: string): string {
  return isAddressWithoutScheme(written) ? `: write "https://${written.trim()}"` : '';
}

/**
 * Whether a publisher is written as a web address: with its scheme, or without it but with www. or a path. An outlet
 * named after its domain ("Lenta.ru", "Znak.com") is named so.
 */
function writtenAsAddress(publisher: string): boolean {
  const text = publisher.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || (isAddressWithoutScheme(text) && /^www\d?\.|\//i.test(text));
}

/** What a source's date is told beyond its expected shape, in the words of every date field (dateHint). */
function sourceDateHint(input: unknown): string {
  const hint = typeof input === 'string' ? dateHint(input, { coarse: true }) : undefined;
  return hint ? `: ${hint}` : '';
}

const sourceFields = z.strictObject({
  /** Who published it: an outlet, an NGO, an institution, by its name (its address is the source's url). */
  publisher: prose.refine((name) => !writtenAsAddress(name), {
    error: (issue) =>
      `expected the publisher's name, such as "OCCRP", got ${JSON.stringify(issue.input)}: publisher is the organisation's name, and its address goes in url`,
  }),
  /**
   * The document's own title, as published; or, with `titleKnown: false`, what the document is ("Letter to Interpol
   * on …") when its title is not recorded: a title written from memory would be a citation the document does not bear.
   */
  title: prose,
  /**
   * Optional, `false` when `title` describes the document rather than quoting its title: pages show it as a
   * description, not as a title set in italics.
   */
  titleKnown: booleanField.optional(),
  /**
   * The title's language, when it is not the site's default language ("fr" for a French article on an English site):
   * pages mark the title with it, so that a screen reader reads it in that language.
   */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code such as "fr" or "pt-BR"' })
    .optional(),
  /**
   * Optional: the language the publisher's name is written in, for a name a reader of another language's pages would
   * hear wrong in their voice ("en" for "Parliamentary Assembly of the Council of Europe" on the French pages): pages
   * in another language mark it with this language, as they mark a title. Left out, the name is not marked, as a
   * proper name read in any voice ("JURIST", "Disclose"; WCAG 3.1.2 exempts proper names).
   */
  publisherLang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code such as "en" or "pt-BR"' })
    .optional(),
  /** Where a reader can read it: a web address (http or https; javascript:, data: or file: would not take a reader there). */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      `expected a web address such as "https://example.org/report"${typeof issue.input === 'string' ? `, got ${JSON.stringify(issue.input)}${withoutScheme(issue.input)}` : ''}`,
  }),
  /**
   * Optional, `false` when the document's own address is not recorded and `url` is only the nearest page that is (the
   * publisher's home page, the list it counted): pages then link the address as what it is ("occrp.org"), not under
   * the document's title, which a reader would expect to open the document.
   */
  addressKnown: booleanField.optional(),
  /**
   * Optional: when it was published, YYYY, YYYY-MM or YYYY-MM-DD, as precise as is known. Left out when it is not
   * recorded: a stand-in (the year of the figures it quotes) would be a date the source does not give.
   */
  date: z
    .string({ error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD (text, in quotes)' })
    // One problem, one message: a date in another format is not also "no real date".
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
      error: (issue) =>
        `expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(issue.input)}${sourceDateHint(issue.input)}`,
      abort: true,
    })
    .refine(
      (value) =>
        value.length === 4 || !Number.isNaN(calendarDate(value.length === 7 ? `${value}-01` : value).getTime()),
      {
        error: (issue) =>
          `expected a real date written as YYYY, YYYY-MM or YYYY-MM-DD (a month from 01 to 12, a day the month has), got ${JSON.stringify(issue.input)}${sourceDateHint(issue.input)}`,
      },
    )
    .optional(),
  /** The kind of document (see `sourceKinds`). */
  kind: z.enum(sourceKinds, { error: (issue) => oneOfMessage(sourceKinds, issue.input, kindsInFrench) }),
  /** Optional: how the figures were obtained, when the source relays another (e.g. "Interpol figures quoted by AFP"). */
  note: optionalProse,
  /**
   * Optional: the note in the site's other languages, by language code, as a dataset's `translations` give its texts:
   * `{ "fr": { "note": "Chiffres d’Interpol cités par l’AFP." } }`. Pages in that language show it; pages in a
   * language without one show the note as written, marked with the default language.
   */
  translations: z.record(z.string(), z.strictObject({ note: prose })).optional(),
});

/**
 * One source of the bibliography. Its translations are checked against the site's languages and its own note: a
 * language the site does not have, or a note translated where the source has none, is told so.
 */
export const sourceSchema = sourceFields.superRefine((source, ctx) => {
  for (const lang of Object.keys(source.translations ?? {})) {
    if (!(prefixedLocales as readonly string[]).includes(lang))
      ctx.addIssue({
        code: 'custom',
        path: ['translations', lang],
        message:
          lang === defaultLocale
            ? `"${lang}" is the language the note is written in: it needs no translation`
            : `unknown language "${lang}": expected one of the site's other languages (${prefixedLocales.join(', ')})${languageMeant(lang)}`,
      });
    else if (source.note === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['translations', lang, 'note'],
        message: 'the source has no "note" to translate: write the note in the default language first',
      });
  }
});

/**
 * data/sources.json: source id -> source. A list of sources, each with its id inside (as a database exports them),
 * is told the shape to write.
 */
export const sourcesSchema = z.record(identifier, sourceSchema, {
  error: (issue) => {
    if (issue.code !== 'invalid_type' || !Array.isArray(issue.input)) return undefined;
    const first = (issue.input as { id?: unknown }[]).find((entry) => typeof entry?.id === 'string')?.id;
    return `expected an object naming each source by its id, got a list: write { "${typeof first === 'string' ? first : 'source-id'}": { "publisher": … }, … }, each source under its id`;
  },
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceWithId = Source & { id: string };
