/**
 * A copy of the project's code that a test edits as a newsroom edits its own (src/site.config.ts, src/i18n/), and
 * builds with: src/, scripts/, public/ and the files at the root, with links to the repository's installed packages
 * (Astro resolves its modules from the project's root), but not to its `.cache/`, which holds the repository's build
 * lock and caches. It lies below tests/.output (git-ignored), as Astro keeps a build's prerendered chunks below the
 * working folder, which the build makes the project's.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './build.ts';

const copied = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

export interface ProjectCopy {
  root: string;
  /** Replaces a file's text by what `change` makes of it; fails when `change` leaves it as it was. */
  edit: (path: string, change: (text: string) => string) => void;
  write: (path: string, text: string) => void;
  remove: () => void;
}

export function copyProject(): ProjectCopy {
  const base = join(repoRoot, 'tests/.output');
  mkdirSync(base, { recursive: true });
  const root = join(mkdtempSync(join(base, 'project-')), 'project');
  for (const name of copied) cpSync(join(repoRoot, name), join(root, name), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(repoRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  return {
    root,
    write,
    edit: (path, change) => {
      const before = readFileSync(join(root, path), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`${path}: the edit changed nothing; has the file changed shape?`);
      write(path, after);
    },
    remove: () => rmSync(dirname(root), { recursive: true, force: true }),
  };
}

/** A language a test adds to a copy of the project. */
export interface AddedLanguage {
  /** Its code in site.locales, and its dictionary's file: `es` in src/i18n/es.ts, `pt-BR` in src/i18n/pt-BR.ts. */
  code: string;
  label: string;
  /** The locale of its dates and figures, when not the code's (`es-MX`). */
  intl?: string;
  /** Its translated strings; the others are English's. */
  strings: Record<string, string>;
  /** The English strings it keeps, said so in sameAsEnglish, as a newsroom says so of a name it keeps. */
  keptInEnglish: readonly string[];
}

/**
 * Adds `language` to `project` as README "Languages" says: an entry of site.locales after French's, its dictionary
 * (English's strings, with its own over them) exported under the code without its hyphens (`ptBR` for pt-BR) and
 * registered in src/i18n/index.ts under the code, and the strings it keeps in English listed there: the build stops
 * on a dictionary most of whose strings are the English ones (src/i18n/check.ts). A second language is added after
 * the first.
 */
export function addLanguage(project: ProjectCopy, language: AddedLanguage): void {
  const { code, label, intl, strings, keptInEnglish } = language;
  const name = code.replaceAll('-', '');
  const key = /^[a-z]+$/.test(code) ? code : `'${code}'`;
  const entry = `{ code: '${code}', label: '${label}'${intl ? `, intl: '${intl}'` : ''} }`;
  project.edit('src/site.config.ts', (text) =>
    text.replace("    { code: 'fr', label: 'Français' },\n", `    { code: 'fr', label: 'Français' },\n    ${entry},\n`),
  );
  project.write(
    `src/i18n/${code}.ts`,
    [
      "import { en, type Dictionary } from './en.ts';",
      '',
      `export const ${name} = { ...en, ...${JSON.stringify(strings, null, 2)} } satisfies Dictionary;`,
      '',
    ].join('\n'),
  );
  project.edit('src/i18n/index.ts', (text) =>
    text
      .replace(
        "import { fr } from './fr.ts';",
        `import { fr } from './fr.ts';\nimport { ${name} } from './${code}.ts';`,
      )
      .replace(/= \{ en, fr(.*) \};/, `= { en, fr$1, ${key === name ? name : `${key}: ${name}`} };`)
      .replace(
        /(sameAsEnglish: Partial<Record<Locale, readonly StringKey\[\]>> = \{)/,
        `$1 ${key}: ${JSON.stringify(keptInEnglish)},`,
      ),
  );
}
