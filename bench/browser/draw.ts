/**
 * Drawing the same matches two ways: CSS Custom Highlights (what Gloss does: no DOM change) and
 * wrapping each match in a <mark> element (what mark.js and most highlighters do). Both are timed
 * to the next frame too, since wrapping costs most in the style and layout that follow.
 */
/** Resolves after the next frame has been rendered. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A task posted from a rAF callback runs after that frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  });
}

export const BENCH_HIGHLIGHT = 'gloss-underline';

export function drawWithHighlights(ranges: Range[]): void {
  CSS.highlights.set(BENCH_HIGHLIGHT, new Highlight(...ranges));
}

/** A match as text-node pieces, fixed before any wrapping changes the nodes. */
export interface Piece { node: Text; start: number; end: number }

/** The text-node pieces of each range (`nodes`: the visible text nodes in document order). */
export function piecesOf(ranges: Range[], nodes: Text[]): Piece[][] {
  const index = new Map(nodes.map((n, i) => [n, i]));
  return ranges.map((r) => {
    const a = index.get(r.startContainer as Text)!;
    const b = index.get(r.endContainer as Text)!;
    const pieces: Piece[] = [];
    for (let i = a; i <= b; i++) {
      const node = nodes[i]!;
      const start = i === a ? r.startOffset : 0;
      const end = i === b ? r.endOffset : node.length;
      if (end > start) pieces.push({ node, start, end });
    }
    return pieces;
  });
}

function wrap(doc: Document, { node, start, end }: Piece): void {
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < middle.length) middle.splitText(end - start);
  const mark = doc.createElement('mark');
  middle.parentNode!.replaceChild(mark, middle);
  mark.appendChild(middle);
}

/** Wraps every piece, last first, so splitting a node never moves a piece not yet wrapped. */
export function drawWithElements(matches: Piece[][]): number {
  let marks = 0;
  for (let i = matches.length - 1; i >= 0; i--) {
    const pieces = matches[i]!;
    for (let j = pieces.length - 1; j >= 0; j--) {
      wrap(document, pieces[j]!);
      marks++;
    }
  }
  return marks;
}
