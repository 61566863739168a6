/**
 * Lists: what one written as a line of text is told, and each item written once.
 */
import { z } from 'astro/zod';
import { asIdentifier } from './identifier.ts';

/**
 * What a list written as one line of text is told ("tags: red notices, CCF", "sources": "pace-doc-14277"): `error`,
 * what was written and the list it means, as YAML writes it after `field:` (or as JSON, without a field): names in
 * quotes, ids as ids ("red notices" is red-notices), codes as written.
 */
export function listMessage(error: string, input: unknown, field?: string): string {
  if (typeof input !== 'string' || input.trim() === '') return error;
  const items = input.split(/\s*[,;]\s*/).filter((item) => item.trim() !== '');
  const written = items.map((item) =>
    field === undefined || field === 'authors'
      ? JSON.stringify(item.trim())
      : field === 'countries'
        ? item.trim()
        : asIdentifier(item) || item.trim(),
  );
  const list = `${field === undefined ? '' : `${field}: `}[${written.join(', ')}]`;
  // "Smith, John" may be one name written surname first, as a library or a byline database writes it.
  const surnameFirst = field === 'authors' && items.length === 2 && items.every((item) => !/\s/.test(item.trim()));
  return surnameFirst
    ? `${error}, got ${JSON.stringify(input)}: write ${list} for two people, or ${field}: [${JSON.stringify(input.trim())}] for one`
    : `${error}, got ${JSON.stringify(input)}: write ${list}`;
}

/**
 * A list whose items are each written once: `countries: [RU, TJ, RU]` printed "Russia" twice under "Countries in this
 * story", `authors: ['A. Reporter', 'A. Reporter ']` the byline "A. Reporter and A. Reporter". Each repeat is an
 * issue at its own index, naming the first.
 */
export function listedOnce<Item extends z.ZodType>(field: string, item: Item, error: string) {
  return z.array(item, { error: (issue) => listMessage(error, issue.input, field) }).superRefine((list, ctx) => {
    list.forEach((value, i) => {
      const first = list.indexOf(value);
      if (first !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `${JSON.stringify(value)} is listed twice (as ${field}[${first}] too): keep one`,
        });
    });
  });
}
