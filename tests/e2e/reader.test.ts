/** The bundled reader: a card's citation opens the source at its passage, with the excerpt marked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchGloss, serveFixtures, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { hoverMark } from './suite.js';
import { card as cardOf } from './shadow.js';

let server: FixtureServer;
let g: GlossBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  g = await launchGloss();
});
afterAll(async () => {
  expect(foreignRequests(g.network, server.origin)).toEqual([]);
  // The only things fetched from the fixture server are the page the test opened (and the
  // browser's own favicon request).
  expect(new Set(server.requests.filter((r) => r !== '/favicon.ico'))).toEqual(new Set(['/news.html']));
  await g.close();
  await server.close();
});

describe('source reader', () => {
  it('opens from a card’s citation, scrolled to the passage, with the excerpt marked and the rights shown', async () => {
    const page = await g.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForHighlights(page, 9);
    await hoverMark(page, 'Resolution 130/2020/QH14');
    await cardOf(page).waitFor();
    const excerpt = (await cardOf(page, '.excerpt').text())!.replace(/^“|”$/g, '');
    const opened = g.context.waitForEvent('page');
    await cardOf(page, '.cite').click();
    const reader = await opened;
    await reader.waitForSelector('body[data-ready="true"]');
    expect(reader.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/src\/extension\/reader\/index\.html\?source=/);
    const mark = reader.locator('[data-testid="reader-mark"]');
    await mark.waitFor();
    expect((await mark.textContent())!.replace(/\s+/g, ' ')).toBe(excerpt.replace(/\s+/g, ' '));
    // Scrolled to it: the mark is in the viewport.
    const box = (await mark.boundingBox())!;
    const height = await reader.evaluate(() => innerHeight);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(height);
    expect(await reader.locator('[data-testid="reader-meta"]').textContent()).toMatch(/ISEAS|United Nations/);
    expect(await reader.locator('[data-testid="reader-rights"]').textContent()).toMatch(/reproduced|permission|attribution/i);
    await reader.close();
    await page.close();
  });

  it('shows footnotes addressable by number', async () => {
    const reader = await g.context.newPage();
    await reader.goto(`chrome-extension://${g.extensionId}/src/extension/reader/index.html?source=iseas-2021-6&passage=fn-47`);
    await reader.waitForSelector('body[data-ready="true"]');
    expect(await reader.locator('#fn-47').textContent()).toMatch(/23\/166 female officers \(13\.8%\)/);
    expect(await reader.locator('a.fnref').count()).toBeGreaterThan(40);
    await reader.close();
  });
});
