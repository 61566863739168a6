/**
 * The published entries of each collection: what every page, list, feed and index must go through, so a draft or
 * an embargoed page cannot reach the output by one forgotten filter.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, isPreview, isPublished } from './visibility.ts';

const now = buildTime();
const preview = isPreview();

/** Published stories, newest first. */
export async function publishedStories(): Promise<CollectionEntry<'stories'>[]> {
  const stories = await getCollection('stories', ({ data }) => isPublished(data, now, preview));
  return stories.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Published case files, newest first. */
export async function publishedCases(): Promise<CollectionEntry<'cases'>[]> {
  const cases = await getCollection('cases', ({ data }) => isPublished(data, now, preview));
  return cases.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
