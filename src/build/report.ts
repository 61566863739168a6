/**
 * How a failed build is reported: an editor's mistake (a ContentError, possibly wrapped by Astro's renderer, or MDX
 * that does not parse) as its one-line message; anything else with its stack, because then the bug is ours.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import matter from 'gray-matter';
import { contentRoot } from '../site.config.ts';
import { findComponentUses, optionLine, type ComponentUse } from '../lib/mdx-usage.ts';
import { inBracesReading } from '../lib/mdx/text-in-braces.ts';
import { diskFullAdvice, diskFullReason, nearlyFullLine, type BuildPlaces } from './disk-full.ts';
import { fileOfLine, problemsHeading } from './problem-place.mjs';

/**
 * The line an editor needs from an MDX syntax error, which reaches the build through Vite and rolldown as
 * "[plugin @mdx-js/rolldown] /abs/story.mdx:7:11\nMDXError: 7:11: Unexpected end of file … (mdx-jsx:…)":
 * `content/stories/story.mdx: line 7, column 11: MDX syntax: Unexpected end of file …`. Undefined for anything else.
 */
export function mdxSyntaxLine(message: string, root = contentRoot): string | undefined {
  const match =
    /^(?:\[[^\]\n]*\] )?(.+?\.mdx):(\d+):(\d+)\s*\n\s*MDXError: (?:\d+:\d+(?:-\d+:\d+)?: )?(.+?)(?: \([\w:-]+\))?\s*$/m.exec(
      message,
    );
  if (!match) return undefined;
  const [, file, line, column, reason] = match;
  const shown = isAbsolute(file!) ? relative(root, file!) : file!;
  const hint = reason!.startsWith('Could not parse expression')
    ? inBracesHint(isAbsolute(file!) ? file! : join(root, file!), Number(line), Number(column))
    : undefined;
  return `${shown}: line ${line}, column ${column}: MDX syntax: ${reason}${hint ? `: ${hint}` : ''}`;
}

/**
 * What to write for an option whose braces hold a date, a month or a code, which MDX reads as JavaScript and cannot
 * parse: `row={2025-01}` (2025 minus 01, a number JavaScript refuses) was reported as "Invalid number" alone. Such a
 * value is text, in quotes. Undefined when the column is in no `name={…}` holding one word of that kind.
 */
function inBracesHint(path: string, line: number, column: number): string | undefined {
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8').split('\n')[line - 1];
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const open = text.lastIndexOf('={', column - 1);
  const close = open === -1 ? -1 : text.indexOf('}', open);
  if (close < column - 1) return undefined;
  const name = /([\w-]+)$/.exec(text.slice(0, open))?.[1];
  const value = text.slice(open + 2, close).trim();
  if (!name || !/^[\w.:/-]+$/.test(value)) return undefined;
  return `write ${name}="${value}" (${inBracesReading(value)})`;
}

/**
 * A component's error raised while its page rendered (`content/x.mdx: <Fact dataset="d"> row: …`) with the line of
 * the tag it is about, found in the file: `content/x.mdx: line 38: <Fact dataset="d"> row: …`. Such an error comes
 * from an option written as an expression (row={2000 + 3}), which only rendering evaluates; the preflight checked
 * the literal ones, and names their lines itself. Among the tags that match the message, those whose option is an
 * expression (or is missing, or spread from an object) are the ones rendering could fail on; several are all named
 * ("one of lines 12, 30"); a tag written over several lines is named by the line of that option. The line is
 * returned as it is when no tag matches or the file cannot be read.
 */
export function withTagLine(line: string, root = contentRoot): string {
  const match =
    /^(?<file>[^\s:]+\.mdx): <(?<component>[A-Z]\w*)(?<attributes>(?: [\w-]+(?:="[^"]*")?)*)>(?: "(?<title>[^"]*)")?(?: (?<option>[\w-]+)[\w.[\]-]*)?: /.exec(
      line,
    );
  if (!match) return line;
  const { file, component, attributes, title, option: outer } = match.groups!;
  const named = [...attributes!.matchAll(/ ([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => ({
    name: name!,
    value,
  }));
  const option = outer ?? named.find((attribute) => attribute.value === undefined)?.name;
  let uses: readonly ComponentUse[];
  try {
    const source = readFileSync(join(root, file!), 'utf8');
    const start = /^\uFEFF?(?:\s*\n)?(?=---)/.exec(source)?.[0].length ?? 0;
    const body = matter(source.slice(start)).content;
    uses = findComponentUses(body, source.slice(0, source.length - body.length).split('\n').length - 1);
  } catch {
    return line;
  }
  // An option written as an expression is in `props` with no value (src/lib/mdx/attributes.ts).
  const literal = (use: ComponentUse, name: string) => use.props[name] !== undefined;
  const matching = uses.filter(
    (use) =>
      use.component === component &&
      named.every(
        ({ name, value }) => value === undefined || !literal(use, name) || String(use.props[name]) === value,
      ) &&
      (title === undefined || !literal(use, 'title') || use.props.title === title),
  );
  const rendered = matching.filter((use) => option === undefined || use.spread || !literal(use, option));
  // A tag written over several lines is named by the line of the option at fault.
  const lines = [
    ...new Set(
      (rendered.length > 0 ? rendered : matching).map((use) =>
        option === undefined ? use.line : optionLine(use, option),
      ),
    ),
  ];
  if (lines.length === 0) return line;
  const at = lines.length === 1 ? `line ${lines[0]}` : `one of lines ${lines.join(', ')}`;
  return `${file}: ${at}: ${line.slice(file!.length + 2)}`;
}

/** Whether `line` is an editor's mistake as the build words it: `content/x.mdx: field: …`. */
const isContentLine = (line: string) => /^[^\s:]+\.(mdx?|json): /.test(line.trim());

/**
 * Prints why the build failed. `renderErrors`: the content errors Astro logged while rendering (held back by
 * src/build/held-errors.ts), all printed with the one the build stopped on, once each. `places`: where the build
 * writes, which a full disk's report names.
 */
export function reportFailure(error: unknown, renderErrors: readonly string[] = [], places?: BuildPlaces): void {
  // Wherever it came from (Astro, a check, publishing): the deployer's to fix, with no stack trace to read past.
  const full = diskFullReason(error);
  if (full && places) {
    console.error(
      `\nThe build stopped: out of disk space (${full}).\n\n  ${diskFullAdvice(places.target, places.projectRoot)}`,
    );
    return;
  }
  const content = printFailure(error, renderErrors);
  // A failure that does not say why (Pagefind's crash) may still come from a full disk.
  const nearlyFull = !content && places ? nearlyFullLine(places) : undefined;
  if (nearlyFull) console.error(`\n  ${nearlyFull}`);
}

/** Prints the failure as its kind is reported; returns whether it was a problem in the content. */
function printFailure(error: unknown, renderErrors: readonly string[]): boolean {
  const message = error instanceof Error ? error.message : String(error);
  // A check names output files, which can end in .json: decide by the error's type before looking at its text.
  if (error instanceof Error && error.name === 'CheckError') {
    console.error(`\nThe build stopped: a check of the output failed.\n\n${message}`);
    return false;
  }
  if (error instanceof Error && error.name === 'PublishError') {
    console.error(`\nThe build stopped: publishing failed.\n\n  ${message}`);
    return false;
  }
  const contentLine = mdxSyntaxLine(message) ?? message.split('\n').find(isContentLine);
  if (contentLine) {
    const lines = [
      ...new Set([contentLine, ...renderErrors.filter(isContentLine)].map((line) => withTagLine(line.trim()))),
    ];
    const heading = problemsHeading(lines.map(fileOfLine));
    console.error(`\nThe build stopped: ${heading}.\n\n${lines.map((line) => `  ${line}`).join('\n')}`);
    return true;
  }
  console.error('\nThe build failed:\n');
  console.error(error instanceof Error ? (error.stack ?? message) : message);
  return false;
}

/**
 * The content's notes again, for the end of a successful build: printed after the content check, they scroll away
 * under the output checks' lines, and an editor reads the end of a build.
 */
export function notesRecap(notes: readonly { message: string }[]): string[] {
  if (notes.length === 0) return [];
  return [
    `${notes.length} note${notes.length === 1 ? '' : 's'} on the content (printed above too): read ${notes.length === 1 ? 'it' : 'them'}`,
    ...notes.map((note) => `note: ${note.message}`),
  ];
}
