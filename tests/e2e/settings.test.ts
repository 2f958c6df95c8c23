import { describe, expect, it } from 'vitest';
import { badgeText, currentWorker, highlightTexts, launchGloss, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { useGloss } from './suite.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

async function setSettings(change: Record<string, unknown>): Promise<void> {
  const worker = await currentWorker(g);
  await worker.evaluate(async (c) => {
    const key = 'gloss.settings';
    const area = chrome.storage.sync;
    const current = ((await area.get(key))[key] as Record<string, unknown> | undefined) ?? { version: 3, pausedSites: [], marks: true, highlightStyle: 'underline', openCardsOn: 'hover' };
    await area.set({ [key]: { ...current, ...c } });
  }, change);
}

describe('settings', () => {
  it('turning marks off removes them at once and keeps the badge', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const tabId = await tabIdOf(g, page);
    await setSettings({ marks: false });
    await expect.poll(() => highlightTexts(page)).toEqual([]);
    expect(await badgeText(g, tabId)).toBe('8');
    await setSettings({ marks: true, highlightStyle: 'background' });
    await expect.poll(() => highlightTexts(page, 'gloss-background').then((m) => m.length)).toBe(9);
    await setSettings({ highlightStyle: 'underline' });
    await page.close();
  });

  it('pausing a site removes its marks at once, and the pause survives a browser restart', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const tabId = await tabIdOf(g, page);
    await setSettings({ pausedSites: ['127.0.0.1'] });
    await expect.poll(() => highlightTexts(page)).toEqual([]);
    await expect.poll(() => badgeText(g, tabId)).toBe('');

    // Restart the browser on the same profile.
    const profile = g.profile;
    await g.close(true);
    g = await launchGloss(profile);
    const again = await g.context.newPage();
    await again.goto(`${server.origin}/news.html`);
    const tab2 = await tabIdOf(g, again);
    await expect.poll(() => g.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((s) => (s[`tab:${id}`] as { paused?: boolean } | undefined)?.paused), tab2)).toBe(true);
    expect(await highlightTexts(again)).toEqual([]);

    // Resuming marks the page again without a reload.
    await setSettings({ pausedSites: [] });
    await waitForHighlights(again, 9);
    await again.close();
  });

  it('the service worker is stopped and restarted, and still answers from session storage', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const tabId = await tabIdOf(g, page);
    const cdp = await g.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // An extension page asks the (restarted) worker for the tab's state.
    const popup = await g.context.newPage();
    await popup.goto(`chrome-extension://${g.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
    const state = await popup.evaluate(async (id) => chrome.runtime.sendMessage({ type: 'tab/state', payload: { tabId: id } }), tabId);
    expect(state.ok).toBe(true);
    expect(state.value.topics.map((t: { id: string }) => t.id)).toContain('directive-25');
    const card = await popup.evaluate(async () => chrome.runtime.sendMessage({ type: 'topic/card', payload: { topic: 'directive-25' } }));
    expect(card.ok).toBe(true);
    expect(card.value.facts.length).toBeGreaterThanOrEqual(2);
    const bad = await popup.evaluate(async () => chrome.runtime.sendMessage({ type: 'topic/card', payload: { topic: 'no-such-topic' } }));
    expect(bad).toEqual({ ok: false, error: 'unknown topic "no-such-topic"' });
    await popup.close();
    await page.close();
  });
});
