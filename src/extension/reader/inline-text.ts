/**
 * A passage's text as nodes: footnote markers "[12]" become links to their footnote, and an
 * optional range is wrapped in one <mark>. Text is split into text nodes, never parsed as markup.
 */
import { el } from '../ui/dom.js';

const MARKER = /\[(\d{1,3})\]/g;

export interface InlineOptions {
  /** Footnote number → the footnote's element id. Markers without a footnote stay plain text. */
  footnotes: ReadonlyMap<number, string>;
  /** Footnote numbers that already have a back-reference target (`ref-N`); updated. */
  referenced: Set<number>;
  /** [start, end) to mark. */
  mark?: readonly [number, number];
}

interface Marker {
  start: number;
  end: number;
  n: number;
}

/** Appends `text` to `parent`; returns the <mark> when one was made. */
export function appendInline(parent: HTMLElement, text: string, opts: InlineOptions): HTMLElement | undefined {
  const doc = parent.ownerDocument;
  const markers: Marker[] = [...text.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, n: Number(m[1]) }));
  let mark: [number, number] | undefined = opts.mark ? [opts.mark[0], opts.mark[1]] : undefined;
  if (mark) {
    // Never cut a marker in two: widen the mark to whole markers.
    for (const m of markers) {
      if (m.start < mark[0] && mark[0] < m.end) mark[0] = m.start;
      if (m.start < mark[1] && mark[1] < m.end) mark[1] = m.end;
    }
  }
  const cuts = new Set([0, text.length, ...markers.flatMap((m) => [m.start, m.end]), ...(mark ?? [])]);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const markEl = mark ? el(doc, 'mark', { class: 'reader-mark', data: { testid: 'reader-mark' } }) : undefined;

  let placed = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const inMark = markEl && mark && start >= mark[0] && end <= mark[1];
    const target = inMark ? markEl : parent;
    if (inMark && !placed) {
      parent.append(markEl);
      placed = true;
    }
    const marker = markers.find((m) => m.start === start && m.end === end);
    target.append(marker ? footnoteRef(doc, marker.n, opts) : text.slice(start, end));
  }
  return placed ? markEl : undefined;
}

function footnoteRef(doc: Document, n: number, opts: InlineOptions): Node {
  const id = opts.footnotes.get(n);
  if (!id) return doc.createTextNode(`[${n}]`);
  const first = !opts.referenced.has(n);
  opts.referenced.add(n);
  return el(doc, 'a', {
    class: 'fnref',
    id: first ? `ref-${n}` : undefined,
    text: `[${n}]`,
    attrs: { href: `#${id}`, 'aria-label': `Footnote ${n}` },
  });
}
