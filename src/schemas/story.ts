/** A story: `content/stories/<slug>.mdx`, a long-form investigation, published at `/stories/<slug>/`. */
import { z } from 'astro/zod';
import { booleanField, identifier, listedOnce } from './fields.ts';
import { sharedFields } from './frontmatter.ts';

export const storySchema = z.strictObject({
  ...sharedFields,
  /** The lead investigation: shown first on the home page. At most one public story may set it. */
  lead: booleanField.default(false),
  /** Slugs of case files this story discusses (content/cases/<slug>.mdx); linked from the story. */
  cases: listedOnce('cases', identifier, 'expected a list of case file ids, e.g. [igor-pestrikov]').default([]),
});

export type StoryData = z.infer<typeof storySchema>;
