/** The social card's fonts: the @fontsource files it sets text in, converted to TrueType and made known to libvips. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, existsSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { markUsed } from '../build/cache-prune.ts';
import { woffToSfnt } from './woff.ts';
import { projectRoot } from '../site.config.ts';
import { cardCacheDir } from './social-card-cache-dir.ts';

/** Font files (.woff from @fontsource, converted to TrueType for FreeType: see woff.ts), in fallback order. */
export const fontFiles = [
  ...['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'].map((subset) => ({
    family: 'source-serif-4',
    subset,
  })),
  // Source Serif has no Arabic or Hebrew: names and titles in those scripts fall back to Noto Sans.
  { family: 'noto-sans-arabic', subset: 'arabic' },
  { family: 'noto-sans-hebrew', subset: 'hebrew' },
].flatMap((file) => ([400, 700] as const).map((weight) => ({ ...file, weight })));

/**
 * The families as Pango reads them: it shapes each run (HarfBuzz: Arabic joins, Hebrew and Arabic run right to left)
 * with the first family that has its characters. The files of one family's subsets register under the same name,
 * and fontconfig picks among them by coverage. A character none of them has falls back to the machine's fonts.
 */
export const families = 'Source Serif 4, Noto Sans Arabic, Noto Sans Hebrew';

let registered: Promise<void> | undefined;

/**
 * Makes the fonts known to libvips' fontconfig, once per process: each file is converted to TrueType into the card
 * cache (named by the WOFF's hash, written atomically, so parallel builds share it) and registered by a throwaway
 * render (libvips registers a `fontfile` for the whole process).
 */
export function registerFonts(): Promise<void> {
  registered ??= (async () => {
    const require = createRequire(join(projectRoot, 'package.json'));
    const dir = join(cardCacheDir(), 'fonts');
    mkdirSync(dir, { recursive: true });
    for (const file of fontFiles) {
      const name = `${file.family}-${file.subset}-${file.weight}-normal.woff`;
      const woff = readFileSync(require.resolve(`@fontsource/${file.family}/files/${name}`));
      const ttf = join(
        dir,
        `${name.replace(/\.woff$/, '')}-${createHash('sha256').update(woff).digest('hex').slice(0, 16)}.ttf`,
      );
      if (existsSync(ttf)) markUsed(ttf);
      else {
        const temp = `${ttf}.${process.pid}.tmp`;
        writeFileSync(temp, woffToSfnt(woff, name));
        renameSync(temp, ttf);
      }
      await sharp({ text: { text: '.', fontfile: ttf } })
        .raw()
        .toBuffer();
    }
  })();
  return registered;
}
