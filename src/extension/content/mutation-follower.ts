/**
 * Follows dynamic pages: a MutationObserver collects what changed, and after a short quiet delay
 * the changed blocks are rescanned in idle slices. A page that never stops mutating gets a
 * growing delay (up to MAX_DELAY_MS) so Gloss's share of the main thread stays small.
 */
import { INLINE, isSkippedElement } from '../../dom/page-text.js';
import type { ContentLifecycle } from './lifecycle.js';

const MIN_DELAY_MS = 150;
const MAX_DELAY_MS = 5000;
/** Gloss may use at most this share of wall time on rescans before it backs off. */
const MAX_BUSY_SHARE = 0.05;

export class MutationFollower {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  private scheduled = false;
  private delay = MIN_DELAY_MS;
  private running = false;

  constructor(
    private readonly life: ContentLifecycle,
    private readonly ignore: (node: Node) => boolean,
    private readonly rescan: (roots: Element[]) => Promise<void>,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    life.onEnd(() => this.stop());
  }

  start(): void {
    // The document, not its <html> element: a page may replace the whole <html> element
    // (document.replaceChild), and an observer on the old one would never hear of the new tree.
    this.observer.observe(document, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.pending.clear();
  }

  /** Time spent in the observer callback itself (ms). */
  observerMs = 0;

  private collect(records: MutationRecord[]): void {
    if (!this.life.alive) return;
    const t0 = performance.now();
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') this.pending.add(r.target);
      else {
        for (const n of r.addedNodes) if (!this.ignore(n)) this.pending.add(n);
        // Removed nodes take their mentions with them; the parent's block is rescanned to prune.
        if (r.removedNodes.length) this.pending.add(r.target);
      }
    }
    if (this.pending.size) this.schedule();
    this.observerMs += performance.now() - t0;
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    this.life.setTimeout(() => {
      this.scheduled = false;
      void this.flush();
    }, this.delay);
  }

  /** The nearest block-level ancestor of `node` that is readable, or null if in a skipped region. */
  private static blockOf(node: Node): Element | null {
    let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    let block: Element | null = null;
    for (let e = el; e; e = e.parentElement) {
      if (isSkippedElement(e)) return null;
      if (!block && !INLINE.has(e.localName)) block = e;
    }
    el = block ?? document.body;
    return el;
  }

  private async flush(): Promise<void> {
    const roots = new Set<Element>();
    for (const n of this.pending) {
      if (!n.isConnected) continue;
      const b = MutationFollower.blockOf(n);
      if (b) roots.add(b);
    }
    this.pending.clear();
    // Keep only outermost roots (linear in roots × depth: a feed may add thousands of blocks at once).
    const outer = [...roots].filter((r) => {
      for (let p = r.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
      return true;
    });
    if (outer.length === 0) return;
    this.running = true;
    const started = performance.now();
    const busyBefore = this.busy;
    try {
      await this.rescan(outer);
    } finally {
      this.running = false;
    }
    const elapsed = performance.now() - started;
    const worked = this.busy - busyBefore;
    // Back off while rescans keep coming and cost more than our share; relax when it calms down.
    this.delay = worked > MAX_BUSY_SHARE * (elapsed + this.delay) || this.pending.size
      ? Math.min(MAX_DELAY_MS, this.delay * 2)
      : Math.max(MIN_DELAY_MS, this.delay / 2);
    if (this.pending.size) this.schedule();
  }

  /** Scripting time spent in rescans (ms), maintained by the caller through `addBusy`. */
  busy = 0;
  addBusy(ms: number): void {
    this.busy += ms;
  }
}
