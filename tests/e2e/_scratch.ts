import { launchGloss, serveFixtures, tabIdOf, waitForHighlights, highlightTexts, badgeText } from './harness.js';
const server = await serveFixtures();
const g = await launchGloss();
const log = (...a: unknown[]) => console.log(...a);
const page = await g.context.newPage();
await page.goto(`${server.origin}/news.html`);
await waitForHighlights(page, 9);
await page.evaluate(() => { (window as any).__marker = 1; addEventListener('pageshow', (e) => { (window as any).__persisted = e.persisted; }); });
await page.goto(`${server.origin}/unrelated.html`);
await page.waitForTimeout(300);
await page.goBack();
log('marker', await page.evaluate(() => [(window as any).__marker, (window as any).__persisted, performance.getEntriesByType('navigation')[0]!.toJSON()]));
const cdp = await g.context.newCDPSession(page);
g.context.on('serviceworker', (w) => log('SW event', w.url()));
await g.worker.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 50); }).catch((e) => log('eval err', e.message));
for (let i = 0; i < 10; i++) {
  await page.waitForTimeout(1000);
  const t = await cdp.send('Target.getTargets');
  log(i, t.targetInfos.map((x) => x.type + ' ' + x.url).join(' | '));
}
const p = await g.context.newPage();
const r = await p.goto(`chrome-extension://${g.extensionId}/src/extension/options/index.html`).catch((e) => e.message);
log('options', typeof r === 'string' ? r : r?.status(), await p.title().catch(() => ''));
await g.close(); await server.close();
