/** The build's first line once the content is checked: what it holds, counted in English. */

/** `count` and the noun in the form English gives it: "1 story", "0 cases". */
const counted = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** "content ok: 1 story, 0 cases, 1 dataset, 2 sources", and whether the build is a preview. */
export function contentSummary(
  content: { stories: number; cases: number; datasets: number; sources: number },
  preview: boolean,
): string {
  const { stories, cases, datasets, sources } = content;
  const held = preview ? ' (preview: drafts and embargoed pages included)' : '';
  return `content ok: ${counted(stories, 'story', 'stories')}, ${counted(cases, 'case', 'cases')}, ${counted(datasets, 'dataset', 'datasets')}, ${counted(sources, 'source', 'sources')}${held}`;
}
