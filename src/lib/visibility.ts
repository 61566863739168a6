/**
 * Which pages are public. A draft, or a page whose embargo has not passed, exists nowhere in a normal build; a
 * preview build (PREVIEW=1) includes them with a banner and `noindex`.
 */
import { writtenMoment } from './validate/moment.ts';

/** The moment the build treats as "now": CASEFILE_NOW (ISO datetime, for tests and scheduled builds) or the clock. */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.CASEFILE_NOW;
  if (pinned) {
    // With its offset, as an embargo is written: without one, the moment would depend on the machine's time zone.
    // On a day the calendar has: V8 reads 2026-02-30 as 2 March.
    const day = new Date(`${pinned.slice(0, 10)}T00:00:00Z`);
    const real = !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === pinned.slice(0, 10);
    const date =
      real && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(pinned)
        ? new Date(pinned)
        : undefined;
    if (!date || Number.isNaN(date.getTime())) {
      throw new Error(
        `CASEFILE_NOW: expected an ISO 8601 datetime with its offset, such as 2026-01-26T06:00:00Z, got ${JSON.stringify(pinned)}`,
      );
    }
    return date;
  }
  return new Date();
}

/**
 * The build's moment, read once and pinned in `env.CASEFILE_NOW` for everything that reads it later (the content
 * collections, the sitemap, the incremental build's page keys): read separately, the clock could put an embargo's end
 * between two readings, so that one part of the build would list a story another part had withheld, and Astro would
 * then copy the stale lists into the next build too.
 */
export function pinBuildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const now = buildTime(env);
  // Empty is unset (buildTime reads the clock for it), as a CI setting left blank gives it: pinned too.
  if (!env.CASEFILE_NOW) env.CASEFILE_NOW = now.toISOString();
  return now;
}

/** Whether this is a preview build, which includes drafts and embargoed pages. */
export function isPreview(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PREVIEW === '1' || env.PREVIEW === 'true';
}

/** Whether this build is a rehearsal (src/build/rehearse.ts, rehearsalEnv): its output folder is removed after it. */
export function isRehearsal(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CASEFILE_REHEARSAL === '1';
}

/**
 * What is wrong with PREVIEW, as the line a build stops with: a value that is neither a preview's (1, true) nor a
 * published build's (unset, empty, 0, false). `PREVIEW=yes` built the published site without a word.
 */
export function previewProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.PREVIEW;
  if (value === undefined || ['', '0', 'false', '1', 'true'].includes(value)) return undefined;
  return `PREVIEW: expected 1 (a preview, drafts and embargoed pages included, into its own folder) or nothing (the site to publish), got "${value}"`;
}

/**
 * The folder a build publishes to, relative to the project: `CASEFILE_DIST` (else dist/), and for a preview build
 * `CASEFILE_PREVIEW_DIST` (else that folder's name with "-preview"). A preview holds drafts and embargoed stories:
 * written where a deploy uploads from, one careless upload would publish them, so it never goes there unless named
 * as the preview's own folder.
 */
export function outputFolder(env: NodeJS.ProcessEnv = process.env): string {
  const site = env.CASEFILE_DIST || 'dist';
  if (!isPreview(env)) return site;
  return env.CASEFILE_PREVIEW_DIST || `${site.replace(/[\\/]+$/, '')}-preview`;
}

export interface Publishable {
  draft?: boolean;
  embargo?: Date | undefined;
}

/** Why a page is withheld, or null when it is public at `now`. */
export function withheld(data: Publishable, now: Date): 'draft' | 'embargo' | null {
  if (data.draft) return 'draft';
  if (data.embargo && data.embargo.getTime() > now.getTime()) return 'embargo';
  return null;
}

/** Whether a page appears in this build: public pages always, withheld ones only in a preview. */
export function isPublished(data: Publishable, now: Date = buildTime(), preview: boolean = isPreview()): boolean {
  return preview || withheld(data, now) === null;
}

/**
 * What a normal build says about the pages it holds back by their embargo: how many, and when the next lifts, so
 * that whoever deploys knows when a build must run to publish it (a scheduled build: README, "Previews, drafts and
 * embargoes"). Drafts are left out: no moment publishes them. Undefined when no page waits for an embargo.
 */
export function embargoNote(entries: readonly { file: string; data: Publishable }[], now: Date): string | undefined {
  const held = entries
    .filter((entry) => withheld(entry.data, now) === 'embargo')
    .map((entry) => ({ file: entry.file, lifts: entry.data.embargo! }))
    .sort((a, b) => a.lifts.getTime() - b.lifts.getTime() || a.file.localeCompare(b.file, 'en'));
  if (held.length === 0) return undefined;
  const next = held[0]!;
  const atOnce = held.filter((entry) => entry.lifts.getTime() === next.lifts.getTime());
  const named =
    atOnce.length === 1 ? next.file : `${atOnce.length} pages (${atOnce.map((entry) => entry.file).join(', ')})`;
  const pages = `${held.length} page${held.length === 1 ? '' : 's'}`;
  const then =
    held.length > atOnce.length ? `; the others later (the last at ${writtenMoment(held.at(-1)!.lifts)})` : '';
  return `embargo: ${pages} held back; the next to lift is ${named}, at ${writtenMoment(next.lifts)}: a build at or after that moment publishes ${atOnce.length === 1 ? 'it' : 'them'}${then}`;
}

/**
 * What a normal build says when its moment (CASEFILE_NOW) is behind the machine's clock and holds back pages whose
 * embargo the clock says has passed: a CASEFILE_NOW forgotten in a deploy's settings would never lift an embargo, and
 * would take down a story an earlier build had published, with no word at all. Names each such page with the moment
 * its embargo lifted, earliest first. Undefined when the build holds back nothing the clock would publish.
 */
export function behindClockNote(
  entries: readonly { file: string; data: Publishable }[],
  now: Date,
  clock: Date,
): string | undefined {
  if (now.getTime() >= clock.getTime()) return undefined;
  const late = entries
    .filter((entry) => withheld(entry.data, now) === 'embargo' && withheld(entry.data, clock) === null)
    .map((entry) => ({ file: entry.file, lifted: entry.data.embargo! }))
    .sort((a, b) => a.lifted.getTime() - b.lifted.getTime() || a.file.localeCompare(b.file, 'en'));
  if (late.length === 0) return undefined;
  const pages = `${late.length} page${late.length === 1 ? '' : 's'} whose embargo has passed`;
  const named = late.map((entry) => `${entry.file}, lifted at ${writtenMoment(entry.lifted)}`).join('; ');
  return `CASEFILE_NOW (${writtenMoment(now)}) is behind this machine's clock (${writtenMoment(clock)}): this build holds back ${pages} (${named}), and deploying it takes ${late.length === 1 ? 'that page' : 'them'} down if ${late.length === 1 ? 'it was' : 'they were'} published; without CASEFILE_NOW, a build uses the clock`;
}

/**
 * What a normal build says when its moment (CASEFILE_NOW) is ahead of the machine's clock and publishes pages whose
 * embargo the clock says has not passed: a build prepared ahead of an embargo is meant to be deployed at its moment,
 * and a CASEFILE_NOW left over from a test in a deploy's settings would publish embargoed stories early without a
 * word. Names each such page with its embargo, earliest first, and the moment from which the output may be deployed.
 * Undefined when the build publishes nothing the clock still holds back.
 */
export function aheadOfClockNote(
  entries: readonly { file: string; data: Publishable }[],
  now: Date,
  clock: Date,
): string | undefined {
  if (now.getTime() <= clock.getTime()) return undefined;
  const early = entries
    .filter((entry) => withheld(entry.data, now) === null && withheld(entry.data, clock) === 'embargo')
    .map((entry) => ({ file: entry.file, lifts: entry.data.embargo! }))
    .sort((a, b) => a.lifts.getTime() - b.lifts.getTime() || a.file.localeCompare(b.file, 'en'));
  if (early.length === 0) return undefined;
  const pages = `${early.length} page${early.length === 1 ? '' : 's'} whose embargo has not passed yet`;
  const named = early.map((entry) => `${entry.file}, until ${writtenMoment(entry.lifts)}`).join('; ');
  return `CASEFILE_NOW (${writtenMoment(now)}) is ahead of this machine's clock (${writtenMoment(clock)}): this build publishes ${pages} (${named}): deploy it no earlier than ${writtenMoment(early.at(-1)!.lifts)}`;
}
