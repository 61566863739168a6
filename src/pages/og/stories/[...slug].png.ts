/** `/og/stories/<slug>.png`: the social card of each published story. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedStories } from '../../../lib/collections.ts';
import { socialCardResponse } from '../../../lib/social-card-page.ts';

export const getStaticPaths = (async () =>
  (await publishedStories()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => socialCardResponse('stories', props.entry);
