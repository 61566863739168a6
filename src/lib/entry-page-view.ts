/**
 * What a story or case file page shows of the rest of the site, computed in one place: the page renders from it
 * (src/layouts/Article.astro) and its cache key digests it (src/lib/page-keys.ts), so a page cannot show something
 * of another entry that its key does not cover. Adding a story, editing a title or an embargo passing then renders
 * again only the pages whose view changed, not every page of the archive.
 */
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { translationKey } from './translations.ts';
import { buildTime, withheld } from './visibility.ts';
import {
  editionOf,
  listedUntranslated,
  pageRef,
  relatedPages,
  versionsOf,
  type Case,
  type DatasetEntry,
  type Edition,
  type PageRef,
  type SiteData,
  type Story,
} from './site-data.ts';

/** A link to the page in one language. */
export interface Alternate {
  lang: Locale;
  href: string;
}

export interface EntryPageView {
  /** The page itself, as lists show it. */
  ref: PageRef;
  /** Why the entry is withheld at this build's moment (a preview shows it, marked), or null. */
  withheld: 'draft' | 'embargo' | null;
  /** The page in every language it is published in, its own included: hreflang links and the language switcher. */
  alternates: Alternate[];
  /** The original a translation credits (a translation says so and links it); undefined on an original. */
  original?: Alternate;
  /** The case files a story names, in the story's language where translated (none on a case file). */
  cases: PageRef[];
  /** Up to four related pages of the page's edition, other than the named case files. */
  related: PageRef[];
  /** The languages whose sites list the page untranslated: the search indexes it for them too (SearchMeta). */
  listedUntranslated: Locale[];
  /** The published datasets the page uses (frontmatter, charts and facts), in that order. */
  datasets: DatasetEntry[];
}

const views = new WeakMap<SiteData, WeakMap<object, EntryPageView>>();

/** The view of `entry`'s page in `data`: computed once per entry and build (its key and its page both ask). */
export function entryPageView(data: SiteData, kind: 'story' | 'case', entry: Story | Case): EntryPageView {
  let ofData = views.get(data);
  if (!ofData) views.set(data, (ofData = new WeakMap()));
  let view = ofData.get(entry);
  if (!view) ofData.set(entry, (view = computeView(data, kind, entry)));
  return view;
}

function computeView(data: SiteData, kind: 'story' | 'case', entry: Story | Case): EntryPageView {
  const ref = pageRef(kind, entry);
  const versions = versionsOf(data, ref);
  const original = ref.lang === defaultLocale ? undefined : versions.find((version) => version.lang === defaultLocale);
  // A story names case files by the original's slug; the reader gets the version in the story's language if there is one.
  const cases = kind === 'story' ? namedCases(editionOf(data, ref.lang), (entry as Story).data.cases) : [];
  // Related pages other than the case files the story already lists above them.
  const listed = new Set(cases.map((c) => c.href));
  return {
    ref,
    withheld: withheld(entry.data, buildTime()),
    alternates: versions.map(alternate),
    original: original && alternate(original),
    cases,
    related: relatedPages(data, ref, 4 + listed.size)
      .filter((page) => !listed.has(page.href))
      .slice(0, 4),
    listedUntranslated: listedUntranslated(data, ref),
    datasets: ref.datasets.flatMap((id) => data.datasets.get(id) ?? []),
  };
}

const alternate = (page: PageRef): Alternate => ({ lang: page.lang, href: page.href });

const casesByKey = new WeakMap<Edition, Map<string, PageRef>>();

/** The case files of `edition` that `keys` name, in that order (indexed once per edition, not searched per story). */
function namedCases(edition: Edition, keys: readonly string[]): PageRef[] {
  let byKey = casesByKey.get(edition);
  if (!byKey) {
    byKey = new Map();
    for (const entry of edition.cases) {
      const key = translationKey(entry);
      if (!byKey.has(key)) byKey.set(key, pageRef('case', entry));
    }
    casesByKey.set(edition, byKey);
  }
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

/** What the page key digests of a view: the datasets by id, their contents being in the key's site-wide part. */
export function viewDigest(view: EntryPageView): string {
  return JSON.stringify({ ...view, datasets: view.datasets.map((dataset) => dataset.id) });
}
