/**
 * The page must not be able to drive Gloss: its UI is in closed shadow roots, synthetic events
 * neither open the card nor press its buttons, corrections are deduped, capped and stored apart
 * from the settings, failed saves are shown, and the background refuses malformed or wrongly-sent
 * messages and caps what it stores per tab.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { currentWorker, highlightTexts, sendToContent, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { hoverMark, markCentre, useGloss } from './suite.js';
import { card, inShadow, shadowMode } from './shadow.js';
import { glossWorld } from './hostile-pages.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

const MAX_CORRECTIONS = 200;

async function openNews(): Promise<Page> {
  const page = await g.context.newPage();
  await page.goto(`${server.origin}/news.html`);
  await waitForHighlights(page, 9);
  return page;
}

/** Everything in storage.sync (settings, corrections). */
async function syncItems(): Promise<Record<string, unknown>> {
  const worker = await currentWorker(g);
  return worker.evaluate(() => chrome.storage.sync.get(null));
}

/** The corrections as stored: rows [topic, alias, site, added] across the shards. */
async function storedCorrections(): Promise<unknown[][]> {
  const items = await syncItems();
  const index = items['gloss.corrections'] as { shards: number } | undefined;
  const rows: unknown[][] = [];
  for (let i = 0; i < (index?.shards ?? 0); i++) rows.push(...(items[`gloss.corrections.${i}`] as unknown[][]));
  return rows;
}

async function resetSync(items: Record<string, unknown> = {}): Promise<void> {
  const worker = await currentWorker(g);
  await worker.evaluate(async (next) => {
    await chrome.storage.sync.clear();
    if (Object.keys(next).length) await chrome.storage.sync.set(next);
  }, items);
}

/** Dispatches, from the page's own script, every kind of pointer, mouse, focus and click event at the mark's centre. */
async function syntheticEvents(page: Page, text: string): Promise<void> {
  const p = await markCentre(page, text);
  await page.evaluate(async ({ x, y }) => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    const at = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
    for (let round = 0; round < 8; round++) {
      for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup']) {
        target.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse', isPrimary: true }));
        document.dispatchEvent(new PointerEvent(type, { ...at, pointerType: 'mouse', isPrimary: true }));
      }
      for (const type of ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, at));
      target.dispatchEvent(new FocusEvent('focus'));
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      (target as HTMLElement).click();
      await new Promise((r) => setTimeout(r, 100));
    }
  }, p);
  await page.waitForTimeout(500); // longer than the hover dwell
}

describe('the page cannot reach or drive Gloss’s UI', () => {
  it('cards and the mentions list are in closed shadow roots: the page sees shadowRoot null', async () => {
    await resetSync();
    const page = await openNews();
    await hoverMark(page, 'Resolution 130/2020/QH14');
    await card(page).waitFor();
    expect(await page.evaluate(() => document.querySelector('gloss-card')!.shadowRoot)).toBeNull();
    expect(await shadowMode(page, 'gloss-card')).toBe('closed');
    // Nor from Gloss's own isolated world: the reference is private to the card's code.
    const gloss = await glossWorld(g, page);
    expect(await gloss<boolean>("document.querySelector('gloss-card').shadowRoot === null")).toBe(true);

    await page.keyboard.press('Escape');
    expect(await sendToContent<boolean>(g, await tabIdOf(g, page), 'mentions/list')).toBe(true);
    await expect.poll(() => shadowMode(page, 'gloss-mentions')).toBe('closed');
    expect(await page.evaluate(() => document.querySelector('gloss-mentions')!.shadowRoot)).toBeNull();
    await page.close();
  });

  it('synthetic pointer, mouse, focus and click events open no card, on hover or on click', async () => {
    await resetSync();
    const page = await openNews();
    await syntheticEvents(page, 'Resolution 130/2020/QH14');
    expect(await page.locator('gloss-card').count()).toBe(0);

    // Cards on click: a synthetic click on the mark opens nothing either.
    await resetSync({ 'gloss.settings': { version: 3, pausedSites: [], marks: true, highlightStyle: 'underline', openCardsOn: 'click' } });
    await page.waitForTimeout(300);
    await syntheticEvents(page, 'Resolution 130/2020/QH14');
    expect(await page.locator('gloss-card').count()).toBe(0);
    // ...while the reader's real click does.
    const p = await markCentre(page, 'Resolution 130/2020/QH14');
    await page.mouse.click(p.x, p.y);
    await card(page).waitFor();
    expect(await card(page, '.title').text()).toMatch(/130\/2020\/QH14/);
    await resetSync();
    await page.close();
  });

  it('a page holding a card button cannot press it; the reader can', async () => {
    await resetSync();
    const page = await openNews();
    await hoverMark(page, 'Directive 25');
    await card(page).waitFor();
    // Suppose the page got hold of the buttons (it cannot through the closed root): DevTools hands
    // them to the page's world, where it calls click() and dispatches clicks and Enter presses.
    const pressed = await inShadow<number>(page, 'gloss-card', `function () {
      const buttons = [...this.querySelectorAll('.mute, .mute-all, .pause, .close')];
      for (const b of buttons) {
        b.click();
        b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      return buttons.length;
    }`);
    expect(pressed).toBe(4);
    await page.waitForTimeout(500);
    expect(await card(page, '.title').text()).toMatch(/Directive 25/); // still open: "close" was not pressed either
    expect(await syncItems()).toEqual({});
    expect(await highlightTexts(page)).toContain('Directive 25');

    // The reader's own click works.
    await card(page, '.mute-all').click();
    await expect.poll(() => highlightTexts(page)).not.toContain('Directive 25');
    expect(await storedCorrections()).toEqual([['directive-25', expect.any(String), '', expect.any(Number)]]);
    // Stored apart from the settings item, which holds no corrections.
    expect(Object.keys((await syncItems())['gloss.settings'] as object | undefined ?? {})).not.toContain('mutedAliases');
    await resetSync();
    await page.close();
  });
});

describe('corrections are deduped, capped, and their save errors shown', () => {
  it('the same correction from two tabs is stored once', async () => {
    await resetSync();
    const a = await openNews();
    const b = await openNews();
    for (const page of [a, b]) {
      await page.bringToFront();
      await hoverMark(page, 'Directive 25');
      await card(page).waitFor();
    }
    await a.bringToFront();
    await card(a, '.mute').click();
    await expect.poll(() => storedCorrections().then((r) => r.length)).toBe(1);
    await b.bringToFront();
    await card(b, '.mute').click();
    await expect.poll(() => card(b).count()).toBe(0); // saved (as the one it already had): the card closes
    expect(await storedCorrections()).toEqual([['directive-25', expect.any(String), '127.0.0.1', expect.any(Number)]]);
    await resetSync();
    for (const page of [a, b]) await page.close();
  });

  it(`at ${MAX_CORRECTIONS} corrections, another is refused and the card says why`, async () => {
    const rows = Array.from({ length: MAX_CORRECTIONS }, (_, i) => ['unmiss', `other name ${i}`, 'elsewhere.example', 1]);
    // Two shards, each under the 8,192-byte item quota.
    await resetSync({ 'gloss.corrections': { version: 1, shards: 2 }, 'gloss.corrections.0': rows.slice(0, 100), 'gloss.corrections.1': rows.slice(100) });
    const page = await openNews();
    await hoverMark(page, 'Directive 25');
    await card(page, '.mute').click();
    const error = card(page, '.save-error');
    await error.waitFor();
    expect(await error.text()).toBe(`Not saved: Gloss keeps at most ${MAX_CORRECTIONS} corrections: undo some in Gloss’s options first.`);
    expect(await error.attribute('role')).toBe('alert');
    expect(await storedCorrections()).toHaveLength(MAX_CORRECTIONS);
    expect(await highlightTexts(page)).toContain('Directive 25');
    await resetSync();
    await page.close();
  });

  it('a save that fails (sync quota full) is shown in the card and in the options page', async () => {
    await resetSync();
    const page = await openNews();
    // Fill storage.sync to the byte, as if other devices had filled it.
    const worker = await currentWorker(g);
    const left = await worker.evaluate(async () => {
      // Bytes count as each key's length plus its value's JSON; one write, leaving 8 bytes free.
      let free = chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null)) - 8;
      const items: Record<string, string> = {};
      for (let i = 0; free > 0; i++) {
        const key = `filler.${String(i).padStart(2, '0')}`;
        const size = Math.min(8000, free - key.length - 2);
        if (size < 0) break;
        items[key] = 'x'.repeat(size);
        free -= key.length + size + 2;
      }
      await chrome.storage.sync.set(items);
      return chrome.storage.sync.QUOTA_BYTES - (await chrome.storage.sync.getBytesInUse(null));
    });
    expect(left).toBeLessThan(20);
    await hoverMark(page, 'Directive 25');
    await card(page, '.mute').click();
    const error = card(page, '.save-error');
    await error.waitFor();
    expect(await error.text()).toMatch(/^Not saved: .*quota/i);
    expect(await highlightTexts(page)).toContain('Directive 25');

    const options = await g.context.newPage();
    await options.goto(`chrome-extension://${g.extensionId}/src/extension/options/index.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.locator('#paused-input').fill('paused.example');
    await options.locator('#paused-input').press('Enter');
    await expect.poll(() => options.locator('#save-status').textContent()).toMatch(/^Not saved: .*quota/i);
    expect(await options.locator('#save-status').getAttribute('class')).toMatch(/save-status--error/);
    await resetSync();
    await options.close();
    await page.close();
  });
});

describe('an update from the version 2 settings', () => {
  it('keeps the settings and corrections: read at once, moved out of the settings item by the options page', async () => {
    const v2 = {
      version: 2, pausedSites: ['paused.example'], marks: true, highlightStyle: 'background', openCardsOn: 'hover',
      // A pile of the same correction, as a page driving the old card could leave.
      mutedAliases: Array.from({ length: 60 }, (_, i) => ({ topic: 'directive-25', alias: 'Directive 25', site: '127.0.0.1', added: i })),
    };
    await resetSync({ 'gloss.settings': v2 });
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 8, 'gloss-background');
    await page.waitForTimeout(300);
    expect(await highlightTexts(page, 'gloss-background')).not.toContain('Directive 25');
    expect(await syncItems()).toEqual({ 'gloss.settings': v2 }); // a page only reads

    const options = await g.context.newPage();
    await options.goto(`chrome-extension://${g.extensionId}/src/extension/options/index.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => options.locator('[data-testid="correction"]').count()).toBe(1);
    const items = await syncItems();
    expect(items['gloss.settings']).toEqual({ version: 3, pausedSites: ['paused.example'], marks: true, highlightStyle: 'background', openCardsOn: 'hover' });
    expect(await storedCorrections()).toEqual([['directive-25', 'Directive 25', '127.0.0.1', 0]]);
    await page.reload();
    await waitForHighlights(page, 8, 'gloss-background');
    expect(await highlightTexts(page, 'gloss-background')).not.toContain('Directive 25');
    await resetSync();
    await options.close();
    await page.close();
  });
});

describe('the background checks who sends what', () => {
  it('refuses, from the content script’s world, tab state, checks, unknown and malformed messages', async () => {
    await resetSync();
    const page = await openNews();
    const tabId = await tabIdOf(g, page);
    const gloss = await glossWorld(g, page);
    const send = (message: unknown): Promise<unknown> => gloss(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(await send({ type: 'tab/state', payload: { tabId } })).toEqual({ ok: false, error: 'tab/state: refused: only Gloss’s own pages may send this' });
    expect(await send({ type: 'selection/check', payload: { tabId } })).toEqual({ ok: false, error: 'selection/check: refused: only Gloss’s own pages may send this' });
    expect(await send({ type: 'claim/check', payload: { text: 'Vietnam sent 29 officers' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^claim\/check: refused/) });
    expect(await send({ type: 'constructor', payload: {} })).toEqual({ ok: false, error: 'unknown message "constructor"' });
    expect(await send({ type: '__proto__', payload: {} })).toEqual({ ok: false, error: 'unknown message "__proto__"' });
    expect(await send('tab/state')).toEqual({ ok: false, error: 'malformed message: expected { type, payload }' });
    expect(await send({ type: 'topic/card', payload: { topic: 5 } })).toEqual({ ok: false, error: 'topic/card: payload.topic must be a string, not number' });
    expect(await send({ type: 'hints/check', payload: { items: Array.from({ length: 201 }, () => ({ topic: 'unmiss', sentence: 'x' })) } }))
      .toEqual({ ok: false, error: 'hints/check: payload.items has too many items (201; at most 200)' });
    // What it may send still works.
    expect(await send({ type: 'topic/card', payload: { topic: 'directive-25' } })).toMatchObject({ ok: true });
    await page.close();
  });

  it('refuses from an extension page what only a content script sends, and malformed payloads', async () => {
    const page = await openNews();
    const tabId = await tabIdOf(g, page);
    const popup = await g.context.newPage();
    await popup.goto(`chrome-extension://${g.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
    const send = (message: unknown): Promise<unknown> => popup.evaluate((m) => chrome.runtime.sendMessage(m), message);
    expect(await send({ type: 'page/report', payload: { url: 'https://x.example/', title: 'x', topics: [] } }))
      .toEqual({ ok: false, error: 'page/report: refused: only Gloss in a page may send this' });
    expect(await send({ type: 'tab/state', payload: { tabId: String(tabId) } })).toEqual({ ok: false, error: 'tab/state: payload.tabId must be a whole number ≥ 0' });
    expect(await send({ type: 'claim/check', payload: { text: 'a'.repeat(1001) } })).toEqual({ ok: false, error: 'claim/check: payload.text is too long (1,001 characters; at most 1,000)' });
    expect(await send({ type: 'reader/open', payload: { source: 'no-such-source' } })).toEqual({ ok: false, error: 'unknown source "no-such-source"' });
    expect(await send({ type: 'tab/state', payload: { tabId } })).toMatchObject({ ok: true, value: { url: `${server.origin}/news.html` } });
    await popup.close();
    await page.close();
  });

  it('stores per tab only capped text and the corpus’s own topics, whatever the page reports', async () => {
    const page = await openNews();
    const tabId = await tabIdOf(g, page);
    const gloss = await glossWorld(g, page);
    const report = {
      url: `${server.origin}/news.html?${'q'.repeat(50_000)}`,
      title: 'T'.repeat(50_000),
      topics: [
        { id: 'directive-25', name: 'Not its name', count: 3, surfaces: Array.from({ length: 1000 }, (_, i) => `surface ${i} `.repeat(50)) },
        ...Array.from({ length: 3000 }, (_, i) => ({ id: `made-up-${i}`, name: 'x'.repeat(100), count: 1, surfaces: ['x'] })),
      ],
    };
    expect(await gloss(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'page/report', payload: report })})`)).toEqual({ ok: true, value: { 'directive-25': expect.stringMatching(/Directive/) } });
    const worker = await currentWorker(g);
    const stored = await worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((s) => s[`tab:${id}`]), tabId) as { url: string; title: string; topics: { id: string; name: string; surfaces: string[] }[] };
    expect(stored.url.length).toBe(2048);
    expect(stored.title.length).toBe(300);
    expect(stored.topics.map((t) => t.id)).toEqual(['directive-25']);
    expect(stored.topics[0]!.name).toMatch(/Directive/);
    expect(stored.topics[0]!.surfaces.length).toBeLessThanOrEqual(10);
    expect(stored.topics[0]!.surfaces.every((s) => s.length <= 120)).toBe(true);
    expect(JSON.stringify(stored).length).toBeLessThan(5000);
    await page.close();
  });
});
