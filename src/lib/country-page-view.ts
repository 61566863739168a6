/**
 * What a country page shows of the stories, case files and published datasets, computed in one place: the page
 * renders from it (src/components/pages/CountryPage.astro) and its cache key digests it (src/lib/page-keys.ts), so
 * publishing a story renders again the pages of the countries it names, not every country's.
 */
import { countryStories, editionOf, type DatasetEntry, type PageRef, type SiteData } from './site-data.ts';
import { listAlternates, pageCount, pageItems } from './pagination.ts';
import { rowsAbout } from './countries.ts';
import { locales } from '../i18n/locales.ts';
import { site } from '../site.config.ts';

export interface CountryPageView {
  /** The stories on this page of the country's list, newest first. */
  stories: PageRef[];
  /** How many pages the country's stories fill. */
  storyPages: number;
  /** This page in every language whose list of the country's stories is that long. */
  alternates: { lang: string; href: string }[];
  /** The case files about the country (on its first page only). */
  cases: PageRef[];
  /**
   * The published datasets with rows about the country, in the catalogue's order (on its first page only): a
   * dataset only withheld pages use is not published, and appears here when they are.
   */
  datasets: DatasetEntry[];
}

const views = new WeakMap<SiteData, Map<string, CountryPageView>>();

/**
 * The view of page `page` (1-based) of the country `code` (ISO 3166-1 alpha-2) in `lang`: computed once per page and
 * build (its key and its page both ask).
 */
export function countryPageView(data: SiteData, code: string, lang: string, page: number): CountryPageView {
  let ofData = views.get(data);
  if (!ofData) views.set(data, (ofData = new Map()));
  const id = `${code} ${lang} ${page}`;
  let view = ofData.get(id);
  if (!view) ofData.set(id, (view = computeView(data, code, lang, page)));
  return view;
}

function computeView(data: SiteData, code: string, lang: string, page: number): CountryPageView {
  const edition = editionOf(data, lang);
  const all = countryStories(edition, code);
  const first = page === 1;
  return {
    stories: pageItems(all, page, site.storiesPerPage),
    storyPages: pageCount(all.length, site.storiesPerPage),
    alternates: listAlternates(`/countries/${code.toLowerCase()}/`, page, locales, (other) =>
      pageCount(countryStories(editionOf(data, other), code).length, site.storiesPerPage),
    ),
    cases: first ? edition.pages.filter((p) => p.kind === 'case' && p.countries.includes(code)) : [],
    datasets: first ? [...data.datasets.values()].filter((dataset) => rowsAbout(dataset.data, code).length > 0) : [],
  };
}

/** What the page key digests of a view: the datasets by id, their contents being in the key's site-wide part. */
export function countryViewDigest(view: CountryPageView): string {
  return JSON.stringify({ ...view, datasets: view.datasets.map((dataset) => dataset.id) });
}
