/**
 * Tags: identifiers the same in every language, and the tag meant by one of its labels.
 */
import { z } from 'astro/zod';
import { site } from '../../site.config.ts';
import { asIdentifier, identifierMessage, identifierPattern } from './identifier.ts';
import { languageName } from './language-name.ts';
import { plainLatin } from '../../lib/plain-latin.ts';

let tagsByLabel: Map<string, { tag: string; lang: string }> | undefined;

/**
 * The tag whose label (`tagLabels` in src/site.config.ts) `written` is, in any of the site's languages, case, accents
 * and punctuation aside: a translator who writes "répression transnationale" means transnational-repression.
 */
export function tagByLabel(written: string): { tag: string; lang: string } | undefined {
  if (!tagsByLabel) {
    tagsByLabel = new Map();
    for (const [lang, labels] of Object.entries(site.tagLabels)) {
      for (const [tag, label] of Object.entries(labels ?? {}))
        if (!tagsByLabel.has(asIdentifier(label))) tagsByLabel.set(asIdentifier(label), { tag, lang });
    }
  }
  const found = tagsByLabel.get(asIdentifier(written));
  return found && found.tag !== written ? found : undefined;
}

/**
 * A tag: an identifier, the same in every language (tagLabels says how it reads in each). One written as a label, in
 * any language, is told the tag it is the label of.
 */
export const tag = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(identifierPattern, {
    error: (issue) => {
      const label = typeof issue.input === 'string' ? tagByLabel(issue.input) : undefined;
      // "INTERPOL" is interpol written in capitals, whatever its label: said as such.
      const meant = typeof issue.input === 'string' ? asIdentifier(issue.input) : '';
      if (label && label.tag !== meant)
        return `${identifierMessage(issue.input, label.tag)} (tags are identifiers, the same in every language: this is its ${languageName(label.lang)} label, from tagLabels in src/site.config.ts)`;
      // "société" is told "societe", which readers would read unaccented unless the tag has a label (`label`, when
      // "société" is already its label in some language).
      const accented = !label && typeof issue.input === 'string' && plainLatin(issue.input) !== issue.input;
      return accented
        ? `${identifierMessage(issue.input)}, and give it its label, ${JSON.stringify(issue.input)}, in tagLabels (src/site.config.ts): readers see a tag by its label, or as its identifier`
        : identifierMessage(issue.input);
    },
  });
