/** The components an MDX body uses (<Fact>, <Cite>, <Response>, <Chart>), each with its options. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { type ComponentUse, optionLine } from '../mdx-usage.ts';
import { splitIds, citeIdExpected } from '../citations.ts';
import { responseDateProblem } from '../../schemas/fields.ts';
import { unknownColumnMessage } from '../facts.ts';
import { checkChart } from './chart.ts';
import { withColumnElsewhere } from './column-elsewhere.ts';
import { unknownDataset } from './unknown-dataset.ts';
import { numberFormatProblem } from '../format-value.ts';
import { percentAfter } from '../../schemas/dataset/percent-words.ts';
import { optionMeant } from './option-meant.ts';
import { checkCardMark } from './card-mark.ts';
import { checkFact, checkQualifierSaid, printedFigure, printsPercent } from './fact.ts';

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
