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
