/**
 * Robustness: pages that navigate without loading, come back from the back/forward cache, or
 * swap their body or their whole <html> element. After each move the marks are exactly those of
 * what is on screen (none left on detached nodes) and the badge counts the right topics.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { badgeText, launchGloss, type FixtureServer, type GlossBrowser } from './harness.js';
import { expectPageIntact, openWatched, report, settledStats, useWatchedGloss } from './hostile-pages.js';

let server: FixtureServer;
let g: GlossBrowser;
const workerLog: string[] = [];

// The back/forward cache on (Playwright turns it off by default).
useWatchedGloss((s, b) => ((server = s), (g = b)), () => g, workerLog, () => launchGloss(undefined, { bfcache: true }));

/** The marks, each with whether its text is still in the document. */
async function marks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => `${(r as Range).toString()}${(r as Range).startContainer.isConnected ? '' : ' (detached!)'}`),
  );
}

const FRONT = ['National Assembly', 'Resolution 130/2020/QH14', 'Nguyen Chi Vinh'];
const STORY_2 = ['Nguyen Chi Vinh', 'ISEAS – Yusof Ishak Institute'];

describe('single-page navigation with the History API', () => {
  it('pushState to a new view, popstate back and forward: marks and badge follow each view', async () => {
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-spa.html`);
    await settledStats(g, tabId, { mentions: 3 });
    expect(await marks(w.page)).toEqual(FRONT);
    await expect.poll(() => badgeText(g, tabId)).toBe('3');

    // A click on the app's own link: pushState + new view.
    await w.page.click('a[href="/hostile-spa/story-2"]');
    expect(w.page.url()).toBe(`${server.origin}/hostile-spa/story-2`);
    await expect.poll(() => marks(w.page)).toEqual(STORY_2);
    await expect.poll(() => badgeText(g, tabId)).toBe('2');

    // Back: popstate, the app renders the front view again.
    await w.page.evaluate(() => history.back());
    await expect.poll(() => w.page.url()).toBe(`${server.origin}/hostile-spa.html`);
    await expect.poll(() => marks(w.page)).toEqual(FRONT);
    await expect.poll(() => badgeText(g, tabId)).toBe('3');

    await w.page.evaluate(() => history.forward());
    await expect.poll(() => marks(w.page)).toEqual(STORY_2);
    await expect.poll(() => badgeText(g, tabId)).toBe('2');

    const stats = await settledStats(g, tabId, { mentions: 2 });
    expect(await w.page.evaluate(() => (window as unknown as { renders: number }).renders)).toBe(4);
    report({ name: 'History API navigation (push, back, forward)', stats, boundMs: 250 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});

describe('back/forward cache', () => {
  it('navigate away and back: the page is restored from the cache with its marks, and the badge is put back', async () => {
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-spa.html`);
    await settledStats(g, tabId, { mentions: 3 });
    await expect.poll(() => badgeText(g, tabId)).toBe('3');
    await w.page.evaluate(() => {
      const win = window as unknown as { __sameDocument: boolean; __restored: boolean };
      win.__sameDocument = true;
      addEventListener('pageshow', (e) => { win.__restored = e.persisted; });
    });

    await w.page.goto(`${server.origin}/unrelated.html`);
    await expect.poll(() => badgeText(g, tabId)).toBe('');

    // A page restored from the cache fires no load event.
    await w.page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => w.page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored)).toBe(true);
    expect(await w.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await marks(w.page)).toEqual(FRONT);
    await expect.poll(() => badgeText(g, tabId)).toBe('3');

    // And forward again: the unrelated page comes back from the cache too, with no badge.
    await w.page.goForward({ waitUntil: 'commit' });
    await expect.poll(() => w.page.url()).toBe(`${server.origin}/unrelated.html`);
    await expect.poll(() => badgeText(g, tabId)).toBe('');
    await w.page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => badgeText(g, tabId)).toBe('3');

    const stats = await settledStats(g, tabId, { mentions: 3 });
    report({ name: 'back/forward cache (away, back, forward, back)', stats, boundMs: 250 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});

describe('a page that replaces its body, then its whole <html> element', () => {
  it('marks what is on screen after each swap, and nothing on the detached trees', async () => {
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-body.html`);
    await settledStats(g, tabId, { mentions: 3 });
    expect(await marks(w.page)).toEqual(FRONT);

    await w.page.evaluate(() => (window as unknown as { replaceBody(html: string): void }).replaceBody('<p>Nguyen Chi Vinh visited the ISEAS – Yusof Ishak Institute.</p>'));
    await expect.poll(() => marks(w.page)).toEqual(STORY_2);
    await expect.poll(() => badgeText(g, tabId)).toBe('2');

    await w.page.evaluate(() => (window as unknown as { replaceRoot(title: string, html: string): void }).replaceRoot('Replaced', '<article><p>Under Directive 25-CT/TW, Viet Nam expanded multilateral diplomacy.</p></article>'));
    await expect.poll(() => marks(w.page)).toEqual(['Directive 25-CT/TW']);
    await expect.poll(() => badgeText(g, tabId)).toBe('1');

    // And back to a body with more mentions: the follower still watches the new root.
    await w.page.evaluate(() => (window as unknown as { replaceBody(html: string): void }).replaceBody('<p>The National Assembly passed Resolution 130/2020/QH14, and Nguyen Chi Vinh welcomed it.</p>'));
    await expect.poll(() => marks(w.page)).toEqual(FRONT);
    const stats = await settledStats(g, tabId, { mentions: 3 });
    report({ name: 'body and <html> replaced', stats, boundMs: 250 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});
