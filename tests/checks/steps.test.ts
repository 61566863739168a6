import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { postBuildSteps, runPostBuildSteps, type BuildContext, type PostBuildStep } from '../../src/build/steps.ts';
import { CheckError } from '../../src/build/checks/check-error.ts';
import { checksSalt, OutputMemo, outputDigest, outputFiles } from '../../src/build/output-memo.ts';
import { projectRoot } from '../../src/site.config.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function context(lines: string[] = []): BuildContext {
  return { log: (line: string) => lines.push(line) } as unknown as BuildContext;
}

/** Fails when `promise` has not settled within `ms`: a step that waits for another must not hang the test run. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms)),
  ]);
}

describe('the post-build steps of the build', () => {
  it('run the leak check after every step that writes into the output, the image check after the image step', () => {
    const after = (name: string) => postBuildSteps.find((step) => step.name === name)?.after ?? [];
    expect([...after('leak check')].sort()).toEqual([
      '.nojekyll',
      'image metadata',
      'preview gitignore',
      'robots.txt',
      'scripts minified',
      'search index',
      'security headers',
    ]);
    expect(after('image metadata check')).toEqual(['image metadata']);
  });

  it('run the output checks alongside the search index: they read nothing it writes; the budgets weigh the scripts once minified', () => {
    const expected: Record<string, string[]> = {
      'html-validate': [],
      links: [],
      xml: [],
      budgets: ['scripts minified'],
    };
    for (const [check, after] of Object.entries(expected)) {
      // A check missing from the steps waits for nothing either: it must be there.
      const step = postBuildSteps.find((candidate) => candidate.name === check);
      expect(step, `the ${check} step`).toBeDefined();
      expect(step!.after ?? [], check).toEqual(after);
    }
  });
});

describe('running post-build steps', () => {
  it('runs steps that do not depend on each other at the same time', async () => {
    // Each step finishes only once the other has started: run one after the other, they would never finish.
    let startedA = () => {};
    let startedB = () => {};
    const aStarted = new Promise<void>((resolve) => (startedA = resolve));
    const bStarted = new Promise<void>((resolve) => (startedB = resolve));
    const steps: PostBuildStep[] = [
      { name: 'a', run: async () => (startedA(), await bStarted) },
      { name: 'b', run: async () => (startedB(), await aStarted) },
    ];
    const lines: string[] = [];
    await within(runPostBuildSteps(context(lines), steps));
    expect(lines.map((line) => line.replace(/\d+ ms/, 'N ms')).sort()).toEqual(['a: N ms', 'b: N ms']);
  });

  it('starts a step only after the steps it names in `after` have finished', async () => {
    const order: string[] = [];
    const steps: PostBuildStep[] = [
      { name: 'check', after: ['write'], run: () => void order.push('check') },
      {
        name: 'write',
        run: async () => void (await new Promise((resolve) => setTimeout(resolve, 20)), order.push('write')),
      },
    ];
    await runPostBuildSteps(context(), steps);
    expect(order).toEqual(['write', 'check']);
  });

  it('skips the steps after a failed one, and rejects with its error', async () => {
    const ran: string[] = [];
    const steps: PostBuildStep[] = [
      {
        name: 'write',
        run: () => {
          throw new Error('disk full');
        },
      },
      { name: 'check', after: ['write'], run: () => void ran.push('check') },
      { name: 'other', run: () => void ran.push('other') },
    ];
    const lines: string[] = [];
    await expect(runPostBuildSteps(context(lines), steps)).rejects.toThrowError('disk full');
    expect(ran).toEqual(['other']);
    expect(lines).toContain('check: skipped (write failed)');
  });

  it('reports every failed check at once, in the order of the steps', async () => {
    const steps: PostBuildStep[] = [
      {
        name: 'links',
        run: async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          throw new CheckError('broken links', ['a.html: /x/ (no such file)']);
        },
      },
      {
        name: 'xml',
        run: () => {
          throw new CheckError('invalid XML', ['rss.xml:1:1 bad']);
        },
      },
    ];
    await expect(runPostBuildSteps(context(), steps)).rejects.toThrowError(
      expect.objectContaining({
        name: 'CheckError',
        message: 'broken links: 1 problem\n  a.html: /x/ (no such file)\n\ninvalid XML: 1 problem\n  rss.xml:1:1 bad',
      }),
    );
  });

  it('rejects with the error of our own code when a step fails with something other than a check, logging the checks that failed too', async () => {
    const steps: PostBuildStep[] = [
      {
        name: 'xml',
        run: () => {
          throw new CheckError('invalid XML', ['rss.xml:1:1 bad']);
        },
      },
      {
        name: 'search index',
        run: () => {
          throw new TypeError('index is undefined');
        },
      },
    ];
    const lines: string[] = [];
    await expect(runPostBuildSteps(context(lines), steps)).rejects.toThrowError(TypeError);
    expect(lines).toContain('also failed: invalid XML: 1 problem\n  rss.xml:1:1 bad');
  });

  it('does the work steps share once per run, for the first step that asks, and gives every step its result', async () => {
    const computed: string[] = [];
    const got: unknown[] = [];
    const shared = (step: string): PostBuildStep => ({
      name: step,
      run: async ({ once }) => {
        got.push(await once!('pages', async () => (computed.push(step), { pages: 3 })));
      },
    });
    await runPostBuildSteps(context(), [shared('links'), shared('budgets')]);
    expect(computed).toEqual(['links']);
    expect(got).toEqual([{ pages: 3 }, { pages: 3 }]);
    expect(got[0]).toBe(got[1]);
    // A second run does the work again: what a run shares is not kept for the next.
    await runPostBuildSteps(context(), [shared('budgets'), shared('links')]);
    expect(computed).toEqual(['links', 'budgets']);
  });

  it('refuses a step that runs after a step that does not exist', async () => {
    await expect(
      runPostBuildSteps(context(), [{ name: 'check', after: ['nothing'], run: () => {} }]),
    ).rejects.toThrowError('post-build step "check" runs after "nothing", which is not a step');
  });
});

describe('output checks on output they passed before', () => {
  const memoDir = () => mkdtempSync(join(tmpdir(), 'casefile-output-memo-'));

  it('are not run again on the same output with the same code: their report is printed again instead', async () => {
    const dir = memoDir();
    let runs = 0;
    const check: PostBuildStep = {
      name: 'check',
      sameOutputSameVerdict: true,
      run: ({ log }) => (runs++, log('check: 3 pages, 0 problems')),
    };
    const other: PostBuildStep = { name: 'other', run: () => void runs++ };
    const first: string[] = [];
    await runPostBuildSteps({ ...context(first), memo: new OutputMemo(dir, 'code', 'output') }, [check, other]);
    expect(runs).toBe(2);
    const second: string[] = [];
    await runPostBuildSteps({ ...context(second), memo: new OutputMemo(dir, 'code', 'output') }, [check, other]);
    // Only the step that did not declare itself a pure check of the output ran again.
    expect(runs).toBe(3);
    expect(second[0]).toMatch(/^check: passed on this same output before \(\d+ ms then\): not run again$/);
    expect(second[1]).toBe('check: (then) 3 pages, 0 problems');
  });

  it('run again when the output, the code or the check differs', async () => {
    const dir = memoDir();
    let runs = 0;
    const check = (name: string): PostBuildStep => ({ name, sameOutputSameVerdict: true, run: () => void runs++ });
    await runPostBuildSteps({ ...context(), memo: new OutputMemo(dir, 'code', 'output') }, [check('a')]);
    await runPostBuildSteps({ ...context(), memo: new OutputMemo(dir, 'code', 'output, one byte changed') }, [
      check('a'),
    ]);
    await runPostBuildSteps({ ...context(), memo: new OutputMemo(dir, 'code, edited', 'output') }, [check('a')]);
    await runPostBuildSteps({ ...context(), memo: new OutputMemo(dir, 'code', 'output') }, [check('b')]);
    expect(runs).toBe(4);
  });

  it('leave no memory when they fail, so they fail again on the same output', async () => {
    const dir = memoDir();
    let runs = 0;
    const failing: PostBuildStep = {
      name: 'links',
      sameOutputSameVerdict: true,
      run: () => {
        runs++;
        throw new CheckError('links', ['/a/: broken link to /b/']);
      },
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(
        runPostBuildSteps({ ...context(), memo: new OutputMemo(dir, 'code', 'output') }, [failing]),
      ).rejects.toThrow('broken link');
    }
    expect(runs).toBe(2);
  });

  it('are the html, link, XML, budget and image metadata checks, not the steps that write or read the content', () => {
    const pure = postBuildSteps.filter((step) => step.sameOutputSameVerdict).map((step) => step.name);
    expect(pure.sort()).toEqual(['budgets', 'html-validate', 'image metadata check', 'links', 'xml']);
  });
});

describe("the output's digest", () => {
  it('changes with any byte, file name or file of the output, and not with the folder it is in', () => {
    const files = { 'index.html': '<p>a</p>', 'stories/x/index.html': '<p>x</p>', 'og/x.png': 'PNG' };
    const digest = (changes: Record<string, string | undefined> = {}) => {
      const dir = mkdtempSync(join(tmpdir(), 'casefile-output-'));
      for (const [file, text] of Object.entries({ ...files, ...changes })) {
        if (text === undefined) continue;
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      return outputDigest(dir);
    };
    const base = digest();
    expect(digest()).toBe(base);
    const changed = [
      digest({ 'stories/x/index.html': '<p>y</p>' }),
      digest({ 'og/x.png': undefined, 'og/y.png': 'PNG' }),
      digest({ 'robots.txt': '' }),
      digest({ 'index.html': undefined }),
    ];
    expect(new Set([base, ...changed]).size).toBe(5);
  });

  it("gives each file's SHA-256 by its POSIX path, which the image step uses instead of reading the file again", () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-output-'));
    mkdirSync(join(dir, 'og/stories'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>a</p>');
    writeFileSync(join(dir, 'og/stories/x.png'), 'PNG');
    const { digest, hashes } = outputFiles(dir);
    expect(digest).toBe(outputDigest(dir));
    expect(Object.fromEntries(hashes)).toEqual({
      'index.html': createHash('sha256').update('<p>a</p>').digest('hex'),
      'og/stories/x.png': createHash('sha256').update('PNG').digest('hex'),
    });
  });

  it('hashes files larger than its read buffer, empty files and small files read after large ones by their own bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-output-'));
    // Sorted: a.bin (3 MiB), b.bin (empty), c.bin (2 MiB), d.txt (a few bytes).
    const contents: Record<string, Buffer> = {
      'a.bin': Buffer.alloc(3 * 1024 * 1024, 7),
      'b.bin': Buffer.alloc(0),
      'c.bin': Buffer.alloc(2 * 1024 * 1024, 9),
      'd.txt': Buffer.from('tail'),
    };
    for (const [file, bytes] of Object.entries(contents)) writeFileSync(join(dir, file), bytes);
    const { hashes } = outputFiles(dir);
    for (const [file, bytes] of Object.entries(contents)) {
      expect(hashes.get(file), file).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it("the checks' salt changes with the site's configuration and with preview builds", () => {
    const salt = (config: unknown, preview: boolean) => checksSalt(projectRoot, config, preview);
    expect(salt({ url: 'https://a.example' }, false)).toBe(salt({ url: 'https://a.example' }, false));
    expect(salt({ url: 'https://b.example' }, false)).not.toBe(salt({ url: 'https://a.example' }, false));
    expect(salt({ url: 'https://a.example' }, true)).not.toBe(salt({ url: 'https://a.example' }, false));
  });
});
