/**
 * One subtree scanned the way the content script scans it, every step in idle-time slices: the
 * walk and matching, disambiguation, Ranges and visibility, then drawing in batches. The page
 * controller and the benchmark both run this, so what is measured is what ships.
 */
import type { DetectOptions } from '../../core/match/detect.js';
import type { Lexicon } from '../../core/match/lexicon.js';
import { runInIdleSlices, type SliceWork } from './idle.js';
import { SubtreeScan, type PageMention } from './page-scan.js';

export type ScanStep = 'match' | 'disambiguate' | 'place' | 'draw';

export interface SliceHooks {
  signal: AbortSignal;
  /** Whether the result is still wanted (asked between steps: a newer scan may have started). */
  wanted: () => boolean;
  /** Draws a batch of visible mentions (called in slices, in page order). */
  draw: (batch: PageMention[]) => void;
  /** Every slice of work: which step, when it started and how long it took. */
  onSlice?: (step: ScanStep, start: number, ms: number) => void;
}

/** Whether a mention's text is rendered (a mark nobody can see is not drawn). */
export function isVisible(m: PageMention): boolean {
  const el = m.range.startContainer.parentElement;
  if (!el) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : true;
}

/** Visible mentions drawn in one slice at most (drawing is cheap; checking the deadline is not free). */
const DRAW_BATCH = 256;
/** Mentions placed between two deadline checks. */
const PLACE_BATCH = 16;

/** Scans `root`; resolves to the visible mentions drawn, or undefined if aborted or no longer wanted. */
export async function scanInSlices(lex: Lexicon, root: Node, detect: DetectOptions, hooks: SliceHooks): Promise<PageMention[] | undefined> {
  const inSlices = async (step: ScanStep, work: SliceWork): Promise<boolean> => {
    const done = await runInIdleSlices((keepGoing) => {
      const t0 = performance.now();
      try {
        return work(keepGoing);
      } finally {
        hooks.onSlice?.(step, t0, performance.now() - t0);
      }
    }, hooks.signal);
    return done && hooks.wanted();
  };

  const scan = new SubtreeScan(lex, root);
  if (!(await inSlices('match', (keepGoing) => scan.step(keepGoing)))) return undefined;
  const resolver = scan.resolver(detect);
  if (!(await inSlices('disambiguate', (keepGoing) => resolver.run(keepGoing)))) return undefined;
  const resolved = resolver.mentions;

  // Ranges and visibility first, then drawing: drawing invalidates style, and every visibility
  // check after it would recompute the page's style.
  const found: PageMention[] = [];
  let next = 0;
  const placed = await inSlices('place', (keepGoing) => {
    while (next < resolved.length && (next % PLACE_BATCH !== 0 || keepGoing())) {
      const m = scan.pageMention(resolved[next++]!);
      if (m && isVisible(m)) found.push(m);
    }
    return next >= resolved.length;
  });
  if (!placed) return undefined;

  let drawn = 0;
  const finished = await inSlices('draw', (keepGoing) => {
    const start = drawn;
    while (drawn < found.length && ((drawn - start) % DRAW_BATCH !== 0 || drawn === start || keepGoing())) drawn++;
    hooks.draw(found.slice(start, drawn));
    return drawn >= found.length;
  });
  return finished ? found : undefined;
}
