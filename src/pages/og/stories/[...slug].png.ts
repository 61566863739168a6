/** `/og/stories/<slug>.png`: the social card of each published story. */
import type { GetStaticPaths } from 'astro';
import { socialCardEndpoint, socialCardPaths } from '../../../lib/social-card-page.ts';

export const getStaticPaths = (() => socialCardPaths('stories')) satisfies GetStaticPaths;

export const GET = socialCardEndpoint('stories');
