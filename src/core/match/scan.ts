/**
 * The fused scanner: folds the text on the fly and feeds the automaton, so a page is read once,
 * with no folded copy and no offset map allocated. Every hit comes back in original offsets.
 *
 * Patterns are folded alias strings padded with one space on each side (see `patternFor`), and the
 * text is read as if it too were padded, so every hit is a whole-word hit by construction.
 */
import { foldCodePoint, foldKey } from '../text/fold.js';
import { step, type Automaton } from './automaton.js';

export interface RawHit {
  pattern: number;
  /** Original offsets: [start, end). */
  start: number;
  end: number;
}

/** The automaton pattern for a phrase: folded, trimmed, padded with one space each side. */
export function patternFor(phrase: string): string {
  const key = foldKey(phrase);
  return key === '' ? '' : ` ${key} `;
}

const SPACE = 32;
/** ASCII fold table as code units: lowercase letters, digits; 32 for separators. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = foldCodePoint(c).charCodeAt(0);

/**
 * Scans `text` and calls `onHit` for every pattern occurrence (all of them, overlapping ones
 * included), in order of their end offset.
 */
export function scanText(a: Automaton, text: string, onHit: (hit: RawHit) => void): void {
  let size = 1;
  while (size < a.maxLength + 2) size <<= 1;
  const mask = size - 1;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  let pos = 0; // folded position (count of folded units emitted so far)
  let state = 0;
  let lastSpace = true;

  const emit = (c: number, from: number, to: number): void => {
    state = step(a, state, c);
    starts[pos & mask] = from;
    ends[pos & mask] = to;
    let node = a.out[state]! >= 0 ? state : a.dict[state]!;
    while (node >= 0) {
      const id = a.out[node]!;
      const len = a.lengths[id]!;
      // Skip the padding spaces: the alias proper is folded [pos-len+2, pos-1].
      onHit({ pattern: id, start: starts[(pos - len + 2) & mask]!, end: ends[(pos - 1) & mask]! });
      node = a.dict[node]!;
    }
    pos++;
  };

  emit(SPACE, 0, 0);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const f = ASCII_FOLD[c]!;
      if (f === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      emit(f, i, i + 1);
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) {
      const u = f.charCodeAt(k);
      if (u === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      emit(u, i, i + width);
    }
    i += width - 1;
  }
  if (!lastSpace) emit(SPACE, n, n);
}
