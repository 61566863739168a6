/**
 * A language whose code has a region or a script in capitals (pt-BR, sr-Latn, zh-Hant) or a region number (es-419),
 * configured in site.locales. Astro lowercases entry ids (content/stories/pt-BR/x.mdx is "pt-br/x"): the entry is
 * still read as pt-BR's; and a content folder written in small letters is told the name to give it. Its pages are
 * published in its folder, the code in small letters (/pt-br/), as static hosts match addresses letter for letter
 * and Astro's and Hugo's i18n write them. tests/i18n/plural-forms.test.ts builds a site with pt-BR to hold its pages
 * to it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { z } from 'astro/zod';
import type { Project } from '../../src/lib/load-project.ts';
import type { Locale } from '../../src/i18n/locales.ts';

vi.mock('../../src/site.config.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/site.config.ts')>();
  // Labelled as a site would label them: a label written as the code would itself match a code in small letters.
  const added = [
    { code: 'pt-BR', label: 'Português (Brasil)' },
    { code: 'sr-Latn', label: 'Srpski (latinica)' },
    { code: 'zh-Hant', label: '中文（繁體）' },
    { code: 'es-419', label: 'Español (Latinoamérica)' },
  ];
  return { ...original, site: { ...original.site, locales: [...original.site.locales, ...added] } };
});

const { entryHref, entryLocale, entrySlug, edition } = await import('../../src/lib/translations.ts');
const { folderLocale, localeFolder, localePath, sitemapI18n, splitLocalePath } =
  await import('../../src/i18n/locales.ts');
const { isNotFoundPath, localeErrorPage } = await import('../../src/build/error-pages.ts');
const { pageKind } = await import('../../src/build/checks/budgets.ts');
const { proseLanguage } = await import('../../src/build/typeset-prose.ts');
const { languageFolders } = await import('../../src/lib/validate/language-folders.ts');
const { checkTranslations } = await import('../../src/schemas/dataset/translation.ts');

const entry = (id: string) => ({ id, data: {} });

describe('a language code with capitals, whose entries Astro gives lowercased ids', () => {
  it('reads content/stories/pt-BR/x.mdx ("pt-br/x") as pt-BR, at /pt-br/stories/x/', () => {
    for (const [code, folder] of [
      ['pt-BR', 'pt-br'],
      ['sr-Latn', 'sr-latn'],
      ['zh-Hant', 'zh-hant'],
      ['es-419', 'es-419'],
    ]) {
      const story = entry(`${code!.toLowerCase()}/the-files`);
      expect(entryLocale(story), code).toBe(code);
      expect(entrySlug(story), code).toBe('the-files');
      expect(entryHref('story', story), code).toBe(`/${folder}/stories/the-files/`);
    }
  });

  it("takes a frontmatter lang that repeats the folder's code in another case (BCP 47 ignores case), not another code", () => {
    for (const lang of ['pt-BR', 'pt-br', 'PT-BR'])
      expect(entryLocale({ id: 'pt-br/x', data: { lang } }), lang).toBe('pt-BR');
    expect(() => entryLocale({ id: 'pt-br/x', data: { lang: 'pt' } })).toThrow(
      '"pt" does not match the file\'s folder (pt-br/ holds pt-BR pages): remove it or write lang: pt-BR',
    );
    // Written in another folder, it names its own as site.locales writes it.
    expect(() => entryLocale({ id: 'fr/x', data: { lang: 'PT-BR' } })).toThrow(
      '"PT-BR" does not match the file\'s folder (fr/ holds fr pages): move the file to pt-BR/',
    );
  });

  it("lists a pt-BR story in pt-BR's edition, not in English's", () => {
    const [original, brazilian] = [entry('the-files'), entry('pt-br/only-in-portuguese')];
    expect(edition([original, brazilian], 'en')).toEqual([original]);
    // site.locales' type is the unmocked one's, which has no pt-BR.
    expect(edition([original, brazilian], 'pt-BR' as Locale)).toEqual([original, brazilian]);
  });

  it('takes the folder as site.locales writes the code, and names it to a folder in small letters', () => {
    const project = { pages: ['content/stories/pt-BR/x.mdx', 'content/cases/pt-br/y.mdx'] } as Project;
    expect(languageFolders(project).map((error) => error.message)).toEqual([
      'content/cases/pt-br/: folder: "pt-br" is not how the site writes Brazilian Portuguese\'s code, pt-BR: rename the folder content/cases/pt-BR/ (a disk that ignores case, as on macOS and Windows, takes pt-br/ and pt-BR/ for one folder; git and the build\'s machine, for two)',
    ]);
  });

  it("names the code to write to a dataset's translations keyed by it in small letters or with an underscore", () => {
    const messages: string[] = [];
    const ctx = { addIssue: ({ message }: { message?: string }) => messages.push(message!) };
    const translations = { 'pt-br': {}, pt_BR: {}, 'sr-latn': {} };
    const dataset = { columns: {}, notes: [], corrections: [], translations };
    checkTranslations(dataset as unknown as Parameters<typeof checkTranslations>[0], ctx as unknown as z.RefinementCtx);
    const others = 'fr, pt-BR, sr-Latn, zh-Hant, es-419';
    expect(messages).toEqual([
      `unknown language "pt-br": expected one of the site's other languages (${others}): write "pt-BR"`,
      `unknown language "pt_BR": expected one of the site's other languages (${others}): write "pt-BR"`,
      `unknown language "sr-latn": expected one of the site's other languages (${others}): write "sr-Latn"`,
    ]);
  });
});

describe('the folder a language with capitals in its code is published in: its code in small letters', () => {
  it('writes its addresses in /pt-br/ and reads them back as pt-BR, the default language at the root', () => {
    expect(localeFolder('pt-BR')).toBe('pt-br');
    expect(localePath('/', 'pt-BR' as Locale)).toBe('/pt-br/');
    expect(localePath('/stories/x/', 'sr-Latn' as Locale)).toBe('/sr-latn/stories/x/');
    expect(localePath('/stories/x/', 'en')).toBe('/stories/x/');
    expect(folderLocale('pt-br')).toBe('pt-BR');
    expect(splitLocalePath('/pt-br/stories/x/')).toEqual({ lang: 'pt-BR', path: '/stories/x/' });
    expect(splitLocalePath('/zh-hant/')).toEqual({ lang: 'zh-Hant', path: '/' });
    expect(splitLocalePath('/es-419/search/')).toEqual({ lang: 'es-419', path: '/search/' });
  });

  it("takes a path in /pt-BR/ for no language's: hosts serve nothing there", () => {
    expect(folderLocale('pt-BR')).toBeUndefined();
    expect(splitLocalePath('/pt-BR/stories/x/')).toEqual({ lang: 'en', path: '/pt-BR/stories/x/' });
  });

  it("keys the sitemap's alternates by the folder and marks them with the code, as hreflang writes it", () => {
    expect(sitemapI18n.locales).toMatchObject({ en: 'en', fr: 'fr', 'pt-br': 'pt-BR', 'es-419': 'es-419' });
    expect(Object.keys(sitemapI18n.locales)).not.toContain('pt-BR');
  });

  it("puts its 404 page in its folder, and counts its pages' budgets under its code", () => {
    expect(localeErrorPage('pt-BR')).toBe('pt-br/404.html');
    expect(isNotFoundPath('/pt-br/404.html')).toBe(true);
    expect(isNotFoundPath('/pt-BR/404.html')).toBe(false);
    expect(pageKind('/pt-br/stories/x/')).toBe('story (pt-BR)');
    expect(pageKind('/sr-latn/')).toBe('home (sr-Latn)');
  });

  it("reads a prose page of src/pages/pt-br/ (its address's folder) as pt-BR, and a story of content/stories/pt-BR/", () => {
    const roots = { contentRoot: '/site', projectRoot: '/site' };
    expect(proseLanguage('/site/src/pages/pt-br/about.mdx', roots)).toBe('pt-BR');
    expect(proseLanguage('/site/content/stories/pt-BR/x.mdx', roots)).toBe('pt-BR');
  });
});

describe("links in a page of a language whose code has a region number (es-419), checked as a fr page's are", () => {
  it('reports the broken links of /es-419/ and of content/stories/es-419/, with the address to write', async () => {
    const { preflight, story, goodFrontmatter } = await import('../helpers/preflight.ts');
    const body = [
      '[a](/es-419/stories/the-flies/)',
      '[b](/es-419/data/issued/)',
      '[c](/es-419/cass/the-files/)',
      '[d](/es-419/stories/the-files.mdx)',
      '[e](/es-419/serch/)',
      '[g](/es-419/search)',
      '[f](the-files.mdx)',
    ].join('\n\n');
    const { errors } = preflight({
      'content/stories/es-419/the-files.mdx': story(goodFrontmatter),
      'content/stories/es-419/other.mdx': story(goodFrontmatter.replace('The files', 'Other'), body),
    });
    // (The site has no dictionary for the added languages: those errors are not this test's.)
    const links = errors.filter((error) => error.startsWith('content/'));
    expect(links).toEqual([
      'content/stories/es-419/other.mdx: line 8: link: /es-419/stories/the-flies/: no story has this address: did you mean /es-419/stories/the-files/? (it is content/stories/<file name>.mdx, in /<language>/ for a translation)',
      'content/stories/es-419/other.mdx: line 12: link: /es-419/cass/the-files/: the site has no /cass/: did you mean /es-419/cases/the-files/?',
      'content/stories/es-419/other.mdx: line 14: link: /es-419/stories/the-files.mdx: links go to pages, not to their files: write /es-419/stories/the-files/',
      'content/stories/es-419/other.mdx: line 16: link: /es-419/serch/: the site has no such page: did you mean /es-419/search/?',
      'content/stories/es-419/other.mdx: line 18: link: /es-419/search: a page\'s address ends with "/": write /es-419/search/',
      'content/stories/es-419/other.mdx: line 20: link: the-files.mdx: links go to pages, not to their files: write /es-419/stories/the-files/',
    ]);
  });
});

describe('links in a page of a language whose code has a region in capitals (pt-BR), published under /pt-br/', () => {
  it('names the address in small letters to a link written /pt-BR/…, and reports broken ones at /pt-br/', async () => {
    const { preflight, story, goodFrontmatter } = await import('../helpers/preflight.ts');
    const body = [
      '[a](/pt-BR/stories/the-files/)',
      '[b](/PT-BR/search/?q=x#top)',
      '[c](/pt-br/stories/the-flies/)',
      '[d](/pt-br/serch/)',
      '[e](/pt-br/stories/the-files/)',
      '[f](the-files.mdx)',
    ].join('\n\n');
    const { errors } = preflight({
      'content/stories/pt-BR/the-files.mdx': story(goodFrontmatter),
      'content/stories/pt-BR/other.mdx': story(goodFrontmatter.replace('The files', 'Other'), body),
    });
    // (The site has no dictionary for the added languages: those errors are not this test's.)
    const links = errors.filter((error) => error.startsWith('content/'));
    expect(links).toEqual([
      "content/stories/pt-BR/other.mdx: line 8: link: /pt-BR/stories/the-files/: pt-BR's pages are published under /pt-br/, in small letters, as hosts match addresses letter for letter: write /pt-br/stories/the-files/",
      "content/stories/pt-BR/other.mdx: line 10: link: /PT-BR/search/?q=x#top: pt-BR's pages are published under /pt-br/, in small letters, as hosts match addresses letter for letter: write /pt-br/search/?q=x#top",
      'content/stories/pt-BR/other.mdx: line 12: link: /pt-br/stories/the-flies/: no story has this address: did you mean /pt-br/stories/the-files/? (it is content/stories/<file name>.mdx, in /<language>/ for a translation)',
      'content/stories/pt-BR/other.mdx: line 14: link: /pt-br/serch/: the site has no such page: did you mean /pt-br/search/?',
      'content/stories/pt-BR/other.mdx: line 18: link: the-files.mdx: links go to pages, not to their files: write /pt-br/stories/the-files/',
    ]);
  });
});

describe("the build's link check, on a link to /pt-BR/ written in a layout or a page of src/pages/", () => {
  it('names the address in small letters that the page is at', async () => {
    const { findBrokenLinks } = await import('../../src/build/checks/links.ts');
    const { htmlPage, tempSite } = await import('../helpers/temp-site.ts');
    const dir = tempSite({
      'index.html': htmlPage('<a href="/pt-BR/stories/one/#sources">Um</a> <a href="/pt-br/stories/two/">Dois</a>'),
      'pt-br/stories/one/index.html': htmlPage('<h2 id="sources">Fontes</h2>'),
    });
    expect(findBrokenLinks(dir, 'https://casefile.example.org')).toEqual([
      "index.html: /pt-BR/stories/one/#sources (no such file: pt-BR's pages are published under /pt-br/, in small letters, as hosts match addresses letter for letter: write /pt-br/stories/one/#sources)",
      'index.html: /pt-br/stories/two/ (no such file)',
    ]);
  });
});

describe('a prose page of src/pages/ in a folder named as the code is written, src/pages/pt-BR/', () => {
  it('stops the build, naming the folder in small letters it goes in, and takes src/pages/pt-br/ and es-419/', async () => {
    const { pageLanguageFolders } = await import('../../src/lib/validate/page-language-folders.ts');
    const { tempSite } = await import('../helpers/temp-site.ts');
    const root = tempSite({
      'src/pages/pt-BR/about.mdx': '# Sobre',
      'src/pages/SR-LATN/about.mdx': '# O nama',
      'src/pages/es-419/about.mdx': '# Acerca',
      'src/pages/fr/about.mdx': '# À propos',
      'src/pages/stories/index.astro': '',
    });
    expect(
      pageLanguageFolders(root)
        .map((error) => error.message)
        .sort(),
    ).toEqual([
      "src/pages/SR-LATN/: folder: sr-Latn's pages are published under /sr-latn/, in small letters, and this folder's would be at /SR-LATN/, where no link of the site leads: rename it src/pages/sr-latn/",
      "src/pages/pt-BR/: folder: pt-BR's pages are published under /pt-br/, in small letters, and this folder's would be at /pt-BR/, where no link of the site leads: rename it src/pages/pt-br/",
    ]);
  });
});
