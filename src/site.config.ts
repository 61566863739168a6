/**
 * Site-wide settings an installation changes: its name, its public URL (for canonical links, RSS, sitemap and
 * social cards) and its languages. `CASEFILE_SITE_URL` overrides the URL at build time.
 */
export const site = {
  /** The publication's name, shown in the header and in titles. */
  name: 'Casefile',
  /** The public origin the site is served from; canonical URLs, RSS and the sitemap are built from it. */
  url: process.env.CASEFILE_SITE_URL ?? 'https://casefile.example.org',
  /** The default language, served at the root. */
  defaultLocale: 'en',
};
