/** Translations filed among the other kind of page (a story's French version in content/cases/fr/). */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { isLocale, defaultLocale } from '../../i18n/locales.ts';

/**
 * A translation filed among the other kind of page (a story's French version in content/cases/fr/), where no original
 * has its name but one of the other kind does: the schema asks it for a case file's fields, and the translation check
 * names an unrelated case file as the nearest original. Said once, with where it goes.
 */
export function translationsInTheOtherKind(project: Project): ContentError[] {
  const kinds = { stories: 'story', cases: 'case file' } as const;
  const parse = (file: string) => {
    const match = /^content\/(stories|cases)\/(?:([^/]+)\/)?([^/]+)\.mdx$/.exec(file);
    if (!match) return undefined;
    const [, kind, folder, name] = match as unknown as [string, keyof typeof kinds, string | undefined, string];
    return {
      kind,
      lang: folder !== undefined && isLocale(folder) && folder !== defaultLocale ? folder : undefined,
      name,
      nested: folder !== undefined,
    };
  };
  const pages = project.pages.map((file) => ({ file, ...parse(file) })).filter((page) => page.kind !== undefined);
  const originals = new Set(pages.filter((page) => !page.nested).map((page) => `${page.kind}/${page.name}`));
  const notes: ContentError[] = [];
  for (const page of pages) {
    if (!page.lang || originals.has(`${page.kind}/${page.name}`)) continue;
    const other = page.kind === 'stories' ? 'cases' : 'stories';
    if (!originals.has(`${other}/${page.name}`)) continue;
    notes.push(
      new ContentError(
        page.file,
        'file name',
        `no ${kinds[page.kind!]} is named "${page.name}", but a ${kinds[other]} is (content/${other}/${page.name}.mdx): if this is its translation, move it to content/${other}/${page.lang}/${page.name}.mdx`,
      ),
    );
  }
  return notes;
}
