/** Links whose words name nothing: "click here", "ici". */
import { ContentError } from '../content-error.ts';
import { linkWords } from '../mdx-usage.ts';
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.ts';

/** Words that say a link is there, not where it goes, in the site's languages (lower case, no final punctuation). */
const vague = new Set([
  'here',
  'click here',
  'this',
  'this link',
  'link',
  'read more',
  'more',
  'ici',
  'cliquez ici',
  'cliquer ici',
  'ce lien',
  'lien',
  'en savoir plus',
  'plus',
]);

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

/** Link words that say what they open, in the page's language, to that language's page. */
const example: Record<Locale, string> = {
  en: '[the methodology](/methodology/)',
  fr: '[la méthodologie](/fr/methodology/)',
};

/** The language of the page in `file`: a translation's folder (content/stories/fr/x.mdx), else the default. */
function fileLocale(file: string): Locale {
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
        `screen readers list a page's links by their words alone, and these name nothing: link the words that say what it opens, e.g. ${example[fileLocale(file)]}`,
      ),
    );
  }
}
