/**
 * The scan as the content script schedules it (idle slices around one disambiguation task): longest
 * task, JS heap it leaves behind, and what its live Ranges then cost the page's own DOM changes.
 */
import { IDLE_RUNS } from '../config.js';
import type { IdleScanResult } from '../browser/idle-scan.js';
import type { PageSession } from '../node/session.js';
import { median, round } from '../node/stats.js';

export interface IdleResult {
  page: string;
  lexicon: string;
  runs: number;
  mentions: number;
  slices: number;
  sliceMs: number;
  /** Worst over the runs. */
  longestSliceMs: number;
  resolveMs: number;
  longTasksMs: number[];
  /** Long tasks in which none of Gloss's script ran (rendering, GC, the OS). */
  longTasksWithoutGlossMs: number[];
  /** Medians over the runs. */
  busyMs: number;
  wallMs: number;
  /** JS heap kept by the mentions and highlights, bytes (median). */
  retainedBytes: number;
  /** 1,000 of the page's own DOM changes, ms: with Gloss's Ranges alive, and after they are gone. */
  mutationsWithMs: number;
  mutationsWithoutMs: number;
}

export async function runIdle(session: PageSession, page: string, lexicon: string, log: (s: string) => void): Promise<IdleResult> {
  const results: IdleScanResult[] = [];
  const retained: number[] = [];
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  for (let i = 0; i < IDLE_RUNS; i++) {
    await session.release();
    const before = await session.heapUsed();
    results.push(await session.idleScan(lexicon));
    retained.push((await session.heapUsed()) - before);
    withMs.push(await session.pageMutations());
    await session.release();
    withoutMs.push(await session.pageMutations());
  }
  const worst = (pick: (r: IdleScanResult) => number): number => Math.max(...results.map(pick));
  const out: IdleResult = {
    page,
    lexicon,
    runs: results.length,
    mentions: results[0]!.mentions,
    slices: results[0]!.slices,
    sliceMs: results[0]!.sliceMs,
    longestSliceMs: round(worst((r) => r.longestSliceMs)),
    resolveMs: round(worst((r) => r.resolveMs)),
    longTasksMs: results.flatMap((r) => r.longTasksMs).map((x) => round(x, 0)).sort((a, b) => b - a),
    longTasksWithoutGlossMs: results.flatMap((r) => r.longTasksWithoutGlossMs).map((x) => round(x, 0)).sort((a, b) => b - a),
    busyMs: round(median(results.map((r) => r.busyMs))),
    wallMs: round(median(results.map((r) => r.wallMs))),
    retainedBytes: Math.round(median(retained)),
    mutationsWithMs: round(median(withMs)),
    mutationsWithoutMs: round(median(withoutMs)),
  };
  log(`  idle scan ${page} × ${lexicon}: longest slice ${out.longestSliceMs} ms, resolve task ${out.resolveMs} ms, long tasks [${out.longTasksMs.slice(0, 5).join(', ')}]`);
  return out;
}
