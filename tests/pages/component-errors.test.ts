/**
 * Editorial components fail the build with the page's file and what is wrong when the preflight could not check
 * them (values written as expressions): an unknown <Cite> source, a <Fact> row or column that does not exist; and MDX
 * that does not parse, which only the MDX compiler in Astro's build finds.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from './fixture-site.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function buildWithStory(body: string) {
  const site = buildFixture({
    edit: (root) =>
      writeFileSync(
        join(root, 'content/stories/broken.mdx'),
        `---\ntitle: Broken\nsummary: A broken story.\ndate: 2026-01-01\n---\n\n${body}\n`,
      ),
  });
  site.remove();
  return site.result;
}

// The story's body starts on line 7, after five lines of frontmatter and a blank one: the report names the tag's line.
describe('editorial component errors', () => {
  it('a story citing an unknown source fails the build with its file and the id', () => {
    const result = buildWithStory('A claim <Cite id={"nowhere" + "-source"} />.');
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'content/stories/broken.mdx: line 7: <Cite id>: unknown source "nowhere-source": add it to data/sources.json or fix the id (write ids as literal text)',
    );
  });

  it('a story printing a fact from a missing row fails the build with its file, the dataset and the row', () => {
    const result = buildWithStory(
      'In 1990 <Fact dataset="red-notices-issued" row={1980 + 10} column="issued" /> notices.',
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'content/stories/broken.mdx: line 7: <Fact dataset="red-notices-issued"> row: dataset "red-notices-issued" has no row with year = 1990 (rows: 2016, 2023, 2024)',
    );
  });

  it('a story printing a fact from a column of source ids fails the build with its file and the source to cite instead', () => {
    // The column is an expression, so that the preflight cannot see it (it says the same, with the line: tests/lib/validate-project.test.ts).
    const result = buildWithStory(
      'In 2024 <Fact dataset="red-notices-issued" row={2024} column={"sou" + "rce"} /> counted them.',
    );
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'content/stories/broken.mdx: line 7: <Fact dataset="red-notices-issued"> column: "source" names each row\'s source by its id (ref: "source"): a Fact would print the id, monitor-numbers, in the text; cite the source with <Cite id="monitor-numbers" /> instead',
    );
  });

  it('a story whose MDX does not parse fails the build with its file, line, column and the reason, not a stack', () => {
    // (Braces, a stray "<", a tag left open and a closing tag with no opening one are caught before rendering, with
    // their line: tests/lib/preflight-prose.test.ts, tests/lib/mdx-usage.test.ts, tests/lib/stray-closing-tags.test.ts;
    // tags closed across each other are left to MDX, which names both.)
    const result = buildWithStory('Some <b>bold and <i>italic</b> text</i>.');
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/stories/broken.mdx: line 7, column');
    expect(result.output).toMatch(/content\/stories\/broken\.mdx: line 7, column \d+: MDX syntax: .*<\/b>/);
    expect(result.output).not.toMatch(/^\s+at /m);
  });
});
