/** Reading a file the editor or the deployer may have put in place (public/robots.txt, public/_headers). */
import { readFileSync } from 'node:fs';

/** The text of `file`, or undefined when there is no such file; any other failure to read it is thrown. */
export function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
