/**
 * The shared set-up of a browser test file: a fixture server and a fresh browser with Gloss for
 * the file, and at the end a check that nothing Gloss did left the machine.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, launchGloss, serveFixtures, type FixtureServer, type GlossBrowser } from './harness.js';

export interface UseGlossOptions {
  /** How to start the browser (default: a fresh profile). */
  launch?: () => Promise<GlossBrowser>;
  /** Set-up once it runs, before any test (e.g. watching every page for errors). */
  ready?: (g: GlossBrowser) => Promise<void>;
}

/**
 * Starts the server and browser before the file's tests and hands them to `use`; `current` gives
 * the browser in use at the end (tests that restart the browser replace it).
 */
export function useGloss(use: (server: FixtureServer, g: GlossBrowser) => void, current: () => GlossBrowser, options: UseGlossOptions = {}): void {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    const g = await (options.launch ?? launchGloss)();
    await options.ready?.(g);
    use(server, g);
  });
  afterAll(async () => {
    const g = current();
    expect(foreignRequests(g.network, server!.origin)).toEqual([]);
    await g.close();
    await server!.close();
  });
}

/** The centre of the first line of the mark whose text is `text`, read from the page's highlights. */
export async function markCentre(page: Page, text: string, name = 'gloss-underline'): Promise<{ x: number; y: number }> {
  return page.evaluate(([t, n]) => {
    const r = [...(CSS.highlights.get(n!) as Highlight)].map((x) => x as Range).find((x) => x.toString() === t);
    if (!r) throw new Error(`no mark "${t}"`);
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, [text, name] as const);
}

/** Moves the pointer onto a mark (with a small approach, as a hand would). */
export async function hoverMark(page: Page, text: string): Promise<void> {
  const p = await markCentre(page, text);
  await page.mouse.move(p.x - 3, p.y);
  await page.mouse.move(p.x, p.y);
}
