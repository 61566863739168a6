/** Where the social cards' drawn PNGs and converted fonts are kept across builds. */
import { createRequire } from 'node:module';
import { resolve, join, sep } from 'node:path';
import { projectRoot } from '../site.config.ts';

/**
 * Where drawn cards are kept across builds: node_modules/.cache/casefile/social-cards/ (or CASEFILE_CARD_CACHE).
 * The node_modules folder is found through module resolution: inside Astro's bundle, paths computed from this file's
 * URL point into a temporary folder that the build removes.
 */
export function cardCacheDir(): string {
  if (process.env.CASEFILE_CARD_CACHE) return resolve(process.env.CASEFILE_CARD_CACHE);
  // The node_modules folder sharp was installed in, above its entry point (its package.json is not exported).
  const sharpEntry = createRequire(join(projectRoot, 'package.json')).resolve('sharp');
  const nodeModules = sharpEntry.slice(
    0,
    sharpEntry.lastIndexOf(`${sep}node_modules${sep}`) + `${sep}node_modules`.length,
  );
  return join(nodeModules, '.cache/casefile/social-cards');
}
