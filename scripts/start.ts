/**
 * `npm start` (after the build): opens Debian's Chromium with the built extension loaded on a
 * bundled demo article, served from 127.0.0.1. Without a display it runs headless, opens a card,
 * saves a screenshot to dist/demo.png and exits — use `xvfb-run -a npm start` for a window.
 * Without Chromium it installs Debian's package the way .ci/run does when it can (as root, or with
 * sudo that needs no password), else says in one line how, and exits with status 1.
 */
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

class StartError extends Error {}

const runs = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** apt-get install chromium, as root or through passwordless sudo; false when that is not possible here. */
function installChromium(): boolean {
  if (!runs('apt-get', ['--version'])) return false;
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !runs('sudo', ['-n', 'true'])) return false;
  const apt = (args: string[]): boolean => {
    const [cmd, full] = asRoot ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
    return spawnSync(cmd, full, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  console.log('Chromium is not installed: installing Debian’s chromium package (apt-get install chromium)…');
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) && existsSync(DEFAULT_CHROMIUM);
}

/** The Chromium to run: CHROMIUM_PATH if set (never installed over), else Debian's, installed if missing. */
function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new StartError(`Chromium not found at ${chosen} (from CHROMIUM_PATH): point CHROMIUM_PATH at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}`);
  }
  if (existsSync(DEFAULT_CHROMIUM) || installChromium()) return DEFAULT_CHROMIUM;
  throw new StartError(`Chromium not found at ${DEFAULT_CHROMIUM}: run \`sudo apt-get install chromium\` (or set CHROMIUM_PATH=/path/to/chromium)`);
}

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  const dist = resolve('dist/chrome');
  if (!existsSync(join(dist, 'manifest.json'))) throw new StartError('dist/chrome is missing: run `npm run build` first (npm start does)');
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
    await page.mouse.move(box.x - 3, box.y);
    await page.mouse.move(box.x, box.y);
    // The card lives in a closed shadow root: its host appears when it opens; give it time to draw.
    await page.locator('gloss-card').waitFor({ state: 'attached', timeout: 10_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'dist/demo.png' });
    console.log('No display: ran headless and saved dist/demo.png (run `xvfb-run -a npm start` for a window).');
    await context.close();
    server.close();
  } else {
    console.log('Hover a dotted mark for its card; click the Gloss toolbar icon for the popup. Close the browser to stop.');
    context.on('close', () => server.close());
  }
}

main().catch((e: unknown) => {
  // One line, never a stack trace: what went wrong and what to do.
  console.error(`gloss start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
});
