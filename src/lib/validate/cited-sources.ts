/** The sources an MDX body's <Cite>s name: each known, under its id, in the option `id`. */
import { ContentError } from '../content-error.ts';
import type { Project } from '../load-project.ts';
import { findComponentUses, optionLine, type ComponentUse } from '../mdx-usage.ts';
import { looseName, nearestName } from '../edit-distance.ts';
import { citedIds, splitIds } from '../citations.ts';
import { optionMeant } from './option-meant.ts';
import { knownSource, sourceNamedBy, unknownSource, unknownSourceMessage } from './sources.ts';
import { quotedValue } from '../../schemas/dataset/alike-values.ts';

/**
 * The sources an MDX body cites that the bibliography does not have: an id written as a source's title, an unknown
 * id, and those under another option's name (`uses`: the body's components).
 */
export function checkCitedSources(
  errors: ContentError[],
  file: string,
  body: string,
  bodyLine: number,
  uses: readonly ComponentUse[],
  project: Project,
): void {
  // A source's id written as its title ("PACE Doc 14277") reads as several ids, since spaces separate them: one
  // problem, with the id meant, rather than one unknown source per word.
  const asTitle = new Set<string>();
  for (const use of findComponentUses(body, bodyLine)) {
    if (use.component !== 'Cite' || typeof use.props.id !== 'string' || splitIds(use.props.id).length < 2) continue;
    const near = nearestName(use.props.id.trim(), project.sources.keys());
    const byTitle = sourceNamedBy(use.props.id, project);
    if ((near && looseName(near) === looseName(use.props.id)) || byTitle) {
      for (const id of splitIds(use.props.id)) asTitle.add(`${optionLine(use, 'id')}\n${id}`);
      errors.push(
        new ContentError(
          file,
          `line ${optionLine(use, 'id')}: <Cite id>`,
          byTitle
            ? unknownSourceMessage(use.props.id.trim(), project)
            : `unknown source ${quotedValue(use.props.id.trim())}: write "${near}" (an id is written in lower case, with hyphens; spaces and commas separate several ids)`,
        ),
      );
    }
  }
  for (const { id, line } of citedIds(body, bodyLine)) {
    if (!knownSource(project, id) && !asTitle.has(`${line}\n${id}`))
      errors.push(unknownSource(file, `line ${line}: <Cite id>`, id, project));
  }
  // A <Cite> whose sources are under another name (ids="…", source="…"): told that option's name (checkUse), and
  // what it names in the same build.
  for (const use of uses) {
    if (use.component !== 'Cite' || 'id' in use.props) continue;
    for (const [option, value] of Object.entries(use.props)) {
      if (optionMeant('Cite', option, ['id']) !== 'id') continue;
      const line = optionLine(use, option);
      for (const id of splitIds(value))
        if (!knownSource(project, id)) errors.push(unknownSource(file, `line ${line}: <Cite ${option}>`, id, project));
    }
  }
}
