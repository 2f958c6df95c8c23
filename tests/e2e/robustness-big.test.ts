/**
 * Robustness: big and pathological pages (generated in code). Each case checks that Gloss marks
 * what it should, throws nothing, leaves the page's DOM and scripts alone, and reports its
 * scripting time.
 */
import { describe, expect, it } from 'vitest';
import type { FixtureServer, GlossBrowser } from './harness.js';
import { bigArticle, deepNesting, expectPageIntact, glossStats, longestTask, manyMentions, MENTION_SENTENCE, openWatched, page, PAGE_CHANGED, report, settledStats, tinyTextNodes, useWatchedGloss } from './hostile-pages.js';

let server: FixtureServer;
let g: GlossBrowser;
const workerLog: string[] = [];

useWatchedGloss((s, b) => ((server = s), (g = b)), () => g, workerLog);

const markCount = (p: import('playwright-core').Page): Promise<number> => p.evaluate(() => CSS.highlights.get('gloss-underline')?.size ?? 0);

describe('big pages', () => {
  it('5 MB of text: every mention marked, in idle slices, page untouched', async () => {
    const gen = bigArticle(5_000_000);
    server.route('/hostile-5mb.html', gen.html);
    const t0 = Date.now();
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-5mb.html`);
    const stats = await settledStats(g, tabId, { mentions: gen.mentions }, 30_000);
    const wall = Date.now() - t0;
    expect(await markCount(w.page)).toBe(gen.mentions);
    report({ name: `5 MB article (${(gen.html.length / 1e6).toFixed(1)} MB HTML)`, stats, extra: { 'wall to all marks': `${wall} ms`, 'longest task after load': `${await longestTask(w.page)} ms` }, boundMs: 4000 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });

  it('20,000 levels of nesting: walked without overflow; the mentions at the bottom of a deep chain and after it are marked', async () => {
    const gen = deepNesting(20_000, 1_000);
    server.route('/hostile-deep.html', gen.html);
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-deep.html`);
    const stats = await settledStats(g, tabId, { mentions: gen.mentions });
    const bottoms = () => w.page.evaluate(() => {
      const win = window as unknown as { __hiddenBottom: Element; __renderedBottom: Element };
      const depth = (e: Element | null): number => {
        let d = 0;
        for (; e; e = e.parentElement) d++;
        return d;
      };
      const marked = (bottom: Element): string[] => [...(CSS.highlights.get('gloss-underline') ?? [])].filter((r) => bottom.contains((r as Range).startContainer)).map((r) => (r as Range).toString());
      return {
        hidden: { depth: depth(win.__hiddenBottom), marked: marked(win.__hiddenBottom) },
        rendered: { depth: depth(win.__renderedBottom), marked: marked(win.__renderedBottom) },
        after: marked(document.getElementById('after')!),
      };
    });
    const found = await bottoms();
    expect(found.hidden.depth).toBeGreaterThan(20_000);
    expect(found.hidden.marked).toEqual([]); // display: none
    expect(found.rendered.depth).toBeGreaterThan(1_000);
    expect(found.rendered.marked).toEqual(['National Assembly', 'Resolution 130/2020/QH14', 'Nguyen Chi Vinh']);
    expect(found.after).toEqual(['National Assembly', 'Resolution 130/2020/QH14', 'Nguyen Chi Vinh']);
    // Changes at the bottom of both chains: the mutation follower climbs 20,000 ancestors to find the block.
    await w.page.evaluate((sentence) => {
      const win = window as unknown as { __hiddenBottom: Element; __renderedBottom: Element; __glossTest: { snapshot(): void } };
      win.__hiddenBottom.firstChild!.textContent = `Again: ${sentence}`;
      win.__renderedBottom.append(` Again: ${sentence}`);
      win.__glossTest.snapshot();
    }, MENTION_SENTENCE);
    const after = await settledStats(g, tabId, { mentions: gen.mentions + 3 });
    expect((await bottoms()).rendered.marked).toHaveLength(6);
    report({ name: '20,000 levels of nesting', stats: after, extra: { 'hidden chain depth': found.hidden.depth, 'rendered chain depth': found.rendered.depth }, boundMs: 1000 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });

  it('100,000 tiny text nodes: mentions split across them are found whole', async () => {
    const gen = tinyTextNodes(100_000);
    server.route('/hostile-tiny.html', gen.html);
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-tiny.html`);
    const stats = await settledStats(g, tabId, { mentions: gen.mentions }, 30_000);
    const check = await w.page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => r as Range);
      let textNodes = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) textNodes++;
      return {
        textNodes,
        texts: [...new Set(ranges.map((r) => r.toString()))].sort(),
        split: ranges.filter((r) => r.startContainer !== r.endContainer).length,
      };
    });
    expect(check.textNodes).toBeGreaterThanOrEqual(100_000);
    expect(check.texts).toEqual(['National Assembly', 'Nguyen Chi Vinh', 'Resolution 130/2020/QH14']);
    expect(check.split).toBe(gen.mentions); // every one of them spans several nodes
    report({ name: '100,000 tiny text nodes', stats, extra: { 'text nodes': check.textNodes, 'longest task after load': `${await longestTask(w.page)} ms` }, boundMs: 4000 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });

  it('120,000 mentions on one page: all highlighted (more ranges than one call can spread)', async () => {
    const gen = manyMentions(120_000);
    server.route('/hostile-many.html', gen.html);
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-many.html`);
    const stats = await settledStats(g, tabId, { mentions: gen.mentions }, 30_000);
    expect(await markCount(w.page)).toBe(gen.mentions);
    report({ name: `${gen.mentions.toLocaleString('en')} mentions`, stats, extra: { 'longest task after load': `${await longestTask(w.page)} ms` }, boundMs: 6000 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});

describe('a page that rewrites its whole body every second', () => {
  it('for 8 s: Gloss follows without spinning, and ends with the last body’s marks', async () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40);
    server.route('/hostile-rewrite.html', page('Rewrites', `<p>${MENTION_SENTENCE}</p>`, `<script>
      window.rewrites = 0;
      window.rewriteFor = (ms) => new Promise((resolve) => {
        const end = performance.now() + ms;
        const tick = () => {
          const n = ++window.rewrites;
          const paras = [];
          for (let i = 0; i < 200; i++) paras.push('<p>' + ${JSON.stringify(filler)} + (i % 20 === n % 20 ? ${JSON.stringify(MENTION_SENTENCE)} : '') + '</p>');
          document.body.innerHTML = '<h1>Edition ' + n + '</h1>' + paras.join('');
          ${PAGE_CHANGED}
          if (performance.now() + 1000 < end) setTimeout(tick, 1000); else resolve(n);
        };
        tick();
      });
    </script>`));
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-rewrite.html`);
    const first = await settledStats(g, tabId, { mentions: 3 });
    const t0 = Date.now();
    const rewrites = await w.page.evaluate(() => (window as unknown as { rewriteFor(ms: number): Promise<number> }).rewriteFor(8000));
    // Each edition carries 10 mention sentences; after the last rewrite Gloss settles on them.
    const stats = await settledStats(g, tabId, { mentions: 30 }, 15_000);
    // Exactly the current edition's marks: none left on the detached old bodies (they would pin them in memory).
    // (Polled: the count can be reported a slice before the last highlight is drawn.)
    const marks = (): Promise<boolean[]> => w.page.evaluate(() => [...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => (r as Range).startContainer.isConnected));
    await expect.poll(marks).toEqual(Array(30).fill(true));
    const wall = Date.now() - t0;
    const spent = stats.scriptingMs - first.scriptingMs;
    expect(rewrites).toBeGreaterThanOrEqual(7);
    // Rescans are coalesced and back off while the page churns: Gloss keeps to its 5 % share of
    // the main thread (MAX_BUSY_SHARE in mutation-follower.ts), with a little slack.
    report({
      name: `whole-body rewrite every second (${rewrites} rewrites of ~100 KB)`,
      stats: { ...stats, scriptingMs: spent },
      boundMs: Math.round(0.06 * wall),
      extra: { 'over': `${wall} ms`, share: `${((100 * spent) / wall).toFixed(1)} %` },
    });
    expect((await glossStats(g, tabId)).mentions).toBe(30);
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});
