/** Folders of src/pages/ named for one of the site's languages in other letters than its addresses' folder. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content-error.ts';
import { localeFolder, prefixedLocales } from '../../i18n/locales.ts';
import { projectRoot } from '../../site.config.ts';

/**
 * A folder of src/pages/ that writes a language's folder in other letters (src/pages/pt-BR/ for pt-BR, whose pages are
 * at /pt-br/), each an error: Astro publishes its pages under the folder as written (/pt-BR/about/), where the menus,
 * the language switcher and the sitemap, which link /pt-br/about/, never lead, and reads them as the default
 * language's. The folder is listed rather than looked up, since a disk that ignores case finds src/pages/pt-BR/ when
 * asked for src/pages/pt-br/.
 */
export function pageLanguageFolders(root: string = projectRoot): ContentError[] {
  const pages = join(root, 'src/pages');
  if (!existsSync(pages)) return [];
  return readdirSync(pages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const lang = prefixedLocales.find((code) => localeFolder(code) === entry.name.toLowerCase());
      if (!lang || entry.name === localeFolder(lang)) return [];
      const folder = localeFolder(lang);
      return [
        new ContentError(
          `src/pages/${entry.name}/`,
          'folder',
          `${lang}'s pages are published under /${folder}/, in small letters, and this folder's would be at /${entry.name}/, where no link of the site leads: rename it src/pages/${folder}/`,
        ),
      ];
    });
}
