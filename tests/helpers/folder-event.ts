/**
 * A wait for something to appear in a folder, woken by the folder's watcher (inotify on Linux) rather than by a timer
 * that looks again every so often: a test waits for the event it needs (a stand-in build making its "started" file,
 * a rehearsal making its temporary folder), bounded, and a wait that fails says what it waited for.
 */
import { watch } from 'node:fs';

/**
 * Resolves once `condition()` holds, checked now and whenever an entry of `folder` is made, changed or removed;
 * rejects after `ms`, naming `what`.
 */
export function untilInFolder(folder: string, what: string, condition: () => boolean, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      watcher.close();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (condition()) finish();
    };
    const watcher = watch(folder, check);
    watcher.on('error', (error) => finish(new Error(`watching ${folder} for ${what}: ${error.message}`)));
    const timer = setTimeout(() => finish(new Error(`not within ${ms / 1000} s: ${what} (in ${folder})`)), ms);
    // What was made before the watcher started.
    check();
  });
}
