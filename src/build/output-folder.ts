/**
 * Whether the output folder may be used at all. The build replaces its output folder whole (src/build/publish.ts):
 * the folder there before is moved aside and removed by the next build. Pointed at one of the project's own folders
 * (`CASEFILE_DIST=data`), at the project itself or at a folder holding it, or at any folder of files no build made
 * (a home folder, another generator's output), a build would throw that folder away; so the build refuses such a
 * folder before it writes or moves anything.
 */
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { inside } from '../lib/path-inside.ts';
import { isPreview, outputFolder } from '../lib/visibility.ts';
import { contentSecurityPolicy, generatedRuleComment } from './security-headers.ts';

/**
 * The project's own folders, by name below the project root. The build reads the first ones (an output folder inside
 * them would be read as content, copied as a public file, or bundled), and the others hold the project's code, its
 * history and its packages: the output may be none of them, hold none of them, and lie inside none of them.
 */
const sourceFolders = ['content', 'data', 'public', 'src', 'node_modules', '.git'];
/**
 * Folders of the project the build does not read: the output may be none of them and hold none of them, and may lie
 * inside one only as a folder of its own (new, empty, or a site a build made: tests/.output/demo), never as a folder
 * of theirs (tests/build).
 */
const otherFolders = ['scripts', 'tests', 'docs', '.github', '.ci'];

/** A file every site a build published holds, with the build's rule in it (src/build/security-headers.ts). */
const builtSiteMarker = '_headers';

interface ProjectFolder {
  path: string;
  /** How the message names it: "the project's data folder". */
  name: string;
  /** Whether the output may lie inside it: never, as a folder of its own (new, empty or a built site), or freely. */
  mayHoldOutput: boolean | 'freely';
}

/**
 * What is wrong with the build's output folder, as the line the build stops with, or undefined when it is a folder of
 * its own. `projectRoot` and `contentRoot` are absolute.
 */
export function outputFolderProblem(
  projectRoot: string,
  contentRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const preview = isPreview(env);
  const folder = outputFolder(env);
  const named = preview && env.CASEFILE_PREVIEW_DIST ? 'CASEFILE_PREVIEW_DIST' : 'CASEFILE_DIST';
  const given = env[named] || folder;
  // A preview without a folder of its own writes beside the site's: say where.
  const shown = `"${given}"${given === folder ? '' : ` (a preview build writes into "${folder}")`}`;
  const expected = `expected a folder of its own, such as ${preview ? 'dist-preview' : 'dist'}`;
  const stop = (relation: string) =>
    `${named}: ${shown} ${relation}: the build replaces its output folder whole; ${expected}`;

  const target = realPath(resolve(projectRoot, folder));
  const root = realPath(projectRoot);
  if (target === root) return stop('is the project itself');
  // A preview holds drafts and embargoed pages: in the folder a deploy uploads, the next upload would publish them.
  if (preview) {
    const published = realPath(resolve(projectRoot, env.CASEFILE_DIST || 'dist'));
    const named = env.CASEFILE_DIST ? 'CASEFILE_DIST' : 'dist/';
    const why = 'which a deploy uploads, and a preview holds drafts and embargoed pages';
    if (target === published) return stop(`is the published site's folder (${named}), ${why}`);
    if (inside(target, published)) return stop(`lies inside the published site's folder (${named}), ${why}`);
  }
  if (inside(root, target)) return stop(`holds the project (${projectRoot})`);
  const folders = projectFolders(root, realPath(contentRoot));
  for (const { path, name } of folders) if (target === path) return stop(`is ${name}`);
  for (const { path, name } of folders) if (inside(path, target)) return stop(`holds ${name} (${path})`);
  // The folders it may not lie in at all first: content/ inside the content root is the content folder.
  for (const { path, name, mayHoldOutput } of folders)
    if (!mayHoldOutput && inside(target, path)) return stop(`lies inside ${name}`);
  for (const { path, name, mayHoldOutput } of folders) {
    if (mayHoldOutput === true && inside(target, path) && !isOwnFolder(target))
      return stop(`lies inside ${name} and holds files that are not a site a build made`);
  }
  if (existsSync(target) && !statSync(target).isDirectory()) return stop('is a file, not a folder');
  // Publishing renames the finished site into place: a link there would be replaced by a folder, and the folder it
  // points to (a web server's root) never updated.
  const written = resolve(projectRoot, folder);
  if (lstatSync(written, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return stop(
      `is a symbolic link to ${target}, which publishing would replace with a folder, leaving ${target} as it was (name that folder itself)`,
    );
  }
  // Anywhere else (beside the content a test or a newsroom keeps elsewhere excepted), a folder that holds files is
  // replaced only when a build made it: CASEFILE_DIST=~/Documents, or another generator's output, would be thrown away.
  const beside = folders.some(({ path, mayHoldOutput }) => mayHoldOutput === 'freely' && inside(target, path));
  if (!beside && !isOwnFolder(target)) return stop('holds files that are not a site a build made');
  // Publishing builds the new site in a folder beside the output folder and renames it into place: without the right
  // to write there, the build stopped on a stack trace (creating its folder), or, its folder made, failed at the end.
  const parent = nearestExisting(dirname(written));
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    return `${named}: ${shown} cannot be replaced: the build writes the new site beside it, in ${parent}, and renames it into place, but this user cannot write into ${parent}: make that folder writable, or name an output folder in one that is`;
  }
  return undefined;
}

/** The path itself when it exists, else its nearest parent that does: the folder a build's mkdir would write into. */
function nearestExisting(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return existing;
}

function projectFolders(root: string, contentRoot: string): ProjectFolder[] {
  const folders: ProjectFolder[] = [];
  const add = (path: string, name: string, mayHoldOutput: boolean | 'freely') => {
    const real = realPath(path);
    if (!folders.some((f) => f.path === real)) folders.push({ path: real, name, mayHoldOutput });
  };
  if (contentRoot !== root) {
    // The build reads only its content/ and data/: beside them is as good a place as any.
    add(contentRoot, 'the folder CASEFILE_CONTENT_ROOT names', 'freely');
    add(join(contentRoot, 'content'), 'the content folder of CASEFILE_CONTENT_ROOT', false);
    add(join(contentRoot, 'data'), 'the data folder of CASEFILE_CONTENT_ROOT', false);
  }
  for (const name of sourceFolders) add(join(root, name), `the project's ${name} folder`, false);
  for (const name of otherFolders) add(join(root, name), `the project's ${name} folder`, true);
  return folders;
}

/** A folder the build may replace: not there yet, empty, or a site a build made. */
function isOwnFolder(path: string): boolean {
  if (!existsSync(path)) return true;
  if (!statSync(path).isDirectory()) return false;
  const entries = readdirSync(path);
  return entries.length === 0 || madeByBuild(path, entries);
}

/**
 * Whether the folder is a site a build made: its `_headers` opens the build's rules with their comment, or, written
 * before the comment was, holds the build's rule for every path with its Content-Security-Policy. A `_headers` file
 * alone is not enough: another project's static folder, or a host's publish folder, often has one, and so does
 * another generator's site with a search index.
 */
function madeByBuild(path: string, entries: string[]): boolean {
  if (!entries.includes(builtSiteMarker)) return false;
  try {
    const text = readFileSync(join(path, builtSiteMarker), 'utf8');
    return (
      text.split(/\r?\n/).includes(generatedRuleComment) ||
      text.includes(`/*\n  Content-Security-Policy: ${contentSecurityPolicy}\n`)
    );
  } catch {
    return false;
  }
}

/** The path with symbolic links resolved, as far as it exists (`CASEFILE_DIST=link-to-data` is the data folder). */
export function realPath(path: string): string {
  const missing: string[] = [];
  let existing = path;
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    missing.unshift(basename(existing));
    existing = parent;
  }
  let real = existing;
  try {
    real = realpathSync(existing);
  } catch {
    // Unreadable: compared as written.
  }
  return join(real, ...missing);
}
