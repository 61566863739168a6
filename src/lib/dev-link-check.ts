/**
 * The build's checks of the links between pages, for the dev server (src/build/dev-link-problems.ts): a link in a
 * page's body to a story, case file or dataset (src/lib/validate/links.ts, relative-links.ts), a case file or dataset
 * its frontmatter lists (listed-ids.ts), each kept by the address of the page that has it, in the preflight's words;
 * with them, what the preflight says of the page alone: the rest of its body (body.ts: its components and citations,
 * images, headings, imports, Markdown printed as text, MDX that would stop the build), a tag written as its label
 * (tags.ts), markup in its title or summary (plain-text.ts), no text (empty-body.ts), new:story's stand-ins and empty
 * byline (placeholders.ts, bylines.ts).
 *
 * Not the whole preflight on each save (validateProject: ~60 ms on the demo, ~0.5 s at 1,000 stories, which the
 * editor's save waited for): the project is read once, when the server starts, and then only what a change can
 * change. A page saved is read again and its own links checked against the site's addresses; a page added, removed
 * or renamed (or one whose draft or embargo changed) changes the addresses, and the pages that name that address or
 * case file are checked again; a dataset added or removed, the pages that name it. Pages with a problem held are
 * always checked again, as a "did you mean" may now name another page. The clock passing an embargo changes the
 * addresses too, and a file added to public/ or removed from it, the pages whose text names it. Beside the links, the build's checks that run over every page: translations against their originals
 * (checkTranslations, checkSameFacts), each page's dates against each other, its original's and the moment
 * (checkDates, checkPublicationDates), two pages under one title (sameTitles), two lead stories (checkLeads), a folder
 * that is no language's (languageFolders), file names (checkFileNames); the datasets against the sources (checkDatasets,
 * sameDatasetTitles); and the notes the build prints on the content, each from the check that writes it.
 */
import { localePath, locales as siteLocales } from '../i18n/locales.ts';
import { ContentError } from './content-error.ts';
import { loadProject, withFieldLine, type Entry } from './load-project.ts';
import { slugFromPath } from './slug.ts';
import { datasetsMentioned } from './dataset-usage.ts';
import { entryHref, entryLocale } from './translations.ts';
import { linkTargets, type LinkTargets } from './validate/link-targets.ts';
import { forgetOwnFolders } from './validate/site-addresses.ts';
import { checkDatasets } from './validate/datasets.ts';
import {
  checkDatasetDates,
  checkDates,
  checkPublicationDates,
  checkSourceDates,
  checkUnreadDates,
  type Dated,
} from './validate/dates.ts';
import { checkFileNames } from './validate/file-names.ts';
import { languageFolders } from './validate/language-folders.ts';
import { checkLeads } from './validate/leads.ts';
import { checkTranslatedFacts } from './validate/same-facts.ts';
import { sameDatasetTitles, sameTitles } from './validate/same-titles.ts';
import { checkTranslations } from './validate/translations.ts';
import { buildTime, isPreview, type Publishable } from './visibility.ts';
import { site } from '../site.config.ts';
import { withheldPages, type WithheldPage } from '../build/checks/leaks.ts';
import { unreadContentFiles, unreadDataFiles } from './validate/unread-files.ts';
import { translationsInTheOtherKind } from './validate/translations-in-the-other-kind.ts';
import { percentFractions } from './validate/percent-fractions.ts';
import { unusedDatasets } from './validate/unused-datasets.ts';
import { nearTags } from './validate/tags.ts';
import { pageChecks, type Page } from './page-checks.ts';
import { changedNames, naming } from './changed-names.ts';
import { readDataAgain, readPageAgain } from './read-again.ts';

/** The dev server's link checks of the site at one content root, kept up to date by `pageChanged` and `datasetsChanged`. */
export interface LinkCheck {
  /** The problems of every page's links, by the address of the page that has them. */
  problems(): Map<string, ContentError[]>;
  /** `file` ("content/stories/x.mdx") was saved, added or removed. */
  pageChanged(file: string): void;
  /** A file of data/ was added, saved or removed: a dataset, a CSV a dataset reads, the sources. */
  datasetsChanged(): void;
  /** A file or folder of content/ outside stories/ and cases/ was added or removed. */
  contentChanged(): void;
  /** `path` below public/ ("images/map.png", or a folder) was added or removed: the pages showing it are checked again. */
  publicChanged(path: string): void;
  /** The clock has passed a page's embargo: what is public has changed, though no file has. */
  timePassed(): void;
  /** Each page under embargo, with the moment it lifts (withheld or not: a preview still marks it embargoed). */
  embargoes(): { file: string; lifts: Date }[];
  /**
   * What the build stops on in a translation, in its words: a key or file name that links it to no original, two
   * translations of one original into one language, a translation published before its draft or embargoed original,
   * a case file's facts that differ from its original's. Not the build's notes.
   */
  translationProblems(): ContentError[];
  /**
   * What the build stops on in a page's dates, in its words: an update or a correction dated before the page, or a
   * translation's correction dated before its original; a date more than a year after the checks' moment, an embargo
   * more than four weeks before the page's date.
   */
  dateProblems(): ContentError[];
  /** Two stories, or two case files, of one language under one title, in the build's words. */
  titleProblems(): ContentError[];
  /** More than one story published (or previewed) that says lead: true, in the build's words. */
  leadProblems(): ContentError[];
  /**
   * A folder of pages that is no language's, and an MDX file in content/ outside stories/ and cases/, in the build's
   * words.
   */
  folderProblems(): ContentError[];
  /** A page's file name that would be its address with underscores, or two names alike, in the build's words. */
  fileNameProblems(): ContentError[];
  /**
   * What the build stops on in the datasets' files and against data/sources.json, in its words (a dataset in a folder
   * of data/ or named otherwise than an id, a source a dataset or its rows name that the list lacks, a source its rows use that its `sources` leaves out, its own chart, markup in its texts
   * or a source's), then two datasets under one title. Read again at each change of data/ only.
   */
  datasetProblems(): ContentError[];
  /**
   * What the build prints as notes on the content, in its words and order (a tag a letter from a more common one, a
   * translation that matches no original or states other countries, a date ahead of the checks' moment, a draft case
   * a story lists, a file of data/ not read, …); not those of files left out for their "_" name, which the checks do
   * not read while the server runs.
   */
  notes(): ContentError[];
  /** The file of each story and case file, by its address ("/stories/x/": "content/stories/x.mdx"). */
  pageFiles(): Map<string, string>;
  /**
   * What the build's leak check searches the site for, at the checks' moment: each page withheld, the datasets only
   * withheld pages use, and the files of `publicDir` only they use (named in their text or in `siteCodeDir`'s).
   */
  withheld(publicDir: string, siteCodeDir: string): WithheldPage[];
  /**
   * The addresses of the pages withheld at the checks' moment, whose 404 page says why: each draft's and embargoed
   * page's, and in each language the page of each dataset only they use. None in a preview.
   */
  withheldAddresses(): string[];
}

/** Link checks of the site at `contentRoot`, its pages read now. */
export function linkCheck(contentRoot: string): LinkCheck {
  const { project, errors: loaded } = loadProject(contentRoot);
  /**
   * The pages whose frontmatter fails its checks, with what the build says of them: left out of the project, and told
   * to the translation checks, which then do not send an original's translations looking for another.
   */
  const unread = new Map<string, ContentError[]>();
  for (const error of loaded)
    if (error.file.startsWith('content/')) unread.set(error.file, [...(unread.get(error.file) ?? []), error]);
  /** Each page's problems, by its file. */
  const found = new Map<string, ContentError[]>();
  /** What the build notes of each page alone (a draft case it lists, a <Response> dated ahead), by its file. */
  const noted = new Map<string, ContentError[]>();
  let now = buildTime();
  const preview = isPreview();
  let locales = new Map<Entry<unknown>, string>();
  let targets: LinkTargets = new Map();
  // The datasets each page uses, read from its body once (a page saved is a new entry).
  const mentionedBy = new WeakMap<object, ReturnType<typeof datasetsMentioned>>();
  const mentioned = (entry: Entry<{ datasets: string[] }>) => {
    let found = mentionedBy.get(entry);
    if (!found) mentionedBy.set(entry, (found = datasetsMentioned(entry.body, entry.data.datasets)));
    return found;
  };
  const survey = () => {
    now = buildTime();
    locales = new Map();
    for (const entry of [...project.stories, ...project.cases]) {
      try {
        locales.set(entry, entryLocale(entry, entry.file));
      } catch {
        // A `lang` that contradicts the page's folder: the frontmatter's check shows it on every page.
      }
    }
    targets = linkTargets(project, locales, now, preview, site.url, mentioned);
  };
  /** The error with the line of its field, as the preflight gives it. */
  const withLine = (error: ContentError) => withFieldLine(project, error);
  // The pages whose frontmatter fails its checks are left out: that problem shows on every page (page-loader.ts).
  const pages = (): Page[] => [...project.stories, ...project.cases];
  const check = (page: Page) => {
    const { errors, notes } = pageChecks(page, project, targets, locales, now, preview);
    const lined = errors.map(withLine);
    if (lined.length) found.set(page.file, lined);
    else found.delete(page.file);
    if (notes.length) noted.set(page.file, notes.map(withLine));
    else noted.delete(page.file);
  };
  /**
   * Checks again, once the addresses have been surveyed anew, the pages that `also` names, those holding a problem, and
   * those naming what changed since `before`: an address that came or went or was withheld or released, a dataset
   * published or withheld with the pages using it.
   */
  const checkAgain = (before: LinkTargets, also: (page: Page) => boolean) => {
    const { slugs, datasets } = changedNames(before, targets);
    for (const page of pages()) {
      const named = (text: string) => page.body.includes(text);
      if (
        also(page) ||
        found.has(page.file) ||
        slugs.some(named) ||
        datasets.some((dataset) => named(`/data/${dataset}`))
      )
        check(page);
    }
  };
  /**
   * The build's check of the translations, as validateProject runs it after the frontmatter's errors: what it stops on
   * (its notes left to it), and each translation's original.
   */
  const translated = () => {
    const before = [...unread.values()].flat();
    const errors = [...before];
    const notes: ContentError[] = [];
    const originals = new Map<Entry<unknown>, Entry<Publishable & Dated>>();
    for (const entries of [project.stories, project.cases] as Parameters<typeof checkTranslations>[2][])
      checkTranslations(errors, notes, entries, locales, originals, now);
    return { errors: errors.slice(before.length), notes, originals };
  };
  /** The build's notes on data/, as validateProject makes them: read again at each change of data/ only. */
  const dataNotes = () => {
    const notes = [...unreadDataFiles(project), ...translationsInTheOtherKind(project), ...percentFractions(project)];
    checkSourceDates(notes, project, now);
    checkDatasetDates(notes, project, now);
    return notes;
  };
  /**
   * What the build says of a dataset's file (in a folder of data/, a name that is no id), which the datasets' loader
   * does not read as the build does: read again when data/ changes.
   */
  const ofDataFiles = (errors: ContentError[]) =>
    errors.filter((error) => error.file.startsWith('data/') && error.field === 'file name');
  let dataFileProblems = ofDataFiles(loaded);
  /** What the build says of the MDX files in content/ outside stories/ and cases/, until one comes or goes. */
  let unreadPages = unreadContentFiles(project);
  /** What datasetProblems() says, until data/ changes. */
  let datasetsChecked: ContentError[] | undefined;
  /** What dataNotes() says, until data/ changes. */
  let dataNoted: ContentError[] | undefined;
  /** The address of each story and case file, by its file. */
  const pageAddresses = () => {
    const addresses = new Map<string, string>();
    for (const [kind, entries] of [
      ['story', project.stories],
      ['case', project.cases],
    ] as const) {
      for (const entry of entries) {
        try {
          addresses.set(entry.file, entryHref(kind, entry));
        } catch {
          // A `lang` that contradicts the page's folder: the frontmatter's check shows it on every page.
        }
      }
    }
    return addresses;
  };
  survey();
  for (const page of pages()) check(page);

  return {
    problems() {
      const addresses = pageAddresses();
      const byAddress = new Map<string, ContentError[]>();
      for (const [file, problems] of found) {
        const address = addresses.get(file);
        if (address) byAddress.set(address, [...(byAddress.get(address) ?? []), ...problems]);
      }
      return byAddress;
    },
    pageChanged(file) {
      const [, kind, ...rest] = file.split('/');
      const id = slugFromPath(rest.join('/'));
      const before = targets;
      const errors = readPageAgain(contentRoot, project, file);
      unread.delete(file);
      if (errors.length) unread.set(file, errors);
      found.delete(file);
      survey();
      // A case file added, removed, drafted or released: the stories listing it in cases: are checked again (a draft
      // listed is a note of theirs). A file that is no page (an image beside one): the pages naming it.
      const listedCase = kind === 'cases';
      const shown = !/\.mdx?$/.test(file) && naming(file);
      checkAgain(
        before,
        (page) => page.file === file || (listedCase && (page.data.cases ?? []).includes(id)) || (shown && shown(page)),
      );
    },
    datasetsChanged() {
      const { errors, changed } = readDataAgain(contentRoot, project);
      dataFileProblems = ofDataFiles(errors);
      datasetsChecked = undefined;
      dataNoted = undefined;
      survey();
      // Pages holding a problem are checked again, so that one fixed in data/ (a source added, a row) goes. One that a
      // change of data/ causes in a page that names nothing added or removed shows as that page renders (a <Cite> or
      // <Fact> naming nothing there throws), and from its next save in the preflight's words.
      for (const page of pages()) {
        const named = changed.some((id) => page.body.includes(`/data/${id}`) || page.data.datasets.includes(id));
        if (named || found.has(page.file)) check(page);
      }
    },
    publicChanged(path) {
      // A name at its top is an address of the site's own, which a link may name (/scans/): read them again.
      if (!path.includes('/')) forgetOwnFolders();
      // With those holding a problem (an image said missing, a link taken for a page misspelt).
      const named = naming(path);
      for (const page of pages()) if (found.has(page.file) || named(page)) check(page);
    },
    timePassed() {
      const before = targets;
      survey();
      checkAgain(before, () => false);
    },
    translationProblems() {
      const { errors, originals } = translated();
      checkTranslatedFacts(errors, [], originals);
      return errors.map(withLine);
    },
    dateProblems() {
      const { originals } = translated();
      const errors: ContentError[] = [];
      for (const page of pages() as unknown as Entry<Dated & Publishable>[]) {
        checkDates(errors, page, originals.get(page));
        // Judged at the checks' moment, as the build judges them at its own; the notes left to the build.
        checkPublicationDates(errors, [], page, now, project);
      }
      checkUnreadDates(errors, project.unlisted);
      return errors.map(withLine);
    },
    titleProblems() {
      // The pages of a folder that is no language's are told so by the build, not also that their title is taken.
      const folders = languageFolders(project).map((error) => error.file);
      return sameTitles(project, locales, folders).map(withLine);
    },
    leadProblems() {
      const errors: ContentError[] = [];
      checkLeads(errors, project, now, preview);
      return errors.map(withLine);
    },
    folderProblems() {
      return [...languageFolders(project), ...unreadPages];
    },
    contentChanged() {
      unreadPages = unreadContentFiles(project);
    },
    fileNameProblems() {
      // Every page read, those whose frontmatter fails its checks too, in the preflight's order.
      const errors: ContentError[] = [];
      checkFileNames(
        errors,
        [...pages(), ...project.unlisted].map(({ file }) => file),
      );
      return errors;
    },
    datasetProblems() {
      return (datasetsChecked ??= [...dataFileProblems, ...checkDatasets(project), ...sameDatasetTitles(project)]);
    },
    notes() {
      const { notes, originals } = translated();
      checkTranslatedFacts([], notes, originals);
      const pageNotes: ContentError[] = [];
      for (const page of pages() as unknown as Entry<Dated & Publishable>[]) {
        checkPublicationDates([], pageNotes, page, now, project);
        pageNotes.push(...(noted.get(page.file) ?? []));
      }
      return [
        ...(dataNoted ??= dataNotes()),
        ...unusedDatasets(project, mentioned, now, preview),
        ...nearTags(project),
        ...notes,
        ...pageNotes,
      ].map(withLine);
    },
    pageFiles() {
      return new Map([...pageAddresses()].map(([file, address]) => [address, file]));
    },
    withheld(publicDir, siteCodeDir) {
      return withheldPages(project, now, publicDir, siteCodeDir, mentioned);
    },
    withheldAddresses() {
      const held = [...targets].filter(([, target]) => target.held !== null).map(([address]) => address);
      const datasets = [...project.datasets.keys()].filter((id) => !targets.datasets?.has(id));
      return [...held, ...datasets.flatMap((id) => siteLocales.map((lang) => localePath(`/data/${id}/`, lang)))];
    },
    embargoes() {
      return pages().flatMap((page) => (page.data.embargo ? [{ file: page.file, lifts: page.data.embargo }] : []));
    },
  };
}
