/**
 * Where Astro builds, and how its output reaches the staging folder beside the output folder (src/build/publish.ts):
 * inside the project whatever the output folder, and across file systems by a copy, as `rename` fails there (EXDEV).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const { astroOutDir, moveInto } = await import('../../src/build/publish.ts');
const { inside } = await import('../../src/lib/path-inside.ts');

const folders: string[] = [];
const folder = (name: string) => {
  const path = mkdtempSync(join(tmpdir(), `casefile-${name}-`));
  folders.push(path);
  return path;
};
afterEach(() => {
  vi.mocked(fs.renameSync).mockRestore();
  for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
});

/** An error as Node's rename throws it. */
function renameError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: rename`), { code });
}

describe("Astro's output folder", () => {
  it('lies inside the project, where its chunks find the packages they import, for an output folder outside it', () => {
    const project = folder('project');
    const out = astroOutDir(`${project}-site`, project);
    expect(inside(out, join(project, 'node_modules'))).toBe(true);
    // No probe or folder left beside the output folder.
    expect(
      readdirSync(join(project, '..')).filter((name) => name.startsWith(`.${project.split('/').pop()}-site`)),
    ).toEqual([]);
  });

  it('is the same for every build of one output folder, and another for another', () => {
    const project = folder('project');
    expect(astroOutDir('/srv/site', project)).toBe(astroOutDir('/srv/site', project));
    expect(astroOutDir('/srv/site-preview', project)).not.toBe(astroOutDir('/srv/site', project));
  });
});

describe('moveInto', () => {
  const astroOutput = () => {
    const from = join(folder('astro'), 'out');
    mkdirSync(join(from, '_astro'), { recursive: true });
    writeFileSync(join(from, 'index.html'), '<p>home</p>');
    writeFileSync(join(from, '_astro/site.css'), 'p{}');
    const staging = join(folder('output'), '.site-staging-1');
    mkdirSync(staging);
    return { from, staging };
  };

  it('renames the folder into place as the staging folder', () => {
    const { from, staging } = astroOutput();
    moveInto(from, staging);
    expect(readFileSync(join(staging, '_astro/site.css'), 'utf8')).toBe('p{}');
    expect(fs.existsSync(from)).toBe(false);
  });

  it('copies it, then removes it, when the staging folder is on another file system (EXDEV)', () => {
    const { from, staging } = astroOutput();
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw renameError('EXDEV');
    });
    moveInto(from, staging);
    expect(vi.mocked(fs.renameSync)).toHaveBeenCalledWith(from, staging);
    expect(readFileSync(join(staging, 'index.html'), 'utf8')).toBe('<p>home</p>');
    expect(readFileSync(join(staging, '_astro/site.css'), 'utf8')).toBe('p{}');
    expect(fs.existsSync(from)).toBe(false);
  });

  it('throws any other failure, leaving Astro output as it was', () => {
    const { from, staging } = astroOutput();
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw renameError('EACCES');
    });
    expect(() => moveInto(from, staging)).toThrow('EACCES');
    expect(readdirSync(from).sort()).toEqual(['_astro', 'index.html']);
  });
});
