/** Issue 5 in the browser: the keyboard mentions list, and corrections that persist and undo. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightTexts, launchGloss, sendToContent, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { hoverMark, useGloss } from './suite.js';
import { card as cardOf, focusedIn, shadowLocator } from './shadow.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

const focusedInList = async (page: Page): Promise<string | null> => {
  const f = await focusedIn(page, 'gloss-mentions');
  return f.hostFocused ? f.text : null;
};

describe('keyboard list of mentions', () => {
  it('moves through the page’s mentions with arrows, opens a card with Enter, and Esc closes card then list', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const tabId = await tabIdOf(g, page);
    await page.waitForTimeout(300);
    expect(await sendToContent<boolean>(g, tabId, 'mentions/list')).toBe(true);
    const list = shadowLocator(page, 'gloss-mentions', '.list');
    await list.waitFor();
    expect(await list.attribute('role')).toBe('dialog');
    expect(await shadowLocator(page, 'gloss-mentions', '.list [role="status"]').text()).toMatch(/^9 mentions\./);
    expect(await focusedInList(page)).toBe('South Sudan');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInList(page)).toBe('Directive 25');
    await page.keyboard.press('Enter');
    const card = cardOf(page);
    await card.waitFor();
    expect(await cardOf(page, '.title').text()).toMatch(/Directive 25/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await focusedInList(page)).toBe('Directive 25');
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    await page.close();
  });
});

describe('corrections', () => {
  it('"wrong match here" unmarks at once, persists across a restart, and is undone from the options page', async () => {
    let page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    await hoverMark(page, 'Directive 25');
    await cardOf(page, '.mute').click();
    await expect.poll(() => highlightTexts(page).then((m) => m.length)).toBe(8);
    expect(await highlightTexts(page)).not.toContain('Directive 25');

    const profile = g.profile;
    await g.close(true);
    g = await launchGloss(profile);
    page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 8);
    await page.waitForTimeout(300);
    expect(await highlightTexts(page)).not.toContain('Directive 25');

    const options = await g.context.newPage();
    await options.goto(`chrome-extension://${g.extensionId}/src/extension/options/index.html`);
    await options.waitForSelector('body[data-ready="true"]');
    const row = options.locator('[data-testid="correction"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/Directive 25/);
    expect(await row.textContent()).toMatch(/127\.0\.0\.1/);
    await row.locator('[data-testid="remove-correction"]').click();
    await expect.poll(() => highlightTexts(page)).toContain('Directive 25');
    await options.close();
    await page.close();
  });
});
