/**
 * What the build stops on before it renders that is no page's, while `npm run dev` runs: a deployer's public/_headers
 * setting a header the build writes (src/build/security-headers.ts, checked by src/build/main.ts), and a language's
 * dictionary against the English one (src/i18n/check.ts: a string missing, one of its own, other placeholders). The
 * dev server said nothing of either, and the build stopped on them after the editor had left the page. Checked when
 * the server starts and when public/_headers or a file of src/i18n/ is saved, added or removed; each problem printed
 * once, in the build's words, for as long as it lasts: a save that leaves it as it was prints nothing more.
 *
 * The dictionaries are code: read through the dev server's own module graph, which holds them as they are saved, not
 * as they were when the server started.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { projectHeadersProblems } from './security-headers.ts';
import { projectRoot } from '../site.config.ts';

/** The dictionaries' folder, and the module exporting their check, `siteDictionaryProblems(root)`. */
export interface Dictionaries {
  folder: string;
  check: string;
}

const i18nFolder = fileURLToPath(new URL('../i18n/', import.meta.url));
const dictionaries: Dictionaries = { folder: i18nFolder, check: join(i18nFolder, 'check.ts') };

/**
 * The Astro integration: the checks on the dev server, none in a build (whose preflight runs them). Run once the
 * server listens, not while it starts: the dictionaries' check compiles its modules, which would delay the first page.
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

/**
 * Runs the checks of the project at `root` now, prints what they find, and again at each change of what they read;
 * resolves once the first check has been printed.
 */
export async function watchProjectChecks(
  server: ViteDevServer,
  logger: Pick<AstroIntegrationLogger, 'error'>,
  root: string,
  i18n: Dictionaries = dictionaries,
): Promise<void> {
  const headers = printedOnce(logger);
  const translations = printedOnce(logger);
  const headersFile = join(root, 'public', '_headers');
  const checkHeaders = () => headers(projectHeadersProblems(root));
  const checkDictionaries = async () => translations(await dictionaryProblems(server, i18n.check, root));
  const onChange = (path: string) => {
    if (path === headersFile) checkHeaders();
    const below = relative(i18n.folder, path);
    if (below.startsWith('..') || below.includes(sep) || !below.endsWith('.ts')) return;
    // Vite drops the changed module from its graph once its plugins have heard of the change: drop it now, so that
    // the check reads the dictionary as saved.
    server.environments.ssr?.moduleGraph.onFileChange(path);
    checkDictionaries().catch((error: Error) => logger.error(`src/i18n/: ${error.message}`));
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
  checkHeaders();
  await checkDictionaries().catch((error: Error) => logger.error(`src/i18n/: ${error.message}`));
}

/** A printer of a check's problems: each printed when it first appears, and not again while it lasts. */
function printedOnce(logger: Pick<AstroIntegrationLogger, 'error'>): (problems: string[]) => void {
  let shown = new Set<string>();
  return (problems) => {
    for (const problem of problems) if (!shown.has(problem)) logger.error(problem);
    shown = new Set(problems);
  };
}

/** The build's check of the dictionaries, on the dictionaries as the dev server holds them now. */
async function dictionaryProblems(server: ViteDevServer, module: string, root: string): Promise<string[]> {
  const check = (await server.ssrLoadModule(module)) as typeof import('../i18n/check.ts');
  return check.siteDictionaryProblems(root).map((problem) => problem.message);
}
