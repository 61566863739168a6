/**
 * JavaScript written in an MDX expression: where a string literal or a brace ends, and the value of a literal.
 */

/**
 * The index of the `}` closing the `{` at `open` (the end of the source when it is never closed). Braces inside a
 * string literal (`{"{"}`) do not count; a quote not closed on its line is an apostrophe, not a string.
 */
export function closingBrace(source: string, open: number): number {
  let depth = 0;
  let j = open;
  for (; j < source.length; j++) {
    const char = source[j]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(source, j);
      if (end > 0) j = end;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) break;
  }
  return j;
}

/** The index of the quote closing the string literal opening at `open`, on the same line; -1 when there is none. */
function stringEnd(source: string, open: number): number {
  const quote = source[open];
  for (let k = open + 1; k < source.length; k++) {
    const char = source[k];
    if (char === '\\') k++;
    else if (char === quote) return k;
    else if (char === '\n' && quote !== '`') return -1;
  }
  return -1;
}

/**
 * The value of an option's expression when it is a literal: JSON (`{2024}`, `{"compact"}`, `{{ "a": 1 }}`), or a
 * string in single quotes or backquotes as JavaScript writes one (`{'percent'}`, `` {`compact`} ``), which renders
 * as the same string in double quotes would. Anything else (a name, an object with bare keys) is known at render only.
 */
export function literal(expression: string): unknown {
  const trimmed = expression.trim();
  const template = /^`([^`$\\]*)`$/.exec(trimmed);
  if (template) return template[1];
  try {
    return JSON.parse(singleQuotedAsJson(trimmed) ?? objectLiteralAsJson(trimmed) ?? trimmed);
  } catch {
    return undefined;
  }
}

/**
 * An object literal as JavaScript writes it, with bare keys and strings in single quotes (`{ maximumFractionDigits: 0 }`,
 * `{ snapshot: '2023-05' }`, as docs/writing.md writes a Fact's format and a chart's filter), as JSON; undefined for
 * another expression. Anything that is no literal (a name as a value) is left as written, and JSON.parse refuses it.
 */
function objectLiteralAsJson(expression: string): string | undefined {
  if (!expression.startsWith('{')) return undefined;
  let json = '';
  for (let i = 0; i < expression.length;) {
    const char = expression[i]!;
    if (char === '"' || char === "'") {
      const end = stringEnd(expression, i);
      const string = end < 0 ? undefined : expression.slice(i, end + 1);
      const written = char === "'" && string !== undefined ? singleQuotedAsJson(string) : string;
      if (written === undefined) return undefined;
      json += written;
      i = end + 1;
      continue;
    }
    const key = /[{,]\s*$/.test(json) ? /^[A-Za-z_$][\w$]*(?=\s*:)/.exec(expression.slice(i)) : null;
    json += key ? `"${key[0]}"` : char;
    i += key ? key[0].length : 1;
  }
  return json;
}

/** A string literal in single quotes ('it\'s') as JSON writes it ("it's"), or undefined for any other expression. */
function singleQuotedAsJson(expression: string): string | undefined {
  const single = /^'((?:[^'\\\n]|\\.)*)'$/.exec(expression);
  if (!single) return undefined;
  // An escaped ' needs no escape between double quotes, and a bare " needs one.
  const inner = single[1]!.replace(/\\(.)|"/g, (match, escaped?: string) =>
    escaped === undefined ? '\\"' : escaped === "'" ? "'" : match,
  );
  return `"${inner}"`;
}
