/** The dev server's content problems as the error a page throws (src/middleware.ts), which Astro's overlay shows. */
import type { ContentError } from '../lib/content-error.ts';

/**
 * `problems` as one error: one a line, each naming its file, line and field or address as the build does, without a
 * stack trace (Astro's overlay prints it first, and it says nothing an editor can act on); undefined when there are
 * none.
 */
export function problemsError(problems: readonly ContentError[]): Error | undefined {
  if (problems.length === 0) return undefined;
  const shown = new Error(problems.map((problem) => problem.message).join('\n'));
  shown.name = 'ContentError';
  shown.stack = `${shown.name}: ${shown.message}`;
  return shown;
}
