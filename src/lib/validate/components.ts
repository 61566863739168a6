/** The components an MDX body uses (<Fact>, <Cite>, <Response>, <Chart>), each with its options. */
import { ContentError } from '../content-error.ts';
import { nearestName } from '../edit-distance.ts';
import type { Project } from '../load-project.ts';
import { optionLine, type ComponentUse } from '../mdx-usage.ts';
import { citeIdExpected, splitIds } from '../citations.ts';
import { responseDateProblem } from '../../schemas/fields.ts';
import { factColumn, factValue, hasColumn, keyColumn, sourceIdColumnMessage, unknownColumnMessage } from '../facts.ts';
import type { DatasetWithId } from '../../schemas/dataset.ts';
import { checkChart } from './chart.ts';
import { withColumnElsewhere } from './column-elsewhere.ts';
import { unknownDataset } from './unknown-dataset.ts';
import { numberFormatProblem } from '../format-value.ts';
import { percentAfter } from '../../schemas/dataset/percent-words.ts';
import { qualifiedColumn, qualifierColumn, qualifierText } from '../qualifiers.ts';
import { formatValue } from '../format-value.ts';
import { fileLocale } from './link-words.ts';
import { datasetLang, localiseDataset } from '../dataset-locale.ts';

/**
 * Options written as another name of one a component takes, which no typo measure reaches (`ids` is one letter from
 * `id`, but `id` is too short for a typo): the option meant, by component.
 */
const optionAliases: Record<string, Record<string, string>> = {
  Fact: { data: 'dataset', datasets: 'dataset', dataid: 'dataset', col: 'column', value: 'column', key: 'row' },
  Cite: { ids: 'id', source: 'id', sources: 'id', src: 'id', ref: 'id', refs: 'id', cite: 'id', sourceid: 'id' },
  Response: { by: 'from', author: 'from', who: 'from', on: 'date', when: 'date' },
};

/** The option of `known` that `name` is an alias (optionAliases) or a typo (nearestName) of, if one. */
export function optionMeant(component: string, name: string, known: readonly string[]): string | undefined {
  return optionAliases[component]?.[name.toLowerCase().replace(/[-_\s]/g, '')] ?? nearestName(name, known);
}

/** The options each component other than <Chart> takes (see its Props). */
const componentOptions: Record<string, string[]> = {
  Fact: ['dataset', 'row', 'column', 'format', 'card'],
  Cite: ['id'],
  Response: ['from', 'date'],
};

export function checkUse(errors: ContentError[], file: string, use: ComponentUse, project: Project): void {
  const found: ContentError[] = [];
  checkOptions(found, file, use, project);
  errors.push(...found.map((error) => onOptionLine(withColumnElsewhere(error, project, use.props.dataset), use)));
}

/**
 * `error` moved to the line of the option it is about, for a tag written over several lines: its field names the
 * option last (`line 8: <Chart> "Title" y`, `… filter.snapshot`), and the tag's first line would send the editor
 * looking for it in the wrong place.
 */
function onOptionLine(error: ContentError, use: ComponentUse): ContentError {
  const tagLine = `line ${use.line}: `;
  const option = error.field.split(' ').at(-1)!.split(/[.[]/)[0]!;
  const line = optionLine(use, option);
  if (line === use.line || !error.field.startsWith(tagLine)) return error;
  return new ContentError(error.file, `line ${line}: ${error.field.slice(tagLine.length)}`, error.detail);
}

function checkOptions(errors: ContentError[], file: string, use: ComponentUse, project: Project): void {
  const where = `line ${use.line}: <${use.component}>`;
  if (use.unclosed === 'closing tag') {
    errors.push(
      new ContentError(
        file,
        where,
        `not closed: expected "/>" at the end of the tag (with ">" alone, MDX looks for </${use.component}>, and stops the build)`,
      ),
    );
    return;
  }
  if (use.unclosed) {
    const after = use.unclosed === 'blank line' ? 'the text after the blank line' : 'the text after them';
    errors.push(
      new ContentError(
        file,
        where,
        `not closed: expected "/>" after its options (or ">" and </${use.component}>); ${after} reads as options`,
      ),
    );
    return;
  }
  if (use.syntax) {
    for (const { option, message } of use.syntax) errors.push(new ContentError(file, `${where} ${option}`, message));
    return;
  }
  // Options spread from an object ({...common}) are known only when the page renders, where they are checked.
  if (use.spread) return;
  const props = use.props;
  // <Chart>'s options are checked by its schema, which lists them; the other components' here.
  const known = componentOptions[use.component];
  const unknown = known ? Object.keys(props).filter((name) => !known.includes(name)) : [];
  if (unknown.length > 0) {
    // A typo of an option the tag does not already have is said, as a chart's is (src/schemas/chart.ts).
    const meant = (name: string) => {
      const near = optionMeant(use.component, name, known!);
      return near && !Object.hasOwn(props, near) ? near : undefined;
    };
    const names = unknown
      .map((name) => `"${name}"${meant(name) ? ` (did you mean "${meant(name)}"?)` : ''}`)
      .join(', ');
    errors.push(
      new ContentError(
        file,
        where,
        `unknown option${unknown.length === 1 ? '' : 's'} ${names}: expected ${known!.join(', ')}`,
      ),
    );
    // Each option under the name meant, when every unknown one has one: what its value names (a dataset, a column)
    // is checked in the same build, each problem under the option as written (<Fact> data: unknown dataset …).
    const renamed = new Map(unknown.map((name) => [meant(name), name] as const));
    if (unknown.some((name) => meant(name) === undefined) || renamed.size < unknown.length) return;
    const asMeant = Object.fromEntries(
      Object.entries(props).map(([name, value]) => [unknown.includes(name) ? meant(name)! : name, value]),
    );
    const found: ContentError[] = [];
    checkOptions(found, file, { ...use, props: asMeant }, project);
    for (const error of found) {
      const option = error.field.startsWith(`${where} `) ? error.field.slice(where.length + 1).split(/[ .[]/)[0]! : '';
      const written = renamed.get(option);
      errors.push(
        written === undefined
          ? error
          : new ContentError(
              error.file,
              `${where} ${written}${error.field.slice(where.length + 1 + option.length)}`,
              error.detail,
            ),
      );
    }
    return;
  }
  if (use.component === 'Chart') {
    checkChart(errors, file, where, props, project);
  } else if (use.component === 'Fact') {
    checkCardMark(errors, file, where, props);
    const dataset = typeof props.dataset === 'string' ? project.datasets.get(props.dataset) : undefined;
    if (typeof props.dataset !== 'string') {
      errors.push(
        new ContentError(file, `${where} dataset`, 'expected a dataset id, e.g. dataset="red-notices-issued"'),
      );
      return;
    }
    if (!dataset) {
      const declared = project.declaredColumns.get(props.dataset);
      if (!project.invalid.has(`dataset:${props.dataset}`)) {
        errors.push(new ContentError(file, `${where} dataset`, unknownDataset(props.dataset, project)));
      } else if (declared && typeof props.column === 'string' && !Object.hasOwn(declared, props.column)) {
        // A dataset whose rows are invalid: the column is checked against those it declares, the row waits.
        errors.push(
          new ContentError(
            file,
            `${where} column`,
            unknownColumnMessage(props.dataset, { columns: declared }, props.column),
          ),
        );
      }
      return;
    }
    checkFact(errors, file, where, props, dataset);
    checkQualifierSaid(errors, file, where, use, dataset);
    const format = numberFormatProblem(props.format, printedFigure(dataset, props));
    if (format) errors.push(new ContentError(file, `${where} format`, format));
    const sign = use.after === undefined ? null : percentAfter.exec(use.after);
    if (sign && printsPercent(dataset, props)) {
      errors.push(
        new ContentError(
          file,
          where,
          `the Fact prints the figure with its "%" sign already: remove the "${sign[1]}" after it`,
        ),
      );
    }
  } else if (use.component === 'Response') {
    if (typeof props.from !== 'string' || !props.from.trim()) {
      errors.push(new ContentError(file, `${where} from`, 'expected who responded, e.g. from="Interpol"'));
    }
    const date = responseDateProblem(props.date);
    if (date) errors.push(new ContentError(file, `${where} date`, date));
  } else if (use.component === 'Cite') {
    // id={…} that is not a literal is known only when the page renders.
    if (!('id' in props) || (props.id !== undefined && splitIds(props.id).length === 0)) {
      errors.push(new ContentError(file, `${where} id`, citeIdExpected));
    } else if (props.id !== undefined) {
      const ids = splitIds(props.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length > 0)
        errors.push(
          new ContentError(
            file,
            `${where} id`,
            `"${twice[0]}" is cited twice in one note (it would print [1, 1]): name each source once`,
          ),
        );
    }
  }
}

/** Whether a <Fact> prints its figure as a percentage (a "%" column, or a row whose unit says "%"). */
function printsPercent(dataset: DatasetWithId & { file: string }, props: Record<string, unknown>): boolean {
  return printedFigure(dataset, props)?.percent ?? false;
}

/** The figure a Fact prints, and whether its column says it is a percentage; undefined when checkFact reports it. */
function printedFigure(
  dataset: DatasetWithId & { file: string },
  props: Record<string, unknown>,
): { value: unknown; percent: boolean } | undefined {
  if (typeof props.column !== 'string' || !hasColumn(dataset, props.column)) return undefined;
  try {
    const { row, value } = factValue(dataset.file, dataset.id, dataset, props.row, props.column);
    return { value, percent: factColumn(dataset, props.column, row).unit === '%' };
  } catch {
    return undefined; // a missing row or an empty cell: reported by checkFact
  }
}

/**
 * `card` on a <Fact> marks the figure the page's social card shows (src/lib/social-card.ts). It takes no value, and the
 * card is drawn from the MDX before the page renders, so the figure's row and column must be written as values.
 */
function checkCardMark(errors: ContentError[], file: string, where: string, props: Record<string, unknown>): void {
  if (!('card' in props)) return;
  if (props.card !== true) {
    errors.push(
      new ContentError(
        file,
        `${where} card`,
        "write card alone, with no value (<Fact card dataset=… />): it marks the figure the page's social card shows",
      ),
    );
  } else if (props.row === undefined || typeof props.column !== 'string') {
    errors.push(
      new ContentError(
        file,
        `${where} card`,
        'the social card\'s figure is read before the page renders: write the row and the column of the Fact marked card as values, e.g. row={2024} column="issued"',
      ),
    );
  }
}

/** A page's social card shows one figure: one <Fact> a page may be marked `card`. */
export function checkOneCardMark(errors: ContentError[], file: string, uses: readonly ComponentUse[]): void {
  const marked = uses.filter((use) => use.component === 'Fact' && use.props.card === true);
  for (const use of marked.slice(1)) {
    errors.push(
      new ContentError(
        file,
        `line ${optionLine(use, 'card')}: <Fact> card`,
        `the page's social card shows one figure, and the <Fact> of line ${marked[0]!.line} is marked card already: keep the mark on one`,
      ),
    );
  }
}

/**
 * A <Fact> prints a number alone; a figure its source rounded or bounded (a row's `qualifier`: "about 86,000", "at
 * least 322", src/lib/qualifiers.ts) must be said so by the words before it, in the page's language, or a reader takes
 * 86,000 for a count. Charts, tables and cards print the word themselves; the prose is the editor's.
 */
function checkQualifierSaid(
  errors: ContentError[],
  file: string,
  where: string,
  use: ComponentUse,
  dataset: DatasetWithId & { file: string },
): void {
  const { props } = use;
  if (props.row === undefined || typeof props.column !== 'string') return;
  if (props.column !== qualifiedColumn(dataset.columns)) return;
  let fact: ReturnType<typeof factValue>;
  try {
    fact = factValue(file, dataset.id, dataset, props.row, props.column);
  } catch {
    return; // checkFact reports it
  }
  const lang = fileLocale(file);
  const written = fact.row[qualifierColumn];
  // As the page prints it: the site's word in the page's language, else the dataset's translation (qualifiers.ts).
  const translated =
    typeof written === 'string' ? localiseDataset(dataset, lang).value(qualifierColumn, written) : undefined;
  const word = qualifierText(written, lang, translated, datasetLang(dataset))?.text.replace(/\s+/g, ' ');
  if (!word) return;
  const escaped = word.toLocaleLowerCase(lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test((use.before ?? '').toLocaleLowerCase(lang))
  )
    return;
  const figure = formatValue(fact.value, factColumn(dataset, props.column, fact.row), lang);
  errors.push(
    new ContentError(
      file,
      where,
      `its source gives this figure as "${word} ${figure}", and the Fact prints ${figure} alone: write "${word}" before it (${word} <Fact … />), or readers take it for exact`,
    ),
  );
}

function checkFact(
  errors: ContentError[],
  file: string,
  where: string,
  props: Record<string, unknown>,
  dataset: DatasetWithId & { file: string },
): void {
  // A column written as an expression (column={name}) is known only when the page renders, where it is checked.
  if ('column' in props && props.column === undefined) return;
  // A row written as an expression (row={year}) is known only when the page renders: its column is checked now.
  if ('row' in props && props.row === undefined) {
    if (!hasColumn(dataset, props.column))
      errors.push(new ContentError(file, `${where} column`, unknownColumnMessage(dataset.id, dataset, props.column)));
    else if (dataset.columns[props.column]!.ref === 'source')
      errors.push(new ContentError(file, `${where} column`, sourceIdColumnMessage(props.column)));
    return;
  }
  // What <Fact> would stop on when the page renders (src/lib/facts.ts), reported now with its line. factValue stops
  // at a missing column; the row is then looked up by the key column, so that one build reports both.
  const report = (column: unknown) => {
    try {
      factValue(file, dataset.id, dataset, props.row, column);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(new ContentError(file, `${where} ${error.field.split(' ').at(-1)}`, error.detail));
    }
  };
  report(props.column);
  if (!hasColumn(dataset, props.column)) report(keyColumn(dataset));
}
