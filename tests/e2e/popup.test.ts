import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { useGloss } from './suite.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

async function popupFor(tabId: number): Promise<Page> {
  const popup = await g.context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${g.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]');
  return popup;
}

const tid = (id: string) => `[data-testid="${id}"]`;

/** Waits until the shown verdict answers this claim, not the one checked before it. */
async function answered(popup: Page, claim: string): Promise<void> {
  await popup.waitForFunction((c) => {
    const result = document.querySelector<HTMLElement>('[data-testid="check-result"]');
    return result?.dataset.claim === c && !result.hasAttribute('aria-busy');
  }, claim);
}

describe('popup', () => {
  it('lists the page’s topics in page order with counts, and opens one to its facts', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    const popup = await popupFor(await tabIdOf(g, page));
    await popup.waitForSelector(tid('page-topic'));
    const ids = await popup.locator(tid('page-topic')).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.topicId));
    expect(ids).toEqual(['unmiss', 'level-2-field-hospital', 'directive-25', 'doi-moi', 'vietnam-dpko', 'iseas', 'resolution-130-2020-qh14', 'national-assembly-of-vietnam']);
    const unmiss = popup.locator(`${tid('page-topic')}[data-topic-id="unmiss"]`);
    expect(await unmiss.textContent()).toMatch(/2/);
    expect(await unmiss.textContent()).toContain('“UN Mission in South Sudan”');

    const directive = popup.locator(`${tid('page-topic')}[data-topic-id="directive-25"]`);
    await directive.locator(tid('topic-toggle')).click();
    expect(await directive.locator(tid('topic-toggle')).getAttribute('aria-expanded')).toBe('true');
    await directive.locator(tid('fact')).first().waitFor();
    expect(await directive.locator(tid('excerpt')).count()).toBeGreaterThan(1);
    expect(await directive.locator(tid('citation')).first().textContent()).toMatch(/ISEAS Perspective 2021\/6/);

    // Figures over time: the mission's deployments as a dated series.
    await unmiss.locator(tid('topic-toggle')).click();
    await unmiss.locator(tid('timeline')).first().waitFor();
    const series = await unmiss.locator(tid('timeline')).first().textContent();
    expect(series).toMatch(/29 officers\s*2014–2018/);
    expect(series!.indexOf('29 officers')).toBeLessThan(series!.indexOf('166 officers'));
    await popup.close();
    await page.close();
  });

  it('searches the whole corpus despite a misspelling', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/unrelated.html`);
    const popup = await popupFor(await tabIdOf(g, page));
    await popup.waitForSelector(tid('empty-state'));
    expect(await popup.locator(tid('empty-state')).textContent()).toMatch(/Nothing Gloss knows on this page/);
    await popup.locator(tid('search-input')).fill('feild hosptal');
    await popup.waitForSelector(tid('search-result'));
    const results = await popup.locator(tid('search-result')).allTextContents();
    expect(results.slice(0, 5).some((r) => /field hospital/i.test(r))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('checks claims as Vietnamese and French outlets write them', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/unrelated.html`);
    const popup = await popupFor(await tabIdOf(g, page));
    const check = async (claim: string): Promise<string | null> => {
      await popup.locator(tid('claim-input')).fill(claim);
      await popup.locator(tid('check-button')).click();
      await answered(popup, claim);
      const verdict = popup.locator(`${tid('check-result')} ${tid('verdict')}`);
      await verdict.waitFor();
      return verdict.getAttribute('data-verdict');
    };
    expect(await check('Trước đó, 29 lượt sỹ quan của Việt Nam đã tham gia thực hiện nhiệm vụ tại Cộng hòa Trung Phi và Nam Sudan.')).toBe('same');
    expect(await popup.locator(tid('check-result')).textContent()).toContain('29');
    expect(await check("Le Vietnam a adhéré à l'ANASE en 1997.")).toBe('differs');
    expect(await popup.locator(tid('check-result')).textContent()).toContain('1995');
    await popup.close();
    await page.close();
  });

  it('checks a claim with a wrong number, a matching one, and an unrelated one', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/figures.html`);
    const tabId = await tabIdOf(g, page);
    const popup = await popupFor(tabId);
    const check = async (claim: string): Promise<string | null> => {
      await popup.locator(tid('claim-input')).fill(claim);
      await popup.locator(tid('check-button')).click();
      const verdict = popup.locator(`${tid('check-result')} ${tid('verdict')}`);
      await answered(popup, claim);
      await verdict.waitFor();
      return verdict.getAttribute('data-verdict');
    };
    expect(await check('Vietnam has deployed 600 personnel to UN peacekeeping missions since 2014')).toBe('differs');
    expect(await popup.locator(tid('check-result')).textContent()).toContain('512');
    expect(await check('Vietnam has sent 29 officers to UN missions')).toBe('same');
    expect(await check('The Eiffel Tower is 330 metres tall')).toBe('nothing');
    expect(await popup.locator(tid('check-result')).textContent()).toMatch(/The corpus says nothing about this/);

    // "Check selection" takes the page's selected sentence.
    await page.evaluate(() => {
      const p = document.getElementById('differs')!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await popup.locator(tid('check-selection')).click();
    await popup.waitForFunction(() => (document.querySelector('[data-testid="claim-input"]') as HTMLTextAreaElement).value.includes('600 personnel'));
    await popup.close();
    await page.close();
  });
});
