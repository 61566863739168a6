/**
 * What the build stops on before it renders that is no page's, while `npm run dev` runs: a deployer's public/_headers
 * setting a header the build writes (src/build/security-headers.ts, checked by src/build/main.ts), and a language's
 * dictionary against the English one (src/i18n/check.ts: a string missing, one of its own, other placeholders, a
 * language code that names a country; src/build/missing-export.mjs: a dictionary still exporting `en`). The dev
 * server said nothing of either, and the build stopped on them after the editor had left the page. Checked when the
 * server starts and when public/_headers, src/site.config.ts (site.locales) or a file of src/i18n/ is saved, added or
 * removed; each problem printed once, in the build's words, for as long as it lasts: a save that leaves it as it was
 * prints nothing more. A save of site.locales with other languages also says that only a new server takes them.
 *
 * The dictionaries are code: read by Node in a thread of their own for each check (src/build/dictionary-check.ts),
 * as saved, and as the build reads them: the dev server's module graph read an export a dictionary lacks as undefined.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inside } from '../lib/path-inside.ts';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { projectHeadersProblems } from './security-headers.ts';
import { inWorker } from './workers/pool.ts';
import { locales } from '../i18n/locales.ts';
import { projectRoot } from '../site.config.ts';

/** The dictionaries' folder, and the module exporting their check, `siteDictionaryProblems(root)`. */
export interface Dictionaries {
  folder: string;
  check: string;
}

const i18nFolder = fileURLToPath(new URL('../i18n/', import.meta.url));
const dictionaries: Dictionaries = { folder: i18nFolder, check: join(i18nFolder, 'check.ts') };
/** The module running the build's check of the dictionaries in a thread of its own. */
const dictionaryCheck = new URL('./dictionary-check.ts', import.meta.url);
/** The module reading site.locales as saved, in a thread of its own. */
const savedLocalesModule = new URL('./saved-locales.ts', import.meta.url);

/**
 * The Astro integration: the checks on the dev server, none in a build (whose preflight runs them). Run once the
 * server listens, not while it starts: the dictionaries' check loads their modules, which would delay the first page.
 */
export function devProjectChecks(): AstroIntegration {
  let server: ViteDevServer | undefined;
  return {
    name: 'casefile:dev-checks',
    hooks: {
      'astro:server:setup': (options) => {
        server = options.server;
      },
      'astro:server:start': ({ logger }) => {
        // Not awaited: the problems are printed as soon as they are known.
        if (server) void watchProjectChecks(server, logger, projectRoot);
      },
    },
  };
}

/** The checks watching a project. */
export interface ProjectChecks {
  /** Resolves once the checks started by the changes seen so far have printed what they found. */
  settled: () => Promise<void>;
}

/**
 * Runs the checks of the project at `root` now, prints what they find, and again at each change of what they read;
 * resolves once the first check has been printed.
 */
export async function watchProjectChecks(
  server: ViteDevServer,
  logger: Pick<AstroIntegrationLogger, 'error'>,
  root: string,
  i18n: Dictionaries = dictionaries,
): Promise<ProjectChecks> {
  const headers = printedOnce(logger);
  const translations = printedOnce(logger);
  const headersFile = join(root, 'public', '_headers');
  // site.locales: a language added or its code changed is checked as its dictionary is.
  const siteConfig = join(root, 'src', 'site.config.ts');
  const checkHeaders = () => headers(projectHeadersProblems(root));
  const languages = printedOnce(logger);
  // The checks run in threads one at a time, in the order of the saves: a slower check of an earlier save must not
  // print after a later one.
  let checked = Promise.resolve();
  const queue = (check: () => Promise<void>) => (checked = checked.then(check));
  const checkDictionaries = async () => {
    try {
      translations(await inWorker<string[]>(dictionaryCheck, 'dictionaryCheck', [i18n.check, root]));
    } catch (error) {
      // Printed once as well: each save of a file still failing the same way would print it again.
      translations([`src/i18n/: ${(error as Error).message}`]);
    }
  };
  const checkLanguages = async () => {
    try {
      languages(languagesChanged(await inWorker<string[]>(savedLocalesModule, 'savedLocales', [siteConfig])));
    } catch {
      // A file saved halfway through an edit, which the pages importing it fail on: the next save is read again.
    }
  };
  const onChange = (path: string) => {
    if (path === headersFile) checkHeaders();
    const dictionary = inside(path, i18n.folder) && !relative(i18n.folder, path).includes(sep) && path.endsWith('.ts');
    if (dictionary || path === siteConfig) void queue(checkDictionaries);
    if (path === siteConfig) void queue(checkLanguages);
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
  checkHeaders();
  await queue(checkDictionaries);
  return { settled: () => checked };
}

/**
 * What to do once site.locales is saved with other languages than the server started with: Astro's routing and the
 * content's language folders keep those (content/stories/uk/ stayed "a language the site does not have" once uk was
 * added, on every page), and only a new server reads the saved ones.
 */
function languagesChanged(saved: readonly string[]): string[] {
  if (saved.join() === locales.join()) return [];
  return [
    `src/site.config.ts: site.locales is now ${saved.join(', ')}: the dev server reads the languages when it starts, and its content's language folders and Astro's routing keep ${locales.join(', ')} until then: stop it (Ctrl+C) and run npm run dev again`,
  ];
}

/** A printer of a check's problems: each printed when it first appears, and not again while it lasts. */
function printedOnce(logger: Pick<AstroIntegrationLogger, 'error'>): (problems: string[]) => void {
  let shown = new Set<string>();
  return (problems) => {
    for (const problem of problems) if (!shown.has(problem)) logger.error(problem);
    shown = new Set(problems);
  };
}
