/**
 * How a failed build is reported: an editor's mistake (a ContentError, possibly wrapped by Astro's renderer, or MDX
 * that does not parse) as its one-line message; anything else with its stack, because then the bug is ours.
 */
import { isAbsolute, relative } from 'node:path';
import { contentRoot } from '../site.config.ts';

/**
 * The line an editor needs from an MDX syntax error, which reaches the build through Vite and rolldown as
 * "[plugin @mdx-js/rolldown] /abs/story.mdx:7:11\nMDXError: 7:11: Unexpected end of file … (mdx-jsx:…)":
 * `content/stories/story.mdx: line 7, column 11: MDX syntax: Unexpected end of file …`. Undefined for anything else.
 */
export function mdxSyntaxLine(message: string, root = contentRoot): string | undefined {
  const match = /^(?:\[[^\]\n]*\] )?(.+?\.mdx):(\d+):(\d+)\s*\n\s*MDXError: (?:\d+:\d+(?:-\d+:\d+)?: )?(.+?)(?: \([\w:-]+\))?\s*$/m.exec(message);
  if (!match) return undefined;
  const [, file, line, column, reason] = match;
  const shown = isAbsolute(file!) ? relative(root, file!) : file!;
  return `${shown}: line ${line}, column ${column}: MDX syntax: ${reason}`;
}

export function reportFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  // A check names output files, which can end in .json: decide by the error's type before looking at its text.
  if (error instanceof Error && error.name === 'CheckError') {
    console.error(`\nThe build stopped: a check of the output failed.\n\n${message}`);
    return;
  }
  const contentLine = mdxSyntaxLine(message) ?? message.split('\n').find((line) => /^[^\s:]+\.(mdx?|json): /.test(line.trim()));
  if (contentLine) {
    console.error(`\nThe build stopped: a problem in the content.\n\n  ${contentLine.trim()}`);
  } else {
    console.error('\nThe build failed:\n');
    console.error(error instanceof Error ? (error.stack ?? message) : message);
  }
}

/**
 * The content's notes again, for the end of a successful build: printed after the content check, they scroll away
 * under the output checks' lines, and an editor reads the end of a build.
 */
export function notesRecap(notes: readonly { message: string }[]): string[] {
  if (notes.length === 0) return [];
  return [`${notes.length} note${notes.length === 1 ? '' : 's'} on the content (printed above too): read ${notes.length === 1 ? 'it' : 'them'}`, ...notes.map((note) => `note: ${note.message}`)];
}
