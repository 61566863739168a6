/** A link that names a page's file (/content/cases/x.mdx, /cases/x.mdx) rather than its address. */
import { isLocale, defaultLocale, localePath } from '../../i18n/locales.ts';
import { slugFromPath } from '../slug.ts';
import { languagePrefix } from './language-prefix.ts';

/**
 * The address of the page whose file a root-relative link names, from the project's root (/content/cases/x.mdx,
 * /content/stories/fr/x) or from the site's (/cases/x.mdx, /fr/stories/x.mdx), with the kind of page; undefined for
 * any other path.
 */
export function linkedFile(path: string): { kind: 'stories' | 'cases'; href: string } | undefined {
  let lang = '';
  let kind: string;
  let name: string;
  const inContent = /^\/content\/(stories|cases)\/(.+?)(?:\.mdx?)?\/?$/i.exec(path);
  const { prefix, rest: address } = languagePrefix(path);
  const atAddress = /^\/(stories|cases)\/(.+)\.mdx?$/i.exec(address);
  if (inContent) {
    [, kind = '', name = ''] = inContent;
    // content/stories/fr/x.mdx is /fr/stories/x/; another folder (a desk, a year) is part of the address.
    const [folder = '', ...rest] = name.split('/');
    if (rest.length > 0 && isLocale(folder) && folder !== defaultLocale) [lang, name] = [folder, rest.join('/')];
  } else if (atAddress) {
    lang = prefix ?? '';
    [, kind = '', name = ''] = atAddress;
  } else {
    return undefined;
  }
  const lower = kind.toLowerCase() as 'stories' | 'cases';
  return { kind: lower, href: localePath(`/${lower}/${slugFromPath(name)}/`, lang) };
}
