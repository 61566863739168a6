/** Two pages, or two datasets, that a reader could not tell apart by their title. */
import { ContentError } from '../content-error.ts';
import type { Entry, Project } from '../load-project.ts';
import type { Publishable } from '../visibility.ts';
import { translationKey, type Translatable } from '../translations.ts';
import { defaultLocale } from '../../i18n/locales.ts';

/** A title as a reader reads it: case and spacing aside. */
const titleKey = (title: string) => title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase(defaultLocale);

/**
 * A page's title key, kept while its entry is: the dev server checks the titles again after each change
 * (src/lib/dev-link-check.ts), where a page saved is a new entry and the others are not.
 */
const pageTitleKeys = new WeakMap<object, string>();
const pageTitleKey = (entry: Entry<{ title: string }>) => {
  let key = pageTitleKeys.get(entry);
  if (key === undefined) pageTitleKeys.set(entry, (key = titleKey(entry.data.title)));
  return key;
};

/**
 * Two stories (or two case files) in one language under one title: a copy saved under a new name and published
 * beside its original, mostly. Lists, search, feeds and social cards would show one headline twice. Drafts are left
 * out (a copy being rewritten); an embargoed page counts, since its title is published when the embargo lifts. Two
 * translations of one original, and the pages of a folder that is no language's, are reported as such elsewhere.
 */
export function sameTitles(
  project: Project,
  locales: ReadonlyMap<Entry<unknown>, string>,
  reportedFolders: readonly string[],
): ContentError[] {
  const errors: ContentError[] = [];
  for (const [kind, entries] of [
    ['story', project.stories],
    ['case file', project.cases],
  ] as const) {
    const first = new Map<string, Entry<Translatable['data']>>();
    const name = (file: string) => file.slice(file.lastIndexOf('/') + 1);
    // The shorter file name first: the one reported is then the copy (the-files-v2.mdx, the-files-copy.mdx).
    const inOrder = [...entries].sort(
      (a, b) => name(a.file).length - name(b.file).length || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
    for (const entry of inOrder as Entry<Translatable['data'] & Publishable & { title: string }>[]) {
      const lang = locales.get(entry);
      if (lang === undefined || entry.data.draft || reportedFolders.some((folder) => entry.file.startsWith(folder)))
        continue;
      const title = `${lang}\n${pageTitleKey(entry)}`;
      const other = first.get(title);
      if (!other) first.set(title, entry);
      else if (translationKey(other) !== translationKey(entry)) {
        errors.push(
          new ContentError(
            entry.file,
            'title',
            `"${entry.data.title}" is also the title of ${other.file}: lists, search and feeds would show two ${kind === 'story' ? 'stories' : 'case files'} under one ${kind === 'story' ? 'headline' : 'title'}, which readers could not tell apart: give each its own, or remove the copy`,
          ),
        );
      }
    }
  }
  return errors;
}

/**
 * Two datasets with one title: the data pages, the "Data" lists under charts and the search results name a dataset by
 * its title alone, so a reader could not tell them apart. Compared as a reader would read them: case and spacing aside.
 */
export function sameDatasetTitles(project: Project): ContentError[] {
  const errors: ContentError[] = [];
  const first = new Map<string, string>();
  for (const dataset of [...project.datasets.values()].sort((a, b) => a.file.localeCompare(b.file, 'en'))) {
    const other = first.get(titleKey(dataset.title));
    if (other) {
      errors.push(
        new ContentError(
          dataset.file,
          'title',
          `"${dataset.title}" is also the title of ${other}: lists and search name a dataset by its title, so readers could not tell the two apart; give each its own title`,
        ),
      );
    } else first.set(titleKey(dataset.title), dataset.file);
  }
  return errors;
}
