/**
 * Rows named as an editor finds them: by their key's value, else by their place.
 */

/** "2010, 2011 and 2012"; more than five as the first five and how many others. */
export function listed(items: string[]): string {
  if (items.length > 5) return `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`;
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Rows as an editor finds them: by the value of their key, "the rows where year is 2013 and 2017", when each has one,
 * else by their place, "rows[3] and rows[7]".
 */
export function rowsNamed(
  rows: readonly Record<string, unknown>[],
  key: string | undefined,
  indexes: readonly number[],
): string {
  const values = indexes.map((index) => (key === undefined ? undefined : rows[index]?.[key]));
  // A key that names several rows (the first column of a long table, undeclared as the key) names none of them.
  const named = (value: unknown) =>
    (typeof value === 'string' || typeof value === 'number') && rows.filter((row) => row[key!] === value).length === 1;
  if (key !== undefined && values.every(named)) {
    return `${indexes.length === 1 ? 'the row' : 'the rows'} where ${key} is ${listed(values.map((value) => JSON.stringify(value)))}`;
  }
  return listed(indexes.map((index) => `rows[${index}]`));
}

/**
 * Where in the rows a problem is, after its message: " (the row where year is 2005)" for one row (nothing more for a
 * problem with the key itself, which names no row), then ", and the same in 9 more rows (…)" for a mistake repeated (", and the same problem in …" where those rows hold other values).
 */
export function rowsSuffix(
  rows: readonly Record<string, unknown>[],
  key: string | undefined,
  column: string,
  indexes: readonly number[],
): string {
  const [first = 0, ...more] = indexes;
  const value = key === undefined ? undefined : rows[first]?.[key];
  // One row is named by its key even where other rows share it (the row's index is in the field already).
  const own =
    column !== key && (typeof value === 'string' || typeof value === 'number')
      ? ` (the row where ${key} is ${JSON.stringify(value)})`
      : '';
  if (more.length === 0) return own;
  // "The same" is the value quoted when every row has it; rows that hold other values ("222", then "3,330") have the
  // same problem, not the same value.
  const written = JSON.stringify(rows[first]?.[column]);
  const same = more.every((index) => JSON.stringify(rows[index]?.[column]) === written)
    ? 'the same'
    : 'the same problem';
  if (indexes.length === rows.length)
    return `${own}, and ${same} in the ${more.length} other row${more.length === 1 ? '' : 's'}`;
  const others = rowsNamed(rows, column === key ? undefined : key, more).replace(/^the rows? /, '');
  return `${own}, and ${same} in ${more.length} more row${more.length === 1 ? '' : 's'} (${others})`;
}
