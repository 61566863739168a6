/**
 * `npm run new:story -- "Title"`: scaffolds content/stories/<slug>.mdx with valid frontmatter (as a draft).
 * Refuses to overwrite an existing story.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newStory } from '../src/lib/new-story.ts';
import { buildTime } from '../src/lib/visibility.ts';
import { contentRoot } from '../src/site.config.ts';

const words = process.argv.slice(2);
if (words.some((word) => word === '--help' || word === '-h')) {
  console.log(
    'Usage: npm run new:story -- "Title of the story"\nWrites content/stories/<slug>.mdx, a draft whose frontmatter passes the build.',
  );
  process.exit(0);
}
try {
  if (words.some((word) => word.startsWith('-')))
    throw new Error(
      `unknown option ${words.find((word) => word.startsWith('-'))}: expected a title (npm run new:story -- --help)`,
    );
  const story = newStory(words.join(' '), buildTime());
  const file = join(contentRoot, story.path);
  if (existsSync(file)) throw new Error(`${story.path} already exists: choose another title or edit that file`);
  writeFileSync(file, story.text, { flag: 'wx' });
  console.log(`Created ${story.path} (a draft). Edit it, then set draft: false to publish.`);
} catch (error) {
  console.error(`new:story: ${(error as Error).message}`);
  process.exit(1);
}
