/** Claim hints while reading, and the checks and corrections of issue 5, in the real browser. */
import { describe, expect, it } from 'vitest';
import { highlightTexts, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { hoverMark, useGloss } from './suite.js';
import { card as cardOf, shadowLocator } from './shadow.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

describe('claim hints while reading', () => {
  it('a figure that differs from the sources gets a discreet hint and the card says so; one that agrees says that', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/figures.html`);
    await waitForHighlights(page, 4);
    await expect.poll(() => highlightTexts(page, 'gloss-hint')).toEqual(['Vietnamese peacekeepers']);

    const card = cardOf(page);
    await hoverMark(page, 'Vietnamese peacekeepers');
    await card.waitFor();
    const differs = await cardOf(page, '.hint').text();
    expect(differs).toBe('Figures differ. this page: 600 personnel · sources: 512 personnel (since 2014, as of April 2022; ISEAS Perspective 2022/46, 29 April 2022)');
    expect(await cardOf(page, '.timeline').text()).toMatch(/29 officers.*2014–2018/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);

    await hoverMark(page, "Viet Nam's peacekeeping");
    await card.waitFor();
    expect(await cardOf(page, '.hint').text()).toMatch(/^Figures agree\. this page: 29 officers · sources: 29 officers \(2014–2018/);
    await page.close();
  });

  it('a selection check through the context menu’s message path shows the verdict in the page', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/figures.html`);
    await waitForHighlights(page, 4);
    const tabId = await tabIdOf(g, page);
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('differs')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    // The same path the context-menu entry and the keyboard command take in the background.
    const popup = await g.context.newPage();
    await popup.goto(`chrome-extension://${g.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
    const reply = await popup.evaluate(async (id) => chrome.runtime.sendMessage({ type: 'selection/check', payload: { tabId: id } }), tabId);
    expect(reply.ok).toBe(true);
    expect(reply.value.verdict).toBe('differs');
    await popup.close();
    const claim = (inner: string) => shadowLocator(page, 'gloss-card', `.card.claim ${inner}`);
    await claim('.title').waitFor();
    expect(await claim('.title').text()).toBe('The sources differ');
    expect(await claim('.summary').text()).toMatch(/512 personnel/);
    expect(await claim('.fact').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a selection check reads "last year" against the date the page says it was published', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/dated.html`);
    await waitForHighlights(page, 1);
    const tabId = await tabIdOf(g, page);
    const popup = await g.context.newPage();
    await popup.goto(`chrome-extension://${g.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
    // What the popup's page sends the background (the context-menu entry takes the same path).
    const ask = (type: string, payload: unknown) => popup.evaluate(async ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
    await expect.poll(async () => (await ask('tab/state', { tabId })).value?.published).toBe('2019-06-28');
    const text = await page.locator('#relative').textContent();
    const reply = await ask('selection/check', { tabId, text });
    expect(reply.ok).toBe(true);
    // Published June 2019: "October last year" is October 2018, when the first hospital deployed.
    expect(reply.value.verdict).toBe('same');
    expect(reply.value.figures.find((f: { relative?: boolean }) => f.relative)).toMatchObject({ value: 2018, month: 10 });
    // A sentence that leaves Vietnam to the article is read in the page's context (its topics).
    const context = await page.locator('#context').textContent();
    expect((await ask('selection/check', { tabId, text: context })).value.verdict).toBe('same');
    expect((await ask('claim/check', { text: context })).value.verdict).not.toBe('same');
    // Typed in the popup today, the same words mean another October, which differs.
    expect((await ask('claim/check', { text })).value.verdict).toBe('differs');
    await popup.close();
    const claim = (inner: string) => shadowLocator(page, 'gloss-card', `.card.claim ${inner}`);
    await claim('.title').waitFor();
    expect(await claim('.title').text()).toBe('The sources say the same');
    await expect.poll(() => claim('.claim-text').text()).toContain('for the first time ever');
    expect(await claim('.dates-read').text()).toBe('Dates read from the page’s date: In October last year (October 2018)');
    await page.close();
  });
});
