/** Files in data/ and content/ that the build does not read, and those it leaves out for their "_" name. */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { defaultLocale, isLocale, prefixedLocales } from '../../i18n/locales.ts';
import { slugFromPath } from '../slug.ts';
import { listContent } from '../content-files.ts';

/**
 * A file or folder the site leaves out for its "_" name (src/lib/content-files.ts): said at every build, so that an
 * editor who hid a page to work on it knows it is not published, nor checked.
 */
export function leftOutNote(name: string): ContentError {
  const folder = name.endsWith('/');
  return new ContentError(
    name,
    '',
    `not published, nor checked: a name starting with "_" keeps a ${folder ? 'folder' : 'file'} out of the site; remove the "_" to publish it`,
  );
}

/**
 * Files in data/ the build does not read (a spreadsheet, a CSV no dataset's `rows` names): a dataset is a JSON file,
 * whose rows may be kept in a CSV it names.
 */
export function unreadDataFiles(project: Project): ContentError[] {
  const dir = join(project.root, 'data');
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { withFileTypes: true }) as { name: string; isFile(): boolean }[])
    .filter(
      (entry) =>
        entry.isFile() &&
        !entry.name.startsWith('.') &&
        extname(entry.name) !== '.json' &&
        !project.csvNamed.has(`data/${entry.name}`),
    )
    .map((entry) => new ContentError(`data/${entry.name}`, '', `not read: ${unreadFileHint(entry.name)}`));
}

/** What to do with `name` in data/ for the build to read it. */
export function unreadFileHint(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  const id = slugFromPath(name);
  if (extname(name) === '.csv') {
    return `a dataset is a JSON file: to publish these rows, add data/${id}.json with its title, sources, columns and "rows": "${name}" (see "A dataset" in the README)`;
  }
  // loadDatasets reads names ending in ".json" only: "counts.JSON" was neither read nor noted.
  if (extname(name).toLowerCase() === '.json')
    return `a dataset is read from a file ending in .json, in lower case: rename it to ${stem}.json`;
  if (extname(name).toLowerCase() === '.csv')
    return `a dataset's rows are read from a file ending in .csv, in lower case: rename it to ${stem}.csv and name it in a dataset's "rows" (see "A dataset" in the README)`;
  return `a dataset is a JSON file in data/, whose rows may be a CSV file it names, exported from the spreadsheet as "CSV UTF-8" (see "A dataset" in the README)`;
}

/**
 * MDX files in content/ outside its stories/ and cases/ folders (content/fr/stories/x.mdx for content/stories/fr/,
 * content/story/x.mdx), which the build does not read: errors, as a dataset in a folder of data/ is. A note let the
 * build pass and publish the site without the page, an unattended build saying nothing anyone read. Folders and files
 * named "_…" are left out on purpose: the message says so, for a folder of drafts kept aside.
 */
export function unreadContentFiles(project: Project): ContentError[] {
  const kinds = ['stories', 'cases'];
  const unread: ContentError[] = [];
  // Listed as the site's own folders are (listContent: Astro's globber, symbolic links followed, "." names left out):
  // readdir took a linked file for neither file nor folder, and a translation linked in vanished without a word.
  for (const file of listContent(join(project.root, 'content')).files) {
    const path = file.split('/');
    const name = path.at(-1)!;
    if (extname(name).toLowerCase() !== '.mdx' || kinds.includes(path[0]!)) continue;
    // content/fr/stories/x.mdx: the language folder goes inside the kind's.
    // Or a folder named like one (content/story/, content/case/, content/storys/).
    const first = path.length > 1 ? path[0]!.toLowerCase() : '';
    const kind =
      path.slice(0, -1).find((part) => kinds.includes(part)) ??
      (first.length >= 4 ? kinds.find((k) => k.startsWith(first.slice(0, 4))) : undefined);
    const language = path.slice(0, -1).find((part) => isLocale(part) && part !== defaultLocale);
    const meant = kind ? `content/${kind}/${language ? `${language}/` : ''}${name}` : undefined;
    unread.push(
      new ContentError(
        `content/${path.join('/')}`,
        '',
        `not read: stories are read from content/stories/, case files from content/cases/ (translations in a language folder inside them, content/stories/${prefixedLocales[0] ?? '<language>'}/)${meant ? `: move it to ${meant}, or` : ':'} prefix its name or its folder's with _ to keep it out of the site`,
      ),
    );
  }
  return unread;
}
