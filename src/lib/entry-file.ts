/** The file of a content entry as editors name it in errors: relative to the content root (content/stories/x.mdx). */
export function entryFile(entry: { filePath?: string | undefined; id: string }, collection: string): string {
  // filePath is relative to Astro's root, which is not the content root of a fixture: keep what follows content/.
  const folder = `content/${collection}/`;
  const at = entry.filePath?.lastIndexOf(folder) ?? -1;
  return entry.filePath && at >= 0 ? entry.filePath.slice(at) : `${folder}${entry.id}.mdx`;
}
