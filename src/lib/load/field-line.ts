/** The line of a frontmatter field, for checks that report one after loading. */
import { ContentError } from '../content-error.ts';
import { yamlPlaces, type YamlPlace } from '../yaml-places.ts';
import type { Project } from './project.ts';

const placesOf = new WeakMap<object, Map<string, YamlPlace>>();

/**
 * The line of the frontmatter field `field` ("date", "datasets[1]") of the page `file` (relative to the project's
 * root), when the page writes it; undefined otherwise (another file, a field not written, "body", "line 9: …").
 */
export function fieldLine(project: Pick<Project, 'frontmatter'>, file: string, field: string): number | undefined {
  const written = project.frontmatter.get(file);
  if (!written || /^lines? /.test(field)) return undefined;
  let places = placesOf.get(written);
  if (!places) placesOf.set(written, (places = yamlPlaces(written.yaml, written.firstLine)));
  return places.get(field)?.line;
}

/** `error` with the line of the frontmatter field it names (fieldLine), as the schema's messages give it. */
export function withFieldLine(project: Pick<Project, 'frontmatter'>, error: ContentError): ContentError {
  const line = fieldLine(project, error.file, error.field);
  return line === undefined ? error : new ContentError(error.file, `line ${line}: ${error.field}`, error.detail);
}
