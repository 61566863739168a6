// @ts-check
/**
 * Where the problems a build stops on are, for the line heading their list: an editor who read "problems in the
 * content" looked in content/ for a mistake in src/site.config.ts. Each problem is placed by the file it names.
 *
 * JavaScript, as is scripts/build.mjs, which heads its own list with it before the build's TypeScript is loaded.
 */

/**
 * What a file of the project holds, as a heading names it; the dictionaries' files (src/i18n/) are told apart after.
 * @param {string} file a path from the project's folder, as a problem names it (content/stories/x.mdx, src/i18n/fr.ts)
 */
function placeOf(file) {
  if (/^(?:content|data)(?:\/|$)/.test(file)) return 'the content';
  if (file === 'src/site.config.ts') return "the site's settings";
  if (file.startsWith('src/i18n/')) return 'the dictionaries';
  return 'the code';
}

/**
 * "2 problems in the content", "1 problem in the site's settings", "1 problem in a dictionary", and "3 problems in the
 * project" when they are in several of these places.
 * @param {readonly string[]} files the file each problem names, once per problem
 * @returns {string}
 */
export function problemsHeading(files) {
  const places = new Set(files.map(placeOf));
  let place = places.size === 1 ? /** @type {string} */ ([...places][0]) : 'the project';
  // One language's dictionary (src/i18n/fr.ts), not their registration (src/i18n/index.ts) or several of them.
  const named = new Set(files);
  if (place === 'the dictionaries' && named.size === 1 && !named.has('src/i18n/index.ts')) place = 'a dictionary';
  return `${files.length} problem${files.length === 1 ? '' : 's'} in ${place}`;
}

/**
 * The file a line of the build's names first (`src/i18n/uk.ts: export uk: missing, …`).
 * @param {string} line
 */
export function fileOfLine(line) {
  return /^[^\s:]*/.exec(line)?.[0] ?? '';
}
