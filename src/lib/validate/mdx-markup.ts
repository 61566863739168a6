/**
 * What MDX reads otherwise than the text means, and stops the build on: braces, "<" and tags not closed or closing
 * nothing, links in angle brackets, HTML comments; and scripts and embeds, which pages do not run.
 */
import { ContentError } from '../content-error.ts';
import {
  proseExpressions,
  strayAngleBrackets,
  angleBracketLinks,
  unclosedTags,
  strayClosingTags,
  scriptsAndEmbeds,
} from '../mdx-usage.ts';
import { otherToolBraces } from './braces.ts';

/** An MDX body's braces, angle brackets and tags that MDX would read as code or stop on, and its scripts and embeds. */
export function checkMdxMarkup(errors: ContentError[], file: string, body: string, bodyLine: number): void {
  const lines = body.split('\n');
  for (const { line, text } of proseExpressions(body, bodyLine)) {
    const otherTool = otherToolBraces(text, lines[line - bodyLine - 1] ?? '');
    if (otherTool) {
      errors.push(
        new ContentError(file, `line ${line}: ${text.length > 40 ? `${text.slice(0, 37)}…}` : text}`, otherTool),
      );
      continue;
    }
    if (!text.endsWith('}') && /^\{\s*\/\*/.test(text)) {
      // A comment left open ({/* … without */}): "print a brace" would be the wrong fix.
      errors.push(
        new ContentError(
          file,
          `line ${line}: {/*`,
          'a comment never closed: MDX reads the rest of the page as code, and stops the build: end the comment with */}',
        ),
      );
      continue;
    }
    if (!text.endsWith('}')) {
      errors.push(
        new ContentError(
          file,
          `line ${line}: {`,
          'a brace never closed: MDX reads braces in the text as code, and stops the build: to print a brace, write \\{',
        ),
      );
      continue;
    }
    const escaped = `\\${text.slice(0, -1)}\\}`;
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${text.length > 40 ? `${text.slice(0, 37)}…}` : text}`,
        `MDX reads braces in the text as code, which changes the sentence or stops the build: to print braces, write ${escaped.length > 44 || text.includes('\n') ? '\\{ and \\}' : escaped}; or use ( ) or [ ]`,
      ),
    );
  }
  for (const { line, text, comment } of strayAngleBrackets(body, bodyLine)) {
    const message = comment
      ? 'MDX has no HTML comments, and stops the build: write a comment as {/* … */}'
      : 'MDX reads "<" as the start of a tag, and stops the build: write \\< (or "less than", "fewer than"; a "<" followed by a space is text)';
    errors.push(new ContentError(file, `line ${line}: ${comment ? '<!--' : text}`, message));
  }
  for (const { line, text, markdown } of angleBracketLinks(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${text}`,
        `MDX has no links in angle brackets, and stops the build: write ${markdown}`,
      ),
    );
  }
  for (const { line, name, kind, block, written } of unclosedTags(body, bodyLine)) {
    if (kind === 'text') {
      errors.push(
        new ContentError(
          file,
          `line ${line}: ${written}`,
          'MDX reads "<" before a word as the start of a tag, and stops the build: write \\< (or "less than", "fewer than"; a "<" followed by a space is text)',
        ),
      );
      continue;
    }
    const message =
      kind === 'void'
        ? `MDX needs "/>" at the end of an element that holds nothing, and stops the build without it: write ${name === 'br' ? '<br /> (or end the line with a backslash \\ for a line break)' : `<${name} … />`}`
        : kind === 'element'
          ? `not closed: MDX closes no element by itself, and stops the build: write </${name}> ${block ? 'after what it holds' : 'before the paragraph ends (an element that holds paragraphs opens on a line of its own)'}, or leave the tag out`
          : `MDX reads a word in angle brackets as a tag, and stops the build: to print the brackets, write \\<${name}>`;
    errors.push(new ContentError(file, `line ${line}: <${name}>`, message));
  }
  for (const { line, name, selfClosedOn } of strayClosingTags(body, bodyLine)) {
    const fix =
      selfClosedOn === undefined
        ? ['Chart', 'Cite', 'Fact'].includes(name)
          ? `remove it: a <${name}> holds nothing, and closes itself (<${name} … />)`
          : name === 'br'
            ? 'for a line break, write <br /> (or end the line with a backslash \\)'
            : `remove it, or open <${name}> where what it closes begins`
        : `<${name} … /> on line ${selfClosedOn} closes itself already ("/>"): remove </${name}>`;
    errors.push(
      new ContentError(
        file,
        `line ${line}: </${name}>`,
        `closes no <${name}> (none is open above it), and MDX stops the build on it: ${fix}`,
      ),
    );
  }
  for (const { line, what } of scriptsAndEmbeds(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${what}`,
        'pages run no scripts and embed no other site (the budgets check would stop the build after rendering): link to it instead',
      ),
    );
  }
}
