/** How translations are linked to their originals, and what stops a translation from being published. */
import { posix } from 'node:path';
import { ContentError } from '../content-error.ts';
import type { Entry } from '../load-project.ts';
import { nearestName } from '../edit-distance.ts';
import type { Publishable } from '../visibility.ts';
import { type Translatable, translationKey, entrySlug } from '../translations.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { languageName } from '../../schemas/fields.ts';
import type { Dated } from './dates.ts';
import { writtenMoment } from './moment.ts';
import { nearOriginal, likelyOriginal } from './likely-original.ts';

/**
 * A translation is linked to its original by a key (src/lib/translations.ts): a key written out that no original has
 * is a typo that would leave the translation unlinked. A translation of a withheld original must be withheld at least
 * as long: published first, it would publish the story in another language, at its original's slug, before its time.
 * Checked whatever the build's moment, so that a translation whose embargo ends first cannot stop the scheduled build
 * that lifts it.
 */
export function checkTranslations(
  errors: ContentError[],
  notes: ContentError[],
  entries: Entry<Publishable & Dated & Translatable['data']>[],
  locales: ReadonlyMap<Entry<unknown>, string>,
  found: Map<Entry<unknown>, Entry<Publishable & Dated>>,
  now: Date,
): void {
  const originals = new Map(
    entries.filter((entry) => locales.get(entry) === defaultLocale).map((entry) => [translationKey(entry), entry]),
  );
  const originalsByName = new Map([...originals.values()].map((entry) => [entrySlug(entry), entry]));
  // An original whose frontmatter has a problem is left out of the project until it is fixed, and that problem is
  // reported: its translations are not told that no original has their key, nor pointed at another page to be
  // renamed after (a field misspelt in the English original sent the editor to rename the French file).
  const unread = new Set(errors.map((error) => error.file));
  const originalUnread = (entry: Entry<Translatable['data']>) =>
    unread.has(posix.join(posix.dirname(posix.dirname(entry.file)), `${translationKey(entry)}.mdx`));
  /** The first translation of each original in each language, by language and key. */
  const translated = new Map<string, Entry<unknown>>();
  for (const entry of entries) {
    const locale = locales.get(entry);
    if (locale === undefined || locale === defaultLocale) continue;
    const original = originals.get(translationKey(entry));
    if (!original && originalUnread(entry)) continue;
    if (!original) {
      const key = entry.data.translationKey;
      // translationKey set to the page's own file name says "a page of its own, not a translation": no check.
      if (key !== undefined && key === entrySlug(entry)) continue;
      if (key !== undefined) {
        const meant = nearestName(key, originals.keys());
        errors.push(
          new ContentError(
            entry.file,
            'translationKey',
            `no original has the key "${key}" (an original's key is its translationKey, else its file name)${meant ? `: did you mean "${meant}"? known` : '; known'}: ${[...originals.keys()].sort().join(', ')}`,
          ),
        );
      } else {
        const near = nearOriginal(translationKey(entry), originals, entries, locales, locale);
        // Published on its own, the near-namesake of a draft or embargoed original would publish that story, in
        // another language and under another slug the leak check does not know, before its time: it stops the build.
        const early =
          near &&
          !entry.data.draft &&
          (near.data.draft ||
            (near.data.embargo && near.data.embargo.getTime() > (entry.data.embargo?.getTime() ?? now.getTime())));
        // The original has this very file name, and a translationKey that differs from it by a letter or two: a typo
        // there, not here.
        const keyTypo = near && entrySlug(near) === translationKey(entry);
        const named =
          near &&
          (keyTypo
            ? `${near.file} has this file name, but its translationKey is "${translationKey(near)}"`
            : `${near.file} is named "${translationKey(near)}"`);
        const fix =
          near &&
          (keyTypo
            ? 'if this is its translation, correct or remove that translationKey'
            : `if this is its translation, rename the file or write translationKey: ${translationKey(near)}`);
        if (near && early) {
          errors.push(
            new ContentError(
              entry.file,
              'file name',
              `no original is named "${translationKey(entry)}", so this page would be published now, in its language only; ${named} and is ${near.data.draft ? 'a draft' : 'embargoed'}: ${fix}; if it is a page of its own, write translationKey: ${translationKey(entry)}`,
            ),
          );
        } else if (near && !entry.data.draft) {
          // A typo in a translation's file name publishes the story twice in that language: this page, and its
          // original listed as untranslated. A page of its own so named says so with its translationKey.
          errors.push(
            new ContentError(
              entry.file,
              'file name',
              `no original is named "${translationKey(entry)}", so this page would be published in its language only, and its original listed beside it as untranslated; ${named}: ${fix}; if it is a page of its own, write translationKey: ${translationKey(entry)}`,
            ),
          );
        } else if (near) {
          notes.push(
            new ContentError(
              entry.file,
              'file name',
              `no original is named "${translationKey(entry)}", so this page is published in its language only; ${named}: ${fix}`,
            ),
          );
        } else {
          // An original renamed (or moved, or deleted) leaves its translations published as pages of their own,
          // silently: said at every build, until the translation is renamed or says it is a page of its own.
          // An original not yet translated into this language, if there is one: the one most likely renamed.
          const translatedKeys = new Set(
            entries.filter((other) => locales.get(other) === locale).map((other) => translationKey(other)),
          );
          const untranslated = new Map([...originals].filter(([key]) => !translatedKeys.has(key)));
          const nearest = likelyOriginal(entry, untranslated.size > 0 ? untranslated : originals);
          const which = nearest
            ? ` (${nearest.why}: if this is its translation, rename the file or write translationKey: ${translationKey(nearest.original)})`
            : '';
          notes.push(
            new ContentError(
              entry.file,
              'file name',
              `no original is named "${translationKey(entry)}", so this page is published in its language only${which}; if it is a page of its own, write translationKey: ${translationKey(entry)}`,
            ),
          );
        }
      }
      continue;
    }
    // A translation named after another original (fr/two-decades.mdx whose translationKey is the-interpol-files) is
    // published at the address that original's translation would have, /fr/stories/two-decades/, holding another
    // story: a reader, a link or a search result expecting one finds the other, and that original cannot be
    // translated without two pages at one address.
    const namesake = originalsByName.get(entrySlug(entry));
    if (namesake && namesake !== original) {
      const language = languageName(locale);
      errors.push(
        new ContentError(
          entry.file,
          'file name',
          `is named after ${namesake.file}, but its translationKey makes it the ${language} translation of ${original.file}: it would be published at the address of ${namesake.file}'s ${language} version; name it ${entrySlug(original)}.mdx, or correct its translationKey`,
        ),
      );
      continue;
    }
    // Two translations of one original into one language would both be published, and each language's lists would
    // show one of them: which one is the editor's choice.
    const twin = translated.get(`${locale}\n${translationKey(entry)}`);
    if (twin) {
      const language = languageName(locale);
      errors.push(
        new ContentError(
          entry.file,
          'file name',
          `two ${language} translations of ${original.file}: ${twin.file} and ${entry.file}; keep one`,
        ),
      );
      continue;
    }
    translated.set(`${locale}\n${translationKey(entry)}`, entry);
    found.set(entry, original);
    if (entry.data.draft) continue;
    if (original.data.draft) {
      errors.push(
        new ContentError(
          entry.file,
          'draft',
          `would be published while its original ${original.file} is a draft: write draft: true here too`,
        ),
      );
      continue;
    }
    const until = original.data.embargo;
    if (!until || until.getTime() <= now.getTime()) continue;
    const own = entry.data.embargo;
    if (own && own.getTime() >= until.getTime()) continue;
    const when = own
      ? `embargoed until ${writtenMoment(own)}, before its original ${original.file} (${writtenMoment(until)})`
      : `would be published while its original ${original.file} is embargoed until ${writtenMoment(until)}`;
    errors.push(
      new ContentError(entry.file, 'embargo', `${when}: give it the same embargo (embargo: ${writtenMoment(until)})`),
    );
  }
}
