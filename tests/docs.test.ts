/**
 * The README is what a newcomer follows on a fresh machine, and docs/ is where its sections send them: its quick start
 * gives two commands, one that builds the demo and one that runs every test, which `.ci/run` runs as written; and
 * every relative link of README.md and docs/*.md leads to a file of the project, every `#anchor` to a heading there,
 * with the ids GitHub gives headings.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/build.ts';

const pages = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text of a Markdown file outside its code blocks and inline code, where a link is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The ids GitHub gives a Markdown file's headings, repeated ones numbered as it numbers them. */
function headingIds(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = [...prose(markdown).matchAll(/^#{1,6} +(.+?) *$/gm)].map((match) => match[1]!);
  return new Set(headings.map((heading) => slugger.slug(heading)));
}

/** Every link target of a Markdown file that is not a full address: `[text](docs/x.md#y)`, `![alt](path)`. */
function relativeLinks(markdown: string): string[] {
  const targets = [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return targets.filter((target) => !/^[a-z]+:/i.test(target));
}

describe('the README and docs/', () => {
  it("give, in the README's quick start, a command that builds the demo and one that runs every test, which .ci/run runs as written", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const quickStart = readme.split('\n## Quick start\n')[1]?.split('\n## ')[0] ?? '';
    const block = /^```sh\n([\s\S]*?)^```$/m.exec(quickStart)?.[1] ?? '';
    const commands = block
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm run build', 'npm test']);

    // .ci/run's npm lines: each step of the README's commands, in their order, as written; npm ci may only be quieted
    // (no audit, no funding message), which changes nothing it installs.
    const ci = readFileSync(join(repoRoot, '.ci/run'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^npm /.test(line))
      .map((line) => line.replace(/ --no-(audit|fund)\b/g, ''));
    const steps = commands.flatMap((command) => command.split('&&').map((step) => step.trim()));
    expect(ci).toEqual(steps);
  });

  it.each(pages)(
    '%s: every relative link leads to a file of the project, and every #anchor to a heading there',
    (page) => {
      const broken: string[] = [];
      for (const target of relativeLinks(readFileSync(join(repoRoot, page), 'utf8'))) {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const file = path ? join(repoRoot, dirname(page), decodeURI(path)) : join(repoRoot, page);
        if (!file.startsWith(repoRoot) || !existsSync(file)) {
          broken.push(`${target}: no file ${relative(repoRoot, file)}`);
          continue;
        }
        if (anchor && file.endsWith('.md') && !headingIds(readFileSync(file, 'utf8')).has(anchor))
          broken.push(`${target}: no heading with the id "${anchor}" in ${relative(repoRoot, file)}`);
      }
      expect(broken).toEqual([]);
    },
  );
});
