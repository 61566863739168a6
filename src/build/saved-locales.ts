/**
 * The language codes of site.locales as src/site.config.ts is saved now, read by Node in a thread of its own (Node
 * keeps a module it has loaded for as long as its thread lives): the dev server compares them with those it started
 * with (src/build/dev-project-checks.ts).
 */
import { pathToFileURL } from 'node:url';

/** The codes of `site.locales` in the module `siteConfig`, in their order. */
export async function savedLocales(siteConfig: string): Promise<string[]> {
  const { site } = (await import(pathToFileURL(siteConfig).href)) as typeof import('../site.config.ts');
  return site.locales.map((locale) => locale.code);
}
