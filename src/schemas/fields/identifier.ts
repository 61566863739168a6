/**
 * Identifiers (lower-case letters, digits and hyphens): dataset, source and page ids, translation keys; and the id
 * meant by a name written as a title, in capitals or as a file's path.
 */
import { z } from 'astro/zod';
import { prefixedLocales } from '../../i18n/locales.ts';
import { plainLatin } from '../../lib/plain-latin.ts';
import { quotedValue } from '../dataset/alike-values.ts';

/**
 * The identifier a name written as a title or a constant means: "Interpol Files", "Interpol_files" and "INTERPOL"
 * are interpol-files and interpol (accents dropped, "œ" spelled "oe", every other run of characters a hyphen); empty
 * when nothing is left.
 */
export function asIdentifier(name: string): string {
  return plainLatin(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What a value that is no identifier is told: what to write, when the value is one written as a title or in capitals
 * (or `meant`, when the caller knows better: the tag a label names).
 */
export function identifierMessage(input: unknown, meant?: string): string {
  const written = `expected an identifier of lower-case letters, digits and hyphens, got ${typeof input === 'string' ? quotedValue(input) : JSON.stringify(input)}`;
  if (meant) return `${written}: write "${meant}"`;
  if (typeof input !== 'string') return written;
  // An id is a file's name: "data/issued.json" is the dataset issued, not "data-issued-json".
  const named = fileNamed(input);
  if (named) return `${written}: write "${named}", the file's name without its folder or extension`;
  const id = asIdentifier(input);
  return id ? `${written}: write "${id}"` : written;
}

const fileExtension = /\.(?:json|csv|mdx?|html?)$/i;

/** The id a file's path or name stands for ("data/issued.json", "/cases/x/", "x.mdx": issued, x), or undefined. */
function fileNamed(input: string): string | undefined {
  const path = input.trim();
  // A file's extension or one of the project's folders, not any slash: "red/notices" is no file.
  if (!fileExtension.test(path) && !/^\/?(?:data|content|stories|cases)\//.test(path)) return undefined;
  const name =
    path
      .split(/[/\\]+/)
      .filter(Boolean)
      .at(-1) ?? '';
  return asIdentifier(name.replace(fileExtension, '')) || undefined;
}

export const identifierPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case, hyphenated identifier, as used for dataset ids, source ids, case files and slugs. */
export const identifier = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(identifierPattern, { error: (issue) => identifierMessage(issue.input) });

/**
 * A page's translationKey (frontmatter.ts): an identifier, and one written as a file in a language folder
 * ("fr/les-dossiers.mdx") is told that it names the translation, not the original it translates.
 */
export const translationKeyField = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(identifierPattern, {
    error: (issue) => {
      const input = issue.input;
      const inLanguageFolder =
        typeof input === 'string' &&
        input.split(/[/\\]+/).some((folder) => (prefixedLocales as readonly string[]).includes(folder));
      return inLanguageFolder
        ? `expected an identifier of lower-case letters, digits and hyphens, got ${JSON.stringify(input)}, a file in a language folder: write the file name of the original it translates, without its folder or ".mdx" (x for content/stories/x.mdx)`
        : identifierMessage(input);
    },
  });
