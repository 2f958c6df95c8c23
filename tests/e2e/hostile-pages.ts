/**
 * The robustness suite's kit: generators for big hostile pages (built in code, never committed as
 * multi-MB files), and the checks every robustness case makes:
 * - no uncaught error from Gloss (page errors, Gloss's console errors/warnings, the service
 *   worker's console and its uncaught errors);
 * - the page's own scripts keep running (a heartbeat the page keeps counting);
 * - the page's DOM is exactly what the page built (snapshot at DOMContentLoaded, and again whenever
 *   the page itself changes its DOM, compared at the end; the card host is allowed only where the
 *   test interacted);
 * - Gloss's scripting time, from the content script's own `stats/get`, printed with the case.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { currentWorker, sendToContent, tabIdOf, type FixtureServer, type GlossBrowser } from './harness.js';
import { useGloss, type UseGlossOptions } from './suite.js';

// ───────────────────────────── page building blocks ─────────────────────────────

/** The page's own script: a heartbeat it keeps counting (proves its scripts keep running). */
export const HEARTBEAT = '<script>window.__beats = 0; setInterval(() => { window.__beats++; }, 40);</script>';

/** Tells the DOM watch that the page itself just changed its DOM (call right after each change). */
export const PAGE_CHANGED = 'window.__glossTest && window.__glossTest.snapshot();';

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>\n${body}\n${HEARTBEAT}\n</body></html>\n`;
}

/** A deterministic PRNG (mulberry32), so generated pages are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Filler words that fold to nothing the corpus knows. */
const FILLER = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute ' +
  'irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident ' +
  'sunt culpa qui officia deserunt mollit anim id est laborum').split(' ');

function filler(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(FILLER[Math.floor(rand() * FILLER.length)]!);
  return out.join(' ');
}

/** Two unambiguous mentions per sentence (no context needed, so counts are exact). */
export const MENTION_SENTENCE = 'The National Assembly passed Resolution 130/2020/QH14, and Nguyen Chi Vinh welcomed it.';
/** The mentions in MENTION_SENTENCE that Gloss marks (National Assembly is confirmed by the resolution). */
export const MENTIONS_PER_SENTENCE = 3;

export interface GeneratedPage {
  html: string;
  /** Mentions Gloss should mark. */
  mentions: number;
  /** Visible text size (characters) — approximate for articles, exact enough for reports. */
  textChars: number;
}

/**
 * An article of about `chars` characters of visible text: paragraphs with inline links and
 * emphasis, one paragraph in `every` carrying MENTION_SENTENCE.
 */
export function bigArticle(chars: number, every = 8): GeneratedPage {
  const rand = prng(0x5eed);
  const parts: string[] = [];
  let text = 0;
  let mentions = 0;
  for (let i = 0; text < chars; i++) {
    let p = `${filler(rand, 30)} <a href="#p${i}">${filler(rand, 3)}</a> ${filler(rand, 40)} <em>${filler(rand, 4)}</em> ${filler(rand, 20)}.`;
    if (i % every === 0) {
      p += ` ${MENTION_SENTENCE}`;
      mentions += MENTIONS_PER_SENTENCE;
    }
    parts.push(i % 50 === 0 ? `<h2>${filler(rand, 5)}</h2>\n<p>${p}</p>` : `<p>${p}</p>`);
    text += p.length - 40; // minus the markup, roughly
  }
  return {
    html: page('A very long article', `<nav><a href="#">home</a></nav>\n<article>\n${parts.join('\n')}\n</article>\n<footer>end</footer>`),
    mentions,
    textChars: text,
  };
}

/**
 * Deep nesting, built by the page's own script (the HTML parser caps nesting at 512, so markup
 * alone cannot build it). Chromium itself cannot render a tree that deep: its renderer crashes
 * from about 3,000 rendered <div> levels (1,000 when inline and block elements alternate), with or
 * without Gloss. So the `depth`-level chain (mixed elements) sits in a `display: none` wrapper —
 * Gloss walks it, finds the mention at its bottom and leaves it unmarked (hidden) — followed by a
 * `rendered`-level chain of <div>s whose bottom mention is marked, and a mention after both (found
 * only if the walk climbed back out of both chains).
 */
export function deepNesting(depth: number, rendered: number): GeneratedPage {
  const body = `<p id="top">${MENTION_SENTENCE}</p>
<div id="hidden-chain" style="display: none"></div>
<div id="rendered-chain"></div>
<p id="after">${MENTION_SENTENCE}</p>
<script>
  const chain = (root, depth, mixed) => {
    let node = root;
    for (let i = 0; i < depth; i++) {
      const child = document.createElement(!mixed || i % 3 === 0 ? 'div' : i % 3 === 1 ? 'span' : 'section');
      node.appendChild(child);
      node = child;
    }
    node.textContent = ${JSON.stringify(MENTION_SENTENCE)};
    return node;
  };
  window.__hiddenBottom = chain(document.getElementById('hidden-chain'), ${depth}, true);
  window.__renderedBottom = chain(document.getElementById('rendered-chain'), ${rendered}, false);
</script>`;
  return { html: page('Deep nesting', body), mentions: 3 * MENTIONS_PER_SENTENCE, textChars: 4 * MENTION_SENTENCE.length };
}

/**
 * `nodes` tiny text nodes: mentions split across them at every few characters (inside <span>s
 * and bare), between filler split the same way.
 */
export function tinyTextNodes(nodes: number): GeneratedPage {
  const rand = prng(42);
  const paragraphs: string[] = [];
  let count = 0;
  let mentions = 0;
  let chars = 0;
  const split = (s: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < s.length; ) {
      const n = 1 + Math.floor(rand() * 4);
      out.push(s.slice(i, i + n));
      i += n;
    }
    return out;
  };
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  while (count < nodes) {
    const sentence = `${filler(rand, 6)} ${MENTION_SENTENCE} ${filler(rand, 6)}`;
    // Alternate bare text and <span>-wrapped text so adjacent pieces stay separate text nodes.
    const pieces = split(sentence).map((s, i) => (i % 2 ? `<span>${esc(s)}</span>` : esc(s)));
    paragraphs.push(`<p>${pieces.join('')}</p>`);
    count += pieces.length;
    mentions += MENTIONS_PER_SENTENCE;
    chars += sentence.length;
  }
  return { html: page('Tiny text nodes', paragraphs.join('\n')), mentions, textChars: chars };
}

/** Two mentions that need no context (so no disambiguation work either). */
export const PLAIN_SENTENCE = 'Nguyen Chi Vinh visited the ISEAS – Yusof Ishak Institute.';

/** A page carrying `n` mentions in a long list (more ranges than a spread call can take). */
export function manyMentions(n: number): GeneratedPage {
  const items: string[] = [];
  for (let i = 0; i < n / 2; i++) items.push(`<li>${PLAIN_SENTENCE}</li>`);
  return { html: page('A list of mentions', `<ul>\n${items.join('\n')}\n</ul>`), mentions: items.length * 2, textChars: items.length * PLAIN_SENTENCE.length };
}

// ───────────────────────────── the watch ─────────────────────────────

/**
 * Main-world init script: snapshots the DOM (document, open shadow roots, same-origin iframes) at
 * DOMContentLoaded and whenever the page calls `__glossTest.snapshot()`. It keeps the original
 * DOM accessors, so a page that overrides prototypes cannot blind it.
 */
const DOM_WATCH = `(() => {
  if (window.__glossTest || window.top !== window) return;
  const get = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const outer = get(Element.prototype, 'outerHTML');
  const shadowInner = get(ShadowRoot.prototype, 'innerHTML');
  const shadowOf = get(Element.prototype, 'shadowRoot');
  const docEl = get(Document.prototype, 'documentElement');
  const contentDoc = get(HTMLIFrameElement.prototype, 'contentDocument');
  const qsa = Document.prototype.querySelectorAll;
  const hasAttr = Element.prototype.hasAttribute;
  const CARD = /<gloss-card data-gloss-ui=""[^>]*><\\/gloss-card>/g;
  const serialize = (doc) => {
    let s = outer.call(docEl.call(doc));
    for (const el of qsa.call(doc, '*')) {
      if (hasAttr.call(el, 'data-gloss-ui')) continue; // the card host: counted apart
      const root = shadowOf.call(el);
      if (root) s += '\\n#shadow-root ' + shadowInner.call(root);
      if (el instanceof HTMLIFrameElement) {
        let inner = null;
        try { inner = contentDoc.call(el); } catch {}
        if (inner && docEl.call(inner)) s += '\\n#iframe ' + serialize(inner);
      }
    }
    return s;
  };
  const api = {
    expected: null,
    snapshot() { api.expected = serialize(document).replace(CARD, ''); },
    /** [same DOM as the page built it, card hosts present] */
    check() {
      const now = serialize(document);
      const cards = (now.match(CARD) || []).length;
      return [now.replace(CARD, '') === api.expected, cards, api.expected === null ? 0 : api.expected.length];
    },
  };
  // Long tasks (any origin: page or Gloss), to report the longest one after the load event.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  api.longestTaskAfterLoad = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const after = nav ? nav.loadEventEnd : 0;
    return longTasks.filter(([start]) => start >= after).reduce((m, [, d]) => Math.max(m, d), 0);
  };
  Object.defineProperty(window, '__glossTest', { value: api });
  document.addEventListener('DOMContentLoaded', () => api.snapshot(), { once: true, capture: true });
})();`;

/** Collects uncaught errors and the service worker's complaints; installs the DOM watch. */
export async function installWatch(context: BrowserContext): Promise<void> {
  await context.addInitScript(DOM_WATCH);
}

const GLOSS_WORDS = /gloss|extension context|content script|chrome-extension:/i;

export interface PageWatch {
  page: Page;
  /** Uncaught errors and Gloss's console errors/warnings in the page. */
  errors: string[];
}

/** Watches a page: every uncaught error, and console errors/warnings that come from Gloss. */
export function watchPage(page: Page): PageWatch {
  const w: PageWatch = { page, errors: [] };
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && (GLOSS_WORDS.test(m.text()) || GLOSS_WORDS.test(m.location().url))) {
      w.errors.push(`console.${m.type()}: ${m.text()}`);
    }
  });
  return w;
}

/** Every console error/warning of the service worker, and its uncaught errors and rejections. */
export async function watchWorker(worker: Worker, into: string[]): Promise<void> {
  worker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') into.push(`worker console.${m.type()}: ${m.text()}`);
  });
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __glossTestErrors?: string[] };
    if (g.__glossTestErrors) return;
    const errors: string[] = (g.__glossTestErrors = []);
    addEventListener('error', (e) => errors.push(`worker error: ${(e as ErrorEvent).message}`));
    addEventListener('unhandledrejection', (e) => errors.push(`worker rejection: ${String((e as PromiseRejectionEvent).reason)}`));
  });
}

/** The uncaught errors the worker recorded since `watchWorker` (empty if it was restarted). */
export async function workerErrors(g: GlossBrowser): Promise<string[]> {
  const worker = await currentWorker(g);
  return worker.evaluate(() => (globalThis as unknown as { __glossTestErrors?: string[] }).__glossTestErrors ?? []);
}

export interface Stats {
  scriptingMs: number;
  mentions: number;
}

export async function glossStats(g: GlossBrowser, tabId: number): Promise<Stats> {
  return sendToContent<Stats>(g, tabId, 'stats/get');
}

/** Waits until Gloss reports `mentions` (or at least `atLeast`) and its count stops changing. */
export async function settledStats(g: GlossBrowser, tabId: number, want: { mentions?: number; atLeast?: number }, timeout = 20_000): Promise<Stats> {
  let last: Stats | undefined;
  await expect.poll(async () => {
    last = await glossStats(g, tabId);
    if (want.mentions !== undefined) return last.mentions === want.mentions;
    return last.mentions >= (want.atLeast ?? 0);
  }, { timeout, interval: 100 }).toBe(true);
  return last!;
}

/** The longest main-thread task (page's or Gloss's) since the load event, in ms (0 if none over 50 ms). */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __glossTest: { longestTaskAfterLoad(): number } }).__glossTest.longestTaskAfterLoad());
}

export async function heartbeat(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __beats: number }).__beats);
}

export interface CaseReport {
  name: string;
  stats: Stats;
  /** Gloss's scripting time on the case must stay under this (ms). */
  boundMs: number;
  /** Extra numbers worth printing. */
  extra?: Record<string, string | number>;
}

/** Prints the case's numbers (they show in the run) and holds Gloss's scripting time to its bound. */
export function report(r: CaseReport): void {
  const extra = r.extra ? Object.entries(r.extra).map(([k, v]) => `, ${k} ${v}`).join('') : '';
  console.log(`robustness: ${r.name}: Gloss scripting ${r.stats.scriptingMs.toFixed(1)} ms (bound ${r.boundMs} ms), ${r.stats.mentions} mentions${extra}`);
  expect(r.stats.scriptingMs, `${r.name}: Gloss scripting time`).toBeLessThan(r.boundMs);
}

/**
 * The checks every case ends with: the page's scripts still run, its DOM is what it built (the
 * card host only where `cardsAllowed`), and nothing went wrong in the page or the worker.
 */
export async function expectPageIntact(w: PageWatch, g: GlossBrowser, workerLog: string[], options: { cardsAllowed?: boolean } = {}): Promise<void> {
  const { page } = w;
  const beats = await heartbeat(page);
  await expect.poll(() => heartbeat(page), { timeout: 2000 }).toBeGreaterThan(beats);
  const [same, cards, size] = await page.evaluate(() => (window as unknown as { __glossTest: { check(): [boolean, number, number] } }).__glossTest.check());
  expect(size, 'the DOM was snapshot at DOMContentLoaded').toBeGreaterThan(0);
  expect(same, 'the page DOM is exactly what the page built').toBe(true);
  if (!options.cardsAllowed) expect(cards, 'no card host without interaction').toBe(0);
  expect(w.errors).toEqual([]);
  expect([...workerLog, ...(await workerErrors(g))]).toEqual([]);
}

/** Opens `url` in a new watched page and returns it with its tab id. */
export async function openWatched(g: GlossBrowser, url: string): Promise<{ w: PageWatch; tabId: number }> {
  const p = await g.context.newPage();
  const w = watchPage(p);
  await p.goto(url);
  const tabId = await tabIdOf(g, p);
  return { w, tabId };
}

/**
 * Evaluates expressions in Gloss's own isolated world in `page` (through the DevTools protocol),
 * for pages whose main world cannot be trusted to answer (it has replaced `CSS`, `Range`...).
 * Read-only use: it shares the content script's globals.
 */
export async function glossWorld(g: GlossBrowser, page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await g.context.newCDPSession(page);
  const origin = `chrome-extension://${g.extensionId}`;
  const contexts = new Map<number, { origin: string; frameId: string }>();
  cdp.on('Runtime.executionContextCreated', (e) => contexts.set(e.context.id, { origin: e.context.origin, frameId: (e.context.auxData as { frameId: string }).frameId }));
  cdp.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return async <T>(expression: string): Promise<T> => {
    const id = [...contexts].filter(([, c]) => c.origin === origin && c.frameId === frameTree.frame.id).pop()?.[0];
    if (id === undefined) throw new Error('no Gloss world in this page');
    const r = await cdp.send('Runtime.evaluate', { contextId: id, expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`in the Gloss world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  };
}

/**
 * `useGloss` for the robustness suites: every page of the browser is watched for Gloss's errors
 * and DOM changes, and the service worker's errors go to `workerLog`.
 */
export function useWatchedGloss(
  use: (server: FixtureServer, g: GlossBrowser) => void,
  current: () => GlossBrowser,
  workerLog: string[],
  launch?: UseGlossOptions['launch'],
): void {
  useGloss(use, current, {
    ...(launch ? { launch } : {}),
    ready: async (g) => {
      await installWatch(g.context);
      await watchWorker(g.worker, workerLog);
    },
  });
}
