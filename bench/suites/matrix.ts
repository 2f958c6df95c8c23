/**
 * Side-by-side runs of one page and lexicon: a warm-up round, then `runs` rounds in which every
 * method runs once, the order rotating each round (so no method always runs first, after the
 * same neighbour, or at the same point of the GC cycle).
 */
import { BUDGET_MS, MIN_RUNS, NO_WARMUP, type Case } from '../config.js';
import type { MethodId, RunResult } from '../browser/protocol.js';
import type { PageSession } from '../node/session.js';
import { median, round } from '../node/stats.js';

export interface MethodResult {
  /** Script time per run, ms. */
  runs: number[];
  median: number;
  /** Median time to the next rendered frame (drawing methods). */
  frameMedian?: number;
  /** Matches found (characters read, for the floors). */
  count: number;
  /** Fewer runs than asked, because of the method's time budget. */
  capped?: boolean;
}

export interface CaseResult {
  page: string;
  lexicon: string;
  methods: Partial<Record<MethodId, MethodResult>>;
}

/** Warm-up runs for a method whose first run is quicker than this (the JIT needs a few). */
const QUICK_MS = 100;

export async function runCase(session: PageSession, c: Case, runs: number, log: (s: string) => void): Promise<CaseResult> {
  const planned = new Map<MethodId, number>();
  const samples = new Map<MethodId, RunResult[]>();
  for (const m of c.methods) {
    samples.set(m, []);
    const budget = BUDGET_MS[m];
    // The budget counts the whole call: a DOM-changing method's rebuild of the page is most of it.
    const t0 = performance.now();
    const first = await session.run(m, c.lexicon);
    const wall = performance.now() - t0;
    if (NO_WARMUP.includes(m)) samples.get(m)!.push(first);
    else if (first.ms < QUICK_MS) for (let i = 0; i < 2; i++) await session.run(m, c.lexicon);
    const fit = budget ? Math.floor(budget / Math.max(wall, 1)) : runs;
    planned.set(m, Math.max(MIN_RUNS, Math.min(runs, fit)));
  }
  for (let round = 0; round < runs; round++) {
    const order = c.methods.map((_, i) => c.methods[(i + round) % c.methods.length]!);
    if (round % 2) order.reverse();
    for (const m of order) {
      const done = samples.get(m)!;
      if (done.length >= planned.get(m)!) continue;
      done.push(await session.run(m, c.lexicon));
    }
  }
  const methods: CaseResult['methods'] = {};
  for (const m of c.methods) {
    const rs = samples.get(m)!;
    const frames = rs.map((r) => r.frameMs).filter((f): f is number => f !== undefined);
    methods[m] = {
      runs: rs.map((r) => round(r.ms, 3)),
      median: round(median(rs.map((r) => r.ms)), 3),
      ...(frames.length ? { frameMedian: round(median(frames), 3) } : {}),
      count: rs[0]!.count,
      ...(rs.length < runs ? { capped: true } : {}),
    };
  }
  const g = methods['gloss-match'];
  const f = methods['floor-plain'];
  log(`  ${c.page} × ${c.lexicon}: floor ${f?.median.toFixed(2)} ms, Gloss ${g?.median.toFixed(2)} ms (${g && f ? (g.median / f.median).toFixed(1) : '?'}× floor), RegExp ${methods.regexp?.median.toFixed(2)} ms`);
  return { page: c.page, lexicon: c.lexicon, methods };
}
