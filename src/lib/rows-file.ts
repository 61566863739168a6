/**
 * Rows read from a dataset's CSV, named by their lines in it: the schema's issues and the messages that name a row by
 * its place in the list ("rows[3]") name its line in the CSV instead.
 */

/** Where each row came from: the CSV ("data/x.csv") and the line of each row in it. */
export interface RowsFile {
  file: string;
  lines: number[];
}

/**
 * Where the schema's issue at `path` (["rows", 3, "year"]) is, for rows read from `rowsFile`: the CSV and the row's
 * line, and the message with each "rows[3]" it names written as the line ("line 5"). Undefined for another path.
 */
export function rowIssuePlace(
  rowsFile: RowsFile,
  path: readonly PropertyKey[],
  message: string,
): { file: string; field: string; message: string } | undefined {
  if (path[0] !== 'rows' || typeof path[1] !== 'number') return undefined;
  const line = rowsFile.lines[path[1]];
  if (line === undefined) return undefined;
  const column = path.length > 2 ? `: ${String(path[2])}` : '';
  return { file: rowsFile.file, field: `line ${line}${column}`, message: inLines(rowsFile, message) };
}

/** `message` with each "rows[3]" written as the line of that row in the CSV ("line 5"). */
export function inLines(rowsFile: RowsFile, message: string): string {
  return message.replace(/\brows\[(\d+)\]/g, (written, index: string) => {
    const line = rowsFile.lines[Number(index)];
    return line === undefined ? written : `line ${line}`;
  });
}

/**
 * `message`, about rows read from `rowsFile` but given to another file (a chart's problem, given to the chart's JSON
 * or MDX file), with each row it names by its place in the list ("rows[3]", which is in no file) named by its line in
 * the CSV: "rows[3].country" as "data/x.csv, line 5, column country"; "(rows[2] and rows[7] of the dataset)" as
 * "(lines 4 and 9 of data/x.csv)"; another "rows[3]" as "line 5 of data/x.csv".
 */
export function rowsInFile(rowsFile: RowsFile, message: string): string {
  const line = (index: string) => rowsFile.lines[Number(index)];
  const known = (written: string) =>
    [...written.matchAll(/rows\[(\d+)\]/g)].every(([, index]) => line(index!) !== undefined);
  return message
    .replace(/\(((?:rows\[\d+\](?:, | and )?)+)(, …)? of the dataset\)/g, (written, list: string, more = '') =>
      known(list)
        ? `(line${list.includes('rows[', 1) ? 's' : ''} ${list.replace(/rows\[(\d+)\]/g, (_, index: string) => String(line(index)))}${more} of ${rowsFile.file})`
        : written,
    )
    .replace(/\brows\[(\d+)\]\.([\p{L}\p{N}_-]+)/gu, (written, index: string, column: string) =>
      line(index) === undefined ? written : `${rowsFile.file}, line ${line(index)}, column ${column}`,
    )
    .replace(/\brows\[(\d+)\]/g, (written, index: string) =>
      line(index) === undefined ? written : `line ${line(index)} of ${rowsFile.file}`,
    );
}
