/**
 * Text a reader reads: titles, names and prose, typeset as MDX prose is.
 */
import { z } from 'astro/zod';
import { curlyApostrophes } from '../../lib/typography.ts';

/** A non-empty line of text for a reader (titles, names). */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text, got an empty string' });

/**
 * Text a reader reads as prose (a title, a description, a note), typeset as the MDX prose around it is: straight
 * apostrophes between letters become typographic ones (Interpol's -> Interpol’s). JSON and frontmatter are not
 * typeset by the Markdown processor, and without this the site's sources, datasets and notes printed "Interpol's"
 * beside the stories' "Interpol’s".
 */
export const prose = text.transform(curlyApostrophes);

/** An optional short text a reader reads (a column's label, a source's note), typeset as `prose` is. */
export const optionalProse = z.string().transform(curlyApostrophes).optional();
