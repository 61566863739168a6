/**
 * The browser harness itself can fail: on planted pages served with the site's CSP, it reports an inline script
 * (CSP violation), a stylesheet from another host, a missing image, a page wider than the phone, and a chart drawn
 * with an empty box; it reports a request that failed on its own or was cancelled by a script, but not one the reader
 * cancelled by going to another page. Without this, a quiet harness would prove nothing.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveSite, type SiteServer } from '../../scripts/serve.ts';
import { securityHeaders } from '../../src/build/security-headers.ts';
import { htmlPage, tempSite } from '../helpers/temp-site.ts';
import {
  chartBoxes,
  describeBrowser,
  horizontalOverflow,
  launchBrowser,
  viewport,
  watchPage,
} from '../helpers/browser.ts';
import { chartContrastProblems } from '../helpers/chart-contrast.ts';

describeBrowser('the browser harness on planted problems', () => {
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    const dir = tempSite({
      'bad/index.html': htmlPage(
        '<img src="/missing.png" alt="">',
        '<script>document.title = "ran"</script><link rel="stylesheet" href="https://cdn.example.com/x.css">',
      ),
      // A stylesheet file, not style attributes: the CSP blocks those.
      'wide/wide.css':
        '#banner, .cell { width: 900px } .scroll { overflow-x: auto } .hidden-label { position: absolute; width: 1px; height: 1px; overflow: hidden } .positioned { position: relative }',
      'wide/index.html': htmlPage(
        '<div id="banner">wide</div><div class="scroll"><table><tr><td><div class="cell">scrolls</div></td></tr></table></div>',
        '<link rel="stylesheet" href="/wide/wide.css">',
      ),
      // A visually hidden label at the far end of a scrolled table escapes a container that is not positioned.
      'escape/index.html': htmlPage(
        '<div class="scroll"><table><tr><td><div class="cell">a</div></td><td><span class="hidden-label">label</span></td></tr></table></div>' +
          '<div class="scroll positioned"><table><tr><td><div class="cell">a</div></td><td><span class="hidden-label">kept</span></td></tr></table></div>',
        '<link rel="stylesheet" href="/wide/wide.css">',
      ),
      'charts/charts.css':
        ':root { --chart-grid: #eeeeee; --chart-empty: #f0f0f0 } .hidden { display: none } body { background: #ffffff } .faint { fill: #bbbbbb } .ok { fill: #595959 } .empty { fill: var(--chart-empty) }',
      'contrast/index.html': htmlPage(
        '<figure><svg role="img" aria-label="Planted" width="300" height="100">' +
          '<g aria-label="y-grid"><line x1="0" x2="300" y1="10" y2="10" stroke="#dddddd"></line></g>' +
          '<g><line x1="0" x2="300" y1="15" y2="15" stroke="#eeeeee"></line><rect class="empty" x="250" y="20" width="10" height="10"></rect></g>' +
          '<g aria-label="bar"><rect class="faint" x="0" y="20" width="50" height="50"></rect><rect class="ok" x="60" y="20" width="50" height="50"></rect>' +
          '<rect class="faint" stroke="#333333" x="120" y="20" width="50" height="50"></rect></g>' +
          '<text class="faint" x="200" y="50">Faint</text><text class="ok" x="200" y="80">Readable</text></svg></figure>' +
          // "No data" as hatching: lines 3:1 from their ground pass, pale ones do not.
          '<figure><svg role="img" aria-label="Hatched" width="300" height="100"><defs>' +
          '<pattern id="good" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#f0f0f0"></rect><path d="M1,0V4" stroke="#595959"></path></pattern>' +
          '<pattern id="pale" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#f0f0f0"></rect><path d="M1,0V4" stroke="#dddddd"></path></pattern>' +
          '</defs><rect class="ok" x="0" y="0" width="50" height="50"></rect><rect fill="url(#good)" stroke="#595959" x="60" y="0" width="50" height="50"></rect>' +
          '<rect fill="url(#pale)" stroke="#595959" x="120" y="0" width="50" height="50"></rect></svg></figure>',
        '<link rel="stylesheet" href="/charts/charts.css">',
      ),
      'charts/index.html': htmlPage(
        '<figure><svg role="img" aria-label="Drawn" width="200" height="100"></svg></figure>' +
          '<figure><svg role="img" aria-label="Empty" width="0" height="100"></svg></figure>' +
          '<figure><svg role="img" aria-label="Hidden" width="200" height="100" class="hidden"></svg></figure>' +
          '<figure><svg role="img" aria-label="Narrow" width="100" height="100" class="hidden"></svg><svg role="img" aria-label="Wide" width="300" height="100"></svg></figure>',
        '<link rel="stylesheet" href="/charts/charts.css">',
      ),
    });
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the server sends the security headers, the CSP included', async () => {
    const response = await fetch(`${server.origin}/bad/`);
    expect(response.headers.get('content-security-policy')).toBe(securityHeaders['Content-Security-Policy']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${server.origin}/nowhere/`);
    expect(missing.status).toBe(404);
    const redirect = await fetch(`${server.origin}/bad`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/bad/']);
  });

  it('reports the CSP violations of an inline script and a stylesheet from another host, and a missing image', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/bad/`, { waitUntil: 'load' });
    await context.close();
    expect(
      await Promise.resolve(
        watch.problems
          .filter((p) => p.startsWith('CSP violation'))
          .map((p) => p.replace(/ \(.*\)$/, ''))
          .sort(),
      ),
    ).toEqual([
      'CSP violation: script-src-elem blocked inline',
      'CSP violation: style-src-elem blocked https://cdn.example.com/x.css',
    ]);
    expect(watch.problems).toContain(`HTTP 404: ${server.origin}/missing.png`);
    expect(watch.problems.some((p) => p.startsWith('console error:'))).toBe(true);
  });

  it('finds an element wider than a 360 px phone, but not a table inside a scrolling container', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    await page.goto(`${server.origin}/wide/`);
    const overflow = await horizontalOverflow(page);
    await context.close();
    expect(overflow.scrollWidth).toBeGreaterThan(overflow.width);
    expect(overflow.wide).toEqual([expect.stringMatching(/^div#banner right=9\d\d$/)]);
  });

  it('finds an absolutely positioned label that escapes a scrolling table container, but not one kept inside', async () => {
    const context = await browser.newContext(viewport(360));
    const page = await context.newPage();
    await page.goto(`${server.origin}/escape/`);
    const overflow = await horizontalOverflow(page);
    await context.close();
    expect(overflow.scrollWidth).toBeGreaterThan(overflow.width);
    expect(overflow.wide).toEqual([expect.stringMatching(/^span\.hidden-label right=\d+$/)]);
  });

  it('measures the drawn svg of each chart, so an empty or hidden one shows, and a hidden variant does not count', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.goto(`${server.origin}/charts/`);
    const charts = await chartBoxes(page);
    await context.close();
    expect(charts).toEqual([
      { label: 'Drawn', width: 200, height: 100 },
      { label: 'Empty', width: 0, height: 100 },
      { label: 'Hidden', width: 0, height: 0 },
      { label: 'Narrow', width: 300, height: 100 },
    ]);
  });

  it('finds chart text under 4.5:1, data marks under 3:1 (unless outlined) and "no data" too close to the data, ignoring gridlines', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    await page.goto(`${server.origin}/contrast/`);
    const problems = await chartContrastProblems(page);
    await context.close();
    expect(problems).toEqual([
      '"Planted": text "Faint" #bbbbbb on #ffffff is 1.92:1 (needs 4.5:1)',
      '"Planted": "no data" fill #f0f0f0 is 1.68:1 from the data colour #bbbbbb (needs 3:1, or a pattern)',
      '"Planted": bar rect fill #bbbbbb on #ffffff is 1.92:1 (needs 3:1)',
      '"Hatched": pattern #pale\'s lines #dddddd are 1.19:1 from its ground #f0f0f0 (needs 3:1)',
    ]);
  });
});

describeBrowser('the browser harness on requests that fail', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const held: ServerResponse[] = [];
  const asked: string[] = [];
  /** The tick of /ticking/ the server answers once the next one arrives, until /slow/ is asked for. */
  let tickToAnswer: ServerResponse | undefined;

  beforeAll(async () => {
    // /hang.png never answers, /reset.png closes the connection without an answer; the rest are pages.
    const pages: Record<string, string> = {
      '/leave/': '<img src="/hang.png" alt="">',
      '/plain/': '<p>Nothing to load.</p>',
      '/broken/': '<img src="/reset.png" alt="">',
      // Asks for something every 50 ms, until the page is left: also while the next page is on its way (the server
      // holds /slow/ until it has been asked for something after it).
      '/ticking/':
        '<script>let tick = 0; setInterval(() => fetch(`/hang.png?tick=${tick++}`).catch(() => {}), 50);</script>',
      // The test cancels the fetch once the server has it (a cancel before it is sent would be another case).
      '/cancel/':
        '<script>const stop = new AbortController(); fetch("/hang.png?fetch", { signal: stop.signal }).catch(() => {});' +
        ' window.cancelFetch = () => stop.abort();</script>',
    };
    // Without an icon, Chromium may ask for /favicon.ico, at a time of its choosing.
    const noFavicon = '<link rel="icon" href="data:,">';
    // /slow/ is answered once the page being left has asked for something after it, so that the case the test is about
    // happens however the machine schedules the browser (held 400 ms, a starved page could ask for nothing meanwhile),
    // or after 10 s, for the test to say it did not.
    let slow: { answer: () => void; timer: NodeJS.Timeout } | undefined;
    server = createServer((request, response) => {
      const url = request.url ?? '';
      const page = pages[url];
      asked.push(url);
      if (url.startsWith('/hang.png')) {
        held.push(response);
        if (url.startsWith('/hang.png?tick')) {
          // Chromium opens at most 6 connections to a host: ticks held for good took them all within 300 ms, and the
          // request for /slow/ then waited for a free one, for ever or until its 10 s answer. Until /slow/ is asked
          // for, a tick is answered (204) once the next one arrives, so that a tick holds one connection at most;
          // from then on each is held, for the page being left to have them in flight when the next page arrives.
          tickToAnswer?.writeHead(204).end();
          tickToAnswer = asked.includes('/slow/') ? undefined : response;
          slow?.answer();
        }
      } else if (url === '/reset.png') request.socket.destroy();
      else if (url === '/slow/') {
        const answer = () => {
          clearTimeout(slow!.timer);
          slow = undefined;
          response
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(htmlPage('<p>Late.</p>', noFavicon));
        };
        slow = { answer, timer: setTimeout(answer, 10_000) };
      } else if (page !== undefined)
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(htmlPage(page, noFavicon));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const response of held) response.destroy();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Waits until `condition` holds, checked every 10 ms (it reads what the server and the browser's events recorded). */
  const until = async (what: string, condition: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`not within 10 s: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('leaves alone a request the reader cancelled by going to another page', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, origin);
    const aborted: string[] = [];
    page.on('requestfailed', (request) => aborted.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.goto(`${origin}/leave/`, { waitUntil: 'domcontentloaded' });
    await until('the server asked for /hang.png', () => asked.includes('/hang.png'));
    await page.goto(`${origin}/plain/`);
    await until('a failed request reported by the browser', () => aborted.length > 0);
    await context.close();
    // The image's load was cancelled (so the test saw the case it is about), and that is not a problem.
    expect(aborted).toEqual([`${origin}/hang.png net::ERR_ABORTED`]);
    expect(watch.problems).toEqual([]);
  });

  it('leaves alone what the page being left asked for while the next page was on its way', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, origin);
    await page.goto(`${origin}/ticking/`);
    await page.goto(`${origin}/slow/`);
    // The browser reports what the page being left had in flight as it cancels it, when the next page arrives, and may
    // report nothing of a tick sent in its last moment that the server did get: waiting for the browser to report every
    // tick the server had could last for ever. It reports a request of the new page after those it cancelled then.
    await Promise.all([page.waitForRequest(`${origin}/plain/`), page.evaluate(() => fetch('/plain/').then(() => {}))]);
    await context.close();
    // Some were asked for after the request for /slow/ reached the server (which held it until then), and none is a problem.
    expect(
      asked.slice(asked.indexOf('/slow/')).filter((url) => url.startsWith('/hang.png?tick')).length,
      'ticks asked for after /slow/',
    ).toBeGreaterThan(0);
    expect(watch.problems).toEqual([]);
  });

  it('reports a request that failed on its own, and one a script cancelled with no page change', async () => {
    const context = await browser.newContext(viewport(1280));
    const page = await context.newPage();
    const watch = await watchPage(page, origin);
    await page.goto(`${origin}/broken/`);
    await page.goto(`${origin}/cancel/`);
    await until('the server asked for /hang.png?fetch', () => asked.includes('/hang.png?fetch'));
    await page.evaluate(() => (window as unknown as { cancelFetch: () => void }).cancelFetch());
    const failed = () => watch.problems.filter((problem) => problem.startsWith('request failed'));
    await until('two failed requests reported', () => failed().length > 1);
    await context.close();
    expect(failed()).toEqual([
      expect.stringMatching(new RegExp(`^request failed: ${origin}/reset\\.png \\(net::ERR_[A-Z_]+\\)$`)),
      `request failed: ${origin}/hang.png?fetch (net::ERR_ABORTED)`,
    ]);
  });
});
