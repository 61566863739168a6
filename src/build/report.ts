/**
 * How a failed build is reported: an editor's mistake (a ContentError, possibly wrapped by Astro's renderer) as
 * its one-line message; anything else with its stack, because then the bug is ours.
 */
export function reportFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  // A check names output files, which can end in .json: decide by the error's type before looking at its text.
  if (error instanceof Error && error.name === 'CheckError') {
    console.error(`\nThe build stopped: a check of the output failed.\n\n${message}`);
    return;
  }
  const contentLine = message.split('\n').find((line) => /^[^\s:]+\.(mdx?|json): /.test(line.trim()));
  if (contentLine) {
    console.error(`\nThe build stopped: a problem in the content.\n\n  ${contentLine.trim()}`);
  } else {
    console.error('\nThe build failed:\n');
    console.error(error instanceof Error ? (error.stack ?? message) : message);
  }
}
