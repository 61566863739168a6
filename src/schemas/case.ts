/**
 * A case file: `content/cases/<slug>.mdx`, one person or group targeted through Interpol, at `/cases/<slug>/`.
 * Only people named in public coverage may have a case file.
 */
import { z } from 'astro/zod';
import { countryCode, oneOfMessage, prose } from './fields.ts';
import { sharedFields } from './frontmatter.ts';

/** Where the request stands, as far as public sources say. */
export const caseStatuses = ['active', 'cancelled', 'refused', 'unknown'] as const;
/**
 * What the requesting state sought: a red notice, or a red diffusion (sent directly to member countries). Whether
 * Interpol refused it is the status: the kind "request-refused" of earlier versions said it twice ("Request: Request
 * refused" beside "Status: Refused") and hid what was asked for; it is refused with a message saying so.
 */
export const noticeKinds = ['red-notice', 'red-diffusion'] as const;

export const caseSchema = z.strictObject({
  ...sharedFields,
  /** The person or group the case is about, as named in the coverage. */
  subject: prose,
  /** The requesting state (ISO 3166-1 alpha-2). */
  country: countryCode,
  /** Where the request stands (see `caseStatuses`). */
  status: z.enum(caseStatuses, { error: (issue) => oneOfMessage(caseStatuses, issue.input) }),
  /** What was sought (see `noticeKinds`). */
  notice: z.enum(noticeKinds, {
    error: (issue) =>
      issue.input === 'request-refused'
        ? 'expected what was sought (red-notice or red-diffusion): a refusal is the status, status: refused'
        : oneOfMessage(noticeKinds, issue.input),
  }),
});

export type CaseData = z.infer<typeof caseSchema>;
