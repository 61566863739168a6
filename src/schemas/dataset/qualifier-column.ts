/**
 * A dataset's `qualifier` column (src/lib/qualifiers.ts): the word a page prints before a row's figure ("about",
 * "at least"). Typed otherwise, it would be taken for no qualifier: charts would print a rounded figure as exact.
 */
import type { z } from 'astro/zod';
import type { Column } from './column.ts';

export function checkQualifierColumn(columns: Record<string, Column>, ctx: z.RefinementCtx): void {
  const type = columns.qualifier?.type;
  if (type !== undefined && type !== 'string')
    ctx.addIssue({
      code: 'custom',
      path: ['columns', 'qualifier', 'type'],
      message: `expected "string": a qualifier is the word printed before the row's figure ("about", "at least", "under"), got ${JSON.stringify(type)}`,
    });
}
