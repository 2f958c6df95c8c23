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
    for (const r of ranges) this.marks.add(r);
    this.render();
  }

  remove(ranges: Iterable<Range>): void {
    for (const r of ranges) {
      this.marks.delete(r);
      this.hints.delete(r);
    }
    this.render();
  }

  setHints(ranges: Iterable<Range>): void {
    this.hints.clear();
    for (const r of ranges) this.hints.add(r);
    this.render();
  }

  setActive(range: Range | undefined): void {
    this.active = range;
    this.render();
  }

  configure(style: HighlightStyle, visible: boolean): void {
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

  /** (Re)registers the highlights; also repairs them if the page deleted them. */
  render(): void {
    if (!highlightsSupported()) return;
    const registry = CSS.highlights;
    const set = (name: string, ranges: Iterable<Range> | undefined): void => {
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
    };
    const show = this.visible;
    set(HIGHLIGHT_NAMES.underline, show && this.style === 'underline' ? this.marks : undefined);
    set(HIGHLIGHT_NAMES.background, show && this.style === 'background' ? this.marks : undefined);
    set(HIGHLIGHT_NAMES.hint, show ? this.hints : undefined);
    set(HIGHLIGHT_NAMES.active, this.active ? [this.active] : undefined);
  }

  /**
   * Whether the page removed, replaced or emptied our highlights since the last render (the
   * registry is shared with the page's main world). Cheap: a lookup, a size and two `has` per
   * name. Not an identity check: Firefox hands content scripts a new wrapper for the same object.
   */
  tampered(): boolean {
    if (!highlightsSupported()) return false;
    for (const [name, mine] of this.registered) {
      const now = CSS.highlights.get(name);
      if (!now || now.size !== mine.size || !now.has(mine.first) || !now.has(mine.last)) return true;
    }
    return false;
  }
}
