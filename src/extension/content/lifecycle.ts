/**
 * One lifecycle for everything the content script sets up: listeners, observers and timers all
 * hang off one AbortSignal, which is aborted when the extension is updated, reloaded or disabled
 * (the runtime disappears) or when the page is being torn down. Nothing outlives it, so an old
 * content script never throws "Extension context invalidated".
 */
import { extensionAlive } from '../shared/ext.js';

export class ContentLifecycle {
  private readonly controller = new AbortController();
  private readonly cleanups = new Set<() => void>();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get alive(): boolean {
    if (this.controller.signal.aborted) return false;
    // After an update or uninstall, the old script's runtime id vanishes.
    if (!extensionAlive()) {
      this.end();
      return false;
    }
    return true;
  }

  /** `target.addEventListener` bound to the lifecycle. */
  listen<K extends string>(target: EventTarget, type: K, listener: (e: Event) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, (e) => {
      if (this.alive) listener(e);
    }, { ...options, signal: this.signal });
  }

  /** Runs `cleanup` when the lifecycle ends. */
  onEnd(cleanup: () => void): void {
    if (this.signal.aborted) cleanup();
    else this.cleanups.add(cleanup);
  }

  setTimeout(fn: () => void, ms: number): void {
    const cancel = (): void => window.clearTimeout(id);
    const id = window.setTimeout(() => {
      // Forget the cleanup once the timer has fired: a page that keeps Gloss's timers going for
      // hours (mutation rescans) would otherwise grow this list without bound.
      this.cleanups.delete(cancel);
      if (this.alive) fn();
    }, ms);
    this.onEnd(cancel);
  }

  end(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    const cleanups = [...this.cleanups];
    this.cleanups.clear();
    for (const c of cleanups) {
      try {
        c();
      } catch {
        // Best effort: the page may already be gone.
      }
    }
  }
}
