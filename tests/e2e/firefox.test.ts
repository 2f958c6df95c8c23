/**
 * Firefox smoke test: the Firefox build, installed in Firefox ESR driven by puppeteer-core over
 * WebDriver BiDi, marks a page and its popup lists the page's topics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GECKO_ID } from '../../build/firefox-manifest.js';
import { ROOT, serveFixtures, type FixtureServer } from './harness.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = join(ROOT, 'dist/firefox');
const UUID = 'a8d3c7e2-5b1f-4c9a-9e0d-6f2b1c3d4e5f';

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
    await page.waitForFunction(() => (CSS.highlights.get('gloss-underline')?.size ?? 0) >= 9, { timeout: 20_000 });
    const marks = await page.evaluate(() => [...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => (r as Range).toString()));
    expect(marks).toContain('Directive 25');
    expect(marks).toContain('Resolution 130/2020/QH14');

    const popup = await browser.newPage();
    const base = `moz-extension://${UUID}/src/extension/popup/index.html`;
    // Navigating to a moz-extension:// page never resolves goto: start it and wait for the page.
    void popup.goto(base).catch(() => undefined);
    await popup.waitForFunction(() => document.body?.dataset.ready === 'true', { timeout: 20_000 });
    const tabId = await popup.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({ url });
      return tabs[0]?.id;
    }, `${server.origin}/news.html`);
    expect(typeof tabId).toBe('number');
    void popup.goto(`${base}?tab=${tabId}`).catch(() => undefined);
    await popup.waitForFunction(() => document.body?.dataset.ready === 'true' && location.search.includes('tab='), { timeout: 20_000 });
    await popup.waitForFunction(() => document.body.textContent?.includes('Directive 25'), { timeout: 10_000 });
    await page.close();
    await popup.close();
  });
});
