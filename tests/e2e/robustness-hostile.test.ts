/**
 * Robustness: hostile pages. A strict Content-Security-Policy; a page that sabotages, in its main
 * world, every DOM and JS API a content script might call (Gloss runs in an isolated world with
 * its own copies); and a page that deletes, empties or replaces Gloss's highlights (the highlight
 * registry is one per document, shared with the page).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badgeText, highlightTexts, ROOT, type FixtureServer, type GlossBrowser } from './harness.js';
import { markCentre } from './suite.js';
import { card as cardOf } from './shadow.js';
import { expectPageIntact, glossStats, glossWorld, openWatched, report, settledStats, useWatchedGloss } from './hostile-pages.js';

let server: FixtureServer;
let g: GlossBrowser;
const workerLog: string[] = [];

useWatchedGloss((s, b) => ((server = s), (g = b)), () => g, workerLog);

const FRONT = ['National Assembly', 'Resolution 130/2020/QH14', 'Nguyen Chi Vinh'];

const marks = (page: Page): Promise<string[]> => highlightTexts(page);


const CSP = [
  "default-src 'none'", "script-src 'nonce-r0bust'", "style-src 'nonce-r0bust'", "img-src 'none'", "font-src 'none'",
  "connect-src 'none'", "frame-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
  "require-trusted-types-for 'script'", "trusted-types 'none'",
].join('; ');

describe('a page with a strict Content-Security-Policy', () => {
  it('is marked, and the card opens styled, with no violation', async () => {
    server.route('/hostile-csp', readFileSync(join(ROOT, 'tests/fixtures/pages/hostile-csp.html'), 'utf8'), { 'content-security-policy': CSP });
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-csp`);
    const cspErrors: string[] = [];
    w.page.on('console', (m) => {
      if (/content security policy|trusted type/i.test(m.text())) cspErrors.push(m.text());
    });
    await settledStats(g, tabId, { mentions: 3 });
    expect(await marks(w.page)).toEqual(FRONT);

    const p = await markCentre(w.page, 'Resolution 130/2020/QH14');
    await w.page.mouse.move(p.x, p.y);
    await cardOf(w.page).waitFor();
    await expect.poll(() => cardOf(w.page, '.title').text()).toMatch(/130\/2020\/QH14/);
    // Styled: the stylesheet in the card's shadow root was applied despite style-src.
    const style = (await cardOf(w.page).style('position', 'border-top-left-radius', 'background-color'))!;
    expect(style.position).toBe('fixed');
    expect(style['border-top-left-radius']).toBe('10px');
    expect(style['background-color']).not.toBe('rgba(0, 0, 0, 0)');
    const violations = (): Promise<string[]> => w.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(await violations()).toEqual([]);
    expect(cspErrors).toEqual([]);
    // ...and the page really is under the policy: Trusted Types refuse a string for innerHTML.
    expect(await w.page.evaluate(() => {
      try {
        document.body.innerHTML += '';
        return 'innerHTML allowed';
      } catch (e) {
        return (e as Error).name;
      }
    })).toBe('TypeError');
    await expect.poll(violations).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
    await expect.poll(() => badgeText(g, tabId)).toBe('3');
    report({ name: 'strict CSP', stats: await glossStats(g, tabId), boundMs: 250 });
    await expectPageIntact(w, g, workerLog, { cardsAllowed: true });
    await w.page.close();
  });
});

describe('a page that sabotages the DOM and JS APIs in its main world', () => {
  it('Node.prototype, Element/Range/Document methods, CSS, Highlight, requestIdleCallback, MutationObserver...: Gloss does not notice', async () => {
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-overrides.html`);
    const sabotaged = await w.page.evaluate(() => (window as unknown as { sabotaged: string[] }).sabotaged);
    expect(sabotaged).toEqual(expect.arrayContaining(['firstChild', 'nextSibling', 'closest', 'createRange', 'setStart', 'addEventListener', 'CSS', 'requestIdleCallback', 'MutationObserver']));
    // The page's own world really is broken: its CSS is a fake.
    expect(await w.page.evaluate(() => {
      try {
        (CSS as unknown as { highlights: { get(n: string): unknown } }).highlights.get('gloss-underline');
        return 'works';
      } catch (e) {
        return (e as Error).message;
      }
    })).toBe('sabotaged by the page: CSS.highlights.get');

    // Marks read from Gloss's own world (the page's CSS object is a fake).
    const gloss = await glossWorld(g, w.page);
    const glossMarks = (): Promise<string[]> => gloss<string[]>("[...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => r.toString())");
    await settledStats(g, tabId, { mentions: 3 });
    expect(await glossMarks()).toEqual(FRONT);

    // New content, with the page's MutationObserver sabotaged: Gloss's own observer sees it.
    await w.page.evaluate(() => (window as unknown as { addParagraph(t: string): void }).addParagraph('Nguyen Chi Vinh visited the ISEAS – Yusof Ishak Institute.'));
    await expect.poll(glossMarks).toEqual([...FRONT, 'Nguyen Chi Vinh', 'ISEAS – Yusof Ishak Institute']);

    // Hover opens the card: hit-testing, createElement, attachShadow and listeners all Gloss's own.
    const p = await gloss<{ x: number; y: number }>(`(() => {
      const r = [...CSS.highlights.get('gloss-underline')].find((x) => x.toString() === 'Resolution 130/2020/QH14');
      const rect = r.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })()`);
    await w.page.mouse.move(p.x, p.y);
    await expect.poll(() => cardOf(w.page, '.title').text(), { timeout: 5000 })
      .toMatch(/130\/2020\/QH14/);
    await expect.poll(() => badgeText(g, tabId)).toBe('4');
    report({ name: 'sabotaged main world', stats: await glossStats(g, tabId), extra: { 'APIs sabotaged': sabotaged.length }, boundMs: 250 });
    await expectPageIntact(w, g, workerLog, { cardsAllowed: true });
    await w.page.close();
  });
});

describe('a page that deletes Gloss’s highlights', () => {
  it('cleared, emptied or replaced: put back when the reader moves the pointer, scrolls, or comes back to the tab', async () => {
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-clear.html`);
    await settledStats(g, tabId, { mentions: 3 });
    expect(await marks(w.page)).toEqual(FRONT);
    const call = (fn: string): Promise<void> => w.page.evaluate((f) => { (window as unknown as Record<string, () => void>)[f]!(); }, fn);
    const wiggle = async (): Promise<void> => {
      await w.page.mouse.move(40, 300);
      await w.page.mouse.move(60, 320);
    };

    // 0. Untouched, the pointer moving re-registers nothing (the page sees the same object).
    await w.page.evaluate(() => { (window as unknown as { __before: unknown }).__before = CSS.highlights.get('gloss-underline'); });
    await wiggle();
    await w.page.waitForTimeout(400);
    expect(await w.page.evaluate(() => (window as unknown as { __before: unknown }).__before === CSS.highlights.get('gloss-underline'))).toBe(true);

    // 1. CSS.highlights.clear(), then the pointer moves.
    await call('clearAll');
    expect(await marks(w.page)).toEqual([]);
    await w.page.waitForTimeout(300); // stays cleared while nothing happens
    expect(await marks(w.page)).toEqual([]);
    await wiggle();
    await expect.poll(() => marks(w.page), { timeout: 2000 }).toEqual(FRONT);

    // 2. Our Highlight object emptied in place.
    await call('emptyOurs');
    expect(await marks(w.page)).toEqual([]);
    await wiggle();
    await expect.poll(() => marks(w.page), { timeout: 2000 }).toEqual(FRONT);

    // 3. Replaced by the page's own Highlight under our name.
    await call('replaceOurs');
    expect(await marks(w.page)).toEqual(['End.']);
    await wiggle();
    await expect.poll(() => marks(w.page), { timeout: 2000 }).toEqual(FRONT);

    // 4. Cleared, then the reader scrolls (no pointer).
    await call('clearAll');
    await w.page.mouse.wheel(0, 300);
    await expect.poll(() => marks(w.page), { timeout: 2000 }).toEqual(FRONT);

    // 5. Cleared, then the tab is hidden and shown again (headless tabs are always visible, so the
    //    event is dispatched).
    await call('clearAll');
    await w.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => marks(w.page), { timeout: 2000 }).toEqual(FRONT);

    // 6. A page that clears everything every 50 ms for 3 s while the pointer keeps moving: Gloss
    //    puts the marks back at most four times a second, and that costs next to nothing.
    const before = await glossStats(g, tabId);
    const clearing = w.page.evaluate(() => (window as unknown as { keepClearing(every: number, ms: number): Promise<number> }).keepClearing(50, 3000));
    for (let i = 0; i < 30; i++) {
      await w.page.mouse.move(40 + (i % 7) * 20, 300 + (i % 5) * 10);
      await w.page.waitForTimeout(80);
    }
    const clears = await clearing;
    const after = await glossStats(g, tabId);
    await wiggle();
    await expect.poll(() => marks(w.page), { timeout: 2000 }).toEqual(FRONT);
    expect(after.mentions).toBe(3);
    const spent = after.scriptingMs - before.scriptingMs;
    report({ name: `highlights deleted (${clears} clears in 3 s while the pointer moved)`, stats: { ...after, scriptingMs: spent }, boundMs: 50 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});
