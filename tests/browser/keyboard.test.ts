/**
 * Keyboard use in Chromium: the first Tab reaches the skip link, which shows itself and moves focus to the main
 * content; focused links carry a visible outline; and on a phone and a desktop, every element Tab reaches shows on
 * screen with an outline a reader can see (WCAG 2.4.7, 2.4.11, 2.4.13), a table's edge cells too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { demoDist } from '../helpers/site.ts';
import { describeBrowser, fontsSettled, launchBrowser, pageKinds, viewport } from '../helpers/browser.ts';
import { searchDone } from '../helpers/search-page.ts';
import { focusReport, type FocusReport } from '../helpers/focus-report.ts';
import sharp from 'sharp';

const kinds = pageKinds();
// A kind the build lacks stays in the list, undefined, and its tests fail saying so (as pageKinds promises): dropped
// from it, its tests would not exist, and a site without a story page would pass here.
const pages = [
  ['home', kinds.home],
  ['story', kinds.story],
] as const;

describeBrowser('keyboard navigation in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(pages)(
    'on the %s page (%s) the first Tab focuses the visible skip link and Enter moves focus to main',
    async (kind, path) => {
      expect(path, `the demo build has no ${kind} page`).toBeDefined();
      const context = await browser.newContext(viewport(1280));
      const page = await context.newPage();
      await page.goto(server.origin + path!);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          className: element.className,
          href: element.getAttribute('href'),
          inViewport: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      expect(skip.href).toBe('#main');
      expect(skip.className).toContain('skip-link');
      expect(skip.inViewport, 'the focused skip link is on screen').toBe(true);
      expect(skip.outline, 'the focused skip link has an outline').not.toMatch(/^none|\s0px$/);

      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => ({
        id: document.activeElement?.id,
        tag: document.activeElement?.tagName,
        hash: location.hash,
      }));
      expect(focused).toEqual({ id: 'main', tag: 'MAIN', hash: '#main' });
      await context.close();
    },
  );

  it.each(pages)(
    'on the %s page (%s) the link after the skip target shows a visible focus outline',
    async (kind, path) => {
      expect(path, `the demo build has no ${kind} page`).toBeDefined();
      const context = await browser.newContext(viewport(1280));
      const page = await context.newPage();
      await page.goto(server.origin + path!);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          inMain: !!element.closest('main'),
          matchesFocusVisible: element.matches(':focus-visible'),
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          text: element.textContent?.trim().slice(0, 40),
        };
      });
      expect(focus.inMain, `focus went to "${focus.text}"`).toBe(true);
      expect(focus.matchesFocusVisible).toBe(true);
      expect(focus.outline, `focus outline of "${focus.text}"`).not.toMatch(/^none|\s0px$/);
      await context.close();
    },
  );
});

describeBrowser('keyboard focus on a phone and a desktop', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The search page with results to tab through, not only its form; a list of case files, whose table is a stack of
  // cards on a phone; a dataset, with its tables.
  const tabbed = [
    ['story', kinds.story],
    ['search', kinds.search && `${kinds.search}?q=interpol`],
    ['case', kinds.case],
    ['case list fr', kinds['case list fr']],
    ['dataset', kinds.dataset],
  ] as const;

  // Every width and scheme would cost a run of its own (a Tab and a measure per element, 400 at most per page): the
  // phone in both schemes, and the desktop in the light one, whose outlines are drawn in the same colours as the
  // phone's but round other boxes (a table that scrolls at 1280 px, not cards).
  it.each([
    [360, 'light'],
    [360, 'dark'],
    [1280, 'light'],
  ] as const)(
    'at %i px in the %s scheme, every element Tab reaches on a story, the search page, a case file, the case files and a dataset shows on screen, unclipped and uncovered, with an outline of 3:1, and on a phone in reading order',
    async (width, scheme) => {
      const context = await browser.newContext(viewport(width, scheme));
      const problems: string[] = [];
      try {
        for (const [kind, path] of tabbed) {
          expect(path, `the demo build has no ${kind} page`).toBeDefined();
          const page = await context.newPage();
          await page.goto(server.origin + path!);
          if (kind === 'search') await searchDone(page, 'q=interpol');
          // Outlines are measured round text in its web font, not in the fallback a late font would replace.
          await fontsSettled(page);
          const reached = new Set<string>();
          let opened = 0;
          let previous: FocusReport | undefined;
          for (let step = 0; step < 400; step++) {
            await page.keyboard.press('Tab');
            const report = await page.evaluate(focusReport);
            // Back to the page itself, or round to the start: every element has had its turn.
            // (Names repeat on a page, "source" links say: each step is counted, not each name.)
            if (!report || (step > 0 && report.name.includes('#main'))) break;
            reached.add(report.name + step);
            problems.push(...report.problems.map((problem) => `${kind}: ${report.name}: ${problem}`));
            // On a phone the page is one column, read from top to bottom: Tab never goes back up to a line above the
            // one it left (WCAG 2.4.3). At 360 px the header's languages, shown on the name's row, came after the
            // sections below it, and focus jumped from the last section back up to them.
            if (width < 600 && previous && report.laidOut.bottom <= previous.laidOut.top)
              problems.push(
                `${kind}: ${report.name}: focus went up from ${previous.name} (top ${Math.round(previous.laidOut.top)} px to bottom ${Math.round(report.laidOut.bottom)} px)`,
              );
            previous = report;
            // A chart's data hides in a closed <details>: open it and tab on into its table.
            if (report.closedSummary) {
              await page.keyboard.press('Enter');
              opened += 1;
            }
          }
          expect(reached.size, `elements reached on the ${kind} page`).toBeGreaterThan(10);
          if (kind === 'story') expect(opened, 'chart data opened on the story page').toBeGreaterThan(0);
          await page.close();
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    },
  );
});

describeBrowser('keyboard focus in tables', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(demoDist)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The box a wide table scrolls in clips what overflows it, a focus outline drawn outside an element at its edge
  // too. The demo's tables hold nothing focusable at their edges, but a table may (a cell given tabindex by a script,
  // a linked caption): each is made focusable here, in a table with a caption above its headers and in one whose
  // caption is only read out (a dataset's columns, its headers at the box's top edge).
  it.each([360, 1280])(
    "at %i px, a focused caption, header or first cell at the edge of a dataset's scrolling table shows its whole outline",
    async (width) => {
      expect(kinds.dataset, 'the demo build has no dataset page').toBeDefined();
      const context = await browser.newContext(viewport(width));
      const page = await context.newPage();
      await page.goto(server.origin + kinds.dataset!);
      const marked = await page.evaluate(() => {
        // The chart's data table too, open as a reader opens it: closed, its box still measures wide, and Tab skips it.
        for (const details of document.querySelectorAll<HTMLDetailsElement>('figure details')) details.open = true;
        const boxes = [...document.querySelectorAll('.table-scroll:not(.table-stack)')].filter(
          (box) => box.getBoundingClientRect().width > 0 && getComputedStyle(box).overflowX !== 'visible',
        );
        const edges = boxes.flatMap((box) => [
          box.querySelector('caption:not(.visually-hidden)'),
          box.querySelector('thead th'),
          box.querySelector('tbody th, tbody td'),
        ]);
        return edges
          .filter((cell): cell is HTMLElement => !!cell)
          .map((cell, index) => {
            cell.tabIndex = 0;
            cell.dataset.edge = String(index);
            return cell.tagName;
          });
      });
      expect(marked, 'captions and cells made focusable').toContain('CAPTION');
      expect(marked.length).toBeGreaterThan(3);
      // Focus by keyboard, as a reader would reach them: Tab from the element before each.
      const problems: string[] = [];
      // The edges Tab reached, by their mark: an edge never focused has no outline measured, and would pass unseen.
      const reached = new Set<string>();
      for (let step = 0; step < 400; step++) {
        await page.keyboard.press('Tab');
        const edge = await page.evaluate(() =>
          document.activeElement === document.body
            ? null
            : ((document.activeElement as HTMLElement | null)?.dataset.edge ?? ''),
        );
        if (edge === null) break;
        if (edge === '') continue;
        reached.add(edge);
        const found = await page.evaluate(focusReport);
        problems.push(...(found?.problems ?? []).map((problem) => `${found!.name}: ${problem}`));
      }
      await context.close();
      expect([...reached].sort(), 'the marked captions and cells that Tab reached').toEqual(
        marked.map((_, index) => String(index)).sort(),
      );
      expect(problems).toEqual([]);
    },
  );

  // At 400 % zoom (a 1280 × 1024 screen is 320 × 256 CSS px) the demo's longest table that scrolls sideways, the red
  // notices issued per year, showed two to six rows at a time and its column headings scrolled off with the page
  // after the first two steps: "2011 8,136 no data –", with no name for either figure. Its box now scrolls both ways
  // (WCAG 1.4.10 exempts data tables from reflow), no taller than the screen, with its headings held at its top and
  // each row's heading at its left.
  const zoomed = { ...viewport(320), viewport: { width: 320, height: 256 } };
  /** Focuses the box of the dataset page's table of every row by Tab, as a keyboard reader reaches it. */
  const tabToRows = async (page: Page) => {
    for (let step = 0; step < 100; step++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (/\(\d+ rows\)$/.test(label)) return label;
    }
    return undefined;
  };
  /**
   * Presses a key and waits for the scrolling it starts (animated, even with reduced motion) to end: the positions
   * unchanged over five frames in a row. One unchanged frame was not enough: the animation may start a frame or two
   * after the key, and a step measured then, mid-scroll, found the headings out of view (1 run in 3 on a quiet machine).
   */
  const pressAndSettle = async (page: Page, key: string) => {
    await page.keyboard.press(key);
    await page.evaluate(async () => {
      const box = document.activeElement!;
      let last = '';
      let still = 0;
      for (let frame = 0; frame < 120 && still < 5; frame++) {
        await new Promise(requestAnimationFrame);
        const now = `${box.scrollTop} ${box.scrollLeft} ${scrollY}`;
        still = now === last ? still + 1 : 0;
        last = now;
      }
    });
  };

  it('at 400 % zoom (320 × 256), arrow keys scroll the longest data table with its column headings in view at every step', async () => {
    const context = await browser.newContext(zoomed);
    const page = await context.newPage();
    await page.goto(`${server.origin}/data/red-notices-issued/`);
    await fontsSettled(page);
    expect(await tabToRows(page), 'Tab reaches the table').toMatch(/^Red notices issued per year/);
    const hidden: string[] = [];
    // Each row shown whole under the headings at some step: one taller than the room under them could not be read.
    const whole = new Set<number>();
    let rows = 0;
    let last = false;
    for (let step = 0; step < 80 && !last; step++) {
      const view = await page.evaluate(() => {
        const box = document.activeElement!;
        const frame = box.getBoundingClientRect();
        const [top, bottom] = [Math.max(0, frame.top), Math.min(innerHeight, frame.bottom)];
        // The columns in the box's view, across: a heading is in view when it lies on screen inside the box and
        // nothing covers its middle (what the box shows of it).
        const columns = [...box.querySelectorAll('thead th')].filter((th) => {
          const r = th.getBoundingClientRect();
          return r.right > frame.left + 1 && r.left < frame.right - 1;
        });
        const hidden = columns.filter((th) => {
          const r = th.getBoundingClientRect();
          const x = (Math.max(r.left, frame.left) + Math.min(r.right, frame.right)) / 2;
          const hit = document.elementFromPoint(x, r.top + r.height / 2);
          return r.top < top - 0.5 || r.bottom > bottom + 0.5 || !hit || !th.contains(hit);
        });
        const under = Math.max(top, ...columns.map((th) => th.getBoundingClientRect().bottom));
        const rows = [...box.querySelectorAll('tbody tr')].map((tr) => tr.getBoundingClientRect());
        return {
          hidden: hidden.map((th) => th.textContent!.trim()),
          columns: columns.length,
          whole: rows.flatMap((r, i) => (r.top >= under - 0.5 && r.bottom <= bottom + 0.5 ? [i] : [])),
          rows: rows.length,
          last: rows.at(-1)!.bottom <= bottom + 0.5,
        };
      });
      if (view.hidden.length > 0)
        hidden.push(
          `step ${step}: ${view.hidden.length} of ${view.columns} headings out of view (${view.hidden.join(', ')})`,
        );
      for (const row of view.whole) whole.add(row);
      rows = view.rows;
      last = view.last;
      if (!last) await pressAndSettle(page, 'ArrowDown');
    }
    await context.close();
    expect(last, 'arrow keys reach the last row').toBe(true);
    expect(hidden).toEqual([]);
    expect(rows).toBeGreaterThan(15);
    expect(whole.size, 'rows shown whole under the headings').toBe(rows);
  });

  // Going back with Shift+Tab, Chromium brings the element focused to the top of the box, where the held headings
  // covered it: a table's own cells hold nothing focusable in the demo, but a link in a long Markdown table would.
  // Each figure of the table is made focusable here, as a script could make it.
  it('at 400 % zoom (320 × 256), Shift+Tab back through a long data table never leaves the focused cell under its held headings', async () => {
    const context = await browser.newContext(zoomed);
    const page = await context.newPage();
    await page.goto(`${server.origin}/data/red-notices-issued/`);
    await fontsSettled(page);
    expect(await tabToRows(page), 'Tab reaches the table').toMatch(/^Red notices issued per year/);
    const cells = await page.evaluate(() => {
      const figures = [...document.activeElement!.querySelectorAll<HTMLElement>('tbody td:nth-child(2)')];
      for (const cell of figures) cell.tabIndex = 0;
      figures.at(-1)!.focus();
      return figures.length;
    });
    const covered: string[] = [];
    for (let step = 1; step < cells; step++) {
      await pressAndSettle(page, 'Shift+Tab');
      const seen = await page.evaluate(() => {
        const cell = document.activeElement as HTMLElement;
        const box = cell.getBoundingClientRect();
        const shown = (y: number) => cell.contains(document.elementFromPoint(box.left + box.width / 2, y));
        return {
          row: cell.parentElement!.firstElementChild!.textContent,
          top: shown(box.top + 3),
          centre: shown(box.top + box.height / 2),
        };
      });
      if (!seen.top || !seen.centre)
        covered.push(`${seen.row}: ${seen.top ? '' : 'top '}${seen.centre ? '' : 'centre '}covered`);
    }
    await context.close();
    expect(covered).toEqual([]);
  });

  // Cut off at the box's foot, a row's last words ("the Council of") were all that said the table went on below. A
  // shadow there says so, as the shadows at its sides say it across, and goes once the last row is in view. Measured
  // on the box's own background: the table's text and rules are made transparent, and the sticky row headings left
  // out of the strip measured.
  it('at 400 % zoom (320 × 256), a shadow at the foot of the longest data table shows while rows remain below, and goes at its end', async () => {
    const context = await browser.newContext(zoomed);
    const page = await context.newPage();
    await page.goto(`${server.origin}/data/red-notices-issued/`);
    await fontsSettled(page);
    expect(await tabToRows(page), 'Tab reaches the table').toMatch(/^Red notices issued per year/);
    await page.evaluate(() => {
      const bare = new CSSStyleSheet();
      bare.replaceSync(
        '.table-scroll :is(table, th, td, caption) { color: transparent !important; border-color: transparent !important; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, bare];
    });
    /** The mean grey of the box's bottom 4 px, from its row headings' right edge to its right edge less the side shadow. */
    const foot = async () => {
      const clip = await page.evaluate(() => {
        const box = document.activeElement!.getBoundingClientRect();
        const left = Math.max(
          ...[...document.activeElement!.querySelectorAll('tbody th')].map((th) => th.getBoundingClientRect().right),
        );
        return { x: left + 2, y: box.bottom - 6, width: box.right - 16 - left, height: 4 };
      });
      const { channels } = await sharp(await page.screenshot({ clip })).stats();
      return Math.round(channels.slice(0, 3).reduce((sum, channel) => sum + channel.mean, 0) / 3);
    };
    const before = await foot();
    await page.keyboard.press('End');
    // Measured until the box has scrolled to its end, rather than after a fixed wait that a busy machine outlasts.
    await expect
      .poll(foot, { message: `the foot's grey at the end, against ${before} with rows below` })
      .toBeGreaterThan(before + 8);
    await context.close();
  });

  it("at 400 % zoom (320 × 256), each row's heading stays in view while arrow keys scroll the longest data table sideways", async () => {
    const context = await browser.newContext(zoomed);
    const page = await context.newPage();
    await page.goto(`${server.origin}/data/red-notices-issued/`);
    await fontsSettled(page);
    expect(await tabToRows(page), 'Tab reaches the table').toMatch(/^Red notices issued per year/);
    for (let step = 0; step < 40; step++) await pressAndSettle(page, 'ArrowRight');
    const view = await page.evaluate(() => {
      const box = document.activeElement!;
      const frame = box.getBoundingClientRect();
      const years = [...box.querySelectorAll('tbody th')].filter((th) => {
        const r = th.getBoundingClientRect();
        return r.bottom > Math.max(0, frame.top) && r.top < Math.min(innerHeight, frame.bottom);
      });
      return {
        scrolled: box.scrollLeft,
        rows: years.length,
        outOfView: years
          .filter((th) => {
            const r = th.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, Math.max(r.top, 1) + 2);
            return r.left < frame.left - 0.5 || !hit || !th.contains(hit);
          })
          .map((th) => th.textContent),
      };
    });
    await context.close();
    expect(view.scrolled, 'the table scrolled sideways').toBeGreaterThan(100);
    expect(view.rows).toBeGreaterThan(0);
    expect(view.outOfView).toEqual([]);
  });

  // A browser that does not know :has() (Firefox before 121) drops every rule that uses it: the case tables' boxes,
  // cards on a phone, must not rely on one to stop clipping their links' outlines. Such a browser is played here by
  // deleting those rules from the page's style sheets.
  it.each([
    ['case list fr', kinds['case list fr']],
    ['home', kinds.home],
  ] as const)(
    'at 360 px without :has(), every link of the case table on the %s page (%s) shows its whole outline',
    async (kind, path) => {
      expect(path, `the demo build has no ${kind} page`).toBeDefined();
      const context = await browser.newContext(viewport(360));
      const page = await context.newPage();
      await page.goto(server.origin + path!);
      const dropped = await page.evaluate(() => {
        let count = 0;
        const prune = (rules: CSSRuleList, remove: (index: number) => void) => {
          for (let i = rules.length - 1; i >= 0; i--) {
            const rule = rules[i]!;
            if (rule instanceof CSSStyleRule && rule.selectorText.includes(':has(')) {
              remove(i);
              count += 1;
            } else if (rule instanceof CSSGroupingRule) prune(rule.cssRules, (index) => rule.deleteRule(index));
          }
        };
        for (const sheet of document.styleSheets) prune(sheet.cssRules, (index) => sheet.deleteRule(index));
        return count;
      });
      const problems: string[] = [];
      let links = 0;
      for (let step = 0; step < 400; step++) {
        await page.keyboard.press('Tab');
        const inTable = await page.evaluate(() =>
          document.activeElement === document.body ? null : !!document.activeElement?.closest('.case-table'),
        );
        if (inTable === null) break;
        if (!inTable) continue;
        links += 1;
        const found = await page.evaluate(focusReport);
        problems.push(...(found?.problems ?? []).map((problem) => `${found!.name}: ${problem}`));
      }
      await context.close();
      expect(links, `case table links reached (${dropped} :has() rules dropped)`).toBeGreaterThan(3);
      expect(problems).toEqual([]);
    },
  );

  // A reader who followed a note to the sources list had no way back to where they were reading. From a note, Enter
  // reaches its source; Tab reaches the source's link back, whose name says where it goes; Enter returns to the note,
  // on screen and marked, and the next Tab goes on from there.
  it('takes a reader from a note to its source and, by the link back, to the note again, by keyboard alone', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    await page.goto(server.origin + kinds.story!);
    const note = page.locator('main .body sup.cite a').first();
    const [noteId, sourceHref] = await Promise.all([note.getAttribute('id'), note.getAttribute('href')]);
    expect(noteId ?? 'no id').toMatch(/^cite-/);
    await note.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, sourceHref);
    let name: string | null = null;
    for (let i = 0; i < 10 && !name?.startsWith('Back to note'); i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    }
    expect(name).toMatch(/^Back to note 1 in the text(, citation 1 of \d+)?$/);
    const focused = await page.evaluate(() => document.activeElement!.closest('li')?.id);
    expect(`#${focused}`).toBe(sourceHref);
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, `#${noteId}`);
    const landed = await page.evaluate((id) => {
      const target = document.getElementById(id)!;
      const box = target.getBoundingClientRect();
      return { onScreen: box.top >= 0 && box.bottom <= innerHeight, outline: getComputedStyle(target).outlineStyle };
    }, noteId!);
    expect(landed).toEqual({ onScreen: true, outline: 'solid' });
    await page.keyboard.press('Tab');
    const next = await page.evaluate((id) => {
      const note = document.getElementById(id)!;
      return Boolean(note.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, noteId!);
    expect(next, 'the Tab after returning goes on from the note').toBe(true);
    await context.close();
  });

  // On the search page a keyboard reader met two search fields, both "Search the site", one above the other on a
  // phone: the header's, which leaves the page, and the page's own. Only the page's own is there now.
  it.each([kinds.search, kinds['search fr']])(
    'on %s, Tab from the skip link reaches one search field',
    async (path) => {
      expect(path).toBeDefined();
      const context = await browser.newContext(viewport(360));
      const page = await context.newPage();
      await page.goto(server.origin + path!);
      const fields: string[] = [];
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Tab');
        const field = await page.evaluate(() => {
          const element = document.activeElement;
          return element instanceof HTMLInputElement && element.type === 'search' ? element.id : null;
        });
        if (field) fields.push(field);
      }
      await context.close();
      expect(fields).toEqual(['search-q']);
    },
  );
});
