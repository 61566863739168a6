/**
 * Field types shared by the content schemas. Each one carries the message an editor sees when a value is wrong, so
 * that a build error says what was expected, not how zod works.
 */

export { booleanField, booleanHint } from './fields/boolean.ts';
export { correction, correctionList } from './fields/corrections.ts';
export { countryCode, countryCodeHint, countryCodeProblem } from './fields/country-code.ts';
export {
  calendarDate,
  dateField,
  dateHint,
  dateWrittenOtherwise,
  noSuchDay,
  responseDateProblem,
} from './fields/dates.ts';
export { datetimeField } from './fields/datetime.ts';
export { asIdentifier, identifier, identifierPattern, translationKeyField } from './fields/identifier.ts';
export { languageName } from './fields/language-name.ts';
export { listMessage, listedOnce } from './fields/lists.ts';
export { oneOfMessage } from './fields/one-of.ts';
export { tag, tagByLabel } from './fields/tag.ts';
export { optionalProse, prose, text } from './fields/text.ts';
