import { describe, expect, it } from 'vitest';
import { errorsOnce, writingErrorsOnce } from '../../src/build/dev-errors-once.ts';

const message =
  'content/stories/x.mdx: line 42: <Chart> "Notices" y: the dataset has no column "active_notice": did you mean "active_notices"?';
/** What Astro logs of a ContentError a page threw: its stack, then its formatted copy. */
const thrown = `ContentError: ${message}`;
const formatted = `${message}\n  Stack trace:\n`;
/** The copy as formatted for a terminal in colour (picocolors: bold and dim around the stack trace's heading). */
const formattedInColour = `${message}\n  \u001b[1mStack trace:\u001b[22m\n\u001b[2m\u001b[22m`;

/** What reaches the terminal of `messages` logged as errors through the filter. */
function printed(messages: string[]): string[] {
  const filter = errorsOnce();
  return messages.flatMap((text) => filter(text) ?? []);
}

describe("the dev server's page errors", () => {
  it("prints a ContentError a page throws once, in the build's words, without its empty stack trace", () => {
    expect(printed([thrown, formatted])).toEqual([message]);
    expect(printed([thrown, formattedInColour])).toEqual([message]);
  });

  it('prints a message of several lines once, and the same error again at the next request', () => {
    const lines = `${message}\ncontent/stories/x.mdx: line 44: {: a brace never closed`;
    const request = [`ContentError: ${lines}`, `${lines}\n  Stack trace:\n`];
    expect(printed([...request, ...request])).toEqual([lines, lines]);
  });

  it('prints both copies of an error with a stack, which the second gives shortened, and any other error', () => {
    const stack = 'TypeError: x is undefined\n    at render (src/components/Chart.astro:12:3)';
    const copy = 'x is undefined\n  Stack trace:\n    at render (src/components/Chart.astro:12:3)';
    const other = 'Failed to create the dev server app: no such file';
    expect(printed([stack, copy, other])).toEqual([stack, copy, other]);
  });

  it("prints Astro's formatted copy of an error it did not log first without its empty stack trace, and one holding a hint", () => {
    const hinted = `${message}\n  Hint:\n    Check the column.\n  Stack trace:\n`;
    // A page whose frontmatter stops the build, asked for by its own address: the formatted copy alone.
    expect(printed([formatted])).toEqual([message]);
    expect(printed([formattedInColour])).toEqual([message]);
    // Its hint is more than the first copy said: printed, without the empty heading.
    expect(printed([thrown, hinted])).toEqual([message, `${message}\n  Hint:\n    Check the column.`]);
  });

  it('writes through the destination every other event as it is, labelled errors included', () => {
    const written: unknown[] = [];
    const destination = writingErrorsOnce({ write: (event) => written.push(event) });
    const events = [
      { level: 'error', label: null, message: thrown, newLine: true },
      { level: 'error', label: null, message: formatted, newLine: true },
      { level: 'error', label: 'casefile-pages', message: thrown, newLine: true },
      { level: 'info', label: null, message: thrown, newLine: true },
    ] as const;
    for (const event of events) destination.write(event);
    expect(written).toEqual([{ ...events[0], message }, events[2], events[3]]);
  });
});
