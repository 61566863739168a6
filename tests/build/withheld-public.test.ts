/**
 * A file of public/ that only withheld pages use is left out of a normal build's output (Astro copies public/ whole):
 * an image an embargoed story shows must not be published before it. A file a published page or the site's code also
 * names, or that no page names (a favicon), stays.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/lib/load-project.ts';
import { removeFromOutput, withheldPublicFiles } from '../../src/build/withheld-public.ts';
import { listFiles } from '../../src/build/checks/leaks.ts';
import { makeFixture } from '../helpers/build.ts';

const now = new Date('2026-11-22T12:00:00Z');

function story(title: string, extra: string, body: string): string {
  return `---\ntitle: ${title}\nsummary: A story.\ndate: 2026-01-10\ncountries: [RU]\ntags: [fixture]\n${extra}---\n\n${body}\n`;
}

describe('files of public/ that only withheld pages use', () => {
  const fixture = makeFixture({ copyDemo: false });
  fixture.write(
    'content/stories/kestrel.mdx',
    story(
      'Operation Bluefin Kestrel',
      'embargo: 2099-01-01T06:00:00Z\n',
      '![A secret map](/kestrel-secret-map.png)\n\n![Shared](/shared.png)\n\n[The report](/files/secret%20report.pdf?v=2#p3)\n\n<img src="/code-named.png" alt="x" />\n',
    ),
  );
  fixture.write(
    'content/stories/plan.mdx',
    story(
      'A draft plan',
      'draft: true\n',
      '![A draft chart](/draft-only.svg)\n\n[The filing](/files/filing.pdf) and <video src="/files/clip.mp4" controls />',
    ),
  );
  // A published page names files in ways of its own: a reference-style link, a video.
  fixture.write(
    'content/stories/public.mdx',
    story(
      'A public story',
      '',
      '![Shared](/shared.png)\n\n[Home](/) and [the court filing][filing].\n\n<video src="/files/clip.mp4" controls />\n\n[filing]: /files/filing.pdf',
    ),
  );
  const publicDir = mkdtempSync(join(tmpdir(), 'casefile-public-'));
  for (const file of [
    'kestrel-secret-map.png',
    'shared.png',
    'favicon.svg',
    'files/secret report.pdf',
    'files/filing.pdf',
    'files/clip.mp4',
    'code-named.png',
    'draft-only.svg',
    'fonts/a.woff2',
  ]) {
    mkdirSync(join(publicDir, file, '..'), { recursive: true });
    writeFileSync(join(publicDir, file), file);
  }
  const code = mkdtempSync(join(tmpdir(), 'casefile-src-'));
  writeFileSync(join(code, 'Layout.astro'), '<img src="/code-named.png" alt="">');
  const { project } = loadProject(fixture.root);

  it('are the files only drafts and embargoed pages name, by image or link', () => {
    expect(project.stories.map((entry) => entry.id).sort()).toEqual(['kestrel', 'plan', 'public']);
    expect(withheldPublicFiles(project, now, publicDir, code)).toEqual([
      'draft-only.svg',
      'files/secret report.pdf',
      'kestrel-secret-map.png',
    ]);
  });

  it("are only the drafts' files once the embargo has passed (a draft stays withheld whatever the date)", () => {
    expect(withheldPublicFiles(project, new Date('2099-01-02T00:00:00Z'), publicDir, code)).toEqual(['draft-only.svg']);
  });

  it('are removed from the staging folder, with the folders they leave empty; the others stay', () => {
    const staging = mkdtempSync(join(tmpdir(), 'casefile-staging-'));
    cpSync(publicDir, staging, { recursive: true });
    mkdirSync(join(staging, 'stories'));
    removeFromOutput(staging, withheldPublicFiles(project, now, publicDir, code));
    expect(listFiles(staging)).toEqual([
      'code-named.png',
      'favicon.svg',
      'files/clip.mp4',
      'files/filing.pdf',
      'fonts/a.woff2',
      'shared.png',
    ]);
    expect(existsSync(join(staging, 'stories'))).toBe(true);
  });

  it('are also the files a withheld page names as media, in a srcset or a poster, or by a reference-style link or image', () => {
    const media = makeFixture({ copyDemo: false });
    media.write(
      'content/stories/held.mdx',
      story(
        'Held media',
        'embargo: 2099-01-01T06:00:00Z\n',
        '<video src="/footage.mp4" poster="/poster.jpg" controls />\n\n<audio controls><source src="/interview.mp3" /></audio>\n\n<img srcSet="/map-1x.png 1x, /map-2x.png 2x" src="/map.png" alt="A map" />\n\nRead [the report][r] and see ![the chart][c].\n\nThe notes are at /notes.txt.\n\n[r]: /report.pdf\n[c]: /chart.png',
      ),
    );
    // A file a published page also shows stays, and so do files whose names only end another address.
    media.write('content/stories/open.mdx', story('Open', '', '<video src="/shared.mp4" controls />'));
    media.write(
      'content/stories/held-too.mdx',
      story(
        'Also held',
        'draft: true\n',
        '<video src="/shared.mp4" controls />\n\nSee https://other.example/elsewhere.png and [the archive](/archive/kept.png).',
      ),
    );
    const dir = mkdtempSync(join(tmpdir(), 'casefile-public-'));
    const files = [
      'footage.mp4',
      'poster.jpg',
      'interview.mp3',
      'map-1x.png',
      'map-2x.png',
      'map.png',
      'report.pdf',
      'chart.png',
      'shared.mp4',
      'elsewhere.png',
      'kept.png',
      'notes.txt',
    ];
    for (const file of files) writeFileSync(join(dir, file), file);
    expect(withheldPublicFiles(loadProject(media.root).project, now, dir)).toEqual([
      'chart.png',
      'footage.mp4',
      'interview.mp3',
      'map-1x.png',
      'map-2x.png',
      'map.png',
      'notes.txt',
      'poster.jpg',
      'report.pdf',
    ]);
  });

  it('stay withheld when a published page, dataset or layout names only a longer address ending in theirs', () => {
    const site = makeFixture({ copyDemo: false });
    site.write(
      'content/stories/held.mdx',
      story(
        'Held',
        'embargo: 2099-01-01T06:00:00Z\n',
        '![A map](/map.svg)\n\n[The report](/report.pdf)\n\n[Notes](/notes.txt)',
      ),
    );
    // Another folder's file of the same name, another site's file of the same name, and the same file in a dataset.
    site.write(
      'content/stories/open.mdx',
      story(
        'Open',
        '',
        '![Another map](/images/map.svg)\n\n[Interpol](https://www.interpol.int/content/download/2024/report.pdf)',
      ),
    );
    const dir = mkdtempSync(join(tmpdir(), 'casefile-public-'));
    for (const file of ['map.svg', 'report.pdf', 'notes.txt']) writeFileSync(join(dir, file), file);
    const code = mkdtempSync(join(tmpdir(), 'casefile-src-'));
    writeFileSync(
      join(code, 'Layout.astro'),
      '<a href="https://example.org/archive/notes.txt">x</a><img src="/img/map.svg" alt="">',
    );
    expect(withheldPublicFiles(loadProject(site.root).project, now, dir, code)).toEqual([
      'map.svg',
      'notes.txt',
      'report.pdf',
    ]);
  });
});
