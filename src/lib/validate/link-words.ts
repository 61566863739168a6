/** Links whose words name nothing: "click here", "ici". */
import { ContentError } from '../content-error.ts';
import { linkWords } from '../mdx-usage.ts';
import { ownPages } from './site-addresses.ts';
import { t } from '../../i18n/index.ts';
import { defaultLocale, isLocale, localePath, locales, type Locale } from '../../i18n/locales.ts';

/**
 * Words that say a link is there, not where it goes, in every language of the site (lower case, no final
 * punctuation): each dictionary's `links.vague`, so that a language added to the site brings its own.
 */
const vague = new Set(
  locales.flatMap((lang) =>
    t(lang)('links.vague')
      .split(',')
      .map((words) => words.trim().toLowerCase()),
  ),
);

/**
 * Whether a link's words are one of the vague ones as prose writes them: in lower case, or with a capital to start a
 * sentence ("Here"). In capitals they are more likely a name: HERE is a mapping company.
 */
function namesNothing(text: string): boolean {
  const words = text.replace(/[.,:;!?…\s]+$/u, '');
  const lower = words.toLowerCase();
  const asProse = words === lower || words === lower.charAt(0).toUpperCase() + lower.slice(1);
  return asProse && vague.has(lower);
}

/**
 * Link words that say what they open, in the page's language (its dictionary's `links.example`), to that language's
 * methodology page, or to the default language's while it has none (src/pages/<lang>/methodology.mdx).
 */
function example(lang: Locale): string {
  const translated = lang === defaultLocale || ownPages(lang).has('methodology');
  return `[${t(lang)('links.example')}](${translated ? localePath('/methodology/', lang) : '/methodology/'})`;
}

/** The language of the page in `file`: a translation's folder (content/stories/fr/x.mdx), else the default. */
export function fileLocale(file: string): Locale {
  const folder = file.split('/')[2];
  return file.split('/').length === 4 && folder !== undefined && isLocale(folder) ? folder : defaultLocale;
}

/**
 * A screen reader lists a page's links by their words alone, and a reader skimming a story reads the links first:
 * "click here" names nothing there (WCAG 2.4.4, link purpose). Reported with the words to link instead.
 */
export function checkLinkWords(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  for (const { line, text } of linkWords(body, bodyLine)) {
    if (!namesNothing(text)) continue;
    errors.push(
      new ContentError(
        file,
        `line ${line}: link "${text}"`,
        `screen readers list a page's links by their words alone, and these name nothing: link the words that say what it opens, e.g. ${example(fileLocale(file))}`,
      ),
    );
  }
}
