/** The figure a page's social card shows: its key <Fact>, resolved and labelled as the page prints it. */
import { findComponentUses } from './mdx-usage.ts';
import { factValue, keyColumn } from './facts.ts';
import { keyFigures } from './key-figures.ts';
import { localiseDataset } from './dataset-locale.ts';
import { formatValue } from './format-value.ts';
import { qualifierIn } from '../i18n/index.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** A figure on the card: the value as the page prints it, what it counts, and where it comes from. */
export interface CardFigure {
  value: string;
  label: string;
  /** The dataset's title. */
  source: string;
}

/**
 * The key figure of a page: the <Fact> in its body that the editor marked `card` (`<Fact card dataset=… />`: the
 * preflight allows one a page, with its dataset, row and column written literally), else the first whose dataset, row
 * and column are written literally (a Fact on an empty cell fails the build). It is labelled by its row when the
 * dataset is a list of figures (see key-figures.ts), else by its column and row key. None when the page prints no such
 * figure (the card then shows the headline alone).
 */
export function keyFigure(
  file: string,
  body: string,
  datasets: ReadonlyMap<string, Dataset>,
  lang: string,
): CardFigure | undefined {
  const facts = findComponentUses(body).filter((use) => use.component === 'Fact');
  const chosen = facts.find((use) => use.props.card === true);
  if (chosen) return cardFigure(file, chosen.props, datasets, lang);
  for (const use of facts) {
    const figure = cardFigure(file, use.props, datasets, lang);
    if (figure) return figure;
  }
  return undefined;
}

/** The card's figure for a <Fact> of these options; none when its dataset, row or column is not written literally. */
function cardFigure(
  file: string,
  props: Record<string, unknown>,
  datasets: ReadonlyMap<string, Dataset>,
  lang: string,
): CardFigure | undefined {
  const { dataset: id, row, column } = props;
  const dataset = typeof id === 'string' ? datasets.get(id) : undefined;
  if (!dataset || row === undefined || typeof column !== 'string') return undefined;
  const { value, row: found } = factValue(file, String(id), dataset, row, column);
  const declared = dataset.columns[column]!;
  const key = keyColumn(dataset);
  // Labels, units and titles in the card's language where the dataset translates them.
  const local = localiseDataset(dataset, lang);
  const localColumn = local.data.columns[column]!;
  // A dataset of figures (one per row, each with its own label, qualifier and unit) describes the row itself.
  const described = keyFigures(dataset).find((f) => String(f.row) === String(found[key]) && f.column === column);
  if (described) {
    const number = formatValue(
      value,
      {
        ...localColumn,
        name: column,
        unit: described.percent ? '%' : localColumn.unit,
      },
      lang,
    );
    return {
      value: described.qualifier ? `${qualifierIn(described.qualifier, lang, local.lang).text} ${number}` : number,
      label: described.refersTo
        ? `${local.value(described.labelColumn, described.label)} (${local.value('refers_to', described.refersTo)})`
        : local.value(described.labelColumn, described.label),
      source: local.data.title,
    };
  }
  const keyValue = found[key];
  const keyText =
    typeof keyValue === 'string' && dataset.columns[key]!.type === 'string' && !dataset.columns[key]!.ref
      ? local.value(key, keyValue)
      : formatValue(keyValue, { ...dataset.columns[key]!, name: key }, lang);
  const label = localColumn.label ?? localColumn.description;
  // The unit after the label, unless the label says it already: "Journalists in prison (2024)", not "(journalists, 2024)".
  const said =
    localColumn.unit !== undefined &&
    new RegExp(
      `(?<![\\p{L}\\p{N}])${localColumn.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    ).test(label);
  const withUnit = localColumn.unit && declared.unit !== '%' && !said ? `${localColumn.unit}, ` : '';
  return {
    value: formatValue(value, { ...localColumn, name: column }, lang),
    label: `${label} (${withUnit}${keyText})`,
    source: local.data.title,
  };
}
