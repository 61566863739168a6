/** The site's own pages written in a folder named for its default language. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content-error.ts';
import { defaultLocale, localeFolder } from '../../i18n/locales.ts';
import { projectRoot } from '../../site.config.ts';
import { languageName } from '../../schemas/fields.ts';

/**
 * The pages of src/pages/<default language>/ (src/pages/fr/about.mdx on a site whose default language is French), each
 * an error: the default language is served at the root, so such a page was published a second time, at /fr/about/,
 * beside the /about/ the menus link, in the sitemap and the search. The demo keeps its French pages there, and a
 * newsroom that makes French its default language keeps them where they were. The folder is the one of the language's
 * addresses, its code in small letters (src/pages/pt-br/ for pt-BR).
 */
export function defaultLanguagePages(root: string = projectRoot, defaultCode: string = defaultLocale): ContentError[] {
  const folder = localeFolder(defaultCode);
  const path = join(root, 'src/pages', folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => /\.(?:mdx|md|astro)$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const address = `/${folder}/${name.replace(/\.[a-z]+$/, '').replace(/^index$/, '')}/`.replace('//', '/');
      return new ContentError(
        `src/pages/${folder}/${name}`,
        '',
        `${languageName(defaultCode)} is the site's default language, served at the root: this page would be published a second time, at ${address}; move it to src/pages/${name} (another language's pages go in src/pages/<its code>/)`,
      );
    });
}
