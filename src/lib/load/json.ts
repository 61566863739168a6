/** Reading a JSON file of data/, and what to say when it does not parse. */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, formatPath } from '../content-error.ts';
import { heldExactly, largerUnit, tooManyDigits } from '../../schemas/dataset/values.ts';
import {
  parse as parseJsonc,
  printParseErrorCode,
  visit as visitJson,
  type JSONPath,
  type ParseError,
} from 'jsonc-parser';

/**
 * The JSON of `file` (below `root`), or undefined when it is missing or no JSON, with its problems in `errors`. The
 * paths of its numbers that are not read as written (`rows[3].amount`) are added to `inexact`, whose schema errors
 * would say it again of the figure JSON made of them.
 */
export function readJson(root: string, file: string, errors: ContentError[], inexact = new Set<string>()): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    errors.push(new ContentError(file, '', 'missing: the bibliography must exist, even if empty ({})'));
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push(
      new ContentError(relative(root, path), '', `invalid JSON${jsonProblem(text) ?? `: ${(error as Error).message}`}`),
    );
    return undefined;
  }
  for (const { path: at, line } of repeatedKeys(text, json)) {
    const name = at.at(-1)!;
    const field = at.length === 1 ? `line ${line}` : `line ${line}: ${formatPath(at)}`;
    errors.push(
      new ContentError(
        file,
        field,
        `${JSON.stringify(name)} is written twice; the second would replace the first${rowOf(json, at)}`,
      ),
    );
  }
  for (const { path: at, line, written } of inexactNumbers(text)) {
    inexact.add(formatPath(at));
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${formatPath(at)}`,
        `${written} ${tooManyDigits(written)}${rowOf(json, at)}: ${largerUnit}, or as text in double quotes if it is a code, not a figure`,
      ),
    );
  }
  return json;
}

/** A number that may not be held exactly: 16 digits or more (a point among them), or a three-digit exponent. */
const longNumber = /-?\d[\d.]{15,}(?:[eE][+-]?\d+)?|-?\d+(?:\.\d+)?[eE][+-]?\d{3,}/g;

/**
 * The numbers of `text` that JSON.parse does not read as written (heldExactly), with their path and 1-based line.
 * Every such number has 16 digits or more, or an exponent of three digits: the text is walked (to know where each
 * is) only when a run of digits of that kind is not held exactly, which costs a regular expression over ordinary
 * files and over files of computed fractions (0.14285714285714285, printed back as written) alike.
 */
function inexactNumbers(text: string): { path: JSONPath; line: number; written: string }[] {
  let suspect = false;
  for (const [written] of text.matchAll(longNumber)) if ((suspect = !heldExactly(written))) break;
  if (!suspect) return [];
  const found: { path: JSONPath; line: number; written: string }[] = [];
  visitJson(text, {
    onLiteralValue: (value, offset, length, line, _character, path) => {
      const written = text.slice(offset, offset + length);
      if (typeof value === 'number' && !heldExactly(written)) found.push({ path: path(), line: line + 1, written });
    },
  });
  return found;
}

/**
 * The keys written twice in one object of `text` (JSON.parse keeps the last silently), with the path and the 1-based
 * line of the second. Cheap when there are none, as in almost every file: the keys written (a `"` before a `:`, which
 * may overcount, never undercount) are counted against those `json` kept, and the text is walked only when they differ.
 */
function repeatedKeys(text: string, json: unknown): { path: JSONPath; line: number }[] {
  if (keysWritten(text) === keysKept(json)) return [];
  const found: { path: JSONPath; line: number }[] = [];
  const objects: Set<string>[] = [];
  visitJson(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (name, _offset, _length, line, _character, path) => {
      const keys = objects.at(-1)!;
      if (keys.has(name)) found.push({ path: [...path(), name], line: line + 1 });
      keys.add(name);
    },
  });
  return found;
}

/** How many `"…":` `text` has, outside escapes: every key written, and a text value starting with ":" (so never fewer). */
function keysWritten(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let at = colon - 1;
    while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t') at--;
    if (text[at] !== '"') continue;
    let backslashes = 0;
    while (text[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

/** How many keys the objects in `value` have, at every depth. */
function keysKept(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += keysKept(item);
  else for (const item of Object.values(value)) count += 1 + keysKept(item);
  return count;
}

/** " (the row where year is 2005)" for a path inside a dataset's row, as the dataset's own messages name rows. */
function rowOf(json: unknown, path: JSONPath): string {
  if (path[0] !== 'rows' || typeof path[1] !== 'number' || path.length !== 3) return '';
  const { key, columns, rows } = json as { key?: unknown; columns?: unknown; rows?: unknown };
  const name =
    typeof key === 'string' ? key : columns && typeof columns === 'object' ? Object.keys(columns)[0] : undefined;
  const value = Array.isArray(rows) ? (rows[path[1]] as Record<string, unknown> | undefined)?.[name ?? ''] : undefined;
  return name !== undefined && path[2] !== name && (typeof value === 'string' || typeof value === 'number')
    ? ` (the row where ${name} is ${JSON.stringify(value)})`
    : '';
}

/**
 * Where and why `text` is not JSON, in an editor's words (" at line 4, column 2: …"): JSON.parse names neither the
 * line nor, for a trailing comma, what is wrong. jsonc-parser, held to strict JSON, gives the first error's offset.
 */
export function jsonProblem(text: string): string | undefined {
  const found: ParseError[] = [];
  parseJsonc(text, found, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = found[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const at = text[first.offset];
  // Notepad and Excel can save UTF-8 with a byte-order mark, which JSON does not allow; the editor cannot see it.
  if (first.offset === 0 && at === '\uFEFF')
    return ' at line 1, column 1: the file begins with an invisible byte-order mark: save it as "UTF-8", not "UTF-8 with BOM"';
  // A gap as a spreadsheet, JavaScript or Python writes it (NaN, undefined, None): JSON's is null.
  const gap = /^(?:NaN|undefined|None|nil|NULL|Null|n\/a|N\/A|-)(?=\s*[,}\]])/.exec(text.slice(first.offset));
  if (gap) {
    // n/a and - are also words a text column may hold ("status": "-"): those go in double quotes.
    const word = /^(?:n\/a|N\/A|-)$/.test(gap[0]) ? `, or "${gap[0]}" in double quotes where it is a text` : '';
    return ` at line ${line}, column ${column}: ${gap[0]} is no JSON value: write null for a gap (a figure no source gives)${word}`;
  }
  const afterComma = /,\s*$/.test(before) && (at === ']' || at === '}');
  // A figure typed with commas, "issued": 1,200 or "rate": 13,5: JSON reads 1, then a comma, then a field name it does
  // not find. The error is at the 200; what to write is the figure JSON reads (figureWithCommas). Looked for at the end
  // of what comes before only: matched against all of it, a list of 20,000 figures before the error took seconds.
  const head = /(?<=[:[,]\s*)-?\d+(?:,\d+)*,$/.exec(before.slice(-200));
  const rest = /^\d+(?:,\d+)*(?:\.\d+)?(?=\s*[,}\]])/.exec(text.slice(first.offset));
  const figure = head && rest ? figureWithCommas(`${head[0]}${rest[0]}`) : undefined;
  if (figure) return ` at line ${line}, column ${column - head![0].length}: ${figure}`;
  const spaced = figureWithSpaces(before, text.slice(first.offset));
  if (spaced) return ` at line ${line}, column ${column - spaced.back}: ${spaced.problem}`;
  const why = afterComma
    ? `a comma with nothing after it: remove the comma before "${at}"`
    : (jsonReasons[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error));
  return ` at line ${line}, column ${column}: ${why.replace('{char}', JSON.stringify(at ?? ''))}`;
}

/**
 * What to say of a figure typed with commas in JSON: thousands separators (1,200; 12,345,678.5), written without them,
 * or a decimal comma, as French and German write decimals (13,5; 0,125: no figure's thousands begin with 0), written
 * with a point, as figureAsText reads a figure typed as text. Undefined for anything else.
 */
function figureWithCommas(written: string): string | undefined {
  if (/^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(written)) {
    return `${written} is a figure with thousands separators, which JSON cannot read: write it without them, ${written.replaceAll(',', '')}`;
  }
  if (/^-?\d+,\d+$/.test(written))
    return `${written} is a figure with a decimal comma, which JSON cannot read: write it with a point, ${Number(written.replace(',', '.'))}`;
  return undefined;
}

/**
 * What to say of a figure typed with spaces between its groups of digits, as French writes them ("issued": 1 200, or
 * with the no-break space, U+00A0 or U+202F, of a figure copied from a French page), where JSON reads 1 and then stops
 * on the space or on 200: the figure written without them, and how far before the error it starts. Undefined for
 * anything else, such as two figures with a space between them (12 34), which are not grouped by threes.
 */
function figureWithSpaces(before: string, after: string): { problem: string; back: number } | undefined {
  const head = /(?<=[:[,]\s*)-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]*$/.exec(before.slice(-200));
  const rest = /^[ \u00a0\u202f]*\d{3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?(?=\s*[,}\]])/.exec(after);
  const written = head && rest ? `${head[0]}${rest[0]}` : '';
  if (!/^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(written)) return undefined;
  const figure = written.replace(/[ \u00a0\u202f]/g, '');
  const decimals = figure.includes(',') ? ', with a point before its decimals' : '';
  return {
    problem: `${written} is a figure with spaces between its groups of digits, which JSON cannot read: write it without them${decimals}, ${Number(figure.replace(',', '.'))}`,
    back: head![0].length,
  };
}

const jsonReasons: Record<string, string> = {
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  CommaExpected: 'expected a comma between two entries',
  ColonExpected: 'expected a colon after the field name',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected nothing after the end of the JSON',
  InvalidSymbol: 'unexpected {char} (text goes in double quotes)',
  InvalidNumberFormat: 'a number JSON cannot read (no leading zeros or thousands separators)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text that is not closed with a double quote',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after a backslash',
  InvalidCharacter: 'a character JSON does not allow in text (a tab or a line break: write \\t or \\n)',
};
