/**
 * Countries the site has a page for: every ISO code named by a story, a case file or a dataset column declared
 * `ref: "country"`, and what each dataset says about one.
 */
import type { Dataset, Row } from '../schemas/dataset.ts';

/** Country columns of a dataset: those declared `ref: "country"`. */
export function countryColumns(dataset: Pick<Dataset, 'columns'>): string[] {
  return Object.entries(dataset.columns)
    .filter(([, column]) => column.ref === 'country')
    .map(([name]) => name);
}

/** Every country code in the pages' `countries`/`country` and in the datasets' country columns, sorted. */
export function referencedCountries(
  pages: readonly { countries?: readonly string[]; country?: string }[],
  datasets: readonly Pick<Dataset, 'columns' | 'rows'>[],
): string[] {
  const codes = new Set<string>();
  for (const page of pages) {
    for (const code of page.countries ?? []) codes.add(code);
    if (page.country) codes.add(page.country);
  }
  for (const dataset of datasets) {
    for (const column of countryColumns(dataset)) {
      for (const row of dataset.rows as Row[]) if (typeof row[column] === 'string') codes.add(row[column]);
    }
  }
  return [...codes].sort();
}

/** The rows of `dataset` whose country column holds `code`. */
export function rowsAbout(dataset: Pick<Dataset, 'columns' | 'rows'>, code: string): Row[] {
  const columns = countryColumns(dataset);
  return (dataset.rows as Row[]).filter((row) => columns.some((column) => row[column] === code));
}
