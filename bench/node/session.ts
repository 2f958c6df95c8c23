/** One generated page open in the bench browser, and typed calls into its bench API. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { BenchApi } from '../browser/entry.js';
import type { LexiconInfo, MethodId, PageInfo, RunResult } from '../browser/protocol.js';
import type { IdleScanResult } from '../browser/idle-scan.js';

type Bench = { bench: BenchApi };

export class PageSession {
  private constructor(readonly page: Page, private readonly cdp: CDPSession, readonly info: PageInfo) {}

  static async open(browser: Browser, url: string): Promise<PageSession> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 60_000 });
    if (errors.length) throw new Error(`bench page: ${errors.join('; ')}`);
    const info = await page.evaluate(() => (window as unknown as Bench).bench.init());
    const cdp = await page.context().newCDPSession(page);
    return new PageSession(page, cdp, info);
  }

  loadLexicon(name: string): Promise<LexiconInfo> {
    return this.page.evaluate((n) => (window as unknown as Bench).bench.loadLexicon(n), name);
  }

  dropLexicon(name: string): Promise<void> {
    return this.page.evaluate((n) => (window as unknown as Bench).bench.dropLexicon(n), name);
  }

  run(method: MethodId, lexicon: string): Promise<RunResult> {
    return this.page.evaluate(([m, n]) => (window as unknown as Bench).bench.run(m, n), [method, lexicon] as const);
  }

  idleScan(lexicon: string): Promise<IdleScanResult> {
    return this.page.evaluate((n) => (window as unknown as Bench).bench.idleScan(n), lexicon);
  }

  release(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as Bench).bench.release());
  }

  holdLexicon(name: string): Promise<void> {
    return this.page.evaluate((n) => (window as unknown as Bench).bench.holdLexicon(n), name);
  }

  pageMutations(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as Bench).bench.pageMutations());
  }

  /** V8 heap in use after a full collection (CDP), in bytes. */
  async heapUsed(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.cdp.send('Runtime.getHeapUsage');
    return usedSize;
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}
