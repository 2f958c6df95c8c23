/**
 * Reading Gloss's UI in the browser tests. Cards and the mentions list live in CLOSED shadow roots,
 * which page scripts (and Playwright's locators) cannot enter; DevTools can. These helpers find the
 * host element over CDP, take its shadow root from `DOM.describeNode({ pierce: true })`, and run a
 * function on it — a test-only path that needs nothing from the extension. Clicks go through
 * Playwright's real (trusted) mouse at the element's position.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

export type UiHost = 'gloss-card' | 'gloss-mentions';

/**
 * Runs `fn` (a function's source, called with `this` = the shadow root of the first `host` element)
 * with `args`; null when there is no such host or shadow root.
 */
export async function inShadow<T>(page: Page, host: UiHost, fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return null;
  const r = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
  if (r.exceptionDetails) throw new Error(`in ${host}'s shadow root: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** The shadow root's mode as DevTools sees it ("closed" for Gloss's UI), or null with no host. */
export async function shadowMode(page: Page, host: UiHost): Promise<string | null> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  return node.shadowRoots?.[0]?.shadowRootType ?? null;
}

/** A view of one selector inside a host's closed shadow root, shaped like the locator calls the tests use. */
export interface ShadowLocator {
  count(): Promise<number>;
  /** textContent of the first match, or null. */
  text(): Promise<string | null>;
  /** textContent of every match. */
  texts(): Promise<string[]>;
  attribute(name: string): Promise<string | null>;
  /** Viewport box of the first match, or null. */
  box(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** Waits until at least one match is rendered (non-empty box). */
  waitFor(timeout?: number): Promise<void>;
  /** A real mouse click at the centre of the first match. */
  click(): Promise<void>;
  /** Computed style properties of the first match. */
  style(...props: string[]): Promise<Record<string, string> | null>;
}

export function shadowLocator(page: Page, host: UiHost, selector: string): ShadowLocator {
  const run = <T>(fn: string, ...args: unknown[]): Promise<T | null> => inShadow<T>(page, host, fn, selector, ...args);
  const box = (): Promise<{ x: number; y: number; width: number; height: number } | null> => run(`function (s) {
    const e = this.querySelector(s);
    if (!e) return null;
    const b = e.getBoundingClientRect();
    return b.width || b.height ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
  }`);
  const self: ShadowLocator = {
    count: async () => (await run<number>('function (s) { return this.querySelectorAll(s).length; }')) ?? 0,
    text: () => run<string | null>('function (s) { return this.querySelector(s)?.textContent ?? null; }'),
    texts: async () => (await run<string[]>('function (s) { return [...this.querySelectorAll(s)].map((e) => e.textContent); }')) ?? [],
    attribute: (name) => run<string | null>('function (s, n) { return this.querySelector(s)?.getAttribute(n) ?? null; }', name),
    box,
    async waitFor(timeout = 5000) {
      await expect.poll(box, { timeout }).not.toBeNull();
    },
    async click() {
      await self.waitFor();
      // As a reader would: scroll the card (not the page) to the element first.
      await run('function (s) { this.querySelector(s)?.scrollIntoView({ block: "nearest" }); }');
      const b = (await box())!;
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    },
    style: (...props) => run<Record<string, string>>(`function (s, props) {
      const e = this.querySelector(s);
      if (!e) return null;
      const cs = getComputedStyle(e);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }`, props),
  };
  return self;
}

/** The card: `card(page)` is the open card, `card(page, '.title')` something in it. */
export const card = (page: Page, inner?: string): ShadowLocator => shadowLocator(page, 'gloss-card', inner ? `.card ${inner}` : '.card');

/** The class of the element focused inside `host`'s shadow root, with the page's focus on the host. */
export async function focusedIn(page: Page, host: UiHost): Promise<{ hostFocused: boolean; className: string | null; text: string | null }> {
  const hostFocused = await page.evaluate((h) => document.activeElement?.localName === h, host);
  const inner = await inShadow<{ className: string | null; text: string | null }>(page, host, `function () {
    const a = this.activeElement;
    return { className: a ? a.className : null, text: a ? (a.querySelector('.surface')?.textContent ?? a.textContent) : null };
  }`);
  return { hostFocused, className: inner?.className ?? null, text: inner?.text ?? null };
}
