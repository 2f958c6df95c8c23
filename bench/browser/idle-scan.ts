/**
 * A whole-page scan run by the content script's own `scanInSlices` (as PageController runs it):
 * matching, disambiguation, Ranges and visibility, then highlights, each in idle slices. (The
 * claim-hint pass that follows asks the background, which this page has not got: it is left
 * out.) Every slice is timed, and a PerformanceObserver collects the main thread's long tasks
 * (≥ 50 ms) meanwhile.
 */
import type { Lexicon } from '../../src/core/match/lexicon.js';
import { Highlighter } from '../../src/extension/content/highlighter.js';
import { SLICE_MS } from '../../src/extension/content/idle.js';
import type { PageMention } from '../../src/extension/content/page-scan.js';
import { scanInSlices } from '../../src/extension/content/scan-in-slices.js';
import { nextFrame } from './draw.js';
import { detectOptions } from './gloss.js';

export interface IdleScanResult {
  sliceMs: number;
  slices: number;
  /** Longest idle slice (walk + matching, or placing and drawing). */
  longestSliceMs: number;
  /** Disambiguation and overlaps (all its slices). */
  resolveMs: number;
  /** Sum of all Gloss work. */
  busyMs: number;
  /** From start to the last highlight registered. */
  wallMs: number;
  mentions: number;
  /** Durations of every long task the browser reported meanwhile. */
  longTasksMs: number[];
  /** Those of them that ran none of Gloss's script: rendering (style, layout, paint), GC, or the OS. */
  longTasksWithoutGlossMs: number[];
}

export interface Retained { mentions: PageMention[]; highlighter: Highlighter }

export async function idleScan(lex: Lexicon, root: Node, keep: (r: Retained) => void): Promise<IdleScanResult> {
  const longTasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  /** When Gloss's own script ran: [start, end] of each slice. */
  const ran: [number, number][] = [];
  observer.observe({ type: 'longtask', buffered: false });
  const slices: number[] = [];
  let resolveMs = 0;
  const t0 = performance.now();
  const highlighter = new Highlighter('underline', true);
  // The content script's own schedule (PageController runs the same function).
  const mentions = await scanInSlices(lex, root, detectOptions(), {
    signal: new AbortController().signal,
    wanted: () => true,
    draw: (batch) => highlighter.add(batch.map((m) => m.range)),
    onSlice: (step, start, ms) => {
      slices.push(ms);
      if (step === 'disambiguate') resolveMs += ms;
      ran.push([start, start + ms]);
    },
  });
  if (!mentions) throw new Error('idle scan aborted');
  const wallMs = performance.now() - t0;
  keep({ mentions, highlighter });
  // Let the frame that draws the highlights happen, and the observer deliver its entries.
  await nextFrame();
  await new Promise((r) => setTimeout(r, 100));
  observer.disconnect();
  return {
    sliceMs: SLICE_MS,
    slices: slices.length,
    longestSliceMs: Math.max(0, ...slices),
    resolveMs,
    busyMs: slices.reduce((a, b) => a + b, 0),
    wallMs,
    mentions: mentions.length,
    longTasksMs: longTasks.map((t) => t.duration),
    longTasksWithoutGlossMs: longTasks
      .filter((t) => !ran.some(([s, e]) => s < t.start + t.duration && e > t.start))
      .map((t) => t.duration),
  };
}
