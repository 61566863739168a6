/**
 * The MDX plugin that typesets a page's prose for its language (src/build/typeset-prose.ts). Its effect on the demo
 * site's French pages (whose MDX has plain spaces before : ; ! ?, as an editor types them) is tested on the built
 * pages (tests/i18n/site.test.ts); here, what it changes in one document and that a change to its code reaches
 * every page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { repoRoot } from '../helpers/build.ts';
import { proseLanguage, typesetProse, typesetProseName } from '../../src/build/typeset-prose.ts';
import config from '../../astro.config.mjs';

const roots = { contentRoot: '/site', projectRoot: '/code' };
// Synchronous: the plugin's visitor is (Sätteri returns a promise only when one is async).
const compile = (file: string, mdx: string) =>
  (mdxToJs(mdx, { mdastPlugins: [typesetProse(roots)], fileURL: pathToFileURL(file) }) as MdxToJsResult).code;

describe('the prose typesetting plugin', () => {
  it('gives French prose no-break spaces before : and », after «, narrow ones before ; ! ?, and leaves code as written', () => {
    const code = compile(
      '/site/content/stories/fr/x.mdx',
      [
        'Le constat : « une\nnotice » suffit ; vraiment ? Oui !',
        '',
        'Un *mot* : `a : b` et <Fact dataset="d" row="r : s" column="c" /> : fin.',
        '',
        '```',
        'code : ici',
        '```',
      ].join('\n'),
    );
    // MDX compiles text to string literals, with \xA0 escaped (U+202F is written as it is).
    expect(code).toContain('"Le constat\\xA0: «\\xA0une\\nnotice\\xA0» suffit\u202f; vraiment\u202f? Oui\u202f!"');
    expect(code).toContain('"\\xA0: "');
    expect(code).toContain('"\\xA0: fin."');
    // Inline code, a component's attribute and a code block keep the editor's plain spaces.
    expect(code).toContain('"a : b"');
    expect(code).toContain('"r : s"');
    expect(code).toContain('"code : ici\\n"');
  });

  it("joins a date's day to its month in French prose, in a page with no other space to change", () => {
    expect(compile('/site/content/stories/fr/x.mdx', 'Publié le 26 janvier 2026.')).toContain(
      '"Publié le 26\\xA0janvier 2026."',
    );
    expect(compile('/site/content/stories/x.mdx', 'Published 26 January 2026.')).toContain(
      '"Published 26 January 2026."',
    );
  });

  it("keeps a typed figure's groups on one line in every language's prose, and leaves code and attributes as written", () => {
    const english = compile(
      '/site/content/stories/x.mdx',
      'Interpol held 7 678 notices in 2019 1 200 of them new; `7 678` and <Fact dataset="d" row="7 678" column="c" />.',
    );
    // The page has nothing else to change: the plugin runs for the figure alone.
    expect(english).toContain('"Interpol held 7\\xA0678 notices in 2019 1\\xA0200 of them new; "');
    // Inline code and a component's attribute, each on its own.
    expect(english).toMatch(/_components\.code, \{\s*children: "7 678"/);
    expect(english).toMatch(/row: "7 678"/);
    // A heading's figure keeps its typed space: the heading's id, which readers link to, is made from its text.
    expect(compile('/site/content/stories/x.mdx', '## Notices: 7 678 in 2019\n\n7 678 of them.')).toMatch(
      /children: "Notices: 7 678 in 2019"[\s\S]*children: "7\\xA0678 of them\."/,
    );
    // French groups figures with a narrow no-break space (Intl's), as the site's own figures are.
    expect(compile('/site/content/stories/fr/x.mdx', 'Soit 7 678 notices.')).toContain(
      '"Soit 7\u202f678\\xA0notices."',
    );
    expect(compile('/site/content/stories/x.mdx', 'Page 12, 345 notices, 2,5 000.')).toContain(
      '"Page 12, 345 notices, 2,5 000."',
    );
  });

  it("gives an HTML element marked with a language written the other way the page's dir, and nothing else", () => {
    const english = compile(
      '/site/content/stories/x.mdx',
      [
        '<blockquote lang="ar">نص</blockquote>',
        '',
        'A <span lang="fa">7 678 واژه</span>, a <span lang="fr">mot</span>, a <q lang="he" dir="ltr">מילה</q>.',
        '',
        '<Quote lang="ar">نص</Quote>',
      ].join('\n'),
    );
    expect(english).toMatch(/_jsx\("blockquote", \{\s*lang: "ar",\s*dir: "rtl",\s*children: "نص"/);
    expect(english).toMatch(/_jsx\("span", \{\s*lang: "fa",\s*dir: "rtl",\s*children: "7\\xA0678 واژه"/);
    // Written the page's way, its dir given by the editor, or a component's own prop: as written.
    expect(english).toMatch(/_jsx\("span", \{\s*lang: "fr",\s*children/);
    expect(english).toMatch(/lang: "he",\s*dir: "ltr",\s*children/);
    expect(english).toMatch(/_jsx\(Quote, \{\s*lang: "ar",\s*children/);
    // Within an Arabic quote, an English phrase runs left to right again; attributes spread may hold a dir of their own.
    const nested = compile(
      '/site/content/stories/x.mdx',
      '<blockquote lang="ar">قالت: <span lang="en">Who decides?</span> <span lang="ar">نص</span></blockquote>\n\n<q lang="ar" {...props}>نص</q>',
    );
    expect(nested).toMatch(/lang: "en",\s*dir: "ltr",\s*children: "Who decides\?"/);
    expect(nested).toMatch(/lang: "ar",\s*children: "نص"/);
    expect(nested).not.toMatch(/props[^)]*dir: "rtl"/);
    // The French page of a site whose default language is English: an English quote needs no dir either.
    expect(compile('/site/content/stories/fr/x.mdx', '<q lang="en">word</q>')).toMatch(/lang: "en",\s*children/);
  });

  it('joins a day to its month across emphasis and links, and knows « 1ᵉʳ »', () => {
    const code = compile(
      '/site/content/stories/fr/x.mdx',
      'Publié le 5 *mai* 2009, le *5* mai, le [1ᵉʳ](https://example.org/) mars, le 3 **juin**.',
    );
    expect(code).toContain('"Publié le 5\\xA0"');
    expect(code).toContain('"\\xA0mai, le "');
    expect(code).toContain('"\\xA0mars, le 3\\xA0"');
    // No date joined where there is none: an emphasised month after a year.
    expect(compile('/site/content/stories/fr/x.mdx', 'En 2019 *mai* : fin.')).toContain('"En 2019 "');
  });

  it('joins a figure or a <Fact /> to the noun after it in French prose, across emphasis, and nowhere else', () => {
    const french = compile(
      '/site/content/stories/fr/x.mdx',
      'Interpol compte <Fact dataset="d" row="r" column="c" /> pays membres et 187 *demandes* en 2017, 10 % en tout.',
    );
    // The page has nothing else to change: the plugin runs for the <Fact /> and its noun.
    expect(french).toContain('"\\xA0pays membres et 187\\xA0"');
    expect(french).toContain('" en 2017, 10\\xA0% en tout."');
    // Alone on its page, a <Fact /> and its noun are still seen.
    expect(compile('/site/content/stories/fr/x.mdx', '<Fact dataset="d" row="r" column="c" /> pays.')).toContain(
      '"\\xA0pays."',
    );
    // Another component is no figure; a year is none before its word; a heading keeps its spaces (its id).
    expect(compile('/site/content/stories/fr/x.mdx', 'Voir <Cite id="s" /> pays, en 2019 la CCF.')).toContain(
      '" pays, en 2019 la CCF."',
    );
    expect(compile('/site/content/stories/fr/x.mdx', '## 187 demandes\n\n187 demandes.')).toMatch(
      /children: "187 demandes"[\s\S]*children: "187\\xA0demandes\."/,
    );
    // A verb after a figure or a <Fact /> ends the clause; a year-like figure before its unit is a quantity, across
    // emphasis too.
    const clauses = compile(
      '/site/content/stories/fr/x.mdx',
      '3 ont été levées, 12 *sont* en attente, 24 figurent, <Fact dataset="d" row="r" column="c" /> restaient, 1000 *ans* et 1 200 selon nous.',
    );
    expect(clauses).toContain('"3 ont été levées, 12 "');
    expect(clauses).toContain('" en attente, 24 figurent, "');
    expect(clauses).toContain('" restaient, 1000\\xA0"');
    expect(clauses).toContain('" et 1\u202f200 selon nous."');
    // English keeps its plain spaces.
    expect(
      compile('/site/content/stories/x.mdx', 'Interpol has <Fact dataset="d" row="r" column="c" /> member countries.'),
    ).toContain('" member countries."');
  });

  it("follows the file's folder: French under fr/, the default language elsewhere, nothing outside the pages", () => {
    const text = 'Interpol : les faits ?';
    expect(compile('/site/content/cases/fr/x.mdx', text)).toContain('"Interpol\\xA0: les faits\u202f?"');
    expect(compile('/code/src/pages/fr/about.mdx', text)).toContain('"Interpol\\xA0: les faits\u202f?"');
    for (const file of [
      '/site/content/stories/x.mdx',
      '/site/content/stories/fr.mdx',
      '/code/src/pages/about.mdx',
      '/elsewhere/fr/x.mdx',
    ]) {
      expect(compile(file, text), file).toContain('"Interpol : les faits ?"');
    }
    expect(proseLanguage('/site/content/stories/fr/x.mdx', roots)).toBe('fr');
    expect(proseLanguage('/site/content/fr/x.mdx', roots)).toBe('en');
    expect(proseLanguage('/code/src/pages/fr/methodology.mdx', roots)).toBe('fr');
    expect(proseLanguage('/code/src/pages/fr.mdx', roots)).toBe('en');
    expect(proseLanguage('/code/src/components/x.mdx', roots)).toBeUndefined();
    // A folder whose name starts with two dots is inside content/, not above it.
    expect(proseLanguage('/site/content/..drafts/x.mdx', roots)).toBe('en');
    expect(proseLanguage('/site/x.mdx', roots)).toBeUndefined();
  });

  it("marks a French page's links to the site's pages in another language with hreflang, and no other link", () => {
    const code = compile(
      '/site/content/stories/fr/x.mdx',
      'Le [jeu de données](/data/issued/), [l’enquête](/stories/y/), [la nôtre](/fr/stories/y/), [Disclose](https://disclose.ngo/en/).',
    );
    expect(code).toMatch(/href: "\/data\/issued\/",\s+hreflang: "en"/);
    expect(code).toMatch(/href: "\/stories\/y\/",\s+hreflang: "en"/);
    expect(code).not.toMatch(/href: "\/fr\/stories\/y\/",\s+hreflang/);
    expect(code).not.toMatch(/href: "https:\/\/disclose\.ngo\/en\/",\s+hreflang/);
    // A page in the default language links its own language's pages: nothing to mark.
    expect(compile('/site/content/stories/x.mdx', 'The [dataset](/data/issued/).')).not.toContain('hreflang');
  });

  it("is in the configuration Astro's incremental build hashes, under a name that changes with its code and rules", () => {
    const code = createHash('sha256')
      .update(readFileSync(join(repoRoot, 'src/build/typeset-prose.ts')))
      .update(readFileSync(join(repoRoot, 'src/lib/typography.ts')))
      .digest('hex')
      .slice(0, 12);
    expect(typesetProseName).toBe(`casefile-typeset-prose-${code}`);
    // Astro hashes `markdown` as JSON (getConfigHashInput in astro/dist/core/build/config-hash): the plugin is a
    // factory, whose toJSON gives its name.
    expect(JSON.stringify(config.markdown)).toContain(`"casefile-typeset-prose-${code}"`);
  });
});
