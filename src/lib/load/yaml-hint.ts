/** What an editor most likely got wrong where YAML stops. */
import { curlyQuotedText, straightQuoted } from './curly-quotes.ts';

/**
 * What an editor most likely got wrong when YAML stops at `line` (1-based, in the file), in words rather than the
 * parser's ("bad indentation of a mapping entry"): a value with ": " in it, unquoted, or a quote left open on that line
 * or one before it (the parser notices it only lines later). Undefined when neither fits.
 */
export function yamlHint(lines: string[], line: number): { line: number; text: string } | undefined {
  // A tab where YAML wants a space (a word processor's, or an editor's Tab key): js-yaml says "deficient indentation"
  // or "tab characters must not be used in indentation", neither of which names the tab. In a quoted value it is text.
  for (let n = line; n >= 2 && n >= line - 1; n--) {
    const text = lines[n - 1] ?? '';
    const after = /^\s*(?:-\s*)?([A-Za-z_][\w-]*):\t/.exec(text) ?? /^\s*(-)\t/.exec(text);
    const spaces = ' after a colon or a dash and to indent';
    if (after)
      return {
        line: n,
        text: `a tab after "${after[1] === '-' ? '-' : `${after[1]}:`}": YAML reads spaces only,${spaces}: replace the tab with a space`,
      };
    if (/^ *\t/.test(text))
      return {
        line: n,
        text: `a tab indents the line: YAML reads spaces only,${spaces}: replace the tab with spaces (two)`,
      };
  }
  for (let n = line; n >= 2 && n >= line - 3; n--) {
    const field = /^(\s*[A-Za-z_][\w-]*):\s+(.*)$/.exec(lines[n - 1] ?? '');
    if (!field) continue;
    const name = field[1]!.trim();
    const value = field[2] ?? '';
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : undefined;
    // Open from its line to the one the parser stopped at (a quoted value may span lines, closed further down).
    const rest = [value.slice(1), ...lines.slice(n, line)].join('\n');
    if (quote && !rest.includes(quote)) {
      return {
        line: n,
        text: `the value of ${name} opens a ${quote === '"' ? 'double' : 'single'} quote and never closes it: end it with ${quote}`,
      };
    }
    // "He said "no" to it": the value ends at the second quote, and what follows cannot be read.
    const close = quote ? value.indexOf(quote, 1) : -1;
    const after = close > 0 ? value.slice(close + 1).trim() : '';
    if (quote && after !== '' && !after.startsWith('#') && value.trimEnd().endsWith(quote) && n === line) {
      const inner = value.trimEnd().slice(1, -1);
      const requoted = quote === '"' ? `'${inner.replaceAll("'", "''")}'` : JSON.stringify(inner);
      return {
        line: n,
        text: `the value of ${name} ends at its second ${quote}, and the text after it cannot be read: quote the whole value with the other kind of quote, ${name}: ${requoted}`,
      };
    }
    if (!quote && !/^[[{|>&*!]/.test(value) && /:\s/.test(value) && n === line) {
      // Curly quotes around it were meant as YAML's quotes (see curlyQuotedValues): the fix has straight ones instead.
      const curly = curlyQuotedText(value);
      if (curly !== undefined) {
        return {
          line: n,
          text: `the value of ${name} has ": " in it, and curly quotes are text, not quotation marks: write ${name}: ${straightQuoted(curly)} with straight quotes`,
        };
      }
      return {
        line: n,
        text: `the value of ${name} has ": " in it: put it in quotes, ${name}: ${JSON.stringify(value.trim())}`,
      };
    }
  }
  return layoutHint(lines, line);
}

/**
 * What else an editor gets wrong in the layout of a line where YAML stops, which js-yaml calls "bad indentation of a
 * mapping entry" or "end of the stream or a document separator is expected": a value that starts with a character YAML
 * reserves (title: [Leak] the files, title: @interpol), a key without a space after its colon (title:The files: YAML
 * stops on the line after it), a field indented under the one above it, a list's dash out of line with the others.
 */
function layoutHint(lines: string[], line: number): { line: number; text: string } | undefined {
  const text = lines[line - 1] ?? '';
  const field = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s+(.*?)\s*$/.exec(text);
  if (field) {
    const [, name, value] = field as unknown as [string, string, string];
    const quoted = `put the whole value in quotes, ${name}: ${straightQuoted(value)}`;
    const list = /^(\[[^\]]*\]|\{[^}]*\})\s*\S/.exec(value);
    if (list)
      return {
        line,
        text: `the value of ${name} starts with ${list[1]}, which YAML reads as a ${list[1]!.startsWith('[') ? 'list' : 'set of fields'}, and the text after it cannot be read: ${quoted}`,
      };
    if (/^-\s/.test(value))
      return { line, text: `the value of ${name} starts with "- ", which YAML reads as a list: ${quoted}` };
    if (/^[@`*&!%]/.test(value))
      return { line, text: `the value of ${name} starts with "${value[0]}", which YAML keeps for itself: ${quoted}` };
  }
  for (let n = line; n >= 2 && n >= line - 1; n--) {
    const glued = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(?![\s/])(.+)$/.exec(lines[n - 1] ?? '');
    if (glued)
      return {
        line: n,
        text: `YAML needs a space after the colon of ${glued[2]}: write ${glued[2]}: ${glued[3]!.trim()}`,
      };
  }
  const here = keyOf(text);
  const previous = lines
    .slice(0, line - 1)
    .findLastIndex((other) => other.trim() !== '' && !other.trim().startsWith('#'));
  const above = previous === -1 ? undefined : lines[previous]!;
  const aboveKey = above === undefined ? undefined : keyOf(above);
  if (
    here &&
    aboveKey &&
    here.column > aboveKey.column &&
    /:\s*\S/.test(above!.slice(aboveKey.column + aboveKey.key.length))
  ) {
    return {
      line,
      text: `${here.key} is indented further than ${aboveKey.key} on line ${previous + 1}, so YAML reads it as part of that value: line it up with ${aboveKey.key}`,
    };
  }
  const dash = /^( *)-(?:\s|$)/.exec(text);
  if (dash) {
    for (let n = line - 1; n >= 1; n--) {
      const other = /^( *)-(?:\s|$)/.exec(lines[n - 1] ?? '');
      if (!other) break;
      if (other[1]!.length !== dash[1]!.length) {
        const spaces = (count: number) => `${count} space${count === 1 ? '' : 's'}`;
        return {
          line,
          text: `this "-" is indented by ${spaces(dash[1]!.length)}, the one on line ${n} by ${spaces(other[1]!.length)}: line up the dashes of a list`,
        };
      }
    }
  }
  return undefined;
}

/** A mapping's key as a line writes it (`date:`, `  - date:`): the column where the key starts, and the key. */
function keyOf(text: string): { column: number; key: string } | undefined {
  const match = /^(\s*(?:-\s+)*)([^\s:#'"][^:]*?):(?:\s|$)/.exec(text);
  return match ? { column: match[1]!.length, key: match[2]! } : undefined;
}

/**
 * What to say of a key written twice in one mapping, at the file's `line` (js-yaml: "duplicated mapping key", which
 * named neither the key nor the other line): a field added again at the end of the frontmatter, or a correction given
 * a second `date:`. Undefined when the line holds no key or its first place is not found.
 */
export function duplicateKeyHint(lines: string[], line: number): { line: number; text: string } | undefined {
  const here = keyOf(lines[line - 1] ?? '');
  if (!here) return undefined;
  for (let n = line - 1; n >= 1; n--) {
    const text = lines[n - 1] ?? '';
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const other = keyOf(text);
    if (other?.column === here.column && other.key === here.key) {
      return { line, text: `${here.key} is written twice, here and at line ${n}: keep one (YAML reads neither)` };
    }
    // The start of this list item's mapping, or a line of the mapping that holds this one: no further up.
    if (other?.column === here.column && /-\s*$/.test(text.slice(0, other.column))) return undefined;
    if ((/^\s*/.exec(text)?.[0].length ?? 0) < here.column) return undefined;
  }
  return undefined;
}
