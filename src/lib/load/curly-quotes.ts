/** Curly quotes and guillemets written where YAML wants straight quotes. */
import { yamlPlaces } from '../yaml-places.ts';

/** Quotation marks a word processor puts where an editor typed YAML's straight ones ("smart quotes"), and guillemets. */
const curlyOpen = '‘’“”«';
const curlyClose = '’‘”“»';

/** `value` without the curly quotes or guillemets around it, if it has them (‘The files’ -> The files); else undefined. */
export function curlyQuotedText(value: string): string | undefined {
  const text = value.trim();
  if (text.length < 2 || !curlyOpen.includes(text[0]!) || !curlyClose.includes(text.at(-1)!)) return undefined;
  return text.slice(1, -1).trim();
}

/** `text` quoted for YAML with straight quotes: single ones, unless it has one itself. */
export function straightQuoted(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text}'`;
}

/**
 * Frontmatter values written without YAML's quotes but between curly quotes or guillemets (title: ‘Extradition’,
 * authors: [“A. Reporter”]): YAML reads the marks as part of the text, and the site would print them. A word
 * processor turns straight quotes into curly ones ("smart quotes"; French autocorrection into « »), so they are
 * almost always meant as YAML's. Marks meant as text (a title that is a quotation) are written inside straight quotes,
 * title: '« Nous ne savions pas »', and are then not reported. Only a file with such a mark is looked at closely.
 */
export function curlyQuotedValues(yaml: string, firstLine: number): { line: number; field: string; text: string }[] {
  if (!/[‘’“”«]/.test(yaml)) return [];
  const found: { line: number; field: string; text: string }[] = [];
  for (const [field, { line, written }] of yamlPlaces(yaml, firstLine)) {
    const name = /^[A-Za-z_][\w-]*$/.test(field) ? `${field}: ` : '';
    // Opened with a curly quote and closed with a straight one (“A. Reporter"): half-converted by a word processor,
    // or typed so; YAML reads both marks as text, and the byline printed “A. Reporter".
    const mixed = written === undefined ? undefined : /^\s*([‘’“”«])(.*?)(["'])\s*$/.exec(written);
    if (mixed && mixed[2]!.trim() !== '') {
      found.push({
        line,
        field,
        text: `${mixed[1]} opens it and ${mixed[3]} closes it, and YAML reads both as text, which the site would print: write ${name}${straightQuoted(mixed[2]!.trim())} with straight quotes at both ends`,
      });
      continue;
    }
    const inner = written === undefined ? undefined : curlyQuotedText(written);
    if (inner === undefined) continue;
    found.push({
      line,
      field,
      text: `curly quotes are text, not quotation marks: write ${name}${straightQuoted(inner)} with straight quotes (to print the marks, put the whole value in straight quotes: ${name}${straightQuoted(written!.trim())})`,
    });
  }
  return found;
}
