/** Root-relative links in an MDX body to stories, case files, datasets and the site's own pages. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { internalLinks } from '../mdx-usage.ts';
import { nearestName } from '../edit-distance.ts';
import { languageName } from '../../schemas/fields.ts';
import { miscasedFolderProblem, defaultLocale, localePath, splitLocalePath } from '../../i18n/locales.ts';
import type { LinkTargets } from './link-targets.ts';
import { decoded, withoutFolder, folderWritten, ownPages, ownFolders } from './site-addresses.ts';
import { unknownDataset } from './unknown-dataset.ts';
import { writtenMoment } from './moment.ts';
import { fileLocale } from './link-words.ts';
import { linkedFile } from './linked-file.ts';
import { languagePrefix, isLocaleFolder, folderOf } from './language-prefix.ts';
import { inLanguageAddress, translationIn } from './translation-in.ts';

/**
 * A link to a story, case file or dataset that is not there (a typo, a renamed file) is a broken link on the built
 * page; one to a draft or embargoed page would publish its address (the leak check stops the build on it, after
 * rendering, without a line). Both are reported here, with the line, and so is a link from a page in another language
 * than the default to a page in the default one that has a version in the page's: a dataset's (every dataset has a
 * page in each language), or a story or case file translated and published: it would take a French reader to English
 * (inLanguageAddress). Other addresses are left to the link check.
 */
export function checkLinks(
  errors: ContentError[],
  file: string,
  body: string,
  bodyLine: number,
  project: Project,
  targets: LinkTargets,
  released: number,
): void {
  const pageLang = fileLocale(file);
  for (const { line, href } of internalLinks(body, bodyLine)) {
    const field = `line ${line}: link`;
    // What follows the path (#row-2011, ?q=…), kept in an address to write instead.
    const suffix = href.slice(href.split(/[?#]/)[0]!.length);
    const path = decoded(href.split(/[?#]/)[0]!);
    if (path === undefined) {
      errors.push(new ContentError(file, field, `${href}: a "%" that is no escape: write it as %25`));
      continue;
    }
    const below = withoutFolder(path, targets.base);
    if (below !== undefined) {
      errors.push(new ContentError(file, field, folderWritten(href, below, targets.base!)));
      continue;
    }
    // The page's file from the site's root (/content/cases/x.mdx, /cases/x.mdx): the address meant is the page's.
    const linked = linkedFile(path);
    if (linked) {
      const meant = linked.href;
      const fix = targets.has(meant)
        ? `write ${meant}${href.slice(href.split(/[?#]/)[0]!.length)}`
        : `write the page's address from the site's root, e.g. /${linked.kind}/<file name>/`;
      errors.push(new ContentError(file, field, `${href}: links go to pages, not to their files: ${fix}`));
      continue;
    }
    // /pt-BR/stories/x/: a language's folder in another case than its addresses', which a host would not find.
    const cased = miscasedFolderProblem(href);
    if (cased) {
      errors.push(new ContentError(file, field, `${href}: ${cased}`));
      continue;
    }
    // The language the path is in (/fr/, /pt-br/, /es-419/, its folder), and the path in it.
    const { prefix, rest } = languagePrefix(path);
    // /fr/data/x.csv: a dataset's downloads are one pair for every language, at the site's root (its page is in each).
    const inLanguage = prefix !== undefined && prefix !== defaultLocale;
    const translatedDownload = inLanguage && /^\/data\/([^/]+?)\.(csv|json)$/.exec(rest);
    if (translatedDownload && translatedDownload[1] !== 'page') {
      const [, id = '', extension = ''] = translatedDownload;
      const known = project.datasets.has(id) || project.invalid.has(`dataset:${id}`);
      errors.push(
        new ContentError(
          file,
          field,
          `${href}: a dataset's downloads are the same for every language, at /data/<id>.csv and /data/<id>.json: ${known ? `write /data/${id}.${extension}` : unknownDataset(id, project)}`,
        ),
      );
      continue;
    }
    // /data/x/, /fr/data/x/ (a dataset's page in each language), /data/x.csv, /data/x.json.
    const data = /^\/data\/([^/]+?)(?:\/|\.csv|\.json)$/.exec(inLanguage ? rest : path);
    if (data) {
      const id = data[1]!;
      if (!project.datasets.has(id) && !project.invalid.has(`dataset:${id}`))
        errors.push(new ContentError(file, field, `${href}: ${unknownDataset(id, project)}`));
      else if (!inLanguage && pageLang !== defaultLocale && path === `/data/${id}/`)
        errors.push(
          new ContentError(
            file,
            field,
            inLanguageAddress(href, 'dataset', localePath(path, pageLang) + suffix, pageLang),
          ),
        );
      else if (released === 0 && targets.datasets && project.datasets.has(id) && !targets.datasets.has(id)) {
        errors.push(
          new ContentError(
            file,
            field,
            `${href}: only draft or embargoed pages use dataset "${id}", so it is withheld with them and the link would be broken: add ${id} to this page's datasets to publish it with this page`,
          ),
        );
      }
      continue;
    }
    // /data/x.CSV, /data/x.xlsx: a download the site does not make (a host tells .CSV from .csv), of a dataset it has.
    const download = /^\/data\/([^/]+?)\.(csv|json|tsv|xlsx?|ods)$/i.exec(path);
    if (download && download[1] !== 'page') {
      const [, id = '', extension = ''] = download;
      const known = project.datasets.has(id) || project.invalid.has(`dataset:${id}`);
      const meant = `/data/${id}.${extension.toLowerCase() === 'json' ? 'json' : 'csv'}`;
      errors.push(
        new ContentError(
          file,
          field,
          `${href}: ${known ? `the site makes no such file: a dataset's downloads are /data/${id}.csv and /data/${id}.json, in lower case: write ${meant}` : unknownDataset(id, project)}`,
        ),
      );
      continue;
    }
    // /methodology, /methodolgy/, /fr/methodology: one of the site's own pages without its slash, or misspelt.
    const single = /^\/([^/]+?)(\/?)$/.exec(rest);
    if (single && !isLocaleFolder(single[1]!) && prefix !== defaultLocale) {
      const [, name = '', slash] = single;
      const pages = ownPages(prefix);
      if (pages.has(name)) {
        if (!slash)
          errors.push(
            new ContentError(
              file,
              field,
              `${href}: a page's address ends with "/": write ${folderOf(prefix)}/${name}/${href.slice(href.split(/[?#]/)[0]!.length)}`,
            ),
          );
      } else if (!ownFolders().has(name)) {
        const near = nearestName(name, pages);
        if (near)
          errors.push(
            new ContentError(
              file,
              field,
              `${href}: the site has no such page: did you mean ${folderOf(prefix)}/${near}/?`,
            ),
          );
      }
      continue;
    }
    const page = /^\/(stories|cases)\/([^/]+)\/?$/.exec(rest);
    if (!page) {
      // /case/x/, /story/x/: a section of the site misspelt.
      const section = /^\/([^/]+)\/([^/]+\/?)$/.exec(rest);
      const meant = section && !sections.includes(section[1]!) && nearestName(section[1]!, sections);
      if (meant)
        errors.push(
          new ContentError(
            file,
            field,
            `${href}: the site has no /${section![1]}/: did you mean ${folderOf(prefix)}/${meant}/${section![2]}?`,
          ),
        );
      continue;
    }
    if (page[2] === 'page') continue;
    const target = targets.get(path.endsWith('/') ? path : `${path}/`);
    // A page whose file failed its checks is reported there, not as missing here.
    if (!target && project.invalid.has(`${page[1]}:${page[2]}`)) continue;
    if (!target) {
      const kind = page[1] === 'stories' ? 'story' : 'case file';
      // /fr/stories/x/ for a story that exists in the default language only.
      const { lang: linkLang, path: original } = splitLocalePath(path.endsWith('/') ? path : `${path}/`);
      if (linkLang !== defaultLocale && targets.has(original)) {
        errors.push(
          new ContentError(
            file,
            field,
            `${href}: this ${kind} has no ${languageName(linkLang)} translation; it is at ${original}, in ${languageName(defaultLocale)}: link there, and say that it is in ${languageName(defaultLocale)}`,
          ),
        );
        continue;
      }
      // A typo in the page's name (/cases/igor-pestrikow/): the page of that kind and language a typo away from it.
      const folder = path.slice(0, path.lastIndexOf(`/${page[1]}/`) + page[1]!.length + 2);
      const names = [...targets.keys()]
        .filter((address) => address.startsWith(folder) && !address.slice(folder.length, -1).includes('/'))
        .map((address) => address.slice(folder.length, -1));
      const near = nearestName(page[2]!, names);
      const meant = near ? `: did you mean ${folder}${near}/?` : '';
      errors.push(
        new ContentError(
          file,
          field,
          `${href}: no ${kind} has this address${meant} (it is content/${page[1]}/<file name>.mdx, in /<language>/ for a translation)`,
        ),
      );
    } else {
      // /stories/x/ from a French page, where x has a French translation published with this page or before.
      const translation =
        pageLang === defaultLocale ? undefined : translationIn(targets, path, pageLang, released, file);
      if (translation) {
        const kind = page[1] === 'stories' ? 'story' : 'case file';
        errors.push(new ContentError(file, field, inLanguageAddress(href, kind, translation + suffix, pageLang)));
      } else if (target.held && target.release > released) {
        const when = target.held === 'draft' ? 'a draft' : `embargoed until ${writtenMoment(target.release)}`;
        const mine = released === 0 ? '' : ', after this page is published';
        errors.push(
          new ContentError(
            file,
            field,
            `${href} is ${when}${mine} (${target.file}): the link would publish its address before the page; link to it once it is published`,
          ),
        );
      }
    }
  }
}

/** The site's sections with pages below them, for a misspelt one in a link. */
const sections = ['stories', 'cases', 'data', 'countries'];
