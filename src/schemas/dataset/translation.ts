/**
 * A dataset's texts in the site's other languages.
 */
import { z } from 'astro/zod';
import { languageName, optionalProse, prose } from '../fields.ts';
import {
  defaultLocale,
  languageName as languageNameIn,
  localeLabel,
  locales,
  prefixedLocales,
  type Locale,
} from '../../i18n/locales.ts';
import type { Dataset } from '../dataset.ts';
import { nearestName } from '../../lib/edit-distance.ts';

/** A column's texts in another language; `values` translates a text column's values ("Refused" -> "Refusée"). */
const columnTranslationSchema = z.strictObject({
  label: optionalProse,
  unit: z.string().optional(),
  description: prose.optional(),
  values: z.record(z.string(), z.string()).optional(),
});

/**
 * The texts of the dataset's own chart (`chart` in data/<id>.json) in another language, as `chart` writes them: the
 * figure's headline, the line under it and its note. Its other options name columns and values as the data writes
 * them, which stay as written.
 */
const chartTranslationSchema = z.strictObject({
  title: prose.optional(),
  subtitle: prose.optional(),
  note: prose.optional(),
});

/**
 * A dataset's texts in one of the site's other languages, each optional: what is not translated is shown in the
 * dataset's own language (the default one) and marked so. The figures themselves are never translated.
 */
export const translationSchema = z.strictObject({
  title: prose.optional(),
  description: prose.optional(),
  /** Every note, in the order of `notes`. */
  notes: z.array(prose).optional(),
  /**
   * Corrections' texts by the date of the correction ("2026-11-22": "…"): a correction added later shows as written
   * until its translation is, and the order of `corrections` does not matter.
   */
  corrections: z.record(z.string(), prose).optional(),
  columns: z.record(z.string(), columnTranslationSchema).optional(),
  /** The title, subtitle and note of the dataset's own chart, each of which it writes. */
  chart: chartTranslationSchema.optional(),
});

export type DatasetTranslation = z.infer<typeof translationSchema>;

/**
 * ': write "fr"' for a language written otherwise than by its code: in capitals ("FR"), with a region ("fr-FR"), or
 * by its name in English, in the site's language or in its own ("french", "anglais", "Français"); ': write "pt-BR"' for a code with a region or
 * a script written in small letters or with "_" ("pt-br", "pt_BR"); else nothing.
 */
export function languageMeant(written: string, among: readonly Locale[] = prefixedLocales): string {
  const plain = written.trim().toLowerCase().replaceAll('_', '-');
  const meant = among.find(
    (code) =>
      plain === code.toLowerCase() ||
      plain.split('-')[0] === code ||
      plain === languageName(code).toLowerCase() ||
      plain === languageNameIn(code, defaultLocale).toLowerCase() ||
      plain === localeLabel(code).toLowerCase(),
  );
  return meant ? `: write "${meant}"` : '';
}

/**
 * ', or German added to site.locales (…)' for the code of a language the site is not configured with, which a
 * translation into it needs first; else nothing (a code Intl cannot name is no language to add).
 */
function languageToAdd(code: string): string {
  if (!/^[a-z]{2,3}$/.test(code)) return '';
  const name = languageName(code);
  return name === code ? '' : `, or ${name} added to site.locales (src/site.config.ts)`;
}

/**
 * What is wrong with a dataset's translations, each said to `ctx`: a language the site does not have, notes that do
 * not match the dataset's one for one, corrections named by a date that names none or several, and columns or values
 * the dataset does not have.
 */
export function checkTranslations(dataset: Dataset, ctx: z.RefinementCtx): void {
  const names = Object.keys(dataset.columns);
  // The dataset's own language is the one its texts are written in (`lang`); it is translated into the others.
  const own = dataset.lang ?? defaultLocale;
  const others = locales.filter((code) => code !== own);
  for (const [lang, translation] of Object.entries(dataset.translations ?? {})) {
    const at = (...path: (string | number)[]) => ['translations', lang, ...path];
    if (!(others as readonly string[]).includes(lang)) {
      ctx.addIssue({
        code: 'custom',
        path: at(),
        message:
          lang === own
            ? `"${lang}" is the language the dataset is written in${dataset.lang === undefined ? '' : ' (its "lang")'}: its texts need no translation`
            : `unknown language "${lang}": expected one of the site's other languages (${others.join(', ')})${languageMeant(lang, others) || languageToAdd(lang)}`,
      });
    }
    if (translation.notes && translation.notes.length !== dataset.notes.length) {
      ctx.addIssue({
        code: 'custom',
        path: at('notes'),
        message: `expected ${dataset.notes.length} note${dataset.notes.length === 1 ? '' : 's'}, one for each of "notes" in the same order; got ${translation.notes.length}`,
      });
    }
    if (translation.chart && !dataset.chart) {
      ctx.addIssue({
        code: 'custom',
        path: at('chart'),
        message: 'the dataset has no "chart" to translate: give it one first, written in its own language',
      });
    }
    for (const option of ['subtitle', 'note'] as const) {
      if (!dataset.chart || translation.chart?.[option] === undefined || dataset.chart[option] !== undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: at('chart', option),
        message: `the dataset's chart has no "${option}" to translate: write it under "chart" first, in the dataset's own language`,
      });
    }
    const correctionDays = dataset.corrections.map((c) => c.date.toISOString().slice(0, 10));
    for (const day of Object.keys(translation.corrections ?? {})) {
      const count = correctionDays.filter((d) => d === day).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: [...at('corrections'), day],
          message:
            count === 0
              ? `no correction is dated ${day}: expected the date of one of "corrections" (${correctionDays.join(', ') || 'none'})`
              : `${count} corrections are dated ${day}: a translation names a correction by its date and cannot tell them apart; write them as one correction`,
        });
      }
    }
    for (const [name, column] of Object.entries(translation.columns ?? {})) {
      const declared = dataset.columns[name];
      if (!declared) {
        const near = nearestName(name, names);
        ctx.addIssue({
          code: 'custom',
          path: at('columns', name),
          message: `unknown column "${name}"${near ? ` (did you mean "${near}"?)` : ''}: expected one of ${names.join(', ')}`,
        });
        continue;
      }
      if (!column.values) continue;
      if (declared.type !== 'string' || declared.ref) {
        ctx.addIssue({
          code: 'custom',
          path: at('columns', name, 'values'),
          message: 'expected values only for a text column (type "string", no "ref")',
        });
        continue;
      }
      const byTranslation = new Map<string, string>();
      for (const [value, translated] of Object.entries(column.values)) {
        const other = byTranslation.get(translated);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: at('columns', name, 'values', value),
            message: `"${other}" and "${value}" would both read ${JSON.stringify(translated)}: give each value its own translation (charts would merge them)`,
          });
        }
        byTranslation.set(translated, value);
      }
      const present = new Set(dataset.rows.map((row) => row[name]));
      for (const value of Object.keys(column.values)) {
        if (!present.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: at('columns', name, 'values', value),
            message: `no row has the value ${JSON.stringify(value)} in "${name}": expected a value of the column, written exactly`,
          });
        }
      }
    }
  }
}
