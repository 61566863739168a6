/**
 * The receiving end of rendered-pages.ts during a build: each page Astro renders goes to Pagefind (search-index.ts)
 * and to html-validate's workers (checks/html-live.ts) at once, and the post-build steps collect their work. The
 * steps compare it with the files on disk (`hashesOnDisk`) and redo what differs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close } from 'pagefind';
import { LiveSearchIndex } from './search-index.ts';
import { LiveHtmlValidator } from './checks/html-live.ts';
import type { PageValidation } from './checks/html.ts';
import { siteFiles } from './checks/site-files.ts';
import { pageHash } from './rendered-pages.ts';

/** How long dispose() waits for a batch being handed to Pagefind ahead to be taken. */
const aheadStopLimitMs = 5_000;

export class PageFeed {
  readonly search = new LiveSearchIndex();
  readonly #html: LiveHtmlValidator;
  #validated: Promise<Map<string, PageValidation>> | undefined;
  #onDisk: Promise<Map<string, string>> | undefined;
  /** Pages received. */
  pages = 0;

  constructor(options: { htmlCacheDir: string }) {
    this.#html = new LiveHtmlValidator({ cacheDir: options.htmlCacheDir });
  }

  /** The page sink (rendered-pages.ts): `file` relative to the output folder. */
  readonly receive = (file: string, html: string): void => {
    this.pages++;
    this.search.add(file, html, pageHash(html));
    this.#html.add(file, html);
  };

  /** html-validate's verdicts on the pages received, by file, once the workers are through them. */
  validated(): Promise<Map<string, PageValidation>> {
    this.#validated ??= this.#html.finish();
    return this.#validated;
  }

  /**
   * Takes the hashes of the files as Astro left them (output-memo.ts, outputFiles: the same SHA-256 as pageHash), so
   * that hashesOnDisk() need not read every page again. Only for hashes taken after Astro finished: no step changes
   * an HTML file.
   */
  useHashesOnDisk(hashes: ReadonlyMap<string, string>): void {
    this.#onDisk = Promise.resolve(new Map([...hashes].filter(([file]) => file.endsWith('.html'))));
  }

  /** pageHash() of every HTML file below `outDir` (read once, however many steps ask). */
  hashesOnDisk(outDir: string): Promise<Map<string, string>> {
    this.#onDisk ??= Promise.resolve().then(
      () => new Map(siteFiles(outDir, ['.html']).map((file) => [file, pageHash(readFileSync(join(outDir, file)))])),
    );
    return this.#onDisk;
  }

  /**
   * Stops the workers and Pagefind's process (after the steps, and when the build fails before them). Pages still
   * being handed over ahead (search-ahead.ts) are stopped first: a batch handed after Pagefind's close() would start
   * its process again, left running until the build's exit. A Pagefind that no longer answers is not waited for long.
   */
  async dispose(): Promise<void> {
    this.search.stopAhead();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, aheadStopLimitMs)));
    await Promise.race([this.search.aheadDone().catch(() => {}), limit]);
    clearTimeout(timer);
    await this.#html.stop();
    await close();
  }
}
