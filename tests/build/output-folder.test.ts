/**
 * The output folder must be a folder of its own: the build replaces it whole, so `CASEFILE_DIST=data` would throw the
 * project's datasets away (moved into node_modules/.cache/casefile/replaced-sites/, removed by the next build). The
 * build refuses such a folder before it writes or moves anything.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFolderProblem } from '../../src/build/output-folder.ts';
import { headersFile } from '../../src/build/security-headers.ts';
import { lock, lockable, unlock } from '../helpers/locked-folder.ts';

/** A project folder with the folders a real one has. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'casefile-project-'));
  for (const name of [
    'content/stories',
    'data',
    'public',
    'src/build',
    'scripts',
    'tests/build',
    'docs',
    'node_modules/astro',
    '.git',
  ]) {
    mkdirSync(join(root, name), { recursive: true });
  }
  writeFileSync(join(root, 'tests/build/a.test.ts'), '');
  writeFileSync(join(root, 'README.md'), '# x');
  return root;
}

const tail = 'the build replaces its output folder whole; expected a folder of its own, such as dist';

describe('the output folder', () => {
  const root = project();
  const problem = (env: Record<string, string>, contentRoot = root) => outputFolderProblem(root, contentRoot, env);

  it("refuses one of the project's folders, naming the variable, the folder and what is expected", () => {
    expect(problem({ CASEFILE_DIST: 'data' })).toBe(`CASEFILE_DIST: "data" is the project's data folder: ${tail}`);
    for (const name of ['public', 'content', 'src', 'scripts', 'tests', 'docs', 'node_modules', '.git']) {
      expect(problem({ CASEFILE_DIST: name })).toBe(
        `CASEFILE_DIST: "${name}" is the project's ${name} folder: ${tail}`,
      );
    }
    expect(problem({ CASEFILE_DIST: 'data/' })).toBe(`CASEFILE_DIST: "data/" is the project's data folder: ${tail}`);
    expect(problem({ CASEFILE_DIST: join(root, 'src') })).toBe(
      `CASEFILE_DIST: "${join(root, 'src')}" is the project's src folder: ${tail}`,
    );
  });

  it('refuses a folder elsewhere that holds files no build made (a home folder, another site), and takes one a build made', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'casefile-elsewhere-'));
    writeFileSync(join(elsewhere, 'notes.txt'), 'a document');
    expect(problem({ CASEFILE_DIST: elsewhere })).toBe(
      `CASEFILE_DIST: "${elsewhere}" holds files that are not a site a build made: ${tail}`,
    );
    mkdirSync(join(root, 'dist-old'));
    writeFileSync(join(root, 'dist-old/index.html'), 'another generator');
    expect(problem({ CASEFILE_DIST: 'dist-old' })).toBe(
      `CASEFILE_DIST: "dist-old" holds files that are not a site a build made: ${tail}`,
    );
    const built = mkdtempSync(join(tmpdir(), 'casefile-built-'));
    writeFileSync(join(built, 'index.html'), 'a site a build made');
    // Another project's static folder, or a host's publish folder, often has a _headers file of its own.
    writeFileSync(join(built, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    expect(problem({ CASEFILE_DIST: built })).toBe(
      `CASEFILE_DIST: "${built}" holds files that are not a site a build made: ${tail}`,
    );
    writeFileSync(join(built, '_headers'), headersFile());
    expect(problem({ CASEFILE_DIST: built })).toBeUndefined();
    // Another generator's site with a search index beside its _headers is not one either.
    writeFileSync(join(built, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    mkdirSync(join(built, 'pagefind'));
    expect(problem({ CASEFILE_DIST: built })).toBe(
      `CASEFILE_DIST: "${built}" holds files that are not a site a build made: ${tail}`,
    );
    // A site built before the build's rules had their comment: its rule for every path, with the policy.
    writeFileSync(join(built, '_headers'), headersFile().split('\n').slice(1).join('\n'));
    expect(problem({ CASEFILE_DIST: built })).toBeUndefined();
    expect(problem({ CASEFILE_DIST: join(elsewhere, 'new-folder') })).toBeUndefined();
    expect(problem({ CASEFILE_DIST: mkdtempSync(join(tmpdir(), 'casefile-empty-')) })).toBeUndefined();
  });

  it('refuses the project itself and a folder holding it', () => {
    expect(problem({ CASEFILE_DIST: '.' })).toBe(`CASEFILE_DIST: "." is the project itself: ${tail}`);
    expect(problem({ CASEFILE_DIST: '..' })).toBe(`CASEFILE_DIST: ".." holds the project (${root}): ${tail}`);
    expect(problem({ CASEFILE_DIST: '/' })).toMatch(/^CASEFILE_DIST: "\/" holds the project/);
  });

  it('refuses a folder inside one the build reads or the project keeps its code and packages in', () => {
    expect(problem({ CASEFILE_DIST: 'data/site' })).toBe(
      `CASEFILE_DIST: "data/site" lies inside the project's data folder: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: 'public/site' })).toBe(
      `CASEFILE_DIST: "public/site" lies inside the project's public folder: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: 'node_modules/astro' })).toBe(
      `CASEFILE_DIST: "node_modules/astro" lies inside the project's node_modules folder: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: 'src/build' })).toBe(
      `CASEFILE_DIST: "src/build" lies inside the project's src folder: ${tail}`,
    );
    // A folder whose name starts with two dots is inside, not above: public/..x would be copied into every build.
    for (const [dist, folder] of [
      ['public/..x', 'public'],
      ['src/..site', 'src'],
      ['data/..out', 'data'],
    ])
      expect(problem({ CASEFILE_DIST: dist! })).toBe(
        `CASEFILE_DIST: "${dist}" lies inside the project's ${folder} folder: ${tail}`,
      );
  });

  it("refuses a folder of the tests', but not a new folder or a built site there (tests/.output)", () => {
    expect(problem({ CASEFILE_DIST: 'tests/build' })).toBe(
      `CASEFILE_DIST: "tests/build" lies inside the project's tests folder and holds files that are not a site a build made: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: 'tests/.output/new' })).toBeUndefined();
    mkdirSync(join(root, 'tests/.output/built'), { recursive: true });
    writeFileSync(join(root, 'tests/.output/built/_headers'), headersFile());
    expect(problem({ CASEFILE_DIST: 'tests/.output/built' })).toBeUndefined();
  });

  it('refuses a link to a folder elsewhere (a web root): publishing would replace the link, not fill the folder', () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'casefile-webroot-'));
    symlinkSync(webRoot, join(root, 'site-link'));
    expect(problem({ CASEFILE_DIST: 'site-link' })).toBe(
      `CASEFILE_DIST: "site-link" is a symbolic link to ${realpathSync(webRoot)}, which publishing would replace with a folder, leaving ${realpathSync(webRoot)} as it was (name that folder itself): ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: webRoot })).toBeUndefined();
  });

  it('refuses a file and a link to a project folder', () => {
    expect(problem({ CASEFILE_DIST: 'README.md' })).toBe(`CASEFILE_DIST: "README.md" is a file, not a folder: ${tail}`);
    symlinkSync(join(root, 'data'), join(root, 'data-link'));
    expect(problem({ CASEFILE_DIST: 'data-link' })).toBe(
      `CASEFILE_DIST: "data-link" is the project's data folder: ${tail}`,
    );
  });

  it("takes CASEFILE_CONTENT_ROOT's content and data folders as the project's, and allows a folder of its own beside them", () => {
    const content = mkdtempSync(join(tmpdir(), 'casefile-content-'));
    mkdirSync(join(content, 'data'));
    expect(problem({ CASEFILE_DIST: join(content, 'data') }, content)).toBe(
      `CASEFILE_DIST: "${join(content, 'data')}" is the data folder of CASEFILE_CONTENT_ROOT: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: join(content, 'content/stories/x') }, content)).toBe(
      `CASEFILE_DIST: "${join(content, 'content/stories/x')}" lies inside the content folder of CASEFILE_CONTENT_ROOT: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: content }, content)).toBe(
      `CASEFILE_DIST: "${content}" is the folder CASEFILE_CONTENT_ROOT names: ${tail}`,
    );
    expect(problem({ CASEFILE_DIST: join(content, 'out') }, content)).toBeUndefined();
  });

  it("checks a preview build's folder, naming the variable that chose it", () => {
    const preview = 'the build replaces its output folder whole; expected a folder of its own, such as dist-preview';
    expect(problem({ PREVIEW: '1', CASEFILE_PREVIEW_DIST: 'public' })).toBe(
      `CASEFILE_PREVIEW_DIST: "public" is the project's public folder: ${preview}`,
    );
    expect(problem({ PREVIEW: '1', CASEFILE_DIST: 'src/x' })).toBe(
      `CASEFILE_DIST: "src/x" (a preview build writes into "src/x-preview") lies inside the project's src folder: ${preview}`,
    );
    expect(problem({ PREVIEW: '1', CASEFILE_DIST: 'data', CASEFILE_PREVIEW_DIST: 'dist-preview' })).toBeUndefined();
  });

  it("refuses a preview in the published site's folder, which a deploy uploads", () => {
    const into = (what: string) =>
      `${what}, which a deploy uploads, and a preview holds drafts and embargoed pages: the build replaces its output folder whole; expected a folder of its own, such as dist-preview`;
    for (const folder of ['dist', './dist', 'dist/', join(root, 'dist')]) {
      expect(problem({ PREVIEW: '1', CASEFILE_PREVIEW_DIST: folder }), folder).toBe(
        `CASEFILE_PREVIEW_DIST: "${folder}" is the published site's folder (${into('dist/)')}`,
      );
    }
    expect(problem({ PREVIEW: '1', CASEFILE_DIST: 'site', CASEFILE_PREVIEW_DIST: 'site' })).toBe(
      `CASEFILE_PREVIEW_DIST: "site" is the published site's folder (${into('CASEFILE_DIST)')}`,
    );
    expect(problem({ PREVIEW: '1', CASEFILE_PREVIEW_DIST: 'dist/preview' })).toBe(
      `CASEFILE_PREVIEW_DIST: "dist/preview" lies inside the published site's folder (${into('dist/)')}`,
    );
    // Not a preview: the published site is where it belongs; a preview beside it is fine.
    expect(problem({ CASEFILE_DIST: 'dist', CASEFILE_PREVIEW_DIST: 'dist' })).toBeUndefined();
    expect(problem({ PREVIEW: '1', CASEFILE_PREVIEW_DIST: 'dist-preview' })).toBeUndefined();
  });

  it('allows the usual folders', () => {
    expect(problem({})).toBeUndefined();
    expect(problem({ CASEFILE_DIST: 'out' })).toBeUndefined();
    expect(problem({ PREVIEW: '1' })).toBeUndefined();
    expect(problem({ CASEFILE_DIST: join(tmpdir(), 'somewhere-else') })).toBeUndefined();
  });

  describe.skipIf(!lockable())('in a folder this user cannot write into', () => {
    it('stops before the build: publishing writes the new site beside the output folder and renames it into place', () => {
      const parent = mkdtempSync(join(tmpdir(), 'casefile-locked-'));
      mkdirSync(join(parent, 'dist'));
      lock(parent);
      try {
        const dist = join(parent, 'dist');
        expect(problem({ CASEFILE_DIST: dist })).toBe(
          `CASEFILE_DIST: "${dist}" cannot be replaced: the build writes the new site beside it, in ${parent}, and renames it into place, but this user cannot write into ${parent}: make that folder writable, or name an output folder in one that is`,
        );
        // A folder not made yet: the nearest one that exists is where the build writes.
        const deeper = join(parent, 'new/site');
        expect(problem({ CASEFILE_DIST: deeper })).toBe(
          `CASEFILE_DIST: "${deeper}" cannot be replaced: the build writes the new site beside it, in ${parent}, and renames it into place, but this user cannot write into ${parent}: make that folder writable, or name an output folder in one that is`,
        );
      } finally {
        unlock(parent);
      }
    });
  });
});
