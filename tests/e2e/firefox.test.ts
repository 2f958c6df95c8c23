/**
 * Firefox smoke test: the Firefox build, installed in Firefox ESR driven by puppeteer-core over
 * WebDriver BiDi, marks a page and its popup lists the page's topics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID } from '../../build/firefox-manifest.js';
import { ROOT, serveFixtures, type FixtureServer } from './harness.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = join(ROOT, 'dist/firefox');
const UUID = 'a8d3c7e2-5b1f-4c9a-9e0d-6f2b1c3d4e5f';

/** Polls `fn` in the page until it returns true (puppeteer's waitForFunction is unreliable over BiDi here). */
async function until(page: Page, fn: () => boolean, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const ok = await page.evaluate(fn).catch(() => false);
    if (ok) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let server: FixtureServer;
let browser: Browser;
let profile: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  server = await serveFixtures();
  profile = mkdtempSync(join(tmpdir(), 'gloss-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(DIST);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('Firefox', () => {
  it('marks mentions on a page and the popup lists its topics', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/news.html`);
    await until(page, () => (CSS.highlights.get('gloss-underline')?.size ?? 0) >= 9);
    const marks = await page.evaluate(() => [...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => (r as Range).toString()));
    expect(marks).toContain('Directive 25');
    expect(marks).toContain('Resolution 130/2020/QH14');

    const popup = await browser.newPage();
    const base = `moz-extension://${UUID}/src/extension/popup/index.html`;
    // Navigating to a moz-extension:// page never resolves goto: start it and wait for the page.
    void popup.goto(base).catch(() => undefined);
    await until(popup, () => document.body?.dataset.ready === 'true');
    // Gloss has no "tabs" permission, so find the tab by what its content script reported.
    const tabId = await popup.evaluate(async (url) => {
      const all = await (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get(null);
      const key = Object.keys(all).find((k) => (all[k] as { url?: string }).url === url);
      return key ? Number(key.slice('tab:'.length)) : undefined;
    }, `${server.origin}/news.html`);
    expect(typeof tabId).toBe('number');
    void popup.goto(`${base}?tab=${tabId}`).catch(() => undefined);
    await until(popup, () => document.body?.dataset.ready === 'true' && location.search.includes('tab='));
    await until(popup, () => document.querySelector('[data-topic-id="directive-25"]') !== null);
    await page.close();
    await popup.close();
  });
});
