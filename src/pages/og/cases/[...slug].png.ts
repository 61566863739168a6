/** `/og/cases/<slug>.png`: the social card of each published case file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedCases } from '../../../lib/collections.ts';
import { socialCardResponse } from '../../../lib/social-card-page.ts';

export const getStaticPaths = (async () =>
  (await publishedCases()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => socialCardResponse('cases', props.entry);
