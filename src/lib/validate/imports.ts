/** The `import` lines of an MDX body: of the site's own components, or from a file that is not there. */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ContentError } from '../content-error.ts';

/** The components every story and case file has without an import (src/components, provided by the MDX setup). */
const provided = ['Chart', 'Cite', 'Fact', 'Response'];

/** What a module path may leave out when it names a file: its extension, or an index file's name. */
const endings = ['', '.ts', '.js', '.mjs', '.json', '.astro', '.mdx', '/index.ts', '/index.js'];

/**
 * An import of one of the site's components (`import Chart from '../../src/components/Chart.astro'`, as Astro's
 * documentation writes it) is refused: the page has it already, and importing the file renames the site's shared
 * stylesheets, so that the next incremental build copies pages linking one that is gone and stops on their links. An
 * import from a path that is not there stopped Astro's bundler with a stack trace and the line within the body.
 * `root` is the folder holding content/.
 */
export function checkImports(errors: ContentError[], file: string, body: string, bodyLine: number, root: string): void {
  for (const match of body.matchAll(/^import\s[^\n]*(?:\n[ \t]+[^\n]*)*/gm)) {
    const line = bodyLine + body.slice(0, match.index).split('\n').length;
    const statement = match[0];
    const from = /(?:from\s*|^import\s*)(['"])([^'"]+)\1/.exec(statement)?.[2];
    const names = [...statement.replace(/\s+from\s*['"][\s\S]*$/, '').matchAll(/[A-Za-z_$][\w$]*/g)].map(
      ([name]) => name,
    );
    const component = provided.find(
      (name) => names.includes(name) || (from && new RegExp(`(^|/)${name}\\.astro$`).test(from)),
    );
    if (component) {
      errors.push(
        new ContentError(
          file,
          `line ${line}: import ${component}`,
          `every story and case file has ${provided
            .map((name) => `<${name}>`)
            .join(', ')
            .replace(/, (?=[^,]*$)/, ' and ')} without an import: remove the line`,
        ),
      );
      continue;
    }
    if (!from || !/^\.\.?\//.test(from)) continue;
    const folder = posix.dirname(file);
    const target = posix.normalize(posix.join(folder, from));
    if (endings.some((ending) => existsSync(join(root, `${target}${ending}`)))) continue;
    errors.push(
      new ContentError(
        file,
        `line ${line}: import`,
        `no file ${target} (a path is read from the page's own folder, ${folder}/): check its name and folder`,
      ),
    );
  }
}
