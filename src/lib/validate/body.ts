/** An MDX body's components, links, images, prose and syntax. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, posix, relative } from 'node:path';
import { projectRoot } from '../../site.config.ts';
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import {
  componentNames,
  findComponentUses,
  firstLevelHeadings,
  skippedHeadingLevels,
  footnoteReferences,
  imageReferences,
  imagesWithoutAlt,
  misnamedComponents,
  optionLine,
  proseExpressions,
  responseProblems,
  scriptsAndEmbeds,
  strayAngleBrackets,
  strayClosingTags,
  tablesWithoutDelimiter,
  angleBracketLinks,
  styleAttributes,
  unclosedTags,
} from '../mdx-usage.ts';
import { literalLinks, type LiteralLink } from '../literal-links.ts';
import { unevenTableRows } from '../table-cells.ts';
import { componentsInLinks } from '../nested-links.ts';
import { looseName, nearestName } from '../edit-distance.ts';
import { citedIds, splitIds } from '../citations.ts';
import { defaultLocale, isLocale } from '../../i18n/locales.ts';
import { checkUse } from './components.ts';
import { checkOneCardMark } from './card-mark.ts';
import { optionMeant } from './option-meant.ts';
import { imageAltProblem } from './image-alts.ts';
import { otherToolBraces } from './braces.ts';
import { checkHeadingIds, checkHeadingWords } from './headings.ts';
import { checkImports } from './imports.ts';
import { checkLinkWords } from './link-words.ts';
import type { LinkTargets } from './link-targets.ts';
import { checkLinks } from './links.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { checkLocalAddresses, isComputerPath } from './local-addresses.ts';
import { checkOwnAddresses } from './own-addresses.ts';
import { checkRelativeLinks } from './relative-links.ts';
import { decoded, folderWritten, withoutFolder } from './site-addresses.ts';
import { knownSource, sourceNamedBy, unknownSource, unknownSourceMessage } from './sources.ts';
import { writtenMoment } from './moment.ts';
import { quotedValue } from '../../schemas/dataset/alike-values.ts';

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
    checkUse(errors, file, use, project);
  }
  checkOneCardMark(errors, file, uses);
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
  for (const link of literalLinks(body, bodyLine)) {
    const written = link.written.length > 70 ? `${link.written.slice(0, 67)}…` : link.written;
    errors.push(new ContentError(file, `line ${link.line}: ${written}`, literalLinkProblem(link)));
  }
  for (const { line, cells, header } of unevenTableRows(body, bodyLine)) {
    const count = (n: number) => `${n} cell${n === 1 ? '' : 's'}`;
    errors.push(
      new ContentError(
        file,
        `line ${line}: table row`,
        cells < header
          ? `${count(cells)}, where the header has ${header}: Markdown leaves the missing ones empty, without a word: write each cell, or an empty one as | | where the table has nothing to show`
          : `${count(cells)}, where the header has ${header}: Markdown drops the cells past the header's last, and the page would not print them: add their column to the header (and a --- below it), or remove them`,
      ),
    );
  }
  for (const { line, delimiter } of tablesWithoutDelimiter(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: table`,
        `no row of dashes under its header, so Markdown reads it as a paragraph, and the page would print its rows as one line of text and "|"s: add the line ${delimiter} after line ${line}`,
      ),
    );
  }
  for (const { line, component } of componentsInLinks(body, bodyLine)) {
    const target = component === 'Fact' ? "to its dataset's row" : 'to its note';
    errors.push(
      new ContentError(
        file,
        `line ${line}: <${component}>`,
        `in the text of a link: a <${component}> is a link itself (${target}), and a link cannot hold another: take it out of the link, and link the words beside it`,
      ),
    );
  }
  for (const { line, label } of footnoteReferences(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: [^${label}]`,
        'Markdown footnotes number themselves apart from the page\'s source notes, and would read as a second [1]: cite a source with <Cite id="…" />, or write the aside in the text',
      ),
    );
  }
  for (const { line, text } of firstLevelHeadings(body, bodyLine)) {
    errors.push(
      new ContentError(
        file,
        `line ${line}: # ${text}`,
        "the title is the page's only first-level heading: write ## for a section",
      ),
    );
  }
  for (const { line, text, level, previous } of skippedHeadingLevels(body, bodyLine)) {
    const marks = (n: number) => '#'.repeat(n);
    errors.push(
      new ContentError(
        file,
        `line ${line}: ${marks(level)} ${text}`,
        `a heading level skipped (${previous === 1 ? 'the title' : marks(previous)}, then ${marks(level)}): screen readers list a page's headings by level, and this one reads as part of a section that is not there: write ${marks(previous + 1)} ${text}`,
      ),
    );
  }
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
  // A source's id written as its title ("PACE Doc 14277") reads as several ids, since spaces separate them: one
  // problem, with the id meant, rather than one unknown source per word.
  const asTitle = new Set<string>();
  for (const use of findComponentUses(body, bodyLine)) {
    if (use.component !== 'Cite' || typeof use.props.id !== 'string' || splitIds(use.props.id).length < 2) continue;
    const near = nearestName(use.props.id.trim(), project.sources.keys());
    const byTitle = sourceNamedBy(use.props.id, project);
    if ((near && looseName(near) === looseName(use.props.id)) || byTitle) {
      for (const id of splitIds(use.props.id)) asTitle.add(`${optionLine(use, 'id')}\n${id}`);
      errors.push(
        new ContentError(
          file,
          `line ${optionLine(use, 'id')}: <Cite id>`,
          byTitle
            ? unknownSourceMessage(use.props.id.trim(), project)
            : `unknown source ${quotedValue(use.props.id.trim())}: write "${near}" (an id is written in lower case, with hyphens; spaces and commas separate several ids)`,
        ),
      );
    }
  }
  for (const { id, line } of citedIds(body, bodyLine)) {
    if (!knownSource(project, id) && !asTitle.has(`${line}\n${id}`))
      errors.push(unknownSource(file, `line ${line}: <Cite id>`, id, project));
  }
  // A <Cite> whose sources are under another name (ids="…", source="…"): told that option's name (checkUse), and
  // what it names in the same build.
  for (const use of uses) {
    if (use.component !== 'Cite' || 'id' in use.props) continue;
    for (const [option, value] of Object.entries(use.props)) {
      if (optionMeant('Cite', option, ['id']) !== 'id') continue;
      const line = optionLine(use, option);
      for (const id of splitIds(value))
        if (!knownSource(project, id)) errors.push(unknownSource(file, `line ${line}: <Cite ${option}>`, id, project));
    }
  }
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
  // An image beside the story (./photo.jpg) is bundled by Astro, which fails on a missing one with a bundler trace;
  // one from the site's root (/images/map.png) is copied from public/, and a missing one is a broken image.
  for (const { line, src, alt } of imageReferences(body, bodyLine)) {
    const unsaid = alt === undefined ? undefined : imageAltProblem(alt, src);
    if (unsaid) {
      const describe =
        'a screen reader would read it out instead of the image: describe what it shows (or, for a purely decorative image, leave it empty and say so: ![](…) {/* decorative */}, or alt="")';
      errors.push(new ContentError(file, `line ${line}: image`, `${unsaid}: ${describe}`));
    }
    const path = decoded(src.split(/[?#]/)[0]!);
    if (path === undefined) {
      errors.push(new ContentError(file, `line ${line}: image`, `${src}: a "%" that is no escape: write it as %25`));
      continue;
    }
    const absolute = path.startsWith('/');
    if (absolute && isComputerPath(path)) continue; // checkLocalAddresses says it
    const below = absolute ? withoutFolder(path, targets.base) : undefined;
    if (below !== undefined) {
      // Both mistakes at once, rather than the second at the next build.
      const missing = existsSync(join(projectRoot, 'public', below))
        ? ''
        : `, and check its name: there is no file public${below}`;
      errors.push(
        new ContentError(file, `line ${line}: image`, `${folderWritten(src, below, targets.base!)}${missing}`),
      );
      continue;
    }
    const extension = extname(path).toLowerCase();
    if (!absolute && !imageExtensions.includes(extension)) {
      errors.push(
        new ContentError(
          file,
          `line ${line}: image`,
          `${src}: ${extension ? `a ${extension} file` : 'a file without an extension'} cannot be published as an image: export it as JPEG, PNG or WebP (${imageExtensions.join(', ')})`,
        ),
      );
      continue;
    }
    const full = absolute ? join(projectRoot, 'public', path) : join(project.root, dirname(file), path);
    if (!existsSync(full)) {
      const where = absolute ? `public${path}` : relative(project.root, full);
      const beside = absolute ? undefined : besideOriginal(file, path, project.root);
      const expected = beside
        ? `the image is beside the original, ${beside.file}, and a translation's links start from its own folder: write ${beside.src}`
        : (nearImage(full, path) ??
          `expected the image ${absolute ? 'in public/' : 'beside the page'} (check the name and its case)`);
      errors.push(new ContentError(file, `line ${line}: image`, `no file ${where}: ${expected}`));
    }
  }
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

/**
 * The image a translation (content/stories/fr/x.mdx) means by a path written as its original's is (./photo.jpg, for
 * the photo beside content/stories/x.mdx): the file, and the path that reaches it from the translation's folder.
 */
function besideOriginal(file: string, path: string, root: string): { file: string; src: string } | undefined {
  const parts = file.split('/');
  if (parts.length !== 4 || !isLocale(parts[2]!) || parts[2] === defaultLocale) return undefined;
  const original = posix.join(parts.slice(0, 2).join('/'), path);
  if (!original.startsWith(`${parts.slice(0, 2).join('/')}/`) || !existsSync(join(root, original))) return undefined;
  return { file: original, src: posix.relative(posix.dirname(file), original) };
}

/** Why the page would print `link` as typed, and what to write. */
function literalLinkProblem({ written, kind, space }: LiteralLink): string {
  if (kind === 'reference') {
    const [, text, label] = /^\[([\s\S]*)\]\[([\s\S]*)\]$/.exec(written)!;
    return `the page has no line "[${label || text}]: address", so it would print this as typed, not as a link: write the address in it, [${text}](address), or add that line below the paragraph`;
  }
  const what = kind === 'image' ? 'and no image' : 'not as a link';
  if (!space)
    return `Markdown does not read this as ${kind === 'image' ? 'an image' : 'a link'}, so the page would print it as typed, ${what}: check its brackets and its address`;
  if (kind === 'link') {
    return `Markdown ends an address at a space, so the page would print this as typed, ${what}: write the address without spaces (a page's address has hyphens where its title has spaces; %20 for a space in a file's name)`;
  }
  const address = /\]\(\s*([\s\S]*?)\s*\)$/.exec(written)![1]!.replace(/\s+(["'])[^"']*\1$/, '');
  const spaced = (by: string) => address.replace(/\s+/g, by);
  return `Markdown ends an address at a space, so the page would print this as typed, ${what}: rename the file without spaces, ${spaced('-')}, or write each space as %20, ${spaced('%20')}`;
}

/** The names an MDX body defines for its expressions: on its lines `export …` and `import …`. */
function definedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const [statement] of body.matchAll(/^(?:export|import)\s[^\n]*(?:\n[ \t]+[^\n]*)*/gm)) {
    for (const [name] of statement.matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  }
  return names;
}

/** What an image beside a page can be: the formats Astro's image pipeline reads. */
const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff'];

/**
 * "did you mean ./harbour-test.png?" for an image at `full` (written `path`) that is not there, when one file of its
 * folder is a typo or two from its name (harbor-test.png); undefined when none is, or several are.
 */
function nearImage(full: string, path: string): string | undefined {
  const folder = dirname(full);
  if (!existsSync(folder)) return undefined;
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  const near = nearestName(
    basename(full),
    files.map((entry) => entry.name),
  );
  return near === undefined
    ? undefined
    : `did you mean ${posix.join(posix.dirname(path), near).replace(/^(?![./])/, './')}?`;
}
