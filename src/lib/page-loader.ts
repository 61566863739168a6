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
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { type Loader, glob, type LoaderContext } from 'astro/loaders';
import { holdPageProblems, hasPageProblems } from '../build/dev-page-problems.ts';
import type { ContentError } from './content-error.ts';
import { pageProblems } from './load-project.ts';
import { sharedLinkCheck } from './shared-link-check.ts';

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
