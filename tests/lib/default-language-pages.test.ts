import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLanguagePages } from '../../src/lib/validate/default-language-pages.ts';

describe("the site's own pages in a folder named for the default language", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  function projectWith(file: string): string {
    root = mkdtempSync(join(tmpdir(), 'casefile-default-pages-'));
    mkdirSync(join(root, 'src/pages', file, '..'), { recursive: true });
    writeFileSync(join(root, 'src/pages', file), '---\ntitle: Sobre\n---\n\nTexto.\n');
    return root;
  }

  // A language's addresses are in its folder in small letters (/pt-br/): a default pt-BR site's page in
  // src/pages/pt-br/ would be published at /pt-br/sobre/ beside /sobre/.
  it('finds them in the folder of its addresses, the code in small letters, and names that address', () => {
    const errors = defaultLanguagePages(projectWith('pt-br/sobre.mdx'), 'pt-BR');
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^src\/pages\/pt-br\/sobre\.mdx: .* published a second time, at \/pt-br\/sobre\/; move it to src\/pages\/sobre\.mdx/,
      ),
    ]);
  });

  it('finds none where the default language has no folder of pages', () => {
    expect(defaultLanguagePages(projectWith('sobre.mdx'), 'pt-BR')).toEqual([]);
  });
});
