/**
 * Dates and codes written in an option's braces (row={2025-01}, row={2018-12}, filter={{ snapshot: 2023-05 }}), which
 * MDX reads as JavaScript: 2025-01 is no number it can read, and the page does not parse; 2018-12 is 2018 minus 12,
 * and the Fact looks for the row 2006. Such a value is text, in quotes.
 */

/**
 * Digits joined by hyphens (a date, a month, a code: 2025-01, 2018-12-03, 1-2-3), or digits after a leading zero
 * (007), standing alone in an expression: not part of a name, a decimal or a string.
 */
const dateOrCode = /(?<![\w$.'"`-])(?:\d+(?:-\d+)+|0\d+)(?![\w$.'"`])/g;

/** `expression` with the contents of its string literals blanked, so that a date already in quotes is not found. */
function withoutStrings(expression: string): string {
  return expression.replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, (literal) => ' '.repeat(literal.length));
}

/**
 * How JavaScript reads `value`, a date or a code written in braces, and what it is instead: "in braces, 2018-12 is read
 * as JavaScript, 2018 minus 12, that is 2006: a date or a code is text, in quotes"; 2025-01 "is no number it can read".
 */
export function inBracesReading(value: string): string {
  const parts = value.split('-');
  const readable = /^-?\d+(?:-\d+)*$/.test(value) && parts.every((part) => !/^0\d/.test(part));
  const reading =
    readable && parts.length > 1
      ? `, ${parts.join(' minus ')}, that is ${parts.slice(1).reduce((total, part) => total - Number(part), Number(parts[0]))}`
      : ', and is no number it can read';
  return `in braces, ${value} is read as JavaScript${reading}: a date or a code is text, in quotes`;
}

/**
 * The dates and codes an option's `expression` holds outside quotes, and the option as it should be written (`name`
 * its name): row="2025-01" for a value alone, filter={{ snapshot: "2023-05" }} for one inside an object. Undefined
 * when there is none.
 */
export function textInBraces(name: string, expression: string): { values: string[]; meant: string } | undefined {
  const found = [...withoutStrings(expression).matchAll(dateOrCode)];
  if (found.length === 0) return undefined;
  const values = found.map(([value]) => value);
  if (found.length === 1 && values[0] === expression.trim()) return { values, meant: `${name}="${values[0]}"` };
  let quoted = expression;
  for (const match of found.reverse())
    quoted = `${quoted.slice(0, match.index)}"${match[0]}"${quoted.slice(match.index + match[0].length)}`;
  return { values, meant: `${name}={${quoted}}` };
}
