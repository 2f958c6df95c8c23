/**
 * Robustness: the extension itself changes under open pages. It is reloaded (as an update or a
 * developer's reload does): old content scripts must shut down quietly — no "Extension context
 * invalidated" anywhere — and new pages are marked by the new one. Its stored settings are
 * corrupted at run time: Gloss resets what it cannot read to defaults, keeps everything else, and
 * says so on the options page.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeText, currentWorker, highlightTexts, launchGloss, type FixtureServer, type GlossBrowser } from './harness.js';
import { expectPageIntact, glossStats, openWatched, report, settledStats, watchPage, watchWorker, useWatchedGloss } from './hostile-pages.js';

let server: FixtureServer;
let g: GlossBrowser;
const workerLog: string[] = [];

useWatchedGloss((s, b) => ((server = s), (g = b)), () => g, workerLog, async () => {
  // Developer mode on, as for anyone who can reload an unpacked extension: without it Chromium
  // disables a reloaded command-line extension ("unsupportedDeveloperExtension").
  const profile = mkdtempSync(join(tmpdir(), 'gloss-profile-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return launchGloss(profile);
});

const FRONT = ['National Assembly', 'Resolution 130/2020/QH14', 'Nguyen Chi Vinh'];
const marks = highlightTexts;

describe('the extension reloaded while pages are open', () => {
  it('old content scripts shut down quietly and drop their marks; new pages are marked by the new one', async () => {
    const a = await openWatched(g, `${server.origin}/hostile-spa.html`);
    const b = await openWatched(g, `${server.origin}/hostile-body.html`);
    await settledStats(g, a.tabId, { mentions: 3 });
    await settledStats(g, b.tabId, { mentions: 3 });
    // A dwell is under way on page A when the extension goes.
    await a.w.page.bringToFront();
    const p = await a.w.page.evaluate(() => {
      const r = [...(CSS.highlights.get('gloss-underline') ?? [])].map((x) => x as Range).find((x) => x.toString() === 'Resolution 130/2020/QH14')!;
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await a.w.page.mouse.move(p.x, p.y);

    const fresh = g.context.waitForEvent('serviceworker', { timeout: 15_000 });
    const old = g.worker;
    await old.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 20); });
    const worker = await fresh;
    await watchWorker(worker, workerLog);
    expect(worker.url()).toBe(old.url());

    // The old scripts notice their runtime is gone (within a second) and take their marks away.
    await expect.poll(() => marks(a.w.page), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => marks(b.w.page), { timeout: 5000 }).toEqual([]);
    // Everything that used to wake them: pointer, clicks, keys, scrolling, mutations, navigation.
    for (const { w } of [a, b]) {
      await w.page.bringToFront();
      await w.page.mouse.move(p.x, p.y);
      await w.page.mouse.move(p.x + 30, p.y + 5);
      await w.page.mouse.click(p.x, p.y);
      await w.page.keyboard.press('Escape');
      await w.page.mouse.wheel(0, 200);
      await w.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    }
    await a.w.page.click('a[href="/hostile-spa/story-2"]'); // pushState + new view
    await b.w.page.evaluate(() => (window as unknown as { replaceBody(h: string): void }).replaceBody('<p>Nguyen Chi Vinh visited the ISEAS – Yusof Ishak Institute.</p>'));
    await a.w.page.waitForTimeout(1500); // the old scripts' timers (mutation delay, URL check) come due
    expect(await marks(a.w.page)).toEqual([]);
    expect(await marks(b.w.page)).toEqual([]);
    expect(await a.w.page.locator('gloss-card').count()).toBe(0);
    for (const { w } of [a, b]) await expectPageIntact(w, g, workerLog);

    // A page loaded now is marked by the new content script, and the old tab is, once reloaded.
    const c = await openWatched(g, `${server.origin}/hostile-spa.html`);
    await settledStats(g, c.tabId, { mentions: 3 });
    expect(await marks(c.w.page)).toEqual(FRONT);
    await expect.poll(() => badgeText(g, c.tabId)).toBe('3');
    await b.w.page.reload();
    await settledStats(g, b.tabId, { mentions: 3 });
    expect(await marks(b.w.page)).toEqual(FRONT);
    report({ name: 'extension reloaded under open pages (new page)', stats: await glossStats(g, c.tabId), boundMs: 250 });
    await expectPageIntact(c.w, g, workerLog);
    for (const { w } of [a, b, c]) await w.page.close();
  });
});

async function writeStored(value: unknown): Promise<void> {
  const worker = await currentWorker(g);
  await worker.evaluate((v) => chrome.storage.sync.set({ 'gloss.settings': v }), value);
}
async function readStored(): Promise<unknown> {
  const worker = await currentWorker(g);
  return worker.evaluate(() => chrome.storage.sync.get('gloss.settings').then((s) => s['gloss.settings']));
}

/** Opens the options page and returns the repaired notice (or null) and the paused sites it lists. */
async function openOptions(): Promise<{ page: Page; notice: string | null; paused: string[] }> {
  const page = await g.context.newPage();
  const w = watchPage(page);
  await page.goto(`chrome-extension://${g.extensionId}/src/extension/options/index.html`);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 10_000 });
  const notice = page.getByTestId('repaired-notice');
  const shown = await notice.isVisible();
  const paused = await page.locator('#paused-list li').allTextContents();
  expect(w.errors).toEqual([]);
  return { page, notice: shown ? await notice.textContent() : null, paused };
}

describe('stored settings corrupted at run time', () => {
  const valid = { version: 3, pausedSites: ['example.org', 'paused.test'], marks: true, highlightStyle: 'background', openCardsOn: 'hover' };

  it('a garbage field is reset with a notice; the valid fields (paused sites) survive; open and new pages keep working', async () => {
    await writeStored(valid);
    const open = await openWatched(g, `${server.origin}/hostile-spa.html`);
    await settledStats(g, open.tabId, { mentions: 3 });
    await expect.poll(() => marks(open.w.page, 'gloss-background')).toEqual(FRONT);

    await writeStored({ ...valid, highlightStyle: 42, openCardsOn: { evil: true } });
    // The open page takes the readable settings at once (garbage style → the default, underline).
    await expect.poll(() => marks(open.w.page)).toEqual(FRONT);
    expect(await marks(open.w.page, 'gloss-background')).toEqual([]);
    // A page loaded now works too — and must not quietly repair the store (which would hide the
    // notice the reader is owed).
    const fresh = await openWatched(g, `${server.origin}/hostile-spa.html`);
    await settledStats(g, fresh.tabId, { mentions: 3 });
    expect(await marks(fresh.w.page)).toEqual(FRONT);

    const options = await openOptions();
    expect(options.notice).toMatch(/reset to defaults: highlight style, open cards on/);
    expect(options.paused.join(' ')).toMatch(/example\.org[\s\S]*paused\.test/);
    // Repaired in storage: garbage gone, the rest kept.
    expect(await readStored()).toEqual({ ...valid, highlightStyle: 'underline', openCardsOn: 'hover' });
    // Once repaired, no notice the next time.
    const again = await openOptions();
    expect(again.notice).toBeNull();

    report({ name: 'settings corrupted at run time (open page)', stats: await glossStats(g, open.tabId), boundMs: 250 });
    for (const w of [open.w, fresh.w]) await expectPageIntact(w, g, workerLog);
    for (const p of [open.w.page, fresh.w.page, options.page, again.page]) await p.close();
  });

  it('a stored value that is not even an object: everything reset to defaults, with a notice', async () => {
    const open = await openWatched(g, `${server.origin}/hostile-spa.html`);
    await settledStats(g, open.tabId, { mentions: 3 });
    await writeStored('}{ not settings');
    await open.w.page.waitForTimeout(300);
    expect(await marks(open.w.page)).toEqual(FRONT);
    const options = await openOptions();
    expect(options.notice).toMatch(/all settings/);
    expect(options.paused).toEqual([]);
    expect(await readStored()).toEqual({ version: 3, pausedSites: [], marks: true, highlightStyle: 'underline', openCardsOn: 'hover' });
    await expectPageIntact(open.w, g, workerLog);
    for (const p of [open.w.page, options.page]) await p.close();
  });
});
