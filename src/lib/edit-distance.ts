/**
 * How far apart two names are, for "did you mean" hints in the preflight's messages.
 */

/**
 * The fewest letters inserted, removed or replaced, or pairs of neighbours swapped, to turn `a` into `b` (the
 * optimal string alignment distance): "soruce" is one typo from "source", as an editor sees it, not two.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/**
 * A name as it reads, whatever its case, accents, spaces and punctuation: "Interpol Files", "Interpol_files" and
 * "interpol-files" are one name written three ways.
 */
export function looseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * How many typos make a name still recognisably another: none in a name of one or two letters (any other short name
 * is that close), one up to seven letters, two from eight. Beyond that, "did you mean" would name something else:
 * "pie" is two letters from "line", "count" two from "country".
 */
export function typoLimit(name: string): number {
  return name.length < 3 ? 0 : name.length < 8 ? 1 : 2;
}

/**
 * The one name of `names` that `name` is a typo of, for a "did you mean" hint: the one it differs from only by case,
 * accents, spaces or punctuation, else the one it is a typo or two away from (typoLimit, or `limit` letters); undefined
 * when none is that close, or when several are (the hint would be a guess).
 */
export function nearestName(name: string, names: Iterable<string>, limit = typoLimit(name)): string | undefined {
  const others = [...names].filter((other) => other !== name);
  const loose = looseName(name);
  const same = loose === '' ? [] : others.filter((other) => looseName(other) === loose);
  if (same.length > 0) return same.length === 1 ? same[0] : undefined;
  let found: string | undefined;
  for (const other of others) {
    if (Math.abs(other.length - name.length) > limit || editDistance(name, other) > Math.min(limit, typoLimit(other)))
      continue;
    if (found !== undefined) return undefined;
    found = other;
  }
  return found;
}

/**
 * Which spaces `written` has at its ends, as a message says it: "the space after it", "the spaces before it", "the
 * spaces around it"; undefined when it has none.
 */
export function endSpaces(written: string): string | undefined {
  const before = written.length - written.trimStart().length;
  const after = written.length - written.trimEnd().length;
  if (before === 0 && after === 0) return undefined;
  if (before > 0 && after > 0) return 'the spaces around it';
  const count = before + after;
  return `the space${count === 1 ? '' : 's'} ${before > 0 ? 'before' : 'after'} it`;
}

/**
 * The one of `names` that `written` is with spaces at its ends ("2024 " for 2024, " issued" for issued), copied with
 * the text around it: no typo, so a "did you mean" would leave the editor looking for a difference they cannot see.
 */
export function spacedName<Name>(written: unknown, names: Iterable<Name>): { name: Name; spaces: string } | undefined {
  if (typeof written !== 'string') return undefined;
  const spaces = endSpaces(written);
  if (spaces === undefined) return undefined;
  for (const name of names) if (String(name) === written.trim()) return { name, spaces };
  return undefined;
}

/** A dataset's columns and their translations, for the labels a column is shown by in each language. */
interface Labelled {
  columns: Readonly<Record<string, { label?: string | undefined }>>;
  translations?:
    | Readonly<Record<string, { columns?: Readonly<Record<string, { label?: string | undefined }>> | undefined }>>
    | undefined;
}

/**
 * ': did you mean "year"?' when `column` is a typo of one of a dataset's column `names` (nearestName), or the label a
 * column is shown by (`dataset`'s labels: y="Red notices issued" for the column issued, whose label a chart's axis and
 * the table print), in any of its languages (a translated story's author sees the translated label), else nothing.
 * A column whose name `column` differs from only by case comes first: "Year" is the column year written with a
 * capital, even when another column is labelled "Year" (the label is said when it is that column's own).
 */
export function columnHint(column: unknown, names: readonly string[], dataset: Labelled = { columns: {} }): string {
  if (typeof column !== 'string') return '';
  const spaced = spacedName(column, names);
  if (spaced) return `: the column is "${spaced.name}", without ${spaced.spaces}: write "${spaced.name}"`;
  const sameCase = names.filter((name) => name !== column && name.toLowerCase() === column.toLowerCase());
  const cased = sameCase.length === 1 ? sameCase[0] : undefined;
  const loose = looseName(column);
  const labels = [
    { lang: '', columns: dataset.columns },
    ...Object.entries(dataset.translations ?? {}).map(([lang, translation]) => ({
      lang: `${lang} `,
      columns: translation.columns ?? {},
    })),
  ];
  for (const { lang, columns } of loose === '' ? [] : labels) {
    const labelled = names.filter(
      (name) => columns[name]?.label !== undefined && looseName(columns[name]!.label!) === loose,
    );
    if (labelled.length === 1 && (cased === undefined || labelled[0] === cased))
      return `: "${column}" is the ${lang}label of the column "${labelled[0]}"; name the column, "${labelled[0]}"`;
  }
  const near = cased ?? nearestName(column, names);
  return near === undefined ? '' : `: did you mean "${near}"?`;
}

/**
 * The names of `names` closest to `name`, for a "did you mean" that may offer several (a filter's value among those
 * a column holds): those it differs from only by case, accents, spaces or punctuation, else those the fewest typos
 * away within typoLimit; none when nothing is that close. Unlike nearestName, a tie is offered, not withheld: each is
 * a value the column has, so none is a guess at a name that does not exist.
 */
export function closestNames(name: string, names: Iterable<string>): string[] {
  const others = [...new Set(names)].filter((other) => other !== name);
  const loose = looseName(name);
  const same = loose === '' ? [] : others.filter((other) => looseName(other) === loose);
  if (same.length > 0) return same;
  const limit = typoLimit(name);
  const near = others
    .filter((other) => Math.abs(other.length - name.length) <= limit)
    .map((other) => ({ other, distance: editDistance(name, other) }))
    .filter(({ other, distance }) => distance <= Math.min(limit, typoLimit(other)));
  const best = Math.min(...near.map(({ distance }) => distance));
  return near.filter(({ distance }) => distance === best).map(({ other }) => other);
}
