/**
 * Idle-time slices. Work runs in `requestIdleCallback` slices of at most SLICE_MS each, so no
 * main-thread task Gloss causes comes near the 50 ms long-task line. Content scripts run in an
 * isolated world, so a page that overrides `requestIdleCallback` does not affect this one.
 */
export const SLICE_MS = 8;

export type SliceWork = (keepGoing: () => boolean) => boolean;

/** Runs `work` in idle slices until it reports done; resolves false if `signal` aborts first. */
export function runInIdleSlices(work: SliceWork, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const ric = typeof requestIdleCallback === 'function'
      ? (cb: (d: { timeRemaining(): number }) => void) => requestIdleCallback(cb, { timeout: 500 })
      : (cb: (d: { timeRemaining(): number }) => void) => window.setTimeout(() => cb({ timeRemaining: () => SLICE_MS }), 16);
    const slice = (deadline: { timeRemaining(): number }): void => {
      if (signal.aborted) return resolve(false);
      const stop = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 2));
      let done = false;
      try {
        done = work(() => performance.now() < stop);
      } catch (e) {
        console.warn('Gloss: scan step failed', e);
        done = true;
      }
      if (done) resolve(true);
      else ric(slice);
    };
    ric(slice);
  });
}
