/**
 * A throwaway built site for unit tests of the output checks: a temporary folder holding the given files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path -> content) into a new temporary folder and returns its path. */
export function tempSite(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-site-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A minimal valid page with `body` inside main, for checks that read HTML. */
export function htmlPage(body: string, head = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8">',
    '    <title>Test page</title>',
    ...(head ? [`    ${head}`] : []),
    '  </head>',
    '  <body>',
    '    <main id="main">',
    `      ${body}`,
    '    </main>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
