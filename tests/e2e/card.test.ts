import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendToContent, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { markCentre, useGloss } from './suite.js';
import { card as cardOf, focusedIn } from './shadow.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

describe('hover card', () => {
  it('opens after a dwell on a mark with a fact, its excerpt and citation; Esc closes it; it does not cover the mark', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const card = cardOf(page);

    // Passing over a mark does not open a card.
    const p = await markCentre(page, 'Resolution 130/2020/QH14');
    await page.mouse.move(p.x, p.y);
    await page.mouse.move(p.x, p.y + 200);
    await page.waitForTimeout(500);
    await expect.poll(() => card.count()).toBe(0);

    await page.mouse.move(p.x, p.y);
    await card.waitFor();
    await expect.poll(() => cardOf(page, '.title').text()).toMatch(/130\/2020\/QH14/);
    expect(await cardOf(page, '.fact').count()).toBeGreaterThanOrEqual(1);
    const excerpt = await cardOf(page, '.excerpt').text();
    expect(excerpt!.length).toBeGreaterThan(20);
    expect(await cardOf(page, '.cite').text()).toMatch(/ISEAS|Viet Nam|Vietnam/);
    // The card sits below or above the mark, never over it.
    const cardBox = (await card.box())!;
    expect(cardBox.y > p.y || cardBox.y + cardBox.height < p.y).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('opens from the keyboard for the mention at the selection, and focuses the card', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const tabId = await tabIdOf(g, page);
    await page.evaluate(() => {
      const r = [...(CSS.highlights.get('gloss-underline') as Highlight)].map((x) => x as Range).find((x) => x.toString() === 'Directive 25')!;
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r.cloneRange());
    });
    // What the "open-card" keyboard command does in the background.
    expect(await sendToContent<boolean>(g, tabId, 'card/open-focused')).toBe(true);
    const card = cardOf(page);
    await card.waitFor();
    expect(await cardOf(page, '.title').text()).toMatch(/Directive 25/);
    expect(await cardOf(page, '.why').text()).toMatch(/confirmed by/);
    expect(await focusedIn(page, 'gloss-card')).toMatchObject({ hostFocused: true, className: 'title' });
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });
});
