/**
 * Draws mentions with the CSS Custom Highlight API: the page's DOM is never touched. Where the API
 * is missing, nothing is drawn (the badge, popup and keyboard list still work) — a missing mark
 * is better than a broken page.
 */
import type { HighlightStyle } from '../shared/settings.js';

export const HIGHLIGHT_NAMES = { underline: 'gloss-underline', background: 'gloss-background', active: 'gloss-active', hint: 'gloss-hint' } as const;

export const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly marks = new Set<Range>();
  private readonly hints = new Set<Range>();
  private style: HighlightStyle;
  private visible: boolean;
  private active?: Range;

  constructor(style: HighlightStyle, visible: boolean) {
    this.style = style;
    this.visible = visible;
  }

  add(ranges: Iterable<Range>): void {
    const added: Range[] = [];
    for (const r of ranges) {
      this.marks.add(r);
      added.push(r);
    }
    const name = this.marksName();
    // Incremental when our highlight is intact: adding a slice's ranges costs the slice, not the page.
    if (name && added.length && highlightsSupported() && this.intact(name)) {
      const h = CSS.highlights.get(name)!;
      for (const r of added) h.add(r);
      const mine = this.registered.get(name)!;
      this.registered.set(name, { size: h.size, first: mine.first, last: added[added.length - 1]! });
    } else this.renderMarks();
  }

  remove(ranges: Iterable<Range>): void {
    let hints = false;
    const removed: Range[] = [];
    for (const r of ranges) {
      if (this.marks.delete(r)) removed.push(r);
      hints = this.hints.delete(r) || hints;
    }
    const name = this.marksName();
    const mine = name ? this.registered.get(name) : undefined;
    // Incremental as in `add`: a rescan of one changed block costs that block, not the page.
    if (name && mine && removed.length && this.marks.size && highlightsSupported() && this.intact(name)) {
      const h = CSS.highlights.get(name)!;
      for (const r of removed) h.delete(r);
      if (h.has(mine.first) && h.has(mine.last)) this.registered.set(name, { ...mine, size: h.size });
      else this.renderMarks(); // a sentinel went: register afresh
    } else if (removed.length || !this.marks.size) this.renderMarks();
    if (hints) this.set(HIGHLIGHT_NAMES.hint, this.visible ? this.hints : undefined);
  }

  setHints(ranges: Iterable<Range>): void {
    this.hints.clear();
    for (const r of ranges) this.hints.add(r);
    this.set(HIGHLIGHT_NAMES.hint, this.visible ? this.hints : undefined);
  }

  setActive(range: Range | undefined): void {
    this.active = range;
    this.set(HIGHLIGHT_NAMES.active, range ? [range] : undefined);
  }

  configure(style: HighlightStyle, visible: boolean): void {
    if (style === this.style && visible === this.visible) return;
    this.style = style;
    this.visible = visible;
    this.render();
  }

  clear(): void {
    this.marks.clear();
    this.hints.clear();
    this.active = undefined;
    this.render();
  }

  /** What we registered last, by name: its size and two of its ranges (to tell whether the page touched it). */
  private readonly registered = new Map<string, { size: number; first: Range; last: Range }>();

  private marksName(): string | undefined {
    if (!this.visible) return undefined;
    return this.style === 'underline' ? HIGHLIGHT_NAMES.underline : HIGHLIGHT_NAMES.background;
  }

  private set(name: string, ranges: Iterable<Range> | undefined): void {
    if (!highlightsSupported()) return;
    const registry = CSS.highlights;
    const list = ranges ? [...ranges] : [];
    if (list.length === 0) {
      registry.delete(name);
      this.registered.delete(name);
      return;
    }
    // Not `new Highlight(...list)`: spreading ~100,000 ranges into one call overflows the stack.
    const highlight = new Highlight();
    for (const r of list) highlight.add(r);
    registry.set(name, highlight);
    this.registered.set(name, { size: highlight.size, first: list[0]!, last: list[list.length - 1]! });
  }

  private renderMarks(): void {
    const show = this.marksName();
    this.set(HIGHLIGHT_NAMES.underline, show === HIGHLIGHT_NAMES.underline ? this.marks : undefined);
    this.set(HIGHLIGHT_NAMES.background, show === HIGHLIGHT_NAMES.background ? this.marks : undefined);
  }

  /** (Re)registers every highlight; also repairs them if the page deleted them. */
  render(): void {
    this.renderMarks();
    this.set(HIGHLIGHT_NAMES.hint, this.visible ? this.hints : undefined);
    this.set(HIGHLIGHT_NAMES.active, this.active ? [this.active] : undefined);
  }

  private intact(name: string): boolean {
    const mine = this.registered.get(name);
    const now = CSS.highlights.get(name);
    return Boolean(mine && now && now.size === mine.size && now.has(mine.first) && now.has(mine.last));
  }

  /**
   * Whether the page removed, replaced or emptied our highlights since the last render (the
   * registry is shared with the page's main world). Cheap: a lookup, a size and two `has` per
   * name. Not an identity check: Firefox hands content scripts a new wrapper for the same object.
   */
  tampered(): boolean {
    if (!highlightsSupported()) return false;
    for (const name of this.registered.keys()) if (!this.intact(name)) return true;
    return false;
  }
}
