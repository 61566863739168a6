/**
 * The content layer's loader of the stories or the case files: Astro's glob() loader, and on the dev server the
 * build's own reading of each page's frontmatter beside it (src/lib/load-project.ts, pageProblems), so that a mistake
 * the build would stop on shows on the page, in the build's words, until it is fixed (src/build/dev-page-problems.ts).
 *
 * Checked when the server starts, then each time a page is saved, added or renamed, synchronously in the watcher's
 * callback: Vite reloads the browser as the watcher reports the file, and the page it asks for must see the problem.
 * glob()'s own "Failed to reload" line is left out for a page whose problem the check printed, in clearer words.
 * The build's checks of the links between pages run at the same moments, for the linking page
 * (src/build/dev-link-problems.ts), with its checks of the translations against their originals, of each page's dates,
 * of two pages under one title, of two lead stories, of folders that are no language's and of file names
 * (src/build/dev-site-problems.ts), and again at each embargo's moment (src/lib/embargo-timer.ts); its checks of the
 * datasets against the sources and of two datasets under one title, when the server starts and at each change of
 * data/. What the built site's leak check looks for, and the file behind each page's address, it holds for the checks
 * of each page served (src/build/dev-served-checks.ts).
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { inside } from './path-inside.ts';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { hasPageProblems, holdPageProblems } from '../build/dev-page-problems.ts';
import { holdLinkProblems } from '../build/dev-link-problems.ts';
import { holdWithheldAddresses } from '../build/dev-withheld-addresses.ts';
import { holdSiteProblems } from '../build/dev-site-problems.ts';
import type { ContentError } from './content-error.ts';
import { linkCheck, type LinkCheck } from './dev-link-check.ts';
import { holdServedChecks, type ServedChecks } from '../build/dev-served-checks.ts';
import { leakSearch, type LeakSearch } from '../build/checks/leaks.ts';
import { isPreview } from './visibility.ts';
import { embargoTimer } from './embargo-timer.ts';
import { pageProblems } from './load-project.ts';
import { projectRoot } from '../site.config.ts';
import { writtenMoment } from './validate/moment.ts';

/** The loader of `folder` (content/stories or content/cases) in the site at `contentRoot`, reading `pattern` as glob() does. */
export function pageLoader(
  contentRoot: string,
  folder: 'content/stories' | 'content/cases',
  pattern: string[],
): Loader {
  const base = `${contentRoot}/${folder}`;
  const inner = glob({ pattern, base });
  return {
    name: 'casefile-pages',
    load: async (context) => {
      const { watcher } = context;
      if (!watcher) return inner.load(context);
      const dir = fileURLToPath(new URL(`${base}/`, context.config.root));
      const shown = new Map<string, string>();
      /** Holds what the build finds wrong with `problems`' pages (or with `only`), and prints what is new. */
      const hold = (problems: ContentError[], files: string[]) => {
        for (const file of files) {
          const mine = problems.filter((problem) => problem.file === file);
          holdPageProblems(file, mine);
          const text = mine.map((problem) => problem.message).join('\n');
          if (text && shown.get(file) !== text) context.logger.error(text);
          if (text) shown.set(file, text);
          else shown.delete(file);
        }
      };
      const all = pageProblems(contentRoot, folder);
      hold(all, [...new Set(all.map((problem) => problem.file))]);
      const logger: LoaderContext['logger'] = Object.create(context.logger);
      logger.error = (message: string) => {
        // "Failed to reload x.mdx: …": said already, as the build says it.
        const failed = /^Failed to reload (.+?): /.exec(message)?.[1];
        if (failed && hasPageProblems(`${folder}/${failed}`)) return;
        context.logger.error(message);
      };
      logger.warn = (message: string) => {
        // 'No files found matching "**/*.mdx,…" in directory "…/content/cases"', or 'The base directory "…/content/cases/"
        // does not exist' once the demo's folder is deleted: a site without case files yet, which is no fault (a build
        // loads such a collection as empty, without a word: src/content.config.ts).
        if (message.startsWith('No files found matching') || /^The base directory .* does not exist/.test(message))
          return;
        context.logger.warn(message);
      };
      // A page whose problem is held, read when the server starts, is stored as written instead of stopping the
      // server (Astro's InvalidContentEntryDataError: the editor could not start it until the file was fixed): every
      // page shows the problem meanwhile (src/middleware.ts), so the unchecked entry is never rendered, and the save
      // that fixes it stores it checked. After the start, glob() keeps the last good entry, as it does.
      let starting = true;
      /** The page `filePath` names, as the problems name it ("content/stories/x.mdx"). */
      const pageOf = (filePath: string) => `${folder}/${relative(dir, filePath).split(sep).join('/')}`;
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const file = props.filePath ? pageOf(props.filePath) : undefined;
          if (!starting || !file || !hasPageProblems(file)) throw error;
          return props.data;
        }
      };
      // Likewise a frontmatter Astro cannot read as YAML at all (a quote left open, a tab indenting a line): glob() reads
      // it before parseData, with the MDX integration's entry type, which threw, and the server stopped. Such a page is
      // stored with no data until a save makes it readable.
      const unread = (file: string) => starting && hasPageProblems(file);
      const entryTypes = readingPast(context, (fileUrl) => unread(pageOf(fileURLToPath(fileUrl))));
      await inner.load({ ...context, logger, parseData, ...entryTypes });
      starting = false;
      // The links between pages, which a page added, removed or renamed can break or mend on any other page: checked
      // once when the server starts (the first of the two collections' loaders), then for what each change changes
      // (src/lib/dev-link-check.ts), for the linking page (src/build/dev-link-problems.ts). Printed once each.
      const links = sharedLinkCheck(contentRoot, watcher, context);
      const onChange = (removed: boolean) => (path: string) => {
        const name = relative(dir, path).split(sep).join('/');
        // Outside the folder, or left out for a "_" or "." name (src/lib/content-files.ts). Not only pages: the build
        // stops on a page written as x.md too, and the rename to x.mdx, or the removal, must let go of that.
        if (name.startsWith('../') || name.split('/').some((part) => /^[_.]/.test(part))) return;
        const file = `${folder}/${name}`;
        // With the page at the same address, if there is one (x.mdx beside x/index.mdx): the build names the second.
        const problems = removed ? [] : pageProblems(contentRoot, folder, name);
        hold(problems, [...new Set([file, ...problems.map((problem) => problem.file)])]);
        links.pageChanged(file);
        // A page whose problem names the one removed ('"x" is already used by content/stories/x.mdx: rename one of
        // the files') is read again: renaming the page the message names is a fix too, and its problem held on.
        if (!removed) return;
        for (const [other, text] of [...shown]) {
          if (other !== file && text.includes(file))
            hold(pageProblems(contentRoot, folder, other.slice(folder.length + 1)), [other]);
        }
      };
      watcher.on('change', onChange(false));
      watcher.on('add', onChange(false));
      watcher.on('unlink', onChange(true));
    },
  };
}

/** The dev server's checks of the links between pages, with what they find held and printed. */
interface SharedLinkCheck {
  /** `file` ("content/stories/x.mdx") was saved, added or removed. */
  pageChanged(file: string): void;
}

/**
 * The link checks of each content root, made by the first of the two loaders that asks, by the watcher they share
 * (one per dev server).
 */
const linkChecks = new WeakMap<object, Map<string, SharedLinkCheck>>();

/**
 * The link checks of the site at `contentRoot`, read and run once, its problems held and printed; a dataset added to
 * data/ or removed from it (renamed, deleted) while the server runs has the pages naming it checked again, and so does
 * a file added to public/ or removed from it. At each
 * embargo's moment, what is public is looked at again (src/lib/embargo-timer.ts).
 */
function sharedLinkCheck(
  contentRoot: string,
  watcher: NonNullable<LoaderContext['watcher']>,
  { logger, config, meta }: LoaderContext,
): SharedLinkCheck {
  const checks = linkChecks.get(watcher) ?? new Map<string, SharedLinkCheck>();
  linkChecks.set(watcher, checks);
  const known = checks.get(contentRoot);
  if (known) return known;
  const links = linkCheck(contentRoot);
  /** The build's notes printed, while they last: each is printed once, not at every save. */
  let noted = new Set<string>();
  /** How many times the checks have run: what the served pages' checks read is read again after each. */
  let checkedTimes = 0;
  /** Reads what the served pages' checks will ask for, once they are held (below). */
  let readAhead = () => {};
  const show = () => {
    checkedTimes += 1;
    // Off the save's path, before the browser asks for the page again: ~20 ms at 1,000 stories with 20 withheld.
    setImmediate(() => readAhead());
    for (const problem of holdLinkProblems(links.problems())) logger.error(problem.message);
    // Asked for, a withheld page's address is explained by the 404 page, not warned of by Astro's router.
    holdWithheldAddresses(links.withheldAddresses());
    // In the order of the preflight's checks: the datasets against the sources first.
    const acrossPages = [
      ...links.datasetProblems(),
      ...links.folderProblems(),
      ...links.translationProblems(),
      ...links.dateProblems(),
      ...links.titleProblems(),
      ...links.fileNameProblems(),
      ...links.leadProblems(),
    ];
    for (const problem of holdSiteProblems(acrossPages)) logger.error(problem.message);
    // As the build prints them (src/build/main.ts): the terminal only, since they stop nothing.
    const notes = links.notes().map((note) => note.message);
    for (const note of notes) if (!noted.has(note)) logger.warn(`note: ${note}`);
    noted = new Set(notes);
  };
  const embargoes = embargoTimer((moment) => {
    const lifted = links.embargoes().filter((page) => page.lifts.getTime() === moment);
    links.timePassed();
    show();
    const when = writtenMoment(moment);
    logger.info(
      `${lifted.map((page) => page.file).join(', ')}: embargo lifted at ${when}: shown as published from now on`,
    );
    // Astro decides nothing by the clock: a change in its content store is what has it drop the pages it keeps
    // (the routes' lists, read with the moment of their reading) and reload the browser's, as a save does.
    meta.set('embargo-lifted', when);
  });
  /** Shows what the checks found, and waits for the next embargo (none with CASEFILE_NOW: the clock stands still). */
  const checked = () => {
    show();
    if (process.env.CASEFILE_NOW) return;
    embargoes.arm(links.embargoes().map((page) => page.lifts.getTime()));
  };
  checked();
  const served = servedChecks(
    links,
    () => checkedTimes,
    fileURLToPath(new URL(`${contentRoot}/`, config.root)),
    logger,
  );
  holdServedChecks(served);
  readAhead = () => void served.leakSearch();
  const data = fileURLToPath(new URL(`${contentRoot}/data`, config.root));
  /** A file or folder of data/ that the build reads ("_" and "." names are left out), with its folders. */
  const inData = (path: string) =>
    inside(path, data) &&
    !relative(data, path)
      .split(sep)
      .some((part) => /^[_.]/.test(part));
  const onDataset = (path: string) => {
    // data/*.json and *.csv, as the datasets' loader reads them, and data/sources.json; a dataset in a folder of data/,
    // which the build stops on (Astro reads data/ itself only).
    if (!inData(path) || !/\.(?:json|csv)$/.test(path)) return;
    links.datasetsChanged();
    checked();
  };
  watcher.on('add', onDataset);
  watcher.on('change', onDataset);
  watcher.on('unlink', onDataset);
  // A folder of data/ removed whole: what the build said of its datasets goes with it.
  watcher.on('unlinkDir', (path: string) => {
    if (!inData(path)) return;
    links.datasetsChanged();
    checked();
  });
  // A page in content/ outside stories/ and cases/ (content/fr/stories/x.mdx), which the build stops on: it would not
  // be published. The pages' loaders watch their own folders; content/ is watched too, for a content root outside the
  // project (CASEFILE_CONTENT_ROOT), which Vite does not watch.
  const content = fileURLToPath(new URL(`${contentRoot}/content`, config.root));
  watcher.add(content);
  const onContent = (path: string) => {
    const [first = ''] = relative(content, path).split(sep);
    if (!inside(path, content) || first === 'stories' || first === 'cases') return;
    links.contentChanged();
    checked();
  };
  for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, onContent);
  // An image of public/ (![A map](/images/map.png)) added or removed, or a folder of them: the build looks for it
  // there, the folder the checks read (src/lib/validate/body.ts). Vite watches public/ already, to serve it.
  const publicDir = join(projectRoot, 'public');
  const onPublic = (path: string) => {
    if (!inside(path, publicDir)) return;
    links.publicChanged(relative(publicDir, path).split(sep).join('/'));
    checked();
  };
  for (const event of ['add', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, onPublic);
  const shared: SharedLinkCheck = {
    pageChanged(file) {
      links.pageChanged(file);
      checked();
    },
  };
  checks.set(contentRoot, shared);
  return shared;
}

/**
 * What the checks of each page served read (src/build/dev-served-checks.ts): the pages withheld, as the build's leak
 * check searches for them (none in a preview, which the build does not check), read again after a change of the
 * content; the file of each page's address, under `root`, the content's folder. Problems printed as the loader's.
 */
function servedChecks(
  links: LinkCheck,
  checks: () => number,
  root: string,
  logger: LoaderContext['logger'],
): ServedChecks {
  /** A value read from the checks, until they run again. */
  const untilChecked = <T>(read: () => T) => {
    let held: { at: number; value: T } | undefined;
    return () => {
      if (held?.at !== checks()) held = { at: checks(), value: read() };
      return held.value;
    };
  };
  const search = untilChecked(() => leakSearch(links.withheld(join(projectRoot, 'public'), join(projectRoot, 'src'))));
  const files = untilChecked(() => links.pageFiles());
  return {
    leakSearch: () => (isPreview() ? undefined : search()),
    sourceOf(pathname) {
      const file = files().get(pathname.endsWith('/') ? pathname : `${pathname}/`);
      return file ? [root, file] : undefined;
    },
    sources: [[projectRoot, 'src']],
    print: (message) => logger.error(message),
  };
}

/**
 * The content layer's entry types (how Astro reads a page's frontmatter and body), each reading a page `skip(fileUrl)`
 * accepts as having no frontmatter when Astro's reader throws on it. The content layer passes them to every loader,
 * though LoaderContext does not declare them, and glob() reads the ones it is given; none to pass if they are gone.
 */
function readingPast(
  context: LoaderContext,
  skip: (fileUrl: URL) => boolean,
): { entryTypes?: Map<string, ContentEntryType> } {
  const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> };
  if (!entryTypes) return {};
  const wrapped = (type: ContentEntryType): ContentEntryType => ({
    ...type,
    getEntryInfo: async (params) => {
      try {
        return await type.getEntryInfo(params);
      } catch (error) {
        if (!skip(params.fileUrl)) throw error;
        return { data: {}, body: '', rawData: '', slug: '' };
      }
    },
  });
  return { entryTypes: new Map([...entryTypes].map(([extension, type]) => [extension, wrapped(type)])) };
}
