/**
 * What a <Fact>'s link is, for a reader who meets it out of its sentence: a screen reader's list of links read
 * "4,817, 917, 86,000", figures that say neither what they count nor where they lead (WCAG 2.4.4 and 2.4.9). The
 * link's name goes on after the figure with what it measures, its column's label and its row as the dataset page's
 * table heads them ("active red notices, Russia"), or the row's own label where the dataset gives each figure one
 * ("people wanted by Russia who complained to the CCF"). Each part says its language: a label the dataset does not
 * translate stays in the dataset's, for the page to mark.
 */
import { inSentence } from '../charts/summary.ts';
import type { Dataset, Row } from '../schemas/dataset.ts';
import { langAttribute, localiseDataset, type TextPart } from './dataset-locale.ts';
import { keyColumn } from './facts.ts';
import { formatValue } from './format-value.ts';
import { figureColumn } from './qualifiers.ts';

/** The text column that names each row where the key does not (an id such as "russia-complainants"), if any. */
function labelColumn(dataset: Pick<Dataset, 'columns' | 'key'>, key: string): string | undefined {
  const columns = Object.entries(dataset.columns);
  return (
    columns.find(([name, c]) => name === 'label' && c.type === 'string')?.[0] ??
    columns.find(([name, c]) => c.type === 'string' && name !== key && !c.ref)?.[0]
  );
}

/**
 * What the figure of `row`'s `column` is, in `lang` where the dataset translates it: the column's label and the row's
 * name, or the row's label alone when it is the row's figure that the Fact prints. Lower-cased as a phrase inside a
 * sentence is (inSentence), names kept.
 */
export function factPurpose(dataset: Dataset, row: Row, column: string, lang: string): TextPart[] {
  const local = localiseDataset(dataset, lang);
  const key = keyColumn(dataset);
  const keyColumnOf = dataset.columns[key]!;
  const part = (text: string, textLang: string, context: string[] = []): TextPart => {
    const mark = langAttribute(textLang, lang);
    return mark ? { text: inSentence(text, textLang, context), lang: mark } : { text: inSentence(text, lang, context) };
  };
  const label = local.data.columns[column]?.label ?? column;
  const columnPart = part(label, local.langs.columns[column]?.label ?? lang, [
    dataset.columns[column]?.description ?? '',
  ]);
  if (column === key) return [columnPart];
  // A key a reader can read: a country (its name), a year, a date. Else the row's label, when the dataset has one.
  const readableKey = keyColumnOf.ref === 'country' || keyColumnOf.type !== 'string' || typeof row[key] !== 'string';
  const named = readableKey ? undefined : labelColumn(dataset, key);
  const written = named ? row[named] : undefined;
  if (named && typeof written === 'string' && written !== '') {
    // The other rows' labels and the column's description say which words are names ("Interpol", "Russia").
    const context = [
      dataset.columns[named]!.description,
      ...(dataset.rows as Row[]).map((r) => local.value(named, String(r[named] ?? ''))),
    ];
    const rowPart = part(local.value(named, written), local.valueLang(named, written), context);
    return column === figureColumn(dataset.columns) ? [rowPart] : [columnPart, { text: ', ' }, rowPart];
  }
  const keyText = formatValue(row[key], { ...keyColumnOf, name: key }, lang);
  // A key of words ("Russia") is in the dataset's language unless it translates it; a code or a number in none; a
  // date ("2018-12") is the page's, written in its words by formatValue ("déc. 2018").
  const keyWords =
    keyColumnOf.type === 'string' && typeof row[key] === 'string' && !keyColumnOf.ref && /\p{L}/u.test(keyText);
  const keyLang = keyWords ? langAttribute(local.valueLang(key, row[key] as string), lang) : undefined;
  return [
    columnPart,
    { text: ', ' },
    keyLang ? { text: local.value(key, row[key] as string), lang: keyLang } : { text: keyText },
  ];
}
