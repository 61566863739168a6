/** The frontmatter of the site's own prose pages: the methodology, the about page. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { ContentError } from '../content-error.ts';
import { projectRoot } from '../../site.config.ts';

/** What each field of a prose page's frontmatter is for, as a missing one is told. */
const fields = {
  title: "the page's title, its heading and the name of its browser tab",
  description: 'a sentence saying what the page holds, shown by search engines and on social cards',
} as const;

/**
 * The problems of the frontmatter of src/pages/**\/*.mdx laid out by Page.astro: a `title` or `description` left out
 * (a newsroom rewriting the about page) stopped the build on "TypeError: Cannot read properties of undefined", naming
 * no file, since the layout typesets both.
 */
export function proseFrontmatter(root: string = projectRoot): ContentError[] {
  const pages = join(root, 'src', 'pages');
  if (!existsSync(pages)) return [];
  const files = readdirSync(pages, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(sep).some((part) => part.startsWith('_')))
    .sort();
  return files.flatMap((file) => {
    let data: Record<string, unknown>;
    try {
      data = matter(readFileSync(join(root, file), 'utf8')).data;
    } catch {
      return []; // The MDX check names a frontmatter that does not parse.
    }
    if (typeof data.layout !== 'string' || !data.layout.endsWith('/Page.astro')) return [];
    const name = file.split(sep).join('/');
    return Object.entries(fields)
      .filter(([field]) => typeof data[field] !== 'string' || !(data[field] as string).trim())
      .map(([field, what]) => new ContentError(name, field, `missing: ${what}`));
  });
}
