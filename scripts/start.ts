/**
 * `npm start` (after the build): opens Debian's Chromium with the built extension loaded on a
 * bundled demo article, served from 127.0.0.1. Without a display it runs headless, opens a card,
 * saves a screenshot to dist/demo.png and exits — use `xvfb-run -a npm start` for a window.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve('dist/chrome');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const html = readFileSync(resolve('demo/article.html'), 'utf8');
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/article.html`;
const headless = !process.env.DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gloss-demo-')), {
  executablePath,
  headless,
  viewport: headless ? { width: 1100, height: 820 } : null,
  args: [
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', ...(headless ? ['--disable-gpu'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Gloss demo: ${url}`);

if (headless) {
  await page.waitForFunction(() => (CSS.highlights.get('gloss-underline')?.size ?? 0) > 0, null, { timeout: 15_000 });
  const box = await page.evaluate(() => {
    const r = [...(CSS.highlights.get('gloss-underline') ?? [])][3] as Range;
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.locator('gloss-card .card').waitFor({ timeout: 10_000 });
  await page.screenshot({ path: 'dist/demo.png' });
  console.log('No display: ran headless and saved dist/demo.png (run `xvfb-run -a npm start` for a window).');
  await context.close();
  server.close();
} else {
  console.log('Hover a dotted mark for its card; click the Gloss toolbar icon for the popup. Close the browser to stop.');
  context.on('close', () => server.close());
}
