/**
 * Highlight ranges have no element, so the mention under the pointer is found by asking the
 * browser for the text position at the point, then checking that mention's client rects.
 */
import type { MentionStore } from './mention-store.js';
import type { PageMention } from './page-scan.js';

function caretNodeAt(x: number, y: number): Node | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (typeof doc.caretRangeFromPoint === 'function') return doc.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}

const inside = (r: DOMRect, x: number, y: number): boolean => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;

export function mentionAt(store: MentionStore, x: number, y: number): PageMention | undefined {
  const node = caretNodeAt(x, y);
  if (!node) return undefined;
  for (const m of store.atNode(node)) {
    for (const rect of m.range.getClientRects()) if (inside(rect, x, y)) return m;
  }
  return undefined;
}

/** The rect of `m` nearest to the point (the line the pointer is on), or its first rect. */
export function anchorRect(m: PageMention, x?: number, y?: number): DOMRect {
  const rects = [...m.range.getClientRects()];
  if (x !== undefined && y !== undefined) {
    const hit = rects.find((r) => inside(r, x, y));
    if (hit) return hit;
  }
  return rects[0] ?? m.range.getBoundingClientRect();
}

/** The mention at the selection's focus, or containing the focused element. */
export function mentionAtSelectionOrFocus(store: MentionStore): PageMention | undefined {
  const sel = document.getSelection();
  if (sel && sel.rangeCount > 0) {
    const r = sel.getRangeAt(0);
    const hit = store.all.find((m) => m.range.isPointInRange(r.startContainer, r.startOffset) || r.intersectsNode(m.range.startContainer) && m.range.compareBoundaryPoints(Range.END_TO_START, r) <= 0 && m.range.compareBoundaryPoints(Range.START_TO_END, r) >= 0);
    if (hit) return hit;
  }
  const active = document.activeElement;
  if (active && active !== document.body) return store.all.find((m) => active.contains(m.range.startContainer));
  return undefined;
}
