/**
 * The fused scanner: folds the text on the fly and feeds the automaton, so a page is read once,
 * with no folded copy and no offset map allocated. Every hit comes back in original offsets.
 *
 * Patterns are match keys (folded, spaces removed), and the automaton reads only the letters and
 * digits of the folded text, so spacing never matters inside a match ("Viet Nam" = "Vietnam").
 * Whole words are enforced at the ends instead: a hit must start right after a separator (or the
 * start) and is confirmed only when the next folded unit is a separator (or the end).
 */
import { foldCodePoint, matchKey } from '../text/fold.js';
import { step, type Automaton } from './automaton.js';

export interface RawHit {
  pattern: number;
  /** Original offsets: [start, end). */
  start: number;
  end: number;
}

/** The automaton pattern for a phrase ("" if it has no letters or digits). */
export function patternFor(phrase: string): string {
  return matchKey(phrase);
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
  /** 1 where the letter at that position starts a word. */
  private readonly wordStart: Uint8Array;
  private pos = 0;
  private state = 0;
  private afterSeparator = true;
  /** Hits ending at the last letter, waiting to see whether a separator follows. */
  private pending: RawHit[] = [];
  /** Offset of the next piece in the logical text. */
  offset = 0;

  constructor(private readonly a: Automaton, private readonly onHit: (hit: RawHit) => void) {
    let size = 1;
    while (size < a.maxLength + 1) size <<= 1;
    this.mask = size - 1;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.wordStart = new Uint8Array(size);
  }

  private letter(c: number, from: number, to: number): void {
    if (this.pending.length) this.pending = [];
    const a = this.a;
    const mask = this.mask;
    const pos = this.pos;
    const state = (this.state = step(a, this.state, c));
    this.starts[pos & mask] = from;
    this.ends[pos & mask] = to;
    this.wordStart[pos & mask] = this.afterSeparator ? 1 : 0;
    this.afterSeparator = false;
    let node = a.out[state]! >= 0 ? state : a.dict[state]!;
    while (node >= 0) {
      const id = a.out[node]!;
      const first = (pos - a.lengths[id]! + 1) & mask;
      if (this.wordStart[first]) this.pending.push({ pattern: id, start: this.starts[first]!, end: to });
      node = a.dict[node]!;
    }
    this.pos = pos + 1;
  }

  private separator(): void {
    if (this.pending.length) {
      for (const hit of this.pending) this.onHit(hit);
      this.pending = [];
    }
    this.afterSeparator = true;
  }

  feed(text: string): void {
    const base = this.offset;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const f = ASCII_FOLD[c]!;
        if (f === SPACE) {
          if (!this.afterSeparator || this.pending.length) this.separator();
        } else this.letter(f, base + i, base + i + 1);
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
        if (u === SPACE) this.separator();
        else this.letter(u, base + i, base + i + width);
      }
      i += width - 1;
    }
    this.offset = base + n;
  }

  /** A hard boundary (between blocks): no mention spans it. Consumes no offset. */
  boundary(): void {
    this.separator();
    this.state = 0;
  }

  /** Ends the text, so a mention at the very end is reported. */
  end(): void {
    this.boundary();
  }
}

/**
 * Scans `text` and calls `onHit` for every whole-word pattern occurrence (overlapping ones
 * included), in order of their end offset.
 */
export function scanText(a: Automaton, text: string, onHit: (hit: RawHit) => void): void {
  const scanner = new Scanner(a, onHit);
  scanner.feed(text);
  scanner.end();
}
