/**
 * File names that are ids. Astro's glob loader makes an entry's id by slugifying its file name (src/lib/slug.ts): a
 * name that slugifying changes (capitals, spaces, an emoji dropped) is published under an id the editor never wrote,
 * and pages naming it either way fail, one way in the preflight, the other when Astro renders them.
 */
import { basename, extname } from 'node:path';
import { slugFromPath } from './slug.ts';
import { identifier } from '../schemas/fields.ts';

/**
 * What is wrong with `file`'s name as the id `role` describes ("the page's address"), or undefined when nothing is.
 * With `identifier`, the name must also be one (a dataset's id is listed in frontmatter `datasets`, which takes
 * lower-case letters, digits and hyphens: test_counts is published as it is, but no page could list it).
 */
export function fileNameProblem(
  file: string,
  role: string,
  options: { identifier?: boolean } = {},
): string | undefined {
  const extension = extname(file);
  const name = basename(file, extension);
  const slug = slugFromPath(name);
  if (slug === name && (!options.identifier || identifier.safeParse(name).success)) return undefined;
  const published = slug === name ? '' : `, and would be published as "${slug}"`;
  return `it is ${role}${published}: use lower-case letters, digits and hyphens, e.g. rename it to ${plainName(name) || 'a-title'}${extension}`;
}

/** `name` in lower-case letters, digits and hyphens, accents dropped: "Café 🚀 Story" -> "cafe-story". */
function plainName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
