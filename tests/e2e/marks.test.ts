import { describe, expect, it } from 'vitest';
import { badgeText, highlightTexts, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { useGloss } from './suite.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

describe('marks on a news page', () => {
  it('highlights the mentions, joins text split across <b>, skips form fields and editable regions, leaves the DOM unchanged', async () => {
    const page = await g.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    // Marks settle: wait a little for any late rescans, then read them.
    await page.waitForTimeout(300);
    const marks = await highlightTexts(page);
    expect(marks).toEqual([
      'South Sudan',
      'level-2 field hospital',
      'UN Mission in South Sudan',
      'Directive 25',
      'Đổi Mới reforms',
      'Vietnam Department of Peacekeeping Operations',
      'ISEAS – Yusof Ishak Institute',
      'Resolution 130/2020/QH14',
      'National Assembly',
    ]);
    // The "Directive 25" range starts in one <b> and ends in another.
    const split = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('gloss-underline') as Highlight)].map((x) => x as Range).find((x) => x.toString() === 'Directive 25')!;
      return [r.startContainer.parentElement!.tagName, r.endContainer.parentElement!.tagName, r.startContainer !== r.endContainer];
    });
    expect(split).toEqual(['B', 'B', true]);
    // Nothing inside the input, textarea or contenteditable region.
    const inForms = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-underline') as Highlight)].map((x) => (x as Range).startContainer.parentElement!.closest('input,textarea,[contenteditable]') !== null),
    );
    expect(inForms.every((x) => !x)).toBe(true);
    // The page's DOM is exactly as the page built it, and its own scripts ran.
    const same = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore === document.documentElement.outerHTML);
    expect(same).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { pageScriptRan: boolean }).pageScriptRan)).toBe(true);
    // The badge counts topics (UNMISS is mentioned twice but counts once).
    const tabId = await tabIdOf(g, page);
    await expect.poll(() => badgeText(g, tabId)).toBe('8');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks nothing for Vietnam on a page about US Presidential Decision Directive 25', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/confuser-pdd25.html`);
    // UN DPKO is legitimately marked there; wait for the scan, then check Directive 25 is not.
    await waitForHighlights(page, 1);
    await page.waitForTimeout(300);
    const marks = await highlightTexts(page);
    expect(marks).not.toContain('Directive 25');
    expect(marks.filter((m) => /directive/i.test(m))).toEqual([]);
    expect(marks.some((m) => /field hospital|level/i.test(m))).toBe(false);
    await page.close();
  });

  it('marks nothing and shows no badge on an unrelated page', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/unrelated.html`);
    const tabId = await tabIdOf(g, page);
    // The content script reports even when it finds nothing; wait for that report.
    await expect.poll(() => g.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((s) => Boolean(s[`tab:${id}`])), tabId)).toBe(true);
    expect(await highlightTexts(page)).toEqual([]);
    expect(await badgeText(g, tabId)).toBe('');
    await page.close();
  });
});
