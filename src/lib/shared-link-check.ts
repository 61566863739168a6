/**
 * The dev server's checks across pages, shared by the loaders of stories and of case files (src/lib/page-loader.ts):
 * the build's link checks (src/lib/dev-link-check.ts) run when the server starts and again at each change of a page,
 * of data/, of content/ or of public/ and at each embargo's moment, what they find held and printed, and what the
 * checks of each page served read (src/build/dev-served-checks.ts).
 */
import { relative, sep, join } from 'node:path';
import { inside } from './path-inside.ts';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { holdLinkProblems } from '../build/dev-link-problems.ts';
import { holdWithheldAddresses } from '../build/dev-withheld-addresses.ts';
import { holdSiteProblems } from '../build/dev-site-problems.ts';
import { linkCheck, type LinkCheck } from './dev-link-check.ts';
import { holdServedChecks, type ServedChecks } from '../build/dev-served-checks.ts';
import { leakSearch } from '../build/checks/leaks.ts';
import { isPreview } from './visibility.ts';
import { embargoTimer } from './embargo-timer.ts';
import { projectRoot } from '../site.config.ts';
import { writtenMoment } from './validate/moment.ts';

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
export function sharedLinkCheck(
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
  // there, the folder the checks read (src/lib/validate/images.ts). Vite watches public/ already, to serve it.
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
