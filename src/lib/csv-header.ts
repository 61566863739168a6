/** What is wrong with the header row of a dataset's CSV: columns written twice, misspelt, undeclared, missing or unnamed. */
import { nearestName } from './edit-distance.ts';
import { listed } from '../schemas/dataset.ts';

/** What is wrong with a header row: a column written twice, misspelt, undeclared or missing. */
export function headerMistakes(header: readonly string[], declared: readonly string[], jsonFile: string): string[] {
  const mistakes: string[] = [];
  const seen = new Set<string>();
  const absent = declared.filter((name) => !header.includes(name));
  const meant = new Set<string>();
  const unnamed = unnamedColumns(header, jsonFile);
  if (unnamed) mistakes.push(unnamed);
  // "year, issued, source", as a sentence writes a list: each space is part of the name after it. One mistake.
  const spaced = header.filter((name) => name !== name.trim() && declared.includes(name.trim()));
  if (spaced.length > 0) {
    for (const name of spaced) meant.add(name.trim());
    const names = listed(spaced.map((name) => JSON.stringify(name)));
    mistakes.push(
      `${names} ${spaced.length === 1 ? 'has' : 'have'} a space around ${spaced.length === 1 ? 'it' : 'them'}, which is part of the name in a CSV: write the header without spaces, ${header.map((name) => name.trim()).join(',')}`,
    );
  }
  for (const name of header) {
    if (name.trim() === '' || spaced.includes(name)) continue;
    if (seen.has(name)) mistakes.push(`"${name}" is in the header twice: each column has one`);
    seen.add(name);
    if (declared.includes(name)) continue;
    const near = nearestName(
      name,
      absent.filter((other) => !meant.has(other)),
    );
    if (near) {
      meant.add(near);
      mistakes.push(
        `unknown column "${name}": did you mean "${near}", as ${jsonFile} declares it in "columns"? The header names each column exactly`,
      );
    } else {
      mistakes.push(
        `unknown column "${name}": declare it in "columns" in ${jsonFile}, or remove it from the file (columns: ${declared.join(', ')})`,
      );
    }
  }
  for (const name of absent) {
    if (!meant.has(name))
      mistakes.push(
        `missing column "${name}", which ${jsonFile} declares: add it to the header, with its values below (empty cells for gaps)`,
      );
  }
  return mistakes;
}

/**
 * What to say of the header's columns with no name, once for them all, or undefined when every column has one. At the
 * end of the header they are the empty columns a spreadsheet exports beside a table it once held (a comma after the
 * last name, on every line): each was an unknown column "", the second one also "in the header twice".
 */
function unnamedColumns(header: readonly string[], jsonFile: string): string | undefined {
  const empty = header.flatMap((name, i) => (name.trim() === '' ? [i + 1] : []));
  if (empty.length === 0) return undefined;
  const one = empty.length === 1;
  const numbers = one ? String(empty[0]) : `${empty.slice(0, -1).join(', ')} and ${empty.at(-1)}`;
  const which = one ? `column ${numbers} has no name` : `columns ${numbers} have no name`;
  const named = header.length - empty.length;
  if (named > 0 && empty.every((column, k) => column === named + 1 + k)) {
    const them = one
      ? 'an empty column the spreadsheet exported beside the table (a comma after the last name): delete it'
      : 'empty columns the spreadsheet exported beside the table (a comma after the last name): delete them';
    return `${which}: ${them} in the spreadsheet before exporting, or the comma${one ? '' : 's'} after "${header[named - 1]}"`;
  }
  return `${which}: name ${one ? 'it' : 'each'} as "columns" in ${jsonFile} does, or delete ${one ? 'it' : 'them'}`;
}
