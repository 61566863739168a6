/** What a translation must state, and list, as its original does. */
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';
import { languageName, tagByLabel } from '../../schemas/fields.ts';
import { citedIds } from '../citations.ts';
import { findComponentUses } from '../mdx-usage.ts';

/** Facts of a case a translation must state as its original does: who asked, where the request stands, what was sought. */
const caseFacts = ['country', 'status', 'notice'] as const;
/** What a translation should list as its original does: a difference moves it between country pages, or drops a figure's dataset. */
const sharedLists = ['countries', 'datasets', 'cases'] as const;

/**
 * A translation states the facts its original states: a case file's requesting state, status and kind of notice that
 * differ (the original updated, the translation not yet) stop the build; lists that differ (countries, datasets,
 * cases) are a note, since the translation is then filed under other country pages than its original.
 */
export function checkSameFacts(
  errors: ContentError[],
  notes: ContentError[],
  translation: Entry<Record<string, unknown>>,
  original: Entry<Record<string, unknown>>,
): void {
  for (const field of caseFacts) {
    const mine = translation.data[field];
    const theirs = original.data[field];
    if (mine === undefined || theirs === undefined || mine === theirs) continue;
    errors.push(
      new ContentError(
        translation.file,
        field,
        `${String(mine)}, where its original ${original.file} says ${String(theirs)}: a translation states the same facts; update the one that is out of date`,
      ),
    );
  }
  for (const field of sharedLists) {
    const mine = translation.data[field] as string[] | undefined;
    const theirs = original.data[field] as string[] | undefined;
    if (mine === undefined || theirs === undefined) continue;
    const missing = theirs.filter((value) => !mine.includes(value));
    const extra = mine.filter((value) => !theirs.includes(value));
    if (missing.length === 0 && extra.length === 0) continue;
    const parts = [
      ...(missing.length ? [`lacks ${missing.join(', ')}`] : []),
      ...(extra.length ? [`adds ${extra.join(', ')}`] : []),
    ];
    notes.push(
      new ContentError(
        translation.file,
        field,
        `${parts.join(' and ')}, against its original ${original.file}: a translation is filed as its original is, unless meant`,
      ),
    );
  }
  // A copy of the original saved in a language folder, its texts not yet translated: published, it would be an
  // English page marked as French (lang="fr", read aloud with French voices), listed among the French pages.
  if (translation.data.title === original.data.title && translation.data.summary === original.data.summary) {
    const language = languageName(translation.file.split('/')[2] ?? '');
    notes.push(
      new ContentError(
        translation.file,
        'title',
        `${JSON.stringify(translation.data.title)}, and the summary, are its original's (${original.file}) word for word: a copy not yet translated would be published as ${language}; translate them, or keep the page a draft until it is`,
      ),
    );
  }
  // A correction of the original, of text the translation renders too: its readers would not be told of it. A note,
  // since only the editor knows whether the translation said the same.
  const day = (date: unknown) => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));
  const correctionDays = (entry: Entry<Record<string, unknown>>) =>
    ((entry.data.corrections as { date: unknown }[] | undefined) ?? []).map(({ date }) => day(date));
  const translated = new Set(correctionDays(translation));
  for (const date of new Set(correctionDays(original))) {
    if (translated.has(date)) continue;
    notes.push(
      new ContentError(
        translation.file,
        'corrections',
        `lacks the correction of ${date} that its original ${original.file} has: if this translation said the same, add it in its language, with that date`,
      ),
    );
  }
  // A source its original cites, or a figure its original prints from a dataset, that the translation does not: its
  // readers are not told where a claim comes from, or read a figure typed by hand, linked to no source and not updated
  // with the dataset. A note, since a translation may be shorter on purpose.
  const cited = new Set(citedIds(translation.body).map(({ id }) => id));
  const uncited = [...new Set(citedIds(original.body).map(({ id }) => id))].filter((id) => !cited.has(id));
  if (uncited.length > 0) {
    notes.push(
      new ContentError(
        translation.file,
        'body',
        `does not cite ${uncited.join(', ')}, which its original ${original.file} cites: cite ${uncited.length === 1 ? 'it' : 'them'} where the text draws on ${uncited.length === 1 ? 'it' : 'them'} (<Cite id="${uncited[0]}" />), unless the passage is left out on purpose`,
      ),
    );
  }
  const facts = (entry: Entry<Record<string, unknown>>) =>
    findComponentUses(entry.body)
      .filter((use) => use.component === 'Fact')
      .map(
        ({ props, expressions }) =>
          `<Fact ${['dataset', 'row', 'column'].map((option) => writtenOption(option, props, expressions)).join(' ')} />`,
      );
  const printed = new Set(facts(translation));
  const typed = [...new Set(facts(original))].filter((fact) => !printed.has(fact));
  if (typed.length > 0) {
    notes.push(
      new ContentError(
        translation.file,
        'body',
        `lacks ${typed.join(', ')}, which its original ${original.file} prints: a figure typed by hand links to no source and is not updated with its dataset; write the <Fact>, unless the figure is left out on purpose`,
      ),
    );
  }
  // Tags translated into the page's language are another set of tags: the translation leaves its original's tag pages
  // and related pages. A tag written as another's label is an error of its own (checkTagLabels), counted here as it.
  const mine = ((translation.data.tags as string[] | undefined) ?? []).map((tag) => tagByLabel(tag)?.tag ?? tag);
  const theirs = (original.data.tags as string[] | undefined) ?? [];
  const missing = theirs.filter((tag) => !mine.includes(tag));
  const extra = mine.filter((tag) => !theirs.includes(tag));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      ...(missing.length ? [`lacks ${missing.join(', ')}`] : []),
      ...(extra.length ? [`adds ${extra.join(', ')}`] : []),
    ];
    const language = languageName(translation.file.split('/')[2] ?? '');
    notes.push(
      new ContentError(
        translation.file,
        'tags',
        `${parts.join(' and ')}, against its original ${original.file}: tags are identifiers, the same in every language (tagLabels in src/site.config.ts says how each reads in ${language}): write tags: [${theirs.join(', ')}] as the original does, unless the difference is meant`,
      ),
    );
  }
}

/** checkSameFacts of each translation and its original in `originals`, as checkTranslations pairs them. */
export function checkTranslatedFacts(
  errors: ContentError[],
  notes: ContentError[],
  originals: ReadonlyMap<Entry<unknown>, Entry<unknown>>,
): void {
  for (const [translation, original] of originals)
    checkSameFacts(
      errors,
      notes,
      translation as Entry<Record<string, unknown>>,
      original as Entry<Record<string, unknown>>,
    );
}

/** An option as the editor wrote it: `row="2024"`, or `row={2020 + 4}` for an expression, whose value is known at render. */
function writtenOption(option: string, props: Record<string, unknown>, expressions?: Record<string, string>): string {
  const expression = expressions?.[option];
  return expression === undefined ? `${option}="${String(props[option])}"` : `${option}={${expression}}`;
}
