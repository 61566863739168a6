/**
 * Every run of text a page shows in another language than its own says so with `lang` on the nearest element, so
 * that a screen reader switches voice (WCAG 3.1.2): on a French page, an untranslated story's title and summary, a
 * source's English title and note, a dataset's text left in English, the English language link and 404 section; on
 * an English page, a French source's title (the demo cites none) and the French language link. Read from the demo build, every page of it,
 * SVG charts included. Which texts are in which language comes from the project itself (its entries, sources,
 * datasets and dictionaries), not from guessing at words.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { dictionaries } from '../../src/i18n/index.ts';
import { defaultLocale, localeLabel, locales, type Locale } from '../../src/i18n/locales.ts';
import { loadProject } from '../../src/lib/load-project.ts';
import { localiseDataset } from '../../src/lib/dataset-locale.ts';
import { isIdentifierColumn } from '../../src/lib/identifier-column.ts';
import { edition, entryLocale } from '../../src/lib/translations.ts';
import { repoRoot } from '../helpers/build.ts';
import { demoDist, page, readBuilt } from '../helpers/site.ts';

const { project } = loadProject(repoRoot);
/** The demo's originals the French site lists in English (published ones: no draft, no embargo). */
const listedInEnglish = (lang: Locale) =>
  edition(project.stories, lang).filter((e) => entryLocale(e) === defaultLocale && !e.data.draft && !e.data.embargo);
const [french] = locales.filter((code) => code !== defaultLocale) as [Locale];

/** A text as compared here: any run of spaces (no-break ones too) as one space, apostrophes and quotes of any kind alike. */
function comparable(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/['‘’]/g, "'")
    .replace(/["“”«»]/g, '"')
    .replace(/" | "/g, '"')
    .trim();
}

/** Every built HTML page (404 pages too) as a URL path. */
function builtPages(dir = demoDist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : builtPages(full);
    if (!entry.name.endsWith('.html')) return [];
    const path = `/${relative(demoDist, full)}`;
    return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path];
  });
}

/** The texts the project writes in `lang`, as far as it says so, that a page in another language may show. */
function textsIn(lang: Locale): Set<string> {
  const texts: string[] = [];
  const add = (...more: (string | undefined)[]) =>
    texts.push(...more.filter((text): text is string => !!text && /\p{L}/u.test(text)));
  // Stories and case files: in another language's lists, an original it does not translate (or, for the default
  // language's pages, none: they list no translation).
  for (const entries of [project.stories, project.cases]) {
    for (const entry of entries.filter((e) => entryLocale(e) === lang)) add(entry.data.title, entry.data.summary);
  }
  // Sources: the title in its language (the default one unless it says), the note in the default language, the
  // publisher's name where the source says its language (others are proper names, in no language).
  for (const source of project.sources.values()) {
    if ((source.lang ?? defaultLocale) === lang) add(source.title);
    if (source.publisherLang === lang) add(source.publisher);
    if (lang === defaultLocale) add(source.note);
  }
  // Datasets: the default language's texts a translation leaves out, and the translations themselves.
  for (const dataset of project.datasets.values()) {
    for (const other of locales.filter((code) => code !== defaultLocale)) {
      const local = localiseDataset(dataset, other);
      const inLang = (textLang: string) => textLang === lang;
      if (inLang(local.langs.title)) add(local.data.title);
      if (inLang(local.langs.description)) add(local.data.description);
      local.data.notes.forEach((note, i) => inLang(local.langs.notes[i]!) && add(note));
      for (const [name, column] of Object.entries(local.data.columns))
        if (inLang(local.langs.columns[name]!.label)) add(column.label);
      // Its own chart's title, subtitle and note (translations.<lang>.chart).
      for (const text of ['title', 'subtitle', 'note'] as const)
        if (local.data.chart && inLang(local.langs.chart[text])) add(local.data.chart[text]);
      for (const [name, column] of Object.entries(dataset.columns)) {
        // Identifiers ("active-red-notices") are in no language (src/lib/identifier-column.ts).
        if (column.type !== 'string' || column.ref || isIdentifierColumn(dataset, name, column)) continue;
        for (const row of dataset.rows) {
          const value = row[name];
          if (typeof value === 'string' && inLang(local.valueLang(name, value))) add(local.value(name, value));
        }
      }
    }
  }
  // The interface: the language's own name, and the strings without placeholders (the 404 page's other section).
  add(localeLabel(lang), ...Object.values(dictionaries[lang]).filter((text) => !text.includes('{')));
  return new Set(texts.map(comparable));
}

/**
 * What each language writes that another language's pages show: its texts, less any text the other writes too, and
 * less a single word the other language also uses ("Source", "Date", "Note": of indeterminate language).
 */
function foreignTexts(pageLang: Locale, textLang: Locale): Set<string> {
  const own = textsIn(pageLang);
  const ownWords = new Set([...own].flatMap((text) => text.toLowerCase().split(/[^\p{L}]+/u)));
  return new Set(
    [...textsIn(textLang)].filter(
      (text) => !own.has(text) && !(/^\p{L}+$/u.test(text) && ownWords.has(text.toLowerCase())),
    ),
  );
}

/**
 * The elements of `doc` (hidden ones aside) whose whole text is one of `foreign`, with the language their nearest
 * `lang` says: one that does not start with `textLang` is a run a screen reader reads in the wrong voice.
 */
function foreignRuns(doc: Document, foreign: Set<string>): { text: string; tag: string; lang: string }[] {
  const runs: { text: string; tag: string; lang: string }[] = [];
  for (const element of doc.querySelectorAll('body *')) {
    if (['SCRIPT', 'STYLE'].includes(element.tagName.toUpperCase()) || element.closest('[hidden]')) continue;
    const text = comparable(element.textContent ?? '');
    if (!foreign.has(text)) continue;
    // An element that only wraps the run (a list item around its link) leaves it to the innermost one.
    if ([...element.children].some((child) => comparable(child.textContent ?? '') === text)) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    runs.push({ text, tag: element.tagName.toLowerCase(), lang });
  }
  // And a run that is a bare text node among others ("Publisher, <cite>Title</cite>"), less the punctuation around it.
  for (const element of doc.querySelectorAll('body *')) {
    if (['SCRIPT', 'STYLE'].includes(element.tagName.toUpperCase()) || element.closest('[hidden]')) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== 3 || element.childNodes.length === 1) continue;
      const text = comparable(node.textContent ?? '').replace(/^[\s,;:·()]+|[\s,;:·()]+$/g, '');
      if (!foreign.has(text)) continue;
      runs.push({
        text,
        tag: `${element.tagName.toLowerCase()} text`,
        lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      });
    }
  }
  return runs;
}

function check(pages: string[], pageLang: Locale, textLang: Locale) {
  const foreign = foreignTexts(pageLang, textLang);
  const unmarked = new Set<string>();
  const found = new Set<string>();
  for (const path of pages) {
    for (const run of foreignRuns(page(path), foreign)) {
      found.add(run.text);
      if (run.lang.split('-')[0] !== textLang)
        unmarked.add(`${path}: <${run.tag} lang="${run.lang}"> ${run.text.slice(0, 80)}`);
    }
  }
  return { unmarked: [...unmarked], found };
}

describe('every run of text in another language than the page’s is marked with lang', () => {
  const pages = builtPages();
  const frenchPages = pages.filter((path) => path.startsWith(`/${french}/`));
  const englishPages = pages.filter((path) => !path.startsWith(`/${french}/`));

  it('on French pages, English text (untranslated stories, sources, datasets, interface) carries lang="en", SVG chart labels included', () => {
    expect(frenchPages.length).toBeGreaterThan(20);
    // The walk reads the charts' SVG text as it reads HTML.
    expect(page(`/${french}/stories/the-interpol-files/`).querySelectorAll('body svg text').length).toBeGreaterThan(0);
    const { unmarked, found } = check(frenchPages, french, defaultLocale);
    expect(unmarked).toEqual([]);
    // It found what the demo shows in English: an untranslated story's title and summary, a source's title (its note
    // has a French translation, shown unmarked), the English language link and the 404 page's English heading.
    const english = (text: string) => found.has(comparable(text));
    const [untranslated] = listedInEnglish(french);
    expect(untranslated).toBeDefined();
    expect([untranslated!.data.title, untranslated!.data.summary].filter((text) => !english(text))).toEqual([]);
    const jurist = project.sources.get('jurist-interpol-files')!;
    expect([jurist.title].filter((text) => !english(text))).toEqual([]);
    expect(jurist.translations?.fr?.note).toBeTruthy();
    expect(english(jurist.note!)).toBe(false);
    expect(['English', 'Page not found'].filter((text) => !english(text))).toEqual([]);
    // A publisher's name the bibliography says is English.
    const pace = [...project.sources.values()].find((source) => source.publisherLang === defaultLocale)!;
    expect(english(pace.publisher)).toBe(true);
    expect(found.size).toBeGreaterThan(30);
  });

  it('on English pages, French text (the French language link, the 404 page’s French section) carries lang="fr"', () => {
    const { unmarked, found } = check(englishPages, defaultLocale, french);
    expect(unmarked).toEqual([]);
    // (The demo cites no French title: the one French article's title is not recorded in its research notes.)
    expect(['Français', 'Page introuvable'].filter((text) => !found.has(comparable(text)))).toEqual([]);
  });

  it('would name a run left unmarked: a French list whose English cards lost their lang', () => {
    const stripped = parseHTML(readBuilt('/fr/stories/').replaceAll(' lang="en"', '')).document as unknown as Document;
    const runs = foreignRuns(stripped, foreignTexts(french, defaultLocale));
    const untranslated = listedInEnglish(french);
    expect(untranslated.length).toBeGreaterThan(0);
    expect(runs.filter((run) => run.lang === french).map((run) => run.text)).toEqual(
      expect.arrayContaining(untranslated.map((e) => comparable(e.data.title))),
    );
  });
});
