/**
 * A dataset as a page in one language shows it: its texts (title, description, notes, column labels, units and
 * descriptions, the values of text columns, its own chart's title, subtitle and note) taken from `translations.<lang>` where the editor wrote them, and
 * otherwise left in the dataset's own language (its `lang`, by default the site's default language). Every text also
 * says which language it is in, so
 * a page marks with `lang` exactly the texts that stayed untranslated (WCAG 3.1.2). Figures are never translated.
 */
import { curlyApostrophes, typeset, typesetStrings } from './typography.ts';
import type { Column, Dataset, Row } from '../schemas/dataset.ts';
import { defaultLocale, languageName } from '../i18n/locales.ts';
import { listFormatter, qualifierIn } from '../i18n/index.ts';
import { qualifiedColumn, qualifierColumn } from './qualifiers.ts';
import { isIdentifierColumn } from './identifier-column.ts';

/** The languages of a localised dataset's texts. */
export interface DatasetLangs {
  title: string;
  description: string;
  /** One per note. */
  notes: string[];
  /** One per correction. */
  corrections: string[];
  /**
   * By column name: its label's, its unit's and its description's languages; an identifier column's name shown for
   * its label ("id") is in none, and said to be in the page's (identifier-column.ts).
   */
  columns: Record<string, { label: string; unit: string; description: string }>;
  /** The languages of the dataset's own chart's title, subtitle and note (`chart`, translated by `translations.<lang>.chart`). */
  chart: { title: string; subtitle: string; note: string };
}

export interface LocalisedDataset {
  /** The language the dataset's own texts are written in (`datasetLang`): what its translations do not give stays in it. */
  lang: string;
  /**
   * The dataset with its translated texts in place. Its rows are the dataset's own: filters, row keys and <Fact>
   * look rows up by the values as written; `rows()` translates the rows a page shows.
   */
  data: Dataset;
  langs: DatasetLangs;
  /** `rows` with each text value that has a translation replaced by it. */
  rows(rows: Row[]): Row[];
  /** How `value` (as the dataset writes it) of the text column `name` is shown: its translation, else itself. */
  value(name: string, value: string): string;
  /** The language `value` of the text column `name` is shown in: the page's for an identifier, in none (identifier-column.ts). */
  valueLang(name: string, value: string): string;
}

/** The language a dataset's own texts are written in: its `lang`, else the site's default language. */
export function datasetLang(dataset: Pick<Dataset, 'lang'>): string {
  return dataset.lang ?? defaultLocale;
}

const memo = new WeakMap<Dataset, Map<string, LocalisedDataset>>();

/** `dataset` as pages in `lang` show it (the same object for the same dataset and language). */
export function localiseDataset(dataset: Dataset, lang: string): LocalisedDataset {
  let byLang = memo.get(dataset);
  if (!byLang) memo.set(dataset, (byLang = new Map()));
  let localised = byLang.get(lang);
  if (!localised) byLang.set(lang, (localised = localise(dataset, lang)));
  return localised;
}

/**
 * The dataset's own texts typeset as text in their language `own` is (figures typed with spaces kept on one line,
 * French spacing when that language is French), as its translations are: the schema only curls their apostrophes.
 * Rows are left as written: filters, row keys and <Fact> look them up by their values.
 */
function typesetOwnTexts(dataset: Dataset, own: string): Dataset {
  const columns: Record<string, Column> = {};
  for (const [name, column] of Object.entries(dataset.columns)) {
    const { label, unit, description } = typesetStrings(
      { label: column.label, unit: column.unit, description: column.description },
      own,
    );
    columns[name] = {
      ...column,
      description,
      ...(label !== undefined ? { label } : {}),
      ...(unit !== undefined ? { unit } : {}),
    };
  }
  return {
    ...dataset,
    title: typeset(dataset.title, own),
    description: typeset(dataset.description, own),
    notes: typesetStrings(dataset.notes, own),
    corrections: dataset.corrections.map((c) => ({ ...c, text: typeset(c.text, own) })),
    columns,
  };
}

function localise(written: Dataset, lang: string): LocalisedDataset {
  const ownLang = datasetLang(written);
  const dataset = typesetOwnTexts(written, ownLang);
  // As an editor typed it, with the language's typesetting (French spacing before ":" and inside « »).
  const translation = lang === ownLang ? undefined : typesetStrings(dataset.translations?.[lang], lang);
  const langOf = (translated: unknown) => (translated === undefined ? ownLang : lang);
  const columns: Record<string, Column> = {};
  const columnLangs: DatasetLangs['columns'] = {};
  // A column of identifiers ("active-red-notices") holds no words: its values, and its name where it has no label
  // ("id"), are in no language, and shown as the page's text is, unmarked (identifier-column.ts).
  const identifiers = new Set(
    Object.entries(dataset.columns)
      .filter(([name, column]) => isIdentifierColumn(dataset, name, column))
      .map(([name]) => name),
  );
  for (const [name, column] of Object.entries(dataset.columns)) {
    const own = translation?.columns?.[name];
    columns[name] = own
      ? {
          ...column,
          ...(own.label !== undefined ? { label: own.label } : {}),
          ...(own.unit !== undefined ? { unit: own.unit } : {}),
          ...(own.description !== undefined ? { description: own.description } : {}),
          // Formats ("%", years) follow the column as written, whatever its translated label and unit say.
          written: column,
        }
      : column;
    columnLangs[name] = {
      label: own?.label !== undefined || (column.label === undefined && identifiers.has(name)) ? lang : ownLang,
      unit: own?.unit !== undefined ? lang : ownLang,
      description: own?.description !== undefined ? lang : ownLang,
    };
  }
  const chartText = translation?.chart ?? {};
  const chart = dataset.chart && {
    ...dataset.chart,
    title: chartText.title ?? dataset.chart.title,
    ...(chartText.subtitle !== undefined ? { subtitle: chartText.subtitle } : {}),
    ...(chartText.note !== undefined ? { note: chartText.note } : {}),
  };
  const correctionText = (date: Date) => translation?.corrections?.[date.toISOString().slice(0, 10)];
  const valueMaps = Object.entries(translation?.columns ?? {}).flatMap(([name, own]) =>
    own.values ? [[name, own.values] as const] : [],
  );
  // A figure's qualifier in the dataset's language that the dictionaries know (« environ ») is said in the page's
  // words ("about"), before any translation the dataset gives of it, as qualifierText does (qualifiers.ts); in the
  // dataset's own language, as the dictionary writes it (« Au moins » → « au moins »).
  const qualifies = qualifiedColumn(dataset.columns) !== undefined;
  const siteWord = (name: string, value: string): string | undefined => {
    if (!qualifies || name !== qualifierColumn) return undefined;
    const word = qualifierIn(value, lang, ownLang);
    return word.translated ? word.text : undefined;
  };
  const translatedValue = (name: string, value: string): string | undefined => {
    const values = translation?.columns?.[name]?.values;
    return siteWord(name, value) ?? (values && Object.hasOwn(values, value) ? values[value]! : undefined);
  };
  const rows = (shown: Row[]): Row[] =>
    valueMaps.length === 0 && !qualifies
      ? shown
      : shown.map((row) => {
          const out = { ...row };
          for (const name of [...valueMaps.map(([name]) => name), ...(qualifies ? [qualifierColumn] : [])]) {
            const value = row[name];
            const shownValue = typeof value === 'string' ? translatedValue(name, value) : undefined;
            if (shownValue !== undefined) out[name] = shownValue;
          }
          return out;
        });
  return {
    lang: ownLang,
    data: {
      ...dataset,
      title: translation?.title ?? dataset.title,
      description: translation?.description ?? dataset.description,
      notes: translation?.notes ?? dataset.notes,
      corrections: dataset.corrections.map((c) => ({ ...c, text: correctionText(c.date) ?? c.text })),
      columns,
      ...(chart ? { chart } : {}),
    },
    rows,
    value: (name, value) => translatedValue(name, value) ?? value,
    valueLang: (name, value) => (identifiers.has(name) || translatedValue(name, value) !== undefined ? lang : ownLang),
    langs: {
      title: langOf(translation?.title),
      description: langOf(translation?.description),
      notes: dataset.notes.map(() => langOf(translation?.notes)),
      corrections: dataset.corrections.map((c) => langOf(correctionText(c.date))),
      columns: columnLangs,
      chart: {
        title: langOf(chartText.title),
        subtitle: langOf(chartText.subtitle),
        note: langOf(chartText.note),
      },
    },
  };
}

/** A dataset's corrections as pages in `lang` show them, each with the language its text is in. */
export function datasetCorrections(
  dataset: Dataset,
  lang: string,
): (Dataset['corrections'][number] & { lang: string })[] {
  const local = localiseDataset(dataset, lang);
  return local.data.corrections.map((correction, i) => ({
    ...correction,
    lang: local.langs.corrections[i] ?? local.lang,
  }));
}

/** A dataset's title as pages in `lang` show it, and the language it is in. */
export function datasetTitle(dataset: Dataset, lang: string): { title: string; lang: string } {
  const local = localiseDataset(dataset, lang);
  return { title: local.data.title, lang: local.langs.title };
}

/** The `lang` attribute a text in `textLang` needs on a page in `pageLang`: none when they are the same. */
export function langAttribute(textLang: string, pageLang: string): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/** A piece of a text, with the language it is in when that is not the page's. */
export interface TextPart {
  text: string;
  lang?: string;
}

/**
 * `text` (written in the page's language) cut where it quotes any of `phrases` (texts left in `phraseLang`, such as a
 * column label a dataset does not translate), so that the page can mark them: a French chart summary that names an
 * English label says so around that label only. A phrase is found as written or with its first letter lower-cased,
 * as a sentence quotes a label ("active red notices" for "Active red notices"), as whole words, longer phrases first.
 * Phrases without a letter (a year written as text, "2011") are in no language and are not marked.
 */
export function markPhrases(text: string, phrases: readonly string[], phraseLang: string): TextPart[] {
  const forms = phrases
    .filter((phrase) => /\p{L}/u.test(phrase))
    .flatMap((phrase) => [phrase, phrase.charAt(0).toLowerCase() + phrase.slice(1)]);
  const wanted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text }];
  const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], lang: phraseLang });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * The texts of `local` that pages in `lang` show untranslated (in `local.lang`) among `columns` and the `rows` shown: labels (or names)
 * of columns without a translated label, and text values without a translated value.
 */
export function untranslatedTexts(
  local: LocalisedDataset,
  lang: string,
  columns: readonly string[],
  rows: readonly Row[],
): string[] {
  if (lang === local.lang) return [];
  const texts: string[] = [];
  for (const name of columns) {
    // As pages show it: an untranslated label or unit is the dataset's own, typeset (localiseDataset).
    const column = local.data.columns[name];
    if (!column) continue;
    if (local.langs.columns[name]?.label !== lang) texts.push(column.label ?? name);
    // A unit the summary and the table header name after a label that does not say it ("Count (deletions or cancellations)").
    if (column.unit && local.langs.columns[name]?.unit !== lang) texts.push(column.unit);
    if (column.type !== 'string' || column.ref) continue;
    for (const row of rows) {
      const value = row[name];
      // As pages show it (formatValue): with typographic apostrophes.
      if (typeof value === 'string' && local.valueLang(name, value) !== lang) texts.push(curlyApostrophes(value));
    }
  }
  return texts;
}

/**
 * The languages `datasets` are written in (their `lang`), named in `lang` ("English", "English and French"), for the
 * notice that says what language the datasets a page lists are published in; undefined when all are written in `lang`,
 * which needs no notice.
 */
export function datasetLanguages(datasets: Iterable<Pick<Dataset, 'lang'>>, lang: string): string | undefined {
  const written = [...new Set([...datasets].map(datasetLang))];
  if (written.every((code) => code === lang)) return undefined;
  return listFormatter(lang).format(written.sort().map((code) => languageName(code, lang)));
}
