/**
 * The popup's time from open to its first facts on screen, with the built extension loaded (the
 * one place the bench loads it): a generated article is opened and scanned, then the popup page
 * is opened for that tab (as the e2e tests do; Playwright cannot drive the real toolbar popup) and
 * a script injected at document start notes when the first topic of the page appears and when the
 * frame showing it has been drawn. Times are from the popup's navigation start.
 */
import { launchGloss, serveFixtures, tabIdOf, waitForHighlights } from '../../tests/e2e/harness.js';
import { POPUP_RUNS } from '../config.js';
import { median, round } from '../node/stats.js';

export interface PopupResult {
  runs: number[];
  /** First topic inserted, ms after navigation start (median). */
  insertedMedian: number;
  /** The frame showing it rendered (median): the target's "first facts painted". */
  paintedMedian: number;
  /** The very first open (cold extension pages). */
  firstMs: number;
  topics: number;
}

const SELECTOR = '[data-testid="page-topic"]';

/** Runs in the popup before its own scripts. */
function observeFirstTopic(selector: string): void {
  const rec = { inserted: -1, painted: -1 };
  (window as unknown as { __benchPopup: typeof rec }).__benchPopup = rec;
  const observer = new MutationObserver(() => {
    if (rec.inserted >= 0 || !document.querySelector(selector)) return;
    rec.inserted = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      // A task posted from a rAF callback runs after that frame is drawn.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { rec.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function measurePopup(articleHtml: string): Promise<PopupResult> {
  const server = await serveFixtures();
  server.route('/bench-article.html', articleHtml);
  const g = await launchGloss();
  try {
    const article = await g.context.newPage();
    await article.goto(`${server.origin}/bench-article.html`);
    await waitForHighlights(article, 1, 'gloss-underline', 60_000);
    const tabId = await tabIdOf(g, article);
    const manifest = await g.worker.evaluate(() => chrome.runtime.getManifest());
    const popupPath = manifest.action?.default_popup ?? 'src/extension/popup/index.html';
    await g.context.addInitScript(observeFirstTopic, SELECTOR);
    const painted: number[] = [];
    const inserted: number[] = [];
    let topics = 0;
    for (let i = 0; i < POPUP_RUNS + 1; i++) {
      const popup = await g.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${g.extensionId}/${popupPath}?tab=${tabId}`);
      await popup.waitForFunction(() => (window as unknown as { __benchPopup: { painted: number } }).__benchPopup?.painted >= 0, undefined, { timeout: 30_000 });
      const rec = await popup.evaluate(() => (window as unknown as { __benchPopup: { inserted: number; painted: number } }).__benchPopup);
      topics = await popup.locator(SELECTOR).count();
      inserted.push(rec.inserted);
      painted.push(rec.painted);
      await popup.close();
    }
    // The first open also starts the extension's pages; the rest are what a user sees day to day.
    const warm = painted.slice(1);
    return {
      runs: painted.map((x) => round(x, 1)),
      insertedMedian: round(median(inserted.slice(1)), 1),
      paintedMedian: round(median(warm), 1),
      firstMs: round(painted[0]!, 1),
      topics,
    };
  } finally {
    await g.close();
    await server.close();
  }
}
