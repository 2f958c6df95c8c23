import { describe, expect, it } from 'vitest';
import { highlightTexts, sendToContent, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { useGloss } from './suite.js';

let server: FixtureServer;
let g: GlossBrowser;
useGloss((s, b) => ((server = s), (g = b)), () => g);

describe('dynamic pages', () => {
  it('marks content appended after load and after a single-page navigation', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/dynamic.html`);
    const tabId = await tabIdOf(g, page);
    await expect.poll(() => sendToContent<{ mentions: number }>(g, tabId, 'stats/get').then((s) => s.mentions)).toBe(0);
    await page.evaluate(() => (window as unknown as { appendUpdate(t: string): void }).appendUpdate('Viet Nam has sent another level-2 field hospital to South Sudan under Resolution 130/2020/QH14.'));
    const marks = await waitForHighlights(page, 2);
    expect(marks).toContain('Resolution 130/2020/QH14');
    expect(marks).toContain('level-2 field hospital');

    await page.evaluate(() => (window as unknown as { navigateTo(p: string, h: string): void }).navigateTo('/dynamic/story-2', '<p>Under Directive No. 25 CT/TW of the Party Central Committee, Vietnam expands multilateral diplomacy.</p>'));
    await page.waitForFunction(() => [...(CSS.highlights.get('gloss-underline') ?? [])].some((r) => (r as Range).toString().includes('Directive No. 25 CT/TW')));
    const after = await highlightTexts(page);
    expect(after).toEqual(['Directive No. 25 CT/TW']);
    await page.close();
  });

  it('a page that mutates continuously for 10 s does not keep Gloss busy', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/dynamic.html`);
    const tabId = await tabIdOf(g, page);
    const before = await sendToContent<{ scriptingMs: number }>(g, tabId, 'stats/get');
    const mutations = await page.evaluate(() => (window as unknown as { churn(ms: number): Promise<number> }).churn(10_000));
    const after = await sendToContent<{ scriptingMs: number }>(g, tabId, 'stats/get');
    const spent = after.scriptingMs - before.scriptingMs;
    console.log(`continuous mutation: ${mutations} mutations in 10 s, Gloss scripting ${spent.toFixed(1)} ms`);
    expect(mutations).toBeGreaterThan(5000);
    // Under 1 % of the 10 s: the follower coalesces and backs off.
    expect(spent).toBeLessThan(100);
    await page.close();
  });
});
