/**
 * Takes the README's screenshots from the built extension (and checks what they show): the demo
 * article with marks and an open card, light and dark, and the popup for that page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchGloss, serveFixtures, tabIdOf, waitForHighlights, type FixtureServer, type GlossBrowser } from './harness.js';
import { hoverMark } from './suite.js';
import { card as cardOf } from './shadow.js';

const OUT = join(ROOT, 'docs/screenshots');
let server: FixtureServer;
let g: GlossBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  server.route('/demo.html', readFileSync(join(ROOT, 'demo/article.html'), 'utf8'));
  g = await launchGloss();
});
afterAll(async () => {
  await g.close();
  await server.close();
});

describe('screenshots', () => {
  it('a page with marks and an open card, and the popup', async () => {
    const page = await g.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(`${server.origin}/demo.html`);
    const marks = await waitForHighlights(page, 8);
    expect(marks).toContain('Directive 25-CT/TW');
    await hoverMark(page, 'Directive 25-CT/TW');
    await cardOf(page).waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(OUT, 'page-card.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(OUT, 'page-card-dark.png') });

    const tabId = await tabIdOf(g, page);
    const popup = await g.context.newPage();
    await popup.setViewportSize({ width: 380, height: 620 });
    await popup.goto(`chrome-extension://${g.extensionId}/src/extension/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="page-topic"]');
    await popup.locator('[data-testid="page-topic"] [data-testid="topic-toggle"]').first().click();
    await popup.locator('[data-testid="fact"]').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    await popup.close();
    await page.close();
  });
});
