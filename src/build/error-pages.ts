/**
 * Where the error pages go. Astro writes /404 as 404.html, as hosts expect, but a language's /fr/404 as
 * fr/404/index.html (only the root's status pages are named after their code). Hosts that serve the nearest
 * 404.html up an unknown address (Cloudflare Pages, `npm run serve`, nginx with the block in docs/deploying.md) look
 * for fr/404.html: the build moves each language's page there once Astro has written it.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { folderLocale, localeFolder, prefixedLocales } from '../i18n/locales.ts';

/** The file of a language's 404 page as hosts look for it, in its folder: "fr/404.html", "pt-br/404.html". */
export const localeErrorPage = (lang: string): string => `${localeFolder(lang)}/404.html`;

/** Whether `path` (a URL path) is one of the site's 404 pages: "/404.html", "/404/", "/fr/404.html", "/fr/404/". */
export function isNotFoundPath(path: string): boolean {
  const match = /^\/(?:([^/]+)\/)?404(?:\.html|\/)?$/.exec(path);
  return match !== null && (match[1] === undefined || folderLocale(match[1]) !== undefined);
}

/** Moves every language's <lang>/404/index.html to <lang>/404.html below `outDir`; returns the files it moved. */
export function placeErrorPages(outDir: string): string[] {
  const moved: string[] = [];
  for (const lang of prefixedLocales) {
    const written = join(outDir, localeFolder(lang), '404', 'index.html');
    if (!existsSync(written)) continue;
    renameSync(written, join(outDir, localeErrorPage(lang)));
    rmdirSync(join(outDir, localeFolder(lang), '404'));
    moved.push(localeErrorPage(lang));
  }
  return moved;
}
