/**
 * A tag's options as MDX reads them, with what is wrong with how they are written.
 */
import { closingBrace, literal } from './string-literals.ts';
import { textInBraces } from './text-in-braces.ts';

interface Parsed {
  props: Record<string, unknown>;
  end: number;
  unclosed?: 'blank line' | 'text';
  spread?: true;
  syntax: { option: string; message: string }[];
  names: { option: string; name: string }[];
  /** Options whose braces hold a date or a code outside quotes (row={2025-01}), and the option as it should be written. */
  unquoted: { option: string; values: string[]; meant: string }[];
  /** Options written as an expression that is no literal, as written between the braces (row={2020 + 4}: "2020 + 4"). */
  expressions: Record<string, string>;
  /** Each option's offset in the source: where its name is written. */
  at: Record<string, number>;
}

/**
 * A value opened with a curly quote or a guillemet, and the value up to the quote that closes it, on its line (a
 * single quote closes before a space or the tag's end: ‘Interpol’s count’ holds an apostrophe).
 */
const curlyQuoted = /^[“”„‘’‚«»]/;

const curlyValue = /^(?:[“”„«][^“”»\n]*[“”»]|[‘’‚].*?[’‘](?=[\s/>]))/;

/** Names an expression may use without defining them: JavaScript's values, and what MDX in Astro provides. */
const knownNames = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'frontmatter', 'props']);

export function parseAttributes(source: string, from: number): Parsed {
  const props: Record<string, unknown> = {};
  const syntax: Parsed['syntax'] = [];
  const names: Parsed['names'] = [];
  const at: Parsed['at'] = {};
  const expressions: Parsed['expressions'] = {};
  const unquoted: Parsed['unquoted'] = [];
  let spread: true | undefined;
  let i = from;
  const attr = /\s*([A-Za-z_][\w-]*)(?:\s*=\s*)?/y;
  // MDX allows a blank line between attributes; one followed by text that is no attribute is a tag left open.
  let pastBlankLine = false;
  while (i < source.length) {
    const space = i;
    while (/\s/.test(source[i] ?? '')) i++;
    if (/\n[^\S\n]*\n/.test(source.slice(space, i))) pastBlankLine = true;
    if (source.startsWith('/>', i) || source[i] === '>')
      return { props, end: i, syntax, names, unquoted, expressions, at, ...(spread ? { spread } : {}) };
    // A spread ({...common}): its options are known only when the page renders.
    if (source[i] === '{') {
      i = closingBrace(source, i) + 1;
      spread = true;
      continue;
    }
    attr.lastIndex = i;
    const m = attr.exec(source);
    if (!m)
      return {
        props,
        end: i,
        syntax,
        names,
        unquoted,
        expressions,
        at,
        unclosed: pastBlankLine ? 'blank line' : 'text',
      };
    const name = m[1] ?? '';
    at[name] ??= attr.lastIndex - m[0].length + m[0].search(/\S/);
    i = attr.lastIndex;
    if (name in props) syntax.push({ option: name, message: 'given twice: keep one (the last would silently win)' });
    const hasValue = /=\s*$/.test(m[0]);
    if (!hasValue) {
      props[name] = true;
      continue;
    }
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      if (close < 0) return { props, end: source.length, syntax, names, unquoted, expressions, at, unclosed: 'text' };
      props[name] = source.slice(i + 1, close);
      i = close + 1;
    } else if (quote === '{') {
      const j = closingBrace(source, i);
      const expression = source.slice(i + 1, j).trim();
      props[name] = literal(expression);
      if (props[name] === undefined) {
        expressions[name] = expression;
        const text = textInBraces(name, expression);
        if (text) unquoted.push({ option: name, ...text });
      }
      if (/^[A-Za-z_$][\w$]*$/.test(expression) && !knownNames.has(expression))
        names.push({ option: name, name: expression });
      i = j + 1;
    } else if (curlyQuoted.test(source.slice(i, i + 1))) {
      // title=“Red notices”: a word processor's quotes are letters to MDX, and the value's first space ends it.
      const value = curlyValue.exec(source.slice(i))?.[0] ?? /^[^\s/>]+/.exec(source.slice(i))?.[0] ?? '';
      const text = value.replace(/^[“”„‘’‚«»]\s*|\s*[“”‘’«»]$/g, '');
      syntax.push({
        option: name,
        message: `the value ${value} is between curly quotes, which MDX does not read as quotes (a word processor's or a phone's "smart quotes"): write ${name}="${text}"`,
      });
      props[name] = undefined;
      i += value.length;
    } else {
      // row=2024: MDX reads only quoted text or {expressions}.
      const raw = /^[^\s/>]+/.exec(source.slice(i))?.[0] ?? '';
      const written = /^-?\d+(\.\d+)?$|^(true|false)$/.test(raw) ? `${name}={${raw}}` : `${name}="${raw}"`;
      syntax.push({ option: name, message: `the value ${raw} needs quotes or braces: write ${written}` });
      props[name] = undefined;
      i += raw.length;
    }
  }
  return { props, end: i, syntax, names, unquoted, expressions, at, unclosed: pastBlankLine ? 'blank line' : 'text' };
}
