/**
 * Whether every language the site is configured with (site.locales) has a complete dictionary: registered in
 * src/i18n/index.ts, with every string of the English one (src/i18n/en.ts, where the keys are declared), no string of
 * its own, and the same {placeholders} in each. `satisfies Dictionary` says the same to the type checker, which a
 * build does not run: without this check a language added to the configuration but not to `dictionaries` was
 * published in English, a missing string stopped the build on "Cannot read properties of undefined", and a
 * translated placeholder ("{minutos} min de lectura") was published as it was written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../lib/content-error.ts';
import { editDistance, typoLimit } from '../lib/edit-distance.ts';
import { en } from './en.ts';
import { dictionaries } from './index.ts';
import { locales } from './locales.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const braced = (names: string[]) => names.map((name) => `{${name}}`).join(', ');

/** Problems of one dictionary against the English one, each naming the file and the string. */
export function dictionaryProblems(
  code: string,
  dictionary: Readonly<Record<string, unknown>>,
  reference: Readonly<Record<string, string>> = en,
): ContentError[] {
  const file = `src/i18n/${code}.ts`;
  const problems: ContentError[] = [];
  for (const [key, english] of Object.entries(reference)) {
    const text = dictionary[key];
    if (typeof text !== 'string') {
      problems.push(new ContentError(file, key, `missing: translate the English string ${JSON.stringify(english)}`));
      continue;
    }
    const expected = placeholders(english);
    const written = placeholders(text);
    if (written.join() !== expected.join()) {
      problems.push(
        new ContentError(
          file,
          key,
          `placeholders ${braced(written) || '(none)'} where English has ${braced(expected) || 'none'}: they are filled in by name, so write them as in English, untranslated (${JSON.stringify(english)})`,
        ),
      );
    }
  }
  for (const key of Object.keys(dictionary)) {
    if (key in reference) continue;
    const near = Object.keys(reference).filter(
      (known) => !(known in dictionary) && editDistance(key, known) <= typoLimit(known),
    );
    problems.push(
      new ContentError(
        file,
        key,
        `no such string in src/i18n/en.ts${near.length === 1 ? `: did you mean ${near[0]}?` : ''}`,
      ),
    );
  }
  return problems;
}

/** The problems of every configured language's dictionary, a language without one included. */
export function siteDictionaryProblems(
  projectRoot: string,
  configured: readonly string[] = locales,
  registered: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>> = dictionaries,
): ContentError[] {
  return configured.flatMap((code) => {
    const dictionary = registered[code];
    if (dictionary) return dictionaryProblems(code, dictionary);
    const written = existsSync(join(projectRoot, 'src', 'i18n', `${code}.ts`));
    return [
      new ContentError(
        'src/i18n/index.ts',
        'dictionaries',
        written
          ? `site.locales has "${code}" and src/i18n/${code}.ts exists, but it is not registered: import { ${code} } from './${code}.ts' and add ${code} to \`dictionaries\``
          : `site.locales has "${code}" (src/site.config.ts) but there is no dictionary for it: copy src/i18n/en.ts to src/i18n/${code}.ts, translate its strings, and add ${code} to \`dictionaries\``,
      ),
    ];
  });
}
