/** What the preflight says of a dataset id no dataset has. */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Project } from '../load-project.ts';
import { nearestName } from '../edit-distance.ts';
import { quotedValue } from '../../schemas/dataset/alike-values.ts';
import { writtenAsTitle } from './sources.ts';
import { unreadFileHint } from './unread-files.ts';

export function unknownDataset(id: string, project: Project): string {
  const known = [...project.datasets.keys()];
  // Its file (data/x.json) or its page's address (/data/x/) written for the id: the id in it is meant.
  const stem = id
    .replace(/^\/?data\//, '')
    .replace(/\/$/, '')
    .replace(/[-.](?:csv|tsv|xlsx?|ods|json)$/i, '');
  const near = stem !== id && project.datasets.has(stem) ? stem : nearestName(id, known);
  const unread = unreadDatasetFile(stem, project);
  const title = unread ? undefined : writtenAsTitle(id, near);
  if (title) return `unknown dataset ${quotedValue(id)}: ${title}`;
  const hint = unread ?? (near ? `did you mean "${near}"? ` : '');
  return `unknown dataset ${quotedValue(id)}: ${hint}expected one of ${known.join(', ')} (data/<id>.json)`;
}

/**
 * The file in data/ a page naming the dataset `stem` most likely meant, when the build does not read it: a CSV or a
 * spreadsheet (datasets are JSON), or a dataset left out by the "_" its name starts with. As a hint ending in "; ".
 */
function unreadDatasetFile(stem: string, project: Project): string | undefined {
  const dir = join(project.root, 'data');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).sort()) {
    if (
      name
        .replace(/^_/, '')
        .replace(/\.[^.]*$/, '')
        .toLowerCase() !== stem.toLowerCase()
    )
      continue;
    if (name.startsWith('_'))
      return `data/${name} is left out of the site by the "_" its name starts with: remove the "_" to publish it; `;
    if (extname(name).toLowerCase() !== '.json' && !project.csvNamed.has(`data/${name}`))
      return `data/${name} is not read: ${unreadFileHint(name)}; `;
  }
  return undefined;
}
