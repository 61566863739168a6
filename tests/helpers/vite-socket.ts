/**
 * Vite's HMR socket on a dev server, opened as a browser's page opens it: what the server tells the page. Astro sends a
 * full reload of every page (`full-reload`, path `*`) once its content layer has written a change to its store, and the
 * error a page failed with, for the overlay. A page requested before the reload is read from the old store.
 */
import { expect } from 'vitest';

/** The socket of the dev server at `origin`, calling `heard` with each message. */
async function viteSocket(origin: string, heard: (message: Record<string, unknown>) => void): Promise<WebSocket> {
  const client = await (await fetch(`${origin}/@vite/client`)).text();
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  expect(token, "Vite's client names the token of its socket").toBeDefined();
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (event) => heard(JSON.parse(String(event.data)) as Record<string, unknown>));
  await new Promise((opened, failed) => ((socket.onopen = opened), (socket.onerror = failed)));
  return socket;
}

export interface ContentReloads {
  /** How many content reloads have come since the socket opened. */
  count(): number;
  /** Whether more than `seen` have come by `deadline`: at once when they have, else when the next comes. */
  after(seen: number, deadline: number): Promise<boolean>;
  close(): void;
}

/** The content reloads the dev server at `origin` sends its pages, counted. */
export function contentReloads(origin: string): Promise<ContentReloads> {
  return reloads(origin, (message) => message.path === '*');
}

/**
 * Every full reload the dev server at `origin` sends its pages, counted: the content layer's, and those Astro sends
 * (without a path) when a module only the server runs is dropped, such as a compiled story one of whose watched files
 * changed (src/build/dev-public-images.ts).
 */
export function pageReloads(origin: string): Promise<ContentReloads> {
  return reloads(origin, () => true);
}

/** The full reloads the dev server at `origin` sends its pages that `counted` accepts, counted. */
async function reloads(
  origin: string,
  counted: (message: Record<string, unknown>) => boolean,
): Promise<ContentReloads> {
  let count = 0;
  let wake = () => {};
  const socket = await viteSocket(origin, (message) => {
    if (message.type !== 'full-reload' || !counted(message)) return;
    count += 1;
    wake();
  });
  return {
    count: () => count,
    after: async (seen, deadline) => {
      while (count <= seen && Date.now() < deadline) {
        await new Promise<void>((done) => {
          const timer = setTimeout(done, deadline - Date.now());
          wake = () => (clearTimeout(timer), done());
        });
      }
      return count > seen;
    },
    close: () => socket.close(),
  };
}

export interface ErrorOverlays {
  /** The last error the overlay was sent, once it includes `text` (HTML-escaped, as sent), or whatever it was after 10 s. */
  overlay(text: string): Promise<string | undefined>;
  close(): void;
}

/** The errors the dev server at `origin` sends its pages' overlay: Astro's error page is a title and Vite's client. */
export async function errorOverlays(origin: string): Promise<ErrorOverlays> {
  const overlays: string[] = [];
  let overlaid = () => {};
  const socket = await viteSocket(origin, (message) => {
    if (message.type !== 'error') return;
    overlays.push((message.err as { message: string }).message);
    overlaid();
  });
  return {
    overlay: (text) =>
      new Promise((done) => {
        const timer = setTimeout(() => done(overlays.at(-1)), 10_000);
        overlaid = () => {
          if (!overlays.at(-1)?.includes(text)) return;
          clearTimeout(timer);
          done(overlays.at(-1));
        };
        overlaid();
      }),
    close: () => socket.close(),
  };
}

/** `text` as the overlay is sent it: HTML-escaped. */
export function asSent(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
