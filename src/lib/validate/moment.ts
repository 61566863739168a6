/**
 * How every message writes a moment (an embargo, a build's moment): in UTC as an editor writes one in frontmatter,
 * `2026-12-01T06:00:00Z`, without the `.000` of milliseconds that `toISOString()` adds and no editor writes. A moment
 * with milliseconds keeps them, so that two moments a message tells apart never read the same.
 */
export function writtenMoment(moment: Date | number): string {
  return new Date(moment).toISOString().replace('.000Z', 'Z');
}
