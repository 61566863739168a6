/** An MDX body's components, links, images, prose and syntax. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import {
  componentNames,
  findComponentUses,
  imagesWithoutAlt,
  misnamedComponents,
  optionLine,
  responseProblems,
  styleAttributes,
} from '../mdx-usage.ts';
import { inBracesReading } from '../mdx/text-in-braces.ts';
import { checkUse } from './components.ts';
import { checkOneCardMark } from './card-mark.ts';
import { checkHeadingIds, checkHeadingWords } from './headings.ts';
import { checkImports } from './imports.ts';
import { checkLinkWords } from './link-words.ts';
import type { LinkTargets } from './link-targets.ts';
import { checkLinks } from './links.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { checkLocalAddresses } from './local-addresses.ts';
import { checkOwnAddresses } from './own-addresses.ts';
import { checkRelativeLinks } from './relative-links.ts';
import { checkMdxMarkup } from './mdx-markup.ts';
import { checkMarkdown } from './markdown.ts';
import { checkHeadingLevels } from './heading-levels.ts';
import { checkCitedSources } from './cited-sources.ts';
import { checkImages } from './images.ts';
import { writtenMoment } from './moment.ts';

/**
 * The components an MDX body uses, each where it stands: known sources, rows, columns and options; its images; its
 * links to other stories, case files and datasets (`released`: when the page itself is published, 0 for now; a link to
 * a page published later would leak its address, or stop the scheduled build that publishes this one).
 */
export function checkBody(
  errors: ContentError[],
  { file, body, bodyLine }: { file: string; body: string; bodyLine: number },
  project: Project,
  targets: LinkTargets,
  released: number,
): void {
  const reported = errors.length;
  checkLinks(errors, file, body, bodyLine, project, targets, released);
  checkRelativeLinks(errors, file, body, bodyLine, project, targets);
  checkLocalAddresses(errors, file, body, bodyLine);
  checkOwnAddresses(errors, file, body, bodyLine, targets.url, targets.base);
  checkHeadingWords(errors, file, body, bodyLine);
  checkHeadingIds(errors, file, body, bodyLine);
  checkLinkWords(errors, file, body, bodyLine);
  checkImports(errors, file, body, bodyLine, project.root);
  const defined = definedNames(body);
  const uses = findComponentUses(body, bodyLine);
  for (const use of uses) {
    for (const { option, name } of use.names ?? []) {
      if (defined.has(name)) continue;
      errors.push(
        new ContentError(
          file,
          `line ${optionLine(use, option)}: <${use.component}> ${option}={${name}}`,
          `text goes in quotes: ${option}="${name}" (in braces, ${name} names a variable, which this page does not define)`,
        ),
      );
    }
    for (const { option, values, meant } of use.unquoted ?? []) {
      errors.push(
        new ContentError(
          file,
          `line ${optionLine(use, option)}: <${use.component}> ${option}={${use.expressions?.[option] ?? ''}}`,
          `write ${meant} (${values.map(inBracesReading).join('; ')})`,
        ),
      );
    }
    checkUse(errors, file, use, project);
  }
  checkOneCardMark(errors, file, uses);
  checkMdxMarkup(errors, file, body, bodyLine);
  checkMarkdown(errors, file, body, bodyLine);
  checkHeadingLevels(errors, file, body, bodyLine);
  for (const { line, kind } of responseProblems(body, bodyLine)) {
    const message =
      kind === 'unclosed'
        ? 'not closed: expected </Response> after what was said (or "/>" at the end of the tag)'
        : 'expected a block of its own: leave a blank line before and after it (a Response inside a paragraph breaks the page)';
    errors.push(new ContentError(file, `line ${line}: <Response>`, message));
  }
  for (const { line, written, meant } of misnamedComponents(body, bodyLine)) {
    const message = meant
      ? meant.toLowerCase() === written
        ? `components start with a capital letter: write <${meant}>${meant === 'Cite' ? " (lowercase <cite> is HTML's own element: the note would not appear)" : ''}`
        : `no such component: did you mean <${meant}>?`
      : `no such component: expected one of ${componentNames.map((name) => `<${name}>`).join(', ')}`;
    errors.push(new ContentError(file, `line ${line}: <${written}>`, message));
  }
  checkCitedSources(errors, file, body, bodyLine, uses, project);
  for (const line of imagesWithoutAlt(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: <img>`,
        'expected alt="…", what a screen reader says instead of the image: describe what it shows, or write alt="" for a purely decorative one',
      ),
    );
  }
  for (const { line, tag } of styleAttributes(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: <${tag} style>`,
        "the site's security policy (Content-Security-Policy: style-src 'self') stops browsers applying a style attribute: remove it; the site's stylesheet sets the page",
      ),
    );
  }
  checkImages(errors, file, body, bodyLine, project, targets);
  // A page published now is rendered by this build, which reports MDX that does not parse. An embargoed one is
  // rendered first by the build that lifts its embargo, unattended at its moment (an hourly schedule, 06:00): that
  // build would stop on it and publish nothing, neither the page nor anything else. So it is parsed now, as Astro's
  // MDX (Sätteri) will parse it then, unless the checks above have named a problem of its body in their own words.
  if (released > 0 && Number.isFinite(released) && !errors.slice(reported).some((error) => error.file === file)) {
    const syntax = mdxSyntaxProblem(body, bodyLine);
    if (syntax) {
      const until = writtenMoment(released);
      errors.push(
        new ContentError(
          file,
          `line ${syntax.line}, column ${syntax.column}`,
          `MDX syntax: ${syntax.reason}: the page is embargoed until ${until}, and the build that lifts its embargo would stop on this, publishing nothing`,
        ),
      );
    }
  }
}

/** The names an MDX body defines for its expressions: on its lines `export …` and `import …`. */
function definedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const [statement] of body.matchAll(/^(?:export|import)\s[^\n]*(?:\n[ \t]+[^\n]*)*/gm)) {
    for (const [name] of statement.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  }
  return names;
}
