/** Tags that are probably typos of another tag, or written as its label. */
import { ContentError } from '../content-error.ts';
import type { Entry, Project } from '../load-project.ts';
import { editDistance } from '../edit-distance.ts';
import { languageName, tagByLabel } from '../../schemas/fields.ts';
import { site } from '../../site.config.ts';

/**
 * A tag on one or two pages that is a letter or two from a tag more pages use (red-notice beside red-notices), or from
 * one the site gives labels (tagLabels in src/site.config.ts: oversigth beside oversight, however few pages use it):
 * the page drops out of the other tag's filter. A tag with labels of its own is meant, and so are tags that differ only
 * in digits (election-2020, election-2024). A note, not an error: two close tags can be meant.
 */
export function nearTags(project: Project): ContentError[] {
  const uses = new Map<string, number>();
  for (const entry of [...project.stories, ...project.cases])
    for (const tag of entry.data.tags ?? []) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  const labelled = labelledTags();
  // Tags with labels come first, however few pages use them: the site's own list of its tags.
  const weight = (tag: string) => (labelled.has(tag) ? Number.MAX_SAFE_INTEGER : (uses.get(tag) ?? 0));
  const letters = new Map([...uses.keys(), ...labelled].map((tag) => [tag, tag.replace(/\d+/g, '#')]));
  // Candidates share their first or last three letters with the rare tag (a typo of one or two letters leaves one end
  // whole, nearly always: this is a hint, and an archive tagged by people's names has tens of thousands of tags, which
  // comparing every pair took minutes for).
  const byEnd = new Map<string, string[]>();
  // The tags a typo is made against are the ones in use: the 2,000 used most (by two pages at least).
  const common = [...uses]
    .filter(([tag, n]) => n >= 2 && !labelled.has(tag))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2000)
    .map(([tag]) => tag);
  const byUses = (a: string, b: string) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0);
  for (const tag of [...[...labelled].sort(byUses), ...common]) {
    for (const key of [`<${tag.slice(0, 3)}`, `>${tag.slice(-3)}`]) {
      const bucket = byEnd.get(key);
      if (bucket) bucket.push(tag);
      else byEnd.set(key, [tag]);
    }
  }
  /** The tag meant, for each rare tag that has one (looked for once per tag, not per page). */
  const meant = new Map<string, string>();
  for (const [tag, count] of uses) {
    const limit = Math.min(2, Math.floor(tag.length / 4));
    if (count > 2 || limit === 0 || labelled.has(tag)) continue;
    // A near tag with labels, else the most used near tag (buckets hold them in that order).
    let best: string | undefined;
    let bestWeight = count;
    for (const key of [`<${tag.slice(0, 3)}`, `>${tag.slice(-3)}`]) {
      for (const other of byEnd.get(key) ?? []) {
        const n = weight(other);
        if (n <= bestWeight) break;
        if (
          Math.abs(other.length - tag.length) > limit ||
          letters.get(other) === letters.get(tag) ||
          editDistance(tag, other) > limit
        )
          continue;
        best = other;
        bestWeight = n;
      }
    }
    if (best) meant.set(tag, best);
  }
  const notes: ContentError[] = [];
  if (meant.size === 0) return notes;
  for (const entry of [...project.stories, ...project.cases]) {
    (entry.data.tags ?? []).forEach((tag, i) => {
      const other = meant.get(tag);
      if (!other) return;
      const count = uses.get(tag)!;
      const otherUses = uses.get(other) ?? 0;
      const used = `"${tag}" is used by ${count === 1 ? 'this page only' : `${count} pages`}`;
      notes.push(
        new ContentError(
          entry.file,
          `tags[${i}]`,
          otherUses > count
            ? `${used}, "${other}" by ${otherUses}: did you mean "${other}"?`
            : `${used} and has no label, "${other}" has labels (tagLabels in src/site.config.ts): did you mean "${other}"?`,
        ),
      );
    });
  }
  return notes;
}

/** The tags src/site.config.ts gives a label in some language (tagLabels). */
function labelledTags(): Set<string> {
  return new Set(Object.values(site.tagLabels).flatMap((labels) => Object.keys(labels ?? {})));
}

/**
 * A tag written as another tag's label in some language (tagLabels in src/site.config.ts): "fuite" for leak, as a
 * translator writes it. Tags are identifiers, the same in every language, and each page shows them in its own: the
 * page would leave leak's pages, and the French tag filter would offer "fuite" twice.
 */
export function checkTagLabels(errors: ContentError[], entry: Entry<{ tags?: string[] }>): void {
  (entry.data.tags ?? []).forEach((written, i) => {
    const label = tagByLabel(written);
    if (!label) return;
    errors.push(
      new ContentError(
        entry.file,
        `tags[${i}]`,
        `"${written}" is the ${languageName(label.lang)} label of the tag ${label.tag} (tagLabels in src/site.config.ts): tags are identifiers, the same in every language, and each page shows them in its own: write ${label.tag}`,
      ),
    );
  });
}
