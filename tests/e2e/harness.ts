/**
 * Browser-test harness: serves fixture pages on 127.0.0.1, launches Debian's Chromium with the
 * built extension (dist/chrome) in a fresh profile, and records every network request so the
 * suite can prove Gloss makes none.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = join(ROOT, 'tests/fixtures/pages');

export interface FixtureServer {
  origin: string;
  /** Every path requested from the server, in order. */
  requests: string[];
  /** Registers extra HTML at a path (for generated pages), optionally with extra response headers. */
  route(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const requests: string[] = [];
  const routes = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const extra = routes.get(path);
    const file = join(PAGES, path.replace(/^\/+/, ''));
    const body = extra?.html ?? (file.startsWith(PAGES) && existsSync(file) && path.endsWith('.html') ? readFileSync(file, 'utf8') : undefined);
    if (body === undefined) {
      // SPA-style paths fall back to the page named by the first segment.
      const first = path.split('/')[1];
      const fallback = first && existsSync(join(PAGES, `${first}.html`)) ? readFileSync(join(PAGES, `${first}.html`), 'utf8') : undefined;
      if (fallback === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fallback);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra?.headers }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (p, html, headers = {}) => routes.set(p, { html, headers }),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface GlossBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  /** Every request any page, frame or worker of this browser made (URL). */
  network: string[];
  close(keepProfile?: boolean): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Keep Chromium's back/forward cache on. Playwright turns it off by default; with it on, a
   * `page.goBack()` restored from the cache fires no load event (wait with `waitUntil: 'commit'`).
   */
  bfcache?: boolean;
}

export async function launchGloss(profile?: string, options: LaunchOptions = {}): Promise<GlossBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'gloss-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    ...(options.bfcache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const network: string[] = [];
  context.on('request', (r) => network.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId, profile: dir, network,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The current service worker (it may have been restarted since launch). */
export async function currentWorker(g: GlossBrowser): Promise<Worker> {
  return g.context.serviceWorkers()[0] ?? g.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/**
 * The id of the tab showing `page`, asked of the extension itself. Gloss has no "tabs"
 * permission, so tab URLs are hidden from it: the page is brought to the front and the active
 * tab is asked for.
 */
export async function tabIdOf(g: GlossBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await currentWorker(g);
  return worker.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (t?.id === undefined) throw new Error('no active tab');
    return t.id;
  });
}

/** Ranges registered under a highlight name, as [text] strings, read from the page's main world. */
export async function highlightTexts(page: Page, name = 'gloss-underline'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}

/** Waits until the page has at least `count` ranges under `name`. */
export async function waitForHighlights(page: Page, count: number, name = 'gloss-underline', timeout = 10_000): Promise<string[]> {
  await page.waitForFunction(([n, c]) => (CSS.highlights.get(n as string)?.size ?? 0) >= (c as number), [name, count] as const, { timeout });
  return highlightTexts(page, name);
}

export async function badgeText(g: GlossBrowser, tabId: number): Promise<string> {
  const worker = await currentWorker(g);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Sends a message to a tab's content script through the extension (as a command would). */
export async function sendToContent<T>(g: GlossBrowser, tabId: number, type: string, payload: unknown = {}): Promise<T> {
  const worker = await currentWorker(g);
  const reply = await worker.evaluate(([id, t, p]) => chrome.tabs.sendMessage(id as number, { type: t, payload: p }), [tabId, type, payload] as const);
  const r = reply as { ok: boolean; value?: T; error?: string };
  if (!r?.ok) throw new Error(`content script answered ${JSON.stringify(r)}`);
  return r.value as T;
}

/** Requests that were not to the fixture server's own pages or inside the extension. */
export function foreignRequests(network: string[], origin: string): string[] {
  return network.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank');
}
