import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxSyntaxLine, reportFailure, withTagLine } from '../../src/build/report.ts';
import { tempSite } from '../helpers/temp-site.ts';

describe('the report of a failed build', () => {
  it('turns an MDX syntax error into one line naming the file, line, column and reason, paths with spaces included', () => {
    const message = (path: string) =>
      `Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] ${path}:7:11\nMDXError: 7:11: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)\n    at handler (file:///x.js:1:1)`;
    const reason = 'Unexpected end of file in expression, expected a corresponding closing brace for `{`';
    expect(mdxSyntaxLine(message('/work/site/content/stories/x.mdx'), '/work/site')).toBe(
      `content/stories/x.mdx: line 7, column 11: MDX syntax: ${reason}`,
    );
    expect(mdxSyntaxLine(message('/home/me/My Site/content/stories/x.mdx'), '/home/me/My Site')).toBe(
      `content/stories/x.mdx: line 7, column 11: MDX syntax: ${reason}`,
    );
    expect(mdxSyntaxLine('TypeError: x is not a function')).toBeUndefined();
  });

  it("says to quote a date or a code written in an option's braces, row={2025-01}, which does not parse", () => {
    const root = tempSite({
      'content/stories/x.mdx':
        '---\ntitle: X\n---\n\nIn January <Fact dataset="rain" row={2025-01} column="mm" /> mm.\n',
    });
    const message = (column: number) =>
      `[plugin @mdx-js/rolldown] ${root}/content/stories/x.mdx:5:${column}\nMDXError: 5:${column}: Could not parse expression with oxc: Invalid number (mdx-jsx:unexpected-character)`;
    expect(mdxSyntaxLine(message(43), root)).toBe(
      'content/stories/x.mdx: line 5, column 43: MDX syntax: Could not parse expression with oxc: Invalid number: write row="2025-01" (in braces, 2025-01 is read as JavaScript, and is no number it can read: a date or a code is text, in quotes)',
    );
    // A column outside any option's braces gets the reason alone.
    expect(mdxSyntaxLine(message(3), root)).toBe(
      'content/stories/x.mdx: line 5, column 3: MDX syntax: Could not parse expression with oxc: Invalid number',
    );
  });
});

describe('the report of an error raised while a page rendered', () => {
  const story = [
    '---',
    'title: "A: story"',
    'date: 2026-01-26',
    '---',
    '',
    'In 2005, <Fact dataset="issued" row={2005} column="issued" /> notices.',
    '',
    'In 2003, <Fact dataset="issued" row={2000 + 3} column="issued" /> notices,',
    'and in 2004 <Fact dataset="other" row={2000 + 4} column="issued" />.',
    '',
    '<Chart dataset="issued" type="line" x="year" y={"is" + "sued"} title="Issued" />',
    '<Cite id={["a", "b"].join("")} /> <Cite id={["a", "b"].join("")} />',
    '',
    'More <Cite id={ids[0]} /> and <Cite id="d" /> and <Cite id={"e"} />.',
    '',
    '<Chart dataset="issued" type="line" x="year" y="issued" title="" />',
    '',
    '<Chart',
    '  dataset="issued"',
    '  type="bar"',
    '  x="year"',
    '  y={"iss" + "ued"}',
    '  title="Over lines"',
    '/>',
  ].join('\n');
  const root = tempSite({ 'content/stories/x.mdx': story });

  it('names the line of the tag whose option rendering evaluated', () => {
    const line = 'content/stories/x.mdx: <Fact dataset="issued"> row: dataset "issued" has no row with year = 2003';
    expect(withTagLine(line, root)).toBe(
      'content/stories/x.mdx: line 8: <Fact dataset="issued"> row: dataset "issued" has no row with year = 2003',
    );
    expect(withTagLine('content/stories/x.mdx: <Chart> "Issued" y: expected a column', root)).toBe(
      'content/stories/x.mdx: line 11: <Chart> "Issued" y: expected a column',
    );
    // A chart with an empty title, as Chart.astro names it, is found by it.
    expect(withTagLine('content/stories/x.mdx: <Chart title=""> title: expected a title', root)).toBe(
      'content/stories/x.mdx: line 16: <Chart title=""> title: expected a title',
    );
  });

  it('names the line of the option in a tag written over several lines', () => {
    expect(withTagLine('content/stories/x.mdx: <Chart> "Over lines" y: expected a column', root)).toBe(
      'content/stories/x.mdx: line 22: <Chart> "Over lines" y: expected a column',
    );
  });

  it('names every line it could be when several tags match, and leaves a message it cannot place as it is', () => {
    // Line 12's two Cites count once; of line 14's, only the expression was left for rendering to check.
    expect(withTagLine('content/stories/x.mdx: <Cite id>: unknown source "ab"', root)).toBe(
      'content/stories/x.mdx: one of lines 12, 14: <Cite id>: unknown source "ab"',
    );
    for (const line of [
      'content/stories/x.mdx: <Fact dataset="missing"> row: no such dataset',
      'content/stories/gone.mdx: <Fact dataset="issued"> row: no row',
      'content/stories/x.mdx: line 3: <Fact dataset="issued"> row: already placed',
      'data/issued.json: rows[0].year: expected a number',
    ]) {
      expect(withTagLine(line, root)).toBe(line);
    }
  });
});

describe('the heading of the content errors Astro raised while rendering', () => {
  it('counts the problems it lists, in the content', () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    try {
      const error = new Error('content/stories/a.mdx: <Cite id>: unknown source "x"');
      reportFailure(error, ['content/stories/a.mdx: <Cite id>: unknown source "x"', 'data/b.json: rows[0].year: no']);
    } finally {
      spy.mockRestore();
    }
    expect(printed.join('\n')).toBe(
      '\nThe build stopped: 2 problems in the content.\n\n  content/stories/a.mdx: <Cite id>: unknown source "x"\n  data/b.json: rows[0].year: no',
    );
  });
});

describe('the report of a build that ran out of disk space', () => {
  /** What reportFailure prints for `error`, with an output folder holding a 2,500-byte site. */
  function report(error: unknown): { printed: string; site: string } {
    const site = mkdtempSync(join(tmpdir(), 'casefile-full-'));
    writeFileSync(join(site, 'index.html'), 'x'.repeat(2_500));
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)));
    try {
      reportFailure(error, [], { target: site, projectRoot: '/srv/newsroom' });
    } finally {
      spy.mockRestore();
      rmSync(site, { recursive: true, force: true });
    }
    return { printed: printed.join('\n'), site };
  }

  const node = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
  const cases: [string, Error][] = [
    ["Node's own error (Astro writing a page)", node],
    ['an error wrapping it as its cause', new Error('Could not render /stories/x/', { cause: node })],
    [
      'one rolldown passed on as text (a plugin writing its file)',
      new Error(
        'Build failed with 1 error:\n\n[plugin casefile:content-store-from-file]\nError: ENOSPC: no space left on device, write\n    at writeFileSync (node:fs:2482:20)',
      ),
    ],
  ];
  it.each(cases)(
    'says what happened, where the build writes and what to run, without a stack trace: %s',
    (_, error) => {
      const { printed, site } = report(error);
      expect(printed).toBe(
        [
          '',
          'The build stopped: out of disk space (ENOSPC: no space left on device, write).',
          '',
          `  The build writes the new site beside ${site} before it replaces it (the site there now takes 2.5 kB), and its caches into /srv/newsroom/node_modules (or the folder CASEFILE_CACHE_DIR names).`,
          `  Free space on their disks (df -h ${site} /srv/newsroom), then build again: nothing needs cleaning up first.`,
        ].join('\n'),
      );
    },
  );
});

describe('the report of a failure that does not say it came from a full disk', () => {
  /** A Pagefind that panicked on a full disk, as the build reports it (src/build/search-index.ts). */
  const crashed = Object.assign(
    new Error('search index: Pagefind stopped without an answer (its process crashed; see the lines above)'),
    { name: 'CheckError' },
  );

  /** What reportFailure prints for `error`, with `free` bytes left on the output's disk and a gigabyte on the project's. */
  function report(error: unknown, free: number): string {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void printed.push(String(line)));
    try {
      reportFailure(error, [], {
        target: '/srv/www/site',
        projectRoot: '/srv/newsroom',
        freeBytes: (path) => (path === '/srv/www' ? free : 1e9),
      });
    } finally {
      spy.mockRestore();
    }
    return printed.join('\n');
  }

  it('names the disk that has almost no room left as the likely cause (Pagefind panics on a full disk)', () => {
    expect(report(crashed, 12_000)).toBe(
      [
        '',
        'The build stopped: a check of the output failed.',
        '',
        'search index: Pagefind stopped without an answer (its process crashed; see the lines above)',
        '',
        '  The disk holding /srv/www (where the build writes the new site) has 12.0 kB left free: a full disk is the likely cause. Free space there (df -h /srv/www), then build again.',
      ].join('\n'),
    );
  });

  it('says nothing of disks that have room, and gives what is left below a kilobyte in bytes', () => {
    expect(report(crashed, 2e6)).not.toContain('left free');
    expect(report(crashed, 0)).toContain('(where the build writes the new site) has 0 bytes left free');
  });
});
