import { describe, expect, it } from 'vitest';
import { htmlCheck, validateHtml } from '../../src/build/checks/html.ts';
import type { BuildContext } from '../../src/build/steps.ts';
import { demoDist } from '../helpers/site.ts';
import { htmlPage, tempSite } from '../helpers/temp-site.ts';

describe('the html-validate check', () => {
  it('passes a valid page', async () => {
    const dir = tempSite({ 'index.html': htmlPage('<h1>Fine</h1><p>A paragraph.</p>') });
    expect(await validateHtml(dir)).toEqual([]);
  });

  it('reports a stray closing tag and a duplicate id with file, line, column and rule', async () => {
    const dir = tempSite({
      'stories/x/index.html': htmlPage('<h1 id="a">Title</h1>\n      <p id="a">Text</div>'),
    });
    expect(await validateHtml(dir)).toEqual([
      'stories/x/index.html:10:8 no-implicit-close: Element <p> is implicitly closed by parent </main>',
      'stories/x/index.html:10:14 no-dup-id: Duplicate ID "a"',
      "stories/x/index.html:10:22 close-order: Stray end tag '</div>'",
    ]);
  });

  it('fails the build step with a CheckError naming the check and each problem', async () => {
    const dir = tempSite({ 'index.html': htmlPage('<img src="/a.png">') });
    const error = await htmlCheck
      .run({ outDir: dir, log: () => {} } as unknown as BuildContext)
      ?.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('CheckError');
    expect((error as Error).message).toBe(
      'html-validate: 1 problem\n  index.html:9:8 wcag/h37: <img> is missing required "alt" attribute',
    );
  });
});

describe('the demo build', () => {
  it('passes html-validate on every HTML file', async () => {
    expect(await validateHtml(demoDist)).toEqual([]);
  });
});
