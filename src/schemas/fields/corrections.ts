/**
 * Public corrections: each with its date and its text, each written once.
 */
import { z } from 'astro/zod';
import { correctionWording } from '../../lib/corrections.ts';
import { dateField } from './dates.ts';
import { prose } from './text.ts';

/** A public correction: when it was made and what it says. Shown at the top of the page and on /corrections/. */
export const correction = z.strictObject(
  {
    /** The day the correction was published. */
    date: dateField,
    /** What was wrong and what is right now, in one or two sentences. */
    text: prose,
  },
  { error: (issue) => (issue.code === 'invalid_type' ? correctionAsText(issue.input) : undefined) },
);

/**
 * What a correction written as one line of text ("2026-02-01: Fixed the year.") is told: its date and its text as
 * the two fields they are, the date it starts with taken as the correction's.
 */
function correctionAsText(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const dated = /^\s*(\d{4}-\d{2}-\d{2})\s*[:,–—-]?\s*([\s\S]*)$/.exec(input);
  const date = dated ? dated[1] : 'YYYY-MM-DD (the day it was published)';
  const text = (dated ? dated[2]! : input).trim();
  return `expected a correction with its date and its text, got ${JSON.stringify(input)}: write them as two fields, date: ${date} and text: ${JSON.stringify(text)}`;
}

/**
 * A page's or a dataset's corrections, each written once: one pasted twice was printed twice, and the feeds gave both
 * one guid (a correction's is its date and wording, src/lib/feed.ts), which feed readers show once or not at all.
 */
export function correctionList(error: string) {
  return z.array(correction, { error }).superRefine((list, ctx) => {
    const keys = list.map(({ date, text }) => `${date.toISOString().slice(0, 10)}\n${correctionWording(text)}`);
    keys.forEach((key, i) => {
      const first = keys.indexOf(key);
      if (first !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `the same correction as corrections[${first}] (${key.slice(0, 10)}, ${JSON.stringify(list[first]!.text)}): keep one`,
        });
    });
  });
}
