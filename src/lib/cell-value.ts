/** A CSV cell typed by its column, or what kind of mistake it is and what to write instead. */
import {
  type ColumnType,
  heldExactly,
  tooManyDigits,
  largerUnit,
  valueFits,
  gapMarks,
  figureAsText,
  isNumberInWords,
  fractionColumn,
} from '../schemas/dataset.ts';
import { booleanHint, dateHint } from '../schemas/fields.ts';

/** A number as JSON writes it, which a spreadsheet exports for a cell formatted as a plain number. */
const plainNumber = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * `cell` typed for a column of `type`: an empty cell is a gap (null); text is kept as written. Otherwise what it is
 * for telling one mistake repeated down a column from several (as the schema's valueKind does), and a hint.
 */
export function cellValue(type: ColumnType, cell: string): { value: unknown } | { kind: string; hint: string } {
  if (type === 'string') return { value: cell === '' ? null : cell };
  const text = cell.trim();
  if (text === '') return { value: null };
  if ((type === 'number' || type === 'integer') && plainNumber.test(text) && !heldExactly(text)) {
    return {
      kind: `too many digits ${text}`,
      hint: `: it ${tooManyDigits(text)}: ${largerUnit}, or make the column "type": "string" if it holds codes, not figures`,
    };
  }
  if ((type === 'number' || type === 'integer') && plainNumber.test(text) && valueFits(type, Number(text)))
    return { value: Number(text) };
  if (type === 'boolean' && /^(?:true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const word = type === 'boolean' ? booleanHint(text) : undefined;
  if (word) return { kind: `text ${text.toLowerCase()}`, hint: `: ${word}` };
  if (type === 'date' && valueFits('date', text)) return { value: text };
  if (gapMarks.test(text)) return { kind: `text ${text}`, hint: ': leave the cell empty for a gap' };
  if ((type === 'number' || type === 'integer') && isNumberInWords(text))
    return { kind: 'number in words', hint: ': write the figure in digits' };
  if (type === 'integer' && plainNumber.test(text)) {
    // "1.200" in a column of whole numbers: a point between thousands, as a German sheet writes them (figureAsText).
    const thousands = figureAsText(text)?.alternative;
    if (thousands === undefined) return { kind: 'fraction', hint: '' };
    return {
      kind: 'number as text, point between thousands',
      hint: `: write it without separators, ${thousands} (format the column as a plain number before exporting)`,
    };
  }
  const figure = figureAsText(text);
  if ((type === 'number' || type === 'integer') && figure && valueFits(type, figure.figure)) {
    const hint = {
      separators: `write it without separators, ${figure.figure}${type === 'number' && figure.alternative !== undefined ? `, or ${figure.alternative} if its comma is a decimal one` : ''}`,
      'decimal comma': `write it with a point before its decimals, ${figure.figure}`,
      'minus sign': `write it with a hyphen for its minus sign, ${figure.figure}`,
      unit: `write it alone, ${figure.figure}: the column's "unit" says what it counts`,
      percent: `write it without the % sign, ${figure.figure}${type === 'number' && figure.alternative !== undefined ? `, or ${figure.alternative} if its comma is a decimal one` : ''}, and give the column "unit": "%"`,
    }[figure.kind];
    return {
      kind: `number as text, ${figure.kind}`,
      hint: `: ${hint} (format the column as a plain number before exporting)`,
    };
  }
  if (type === 'integer' && figure?.kind === 'decimal comma') {
    return {
      kind: 'fraction, decimal comma',
      hint: `: write it with a point before its decimals, ${figure.figure}, ${fractionColumn} (format the column as a plain number before exporting)`,
    };
  }
  if (type === 'date' && /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(text)) {
    return {
      kind: 'date as the sheet shows it',
      hint: ': format the column as text or as yyyy-mm-dd before exporting',
    };
  }
  const date = type === 'date' ? dateHint(text, { coarse: true }) : undefined;
  if (date) return { kind: `text ${text}`, hint: `: ${date}` };
  return { kind: figure ? 'number as text' : `text ${text}`, hint: '' };
}
