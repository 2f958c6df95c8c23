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
 * A resumable scanner: `feed` consecutive pieces of one logical text (a page read node by node,
 * in idle-time slices) and hits come back with offsets into the concatenation of all pieces.
 */
export class Scanner {
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private pos = 0;
  private state = 0;
  private lastSpace = true;
  /** Offset of the next piece in the logical text. */
  offset = 0;

  constructor(private readonly a: Automaton, private readonly onHit: (hit: RawHit) => void) {
    let size = 1;
    while (size < a.maxLength + 2) size <<= 1;
    this.mask = size - 1;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.emit(SPACE, 0, 0);
  }

  private emit(c: number, from: number, to: number): void {
    const a = this.a;
    const mask = this.mask;
    const pos = this.pos;
    const state = (this.state = step(a, this.state, c));
    this.starts[pos & mask] = from;
    this.ends[pos & mask] = to;
    let node = a.out[state]! >= 0 ? state : a.dict[state]!;
    while (node >= 0) {
      const id = a.out[node]!;
      const len = a.lengths[id]!;
      // Skip the padding spaces: the alias proper is folded [pos-len+2, pos-1].
      this.onHit({ pattern: id, start: this.starts[(pos - len + 2) & mask]!, end: this.ends[(pos - 1) & mask]! });
      node = a.dict[node]!;
    }
    this.pos = pos + 1;
  }

  feed(text: string): void {
    const base = this.offset;
    const n = text.length;
    let lastSpace = this.lastSpace;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const f = ASCII_FOLD[c]!;
        if (f === SPACE) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        this.emit(f, base + i, base + i + 1);
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
        this.emit(u, base + i, base + i + width);
      }
      i += width - 1;
    }
    this.lastSpace = lastSpace;
    this.offset = base + n;
  }

  /** A hard boundary (between blocks): no mention spans it. Consumes no offset. */
  boundary(): void {
    if (!this.lastSpace) this.emit(SPACE, this.offset, this.offset);
    this.lastSpace = true;
    this.state = step(this.a, 0, SPACE);
  }

  /** Ends the text (a final separator, so a mention at the very end is reported). */
  end(): void {
    if (!this.lastSpace) this.emit(SPACE, this.offset, this.offset);
    this.lastSpace = true;
  }
}

/**
 * Scans `text` and calls `onHit` for every pattern occurrence (all of them, overlapping ones
 * included), in order of their end offset.
 */
export function scanText(a: Automaton, text: string, onHit: (hit: RawHit) => void): void {
  const scanner = new Scanner(a, onHit);
  scanner.feed(text);
  scanner.end();
}
