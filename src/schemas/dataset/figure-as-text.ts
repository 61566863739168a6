/**
 * Figures typed as text ("12,000", "13,5", "9.7%", "15,548 notices"), read as the number meant.
 */
import { figureWithPercent } from './percent-words.ts';

/** A word that multiplies the figure before it, in English or French, written out or short ("k", "bn", "Mrd"). */
const scaleWord =
  /^\s*(?:hundreds?|thousands?|millions?|billions?|trillions?|centaines?|milliers?|milliards?|k|m|mn|mio|bn|mrd|tn)\b/iu;

/** A figure written plainly, as JSON writes one, with spaces around it. */
const plainFigure = /^\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * The number a text holds, typed as a figure is in a spreadsheet or an article ("12,000", "4 817", "1.5",
 * "1.234.567"), if it is one. A figure with thousands separators begins with a digit other than 0: "0,125" is a
 * decimal comma (figureAsText). A point is a separator only between two groups or more: "1.200" is 1.2 here.
 */
function numberInText(text: string): number | undefined {
  const trimmed = text.trim();
  const grouped =
    /^(-?[1-9]\d{0,2})((?:[,\s\u00a0\u202f']\d{3})+)(\.\d+)?$/u.exec(trimmed) ??
    /^(-?[1-9]\d{0,2})((?:\.\d{3}){2,})$/.exec(trimmed);
  const figure = grouped ? `${grouped[1]}${grouped[2]!.replace(/\D/g, '')}${grouped[3] ?? ''}` : trimmed;
  return /^-?\d+(?:\.\d+)?$/.test(figure) ? Number(figure) : undefined;
}

/**
 * The number of a figure typed with a decimal comma: "13,5" or "0,125" (one or two digits after the comma, where three
 * would be thousands, unless the figure begins with 0), or thousands and a decimal comma, as German and French sheets
 * write them ("1.234,5", "4 817,25").
 */
function decimalComma(text: string): number | undefined {
  const trimmed = text.trim();
  const comma =
    /^(-?\d+),(\d{1,2}|\d{4,})$/.exec(trimmed) ??
    /^(-?0),(\d+)$/.exec(trimmed) ??
    /^(-?[1-9]\d{0,2}(?:\.\d{3})+|-?[1-9]\d{0,2}(?:[\s\u00a0\u202f']\d{3})+),(\d+)$/u.exec(trimmed);
  return comma ? Number(`${comma[1]!.replace(/[^\d-]/g, '')}.${comma[2]}`) : undefined;
}

/**
 * A figure typed as text and what to write instead: "12,000" (a separator), "13,5" or "0,125" (a decimal comma, as
 * French and German write it), or "9.7%" (the unit typed into the cell; the figure before it read by the same
 * rules: "1,250%" is 1250, or 1.25). A point before three digits ("1.200") is a decimal point to JSON and English and a
 * thousands separator to a German or Belgian sheet: `alternative` is the other reading (1200), and the hint names both.
 */
export function figureAsText(text: string):
  | {
      figure: number;
      hint: string;
      kind: 'separators' | 'decimal comma' | 'percent' | 'minus sign' | 'unit';
      alternative?: number;
    }
  | undefined {
  // A minus sign (−, U+2212), as a word processor or a sheet's number format writes it, where JSON and CSV read a hyphen.
  if (/^\s*\u2212/.test(text)) {
    const hyphen = text.replace('\u2212', '-');
    if (!plainFigure.test(hyphen)) return figureAsText(hyphen);
    return {
      figure: Number(hyphen),
      hint: `write the figure without quotes, with a hyphen for its minus sign, ${Number(hyphen)}`,
      kind: 'minus sign',
    };
  }
  const figure = numberInText(text);
  if (figure !== undefined) {
    const dotted = /^\s*(-?[1-9]\d{0,2})\.(\d{3})\s*$/.exec(text);
    if (dotted) {
      const alternative = Number(`${dotted[1]}${dotted[2]}`);
      return {
        figure,
        alternative,
        hint: `write the figure without quotes: ${figure}, or ${alternative} if the point separates thousands`,
        kind: 'separators',
      };
    }
    // And the other way round: "2,125" is 2125 to an English sheet, 2.125 to a French one.
    const comma = /^\s*(-?[1-9]\d{0,2}),(\d{3})\s*$/.exec(text);
    if (comma) {
      const alternative = Number(`${comma[1]}.${comma[2]}`);
      return {
        figure,
        alternative,
        hint: `write the figure without quotes: ${figure}, or ${alternative} if the comma is a decimal one`,
        kind: 'separators',
      };
    }
    return { figure, hint: `write the figure without quotes or separators, ${figure}`, kind: 'separators' };
  }
  const decimal = decimalComma(text);
  if (decimal !== undefined)
    return {
      figure: decimal,
      hint: `write the figure without quotes, with a point before its decimals, ${decimal}`,
      kind: 'decimal comma',
    };
  const percent = figureWithPercent.exec(text);
  const value = percent && (numberInText(percent[1]!) ?? decimalComma(percent[1]!));
  if (value !== null && value !== undefined) {
    // "2,125 %" too: 2125 to an English sheet, 2.125 to a French one, as a figure without its sign (above).
    const comma = /^\s*(-?[1-9]\d{0,2}),(\d{3})\s*$/.exec(percent![1]!);
    const alternative = comma ? Number(`${comma[1]}.${comma[2]}`) : undefined;
    const or = alternative === undefined ? '' : `, or ${alternative} if the comma is a decimal one`;
    return {
      figure: value,
      ...(alternative === undefined ? {} : { alternative }),
      hint: `write the figure without quotes or the % sign, ${value}${or}, and give the column "unit": "%"`,
      kind: 'percent',
    };
  }
  // A figure with what it counts typed after it ("15,548 notices"), as a sentence writes it: the unit is the column's.
  // Not a scale ("15 thousand", "2 millions", "3 bn"): the figure before it is not the one meant.
  const worded = /^\s*(.*?\d)\s+\p{L}[\p{L}\s.'’-]*$/u.exec(text);
  const counted =
    worded && !scaleWord.test(text.slice(worded[1]!.length))
      ? (numberInText(worded[1]!) ?? decimalComma(worded[1]!))
      : null;
  if (counted !== null && counted !== undefined)
    return {
      figure: counted,
      hint: `write the figure alone, without quotes, ${counted}: the column's "unit" says what it counts`,
      kind: 'unit',
    };
  return undefined;
}
