/** `/og/cases/<slug>.png`: the social card of each published case file. */
import type { GetStaticPaths } from 'astro';
import { socialCardEndpoint, socialCardPaths } from '../../../lib/social-card-page.ts';

export const getStaticPaths = (() => socialCardPaths('cases')) satisfies GetStaticPaths;

export const GET = socialCardEndpoint('cases');
