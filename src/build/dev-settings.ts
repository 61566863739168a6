/**
 * The settings `npm run dev` reads as a build does, checked with the build's own helpers before Astro starts
 * (scripts/dev.mjs): the dev server took `PREVIEW=yes` as no preview without a word, stopped on a
 * `CASEFILE_SITE_URL` written without its scheme with Astro's "Invalid URL" and a stack trace, and on a `CASEFILE_NOW`
 * that is no datetime with "Unable to load astro.config.mjs" and a stack trace, where the build names the variable
 * and what to write. A `site.defaultLocale` that is none of site.locales' codes stopped it with Astro's own words at
 * the start ("The default locale fr-FR is not present in the i18n.locales array") and, saved so while it ran, with a
 * TypeError from src/lib/site-data.ts on every page, where the build names the file, the field and the code to write.
 */
import { defaultLocaleProblems } from '../i18n/default-locale.ts';
import { locales } from '../i18n/locales.ts';
import type { ContentError } from '../lib/content-error.ts';
import { siteSettingProblems } from '../lib/validate/site-settings.ts';
import { buildTime, previewProblem } from '../lib/visibility.ts';
import { siteUrlProblem } from '../site.config.ts';

/** The build's line for the first of the dev server's settings in `env` that cannot be right, or undefined. */
export function devSettingProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return previewProblem(env) ?? siteUrlProblem(env.CASEFILE_SITE_URL) ?? clockProblem(env);
}

/** What is wrong with `CASEFILE_NOW`, which the dev server's clock stands still at (src/lib/visibility.ts). */
function clockProblem(env: NodeJS.ProcessEnv): string | undefined {
  try {
    buildTime(env);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The build's error for src/site.config.ts as the dev server's modules read it (as last saved, while it runs): a
 * default language that is none of site.locales' codes, or a count (storiesPerPage, datasetsPerPage, itemsPerFeed) that is no whole number of 1 or
 * more. Undefined when there is none.
 */
export function siteConfigProblem(): ContentError | undefined {
  return defaultLocaleProblems(locales)[0] ?? siteSettingProblems()[0];
}
