/** Whether a path lies inside a folder, for paths from the file system and the watcher. */
import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `path` lies strictly inside `folder` (both absolute): a path relative to the folder that does not climb
 * out of it. Only ".." itself, or ".." followed by a separator, climbs: a folder named "..x" is inside.
 */
export function inside(path: string, folder: string): boolean {
  const below = relative(folder, path);
  return below !== '' && below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below);
}
