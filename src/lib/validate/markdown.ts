/**
 * Markdown that the page would print otherwise than written: links and images left as text, table rows with more or
 * fewer cells than the header, tables without a row of dashes, links inside a link, footnotes.
 */
import { ContentError } from '../content-error.ts';
import { footnoteReferences, tablesWithoutDelimiter } from '../mdx-usage.ts';
import { literalLinks, type LiteralLink } from '../literal-links.ts';
import { unevenTableRows } from '../table-cells.ts';
import { componentsInLinks } from '../nested-links.ts';

/** An MDX body's Markdown that the page would print as typed, leave out, or nest where it cannot. */
export function checkMarkdown(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  for (const link of literalLinks(body, bodyLine)) {
    const written = link.written.length > 70 ? `${link.written.slice(0, 67)}…` : link.written;
    errors.push(new ContentError(file, `line ${link.line}: ${written}`, literalLinkProblem(link)));
  }
  for (const { line, cells, header } of unevenTableRows(body, bodyLine)) {
    const count = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
    errors.push(
      new ContentError(
        file,
        `line ${line}: table row`,
        cells < header
          ? `${count(cells)}, where the header has ${header}: Markdown leaves the missing ones empty, without a word: write each cell, or an empty one as | | where the table has nothing to show`
          : `${count(cells)}, where the header has ${header}: Markdown drops the cells past the header's last, and the page would not print them: add their column to the header (and a --- below it), or remove them`,
      ),
    );
  }
  for (const { line, delimiter } of tablesWithoutDelimiter(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: table`,
        `no row of dashes under its header, so Markdown reads it as a paragraph, and the page would print its rows as one line of text and "|"s: add the line ${delimiter} after line ${line}`,
      ),
    );
  }
  for (const { line, component } of componentsInLinks(body, bodyLine)) {
    const target = component === 'Fact' ? "to its dataset's row" : 'to its note';
    errors.push(
      new ContentError(
        file,
        `line ${line}: <${component}>`,
        `in the text of a link: a <${component}> is a link itself (${target}), and a link cannot hold another: take it out of the link, and link the words beside it`,
      ),
    );
  }
  for (const { line, label } of footnoteReferences(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: [^${label}]`,
        'Markdown footnotes number themselves apart from the page\'s source notes, and would read as a second [1]: cite a source with <Cite id="…" />, or write the aside in the text',
      ),
    );
  }
}

/** Why the page would print `link` as typed, and what to write. */
function literalLinkProblem({ written, kind, space }: LiteralLink): string {
  if (kind === 'reference') {
    const [, text, label] = /^\[([\s\S]*)\]\[([\s\S]*)\]$/.exec(written)!;
    return `the page has no line "[${label || text}]: address", so it would print this as typed, not as a link: write the address in it, [${text}](address), or add that line below the paragraph`;
  }
  const what = kind === 'image' ? 'and no image' : 'not as a link';
  if (!space)
    return `Markdown does not read this as ${kind === 'image' ? 'an image' : 'a link'}, so the page would print it as typed, ${what}: check its brackets and its address`;
  if (kind === 'link') {
    return `Markdown ends an address at a space, so the page would print this as typed, ${what}: write the address without spaces (a page's address has hyphens where its title has spaces; %20 for a space in a file's name)`;
  }
  const address = /\]\(\s*([\s\S]*?)\s*\)$/.exec(written)![1]!.replace(/\s+(["'])[^"']*\1$/, '');
  const spaced = (by: string) => address.replace(/\s+/g, by);
  return `Markdown ends an address at a space, so the page would print this as typed, ${what}: rename the file without spaces, ${spaced('-')}, or write each space as %20, ${spaced('%20')}`;
}
