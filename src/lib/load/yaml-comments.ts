/** A "#" in an unquoted text value of the frontmatter, which YAML reads as the start of a comment. */
import { straightQuoted } from './curly-quotes.ts';

/** The fields whose text a reader reads, where a "#" is much more likely text ("#1", "#MeToo") than a comment. */
const textFields = ['title', 'summary', 'subject'];

/**
 * Values of `yaml`'s text fields that YAML cuts at a "#" (title: Russia's #1 target reads "Russia's", title: #MeToo
 * reads as empty): the site would print the rest, silently, or stop on an empty value without saying why.
 * `firstLine` is the file's line on which `yaml` starts.
 */
export function commentedValues(yaml: string, firstLine: number): { line: number; field: string; text: string }[] {
  const found: { line: number; field: string; text: string }[] = [];
  yaml.split('\n').forEach((text, index) => {
    const field = /^([a-z]+):[ \t]+(.*?)\s*$/.exec(text);
    if (!field || !textFields.includes(field[1]!)) return;
    const [, name, value] = field as unknown as [string, string, string];
    // Quoted, a list, a block: "#" is text there, or YAML says what is wrong.
    if (/^["'[{|>]/.test(value)) return;
    const at = value.startsWith('#') ? 0 : value.search(/\s#/);
    if (at === -1) return;
    const kept = value.slice(0, at).trim();
    const read = kept === '' ? `so ${name} is empty` : `so ${name} would be "${kept}"`;
    found.push({
      line: firstLine + index,
      field: name,
      text: `YAML reads "#" after a space as the start of a comment, ${read}: put the whole value in quotes, ${name}: ${straightQuoted(value)} (a comment of your own goes on a line of its own)`,
    });
  });
  return found;
}
