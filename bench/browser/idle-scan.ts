/**
 * A whole-page scan scheduled the way the content script schedules it (PageController.scanRoots):
 * the walk and matching, then disambiguation, then Ranges and visibility, then highlights, each in
 * requestIdleCallback slices (the content script's own runInIdleSlices). (The claim-hint pass that follows asks the background, which this
 * page has not got: it is left out.) Every slice is timed, and a PerformanceObserver collects
 * the main thread's long tasks (≥ 50 ms) meanwhile.
 */
import type { Lexicon } from '../../src/core/match/lexicon.js';
import { Highlighter } from '../../src/extension/content/highlighter.js';
import { runInIdleSlices, SLICE_MS } from '../../src/extension/content/idle.js';
import { SubtreeScan, type PageMention } from '../../src/extension/content/page-scan.js';
import { nextFrame } from './draw.js';
import { detectOptions, visible } from './gloss.js';

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
  /** When Gloss's own script ran: [start, end] of each slice and of the disambiguation task. */
  const ran: [number, number][] = [];
  observer.observe({ type: 'longtask', buffered: false });
  const signal = new AbortController().signal;
  const slices: number[] = [];
  const timed = (work: (keepGoing: () => boolean) => boolean) => (keepGoing: () => boolean): boolean => {
    const s = performance.now();
    const finished = work(keepGoing);
    const e = performance.now();
    slices.push(e - s);
    ran.push([s, e]);
    return finished;
  };
  const t0 = performance.now();
  const scan = new SubtreeScan(lex, root);
  if (!(await runInIdleSlices(timed((keepGoing) => scan.step(keepGoing)), signal))) throw new Error('idle scan aborted');
  const resolver = scan.resolver(detectOptions());
  const before = slices.length;
  if (!(await runInIdleSlices(timed((keepGoing) => resolver.run(keepGoing)), signal))) throw new Error('idle scan aborted');
  const resolveMs = slices.slice(before).reduce((a, b) => a + b, 0);
  const resolved = resolver.mentions;
  const highlighter = new Highlighter('underline', true);
  const found: PageMention[] = [];
  let next = 0;
  // As PageController: ranges and visibility first, then drawing (drawing invalidates style).
  await runInIdleSlices(timed((keepGoing) => {
    while (next < resolved.length && (next % 16 !== 0 || keepGoing())) {
      const m = scan.pageMention(resolved[next++]!);
      if (m && visible(m)) found.push(m);
    }
    return next >= resolved.length;
  }), signal);
  let drawn = 0;
  await runInIdleSlices(timed((keepGoing) => {
    const start = drawn;
    while (drawn < found.length && ((drawn - start) % 256 !== 0 || drawn === start || keepGoing())) drawn++;
    highlighter.add(found.slice(start, drawn).map((m) => m.range));
    return drawn >= found.length;
  }), signal);
  const mentions = found;
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
