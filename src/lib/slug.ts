import { slug as githubSlug } from 'github-slugger';

/**
 * The id of an entry from its path below the collection folder, as Astro's glob loader makes it:
 * each path segment slugified, the extension dropped ("fr/The Files.mdx" -> "fr/the-files").
 */
export function slugFromPath(path: string): string {
  const withoutExtension = path.replace(/\.[^./]+$/, '');
  return withoutExtension
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
