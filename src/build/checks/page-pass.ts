/**
 * One pass over the built pages for the link check and the budget check: each page is read, hashed, decoded and
 * parsed once for both, in one worker thread, where each check read and parsed every page in a worker of its own
 * (at 1,000 stories, one parse of the 1,322 pages is ~0.85 s of CPU and one worker's start ~0.2 s). What each check
 * learns from a page is remembered in its own cache, as before, and the checks' verdicts and messages are theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildContext } from '../steps.ts';
import { contentRoot, site } from '../../site.config.ts';
import { inWorker } from '../workers/pool.ts';
import { siteFiles } from './site-files.ts';
import { contentHash, pageFactsByHash, pageFactsDir, type ScannedElement, scanPage } from './page-scan.ts';
import { findBrokenLinks, linkFactsOf, linkFactsSalt, type LinkFacts, type SourceFolder } from './links.ts';
import { budgetScanSalt, scanForBudgets, type PageScan } from './budgets.ts';

/** What the pass is asked for: each check's options, for the checks it runs for. */
export interface PagePassOptions {
  /** The link check's (findBrokenLinks): the pass then gives the broken links. */
  links?: { cacheDir?: string; sources?: SourceFolder[] };
  /** The budget check's (measurePages): the pass then gives what each page holds for the budgets, by file. */
  budgets?: { cacheDir?: string };
}

/** What the pass found, for the checks it was asked for. */
export interface PagePass {
  brokenLinks?: string[];
  budgetScans?: Map<string, PageScan>;
}

/** The pass over the HTML files below `dir`, for the checks `options` names. */
export function passOverPages(dir: string, origin: string, options: PagePassOptions): PagePass {
  const siteOrigin = new URL(origin).origin;
  const { links, budgets } = options;
  const linkSalt = links?.cacheDir ? linkFactsSalt() : '';
  const budgetSalt = budgets?.cacheDir ? budgetScanSalt(siteOrigin) : '';
  const linkFacts = new Map<string, LinkFacts>();
  const budgetScans = new Map<string, PageScan>();
  for (const file of siteFiles(dir, ['.html'])) {
    const bytes = readFileSync(join(dir, file));
    const hash = links?.cacheDir || budgets?.cacheDir ? contentHash(bytes) : '';
    // Decoded and parsed only for a check that does not remember the page.
    let html: string | undefined;
    let elements: ScannedElement[] | undefined;
    const decoded = () => (html ??= bytes.toString('utf8'));
    const parsed = () => (elements ??= scanPage(decoded()));
    if (links)
      linkFacts.set(
        file,
        pageFactsByHash(links.cacheDir, linkSalt, hash, () => linkFactsOf(file, decoded(), parsed())),
      );
    if (budgets)
      budgetScans.set(
        file,
        pageFactsByHash(budgets.cacheDir, budgetSalt, hash, () => scanForBudgets(bytes, siteOrigin, parsed())),
      );
  }
  return {
    ...(links ? { brokenLinks: findBrokenLinks(dir, origin, { ...links, pages: linkFacts }) } : {}),
    ...(budgets ? { budgetScans } : {}),
  };
}

/**
 * The pass for the step `check` of a build: run once for both checks when the steps share work (`context.once`,
 * runPostBuildSteps), started by the first of them to ask; for `check` alone otherwise.
 */
export function pagePass(context: BuildContext, check: 'links' | 'budgets'): Promise<PagePass> {
  const { root, outDir } = context;
  const options = (checks: ('links' | 'budgets')[]): PagePassOptions => ({
    ...(checks.includes('links')
      ? {
          links: {
            cacheDir: pageFactsDir(root, 'links'),
            // data/ too: a source's url on the site itself is written in data/sources.json.
            sources: [
              [root, 'src'],
              [contentRoot, 'content'],
              [contentRoot, 'data'],
            ],
          },
        }
      : {}),
    ...(checks.includes('budgets') ? { budgets: { cacheDir: pageFactsDir(root, 'budgets') } } : {}),
  });
  const run = (checks: ('links' | 'budgets')[]) =>
    inWorker<PagePass>(new URL(import.meta.url), 'passOverPages', [outDir, site.url, options(checks)]);
  return context.once ? context.once('page pass', () => run(['links', 'budgets'])) : run([check]);
}
