/** What the dev server's checks look for in a page's text to know that a change concerns it (dev-link-check.ts). */
import type { LinkTargets } from './validate/link-targets.ts';

/**
 * What a page names, if it is to be checked again after the site's addresses went from `before` to `after`: the slug of
 * each address that came or went or was withheld or released (and of the original its translation came or went
 * from), as a link writes it, and each dataset published or withheld with the pages using it.
 */
export function changedNames(before: LinkTargets, after: LinkTargets): { slugs: string[]; datasets: string[] } {
  const changed = new Set<string>();
  for (const address of new Set([...before.keys(), ...after.keys()])) {
    const [was, is] = [before.get(address), after.get(address)];
    if (was?.file !== is?.file || was?.held !== is?.held || was?.release !== is?.release) {
      changed.add(address);
      // A translation that came or went changes what a page in its language linking its original is told
      // (/stories/x/ from a French page, once /fr/stories/y/ translates it).
      const original = is?.original ?? was?.original;
      if (original !== undefined) changed.add(original);
    }
  }
  // As a link writes them: café, caf%C3%A9, caf%c3%a9.
  const slugs = [...changed].flatMap((address) => {
    const slug = address.split('/').at(-2)!;
    const escaped = encodeURIComponent(slug);
    return escaped === slug
      ? [slug]
      : [slug, escaped, escaped.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())];
  });
  const datasetsBefore = before.datasets ?? new Set<string>();
  const datasets = [...new Set([...datasetsBefore, ...(after.datasets ?? [])])].filter(
    (one) => datasetsBefore.has(one) !== after.datasets?.has(one),
  );
  return { slugs, datasets };
}

/**
 * Whether a page's text names the file at `path` (an image: /images/map.png, ./photo.jpg), by its name as written or
 * with its spaces and accents %-escaped.
 */
export function naming(path: string): (page: { body: string }) => boolean {
  const name = path.split('/').at(-1)!;
  const written = [name, encodeURI(name)];
  return (page) => written.some((text) => page.body.includes(text));
}
