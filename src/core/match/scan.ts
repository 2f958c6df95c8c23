/**
 * The fused scanner: folds the text on the fly and feeds the automaton, so a page is read once,
 * with no folded copy and no offset map allocated. Every hit comes back in original offsets.
 *
 * The automaton reads folded letters and digits, and HARD units for hard punctuation. Spaces
 * (and soft punctuation: hyphens, slashes, quotes, brackets) are transparent to it, so spacing never
 * matters inside a match ("Viet Nam" = "Vietnam", "level-2" = "level 2"); they only delimit words.
 * Whole words are enforced at the ends: a hit must start right after a separator (or the start)
 * and is confirmed only when the next unit is a separator or HARD (or the end).
 */
import { foldCodePoint, matchKey } from '../text/fold.js';
import { loadAutomaton, step, UNIT_CLASS, type Automaton } from './automaton.js';

export interface RawHit {
  pattern: number;
  /** Original offsets: [start, end). */
  start: number;
  end: number;
}

/**
 * The unit the automaton reads for hard punctuation — sentence and clause ends (. , ; : ! ? …)
 * and paragraph breaks (a blank line) in plain text. Because it is not transparent, "Viet Nam;
 * DPKO" is not the alias "Vietnam DPKO", while an alias written with the punctuation ("Directive
 * No. 25") still matches text written with it. Full stops and commas inside numbers ("13.8",
 * "1,000") and after a one-letter word ("U.N.") stay soft.
 */
export const HARD = 1;

const SPACE = 32;
const NEWLINE = 10;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** . , ; : ! ? */
const HARD_ASCII = new Uint8Array(128);
for (const c of [46, 44, 59, 58, 33, 63]) HARD_ASCII[c] = 1;
/** … 。 ， ； ： ！ ？ ؟ ، */
const HARD_OTHER = new Set([0x2026, 0x3002, 0xff0c, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0x061f, 0x060c]);
/** ASCII fold table as code units: lowercase letters, digits; 32 for separators. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = foldCodePoint(c).charCodeAt(0);

/** For ASCII characters: the automaton's row class of the letter or digit they fold to. */
const NOT_A_LETTER = 255;
const LETTER_CLASS = new Uint8Array(128).fill(NOT_A_LETTER);
for (let c = 0; c < 128; c++) if (ASCII_FOLD[c] !== SPACE) LETTER_CLASS[c] = UNIT_CLASS[ASCII_FOLD[c]!]!;

/**
 * A resumable scanner: `feed` consecutive pieces of one logical text (a page read node by node,
 * in idle-time slices) and hits come back with offsets into the concatenation of all pieces.
 */
export class Scanner {
  /** Word starts among the last `maxLength` units: unit position and original offset (a ring). */
  private readonly ringPos: Int32Array;
  private readonly ringOffset: Int32Array;
  private readonly ringMask: number;
  private ringCount = 0;
  private pos = 0;
  private state = 0;
  private afterSeparator = true;
  /** The last unit given to the automaton (a letter code, HARD) or SPACE after a separator. */
  private lastUnit = SPACE;
  /** Letters in the current word. */
  private wordLength = 0;
  /** Newlines in the current run of whitespace (two make a paragraph break). */
  private newlines = 0;
  /** Hits ending at the last letter, waiting to see whether a separator follows. */
  private pending: RawHit[] = [];
  /** Offset of the next piece in the logical text. */
  offset = 0;
  /** Whether letters inside a word may bypass `letter` (not when a subclass watches every unit). */
  protected readonly inline: boolean = true;

  constructor(private readonly a: Automaton, private readonly onHit: (hit: RawHit) => void) {
    let size = 2;
    while (size < a.maxLength + 2) size <<= 1;
    this.ringMask = size - 1;
    this.ringPos = new Int32Array(size);
    this.ringOffset = new Int32Array(size);
  }

  protected letter(c: number, from: number, to: number): void {
    if (this.newlines !== 0) {
      if (this.newlines > 1) this.hard(from, from);
      this.newlines = 0;
    }
    if (this.pending.length !== 0) this.pending = [];
    const pos = this.pos;
    if (this.afterSeparator) {
      const k = this.ringCount++ & this.ringMask;
      this.ringPos[k] = pos;
      this.ringOffset[k] = from;
      this.afterSeparator = false;
    }
    const a = this.a;
    let s = this.state;
    const r = c < 128 ? a.row[s]! : -1;
    s = this.state = r >= 0 ? a.table[r + UNIT_CLASS[c]!]! : step(a, s, c);
    if (a.emit[s]! >= 0) this.matched(s, pos, to);
    this.lastUnit = c;
    this.wordLength++;
    this.pos = pos + 1;
  }

  /**
   * The hot loop: ASCII letters inside a word with nothing pending, state kept in locals. Reads
   * from `text[i]` (a letter) while that holds; returns the index of the last letter it read.
   */
  private restOfWord(text: string, i: number, base: number): number {
    const a = this.a;
    const { row, table, emit } = a;
    const n = text.length;
    const from = i;
    let s = this.state;
    let pos = this.pos;
    let k = LETTER_CLASS[text.charCodeAt(i)]!;
    for (;;) {
      const r = row[s]!;
      s = r >= 0 ? table[r + k]! : step(a, s, ASCII_FOLD[text.charCodeAt(i)]!);
      pos++;
      if (emit[s]! >= 0) {
        this.matched(s, pos - 1, base + i + 1);
        if (this.pending.length !== 0) break;
      }
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i + 1);
      if (c >= 128 || (k = LETTER_CLASS[c]!) === NOT_A_LETTER) break;
      i++;
    }
    this.state = s;
    this.pos = pos;
    this.lastUnit = ASCII_FOLD[text.charCodeAt(i)]!;
    this.wordLength += i - from + 1;
    return i;
  }

  /** Patterns ending at unit `pos` in state `s`: pending if they start where a word starts. */
  private matched(s: number, pos: number, to: number): void {
    const a = this.a;
    for (let node = a.emit[s]!; node >= 0; node = a.dict[node]!) {
      const id = a.out[node]!;
      const first = pos - a.lengths[id]! + 1;
      for (let k = this.ringCount - 1; k >= 0 && k >= this.ringCount - this.ringMask - 1; k--) {
        const at = this.ringPos[k & this.ringMask]!;
        if (at === first) this.pending.push({ pattern: id, start: this.ringOffset[k & this.ringMask]!, end: to });
        if (at <= first) break;
      }
    }
  }

  protected separator(): void {
    if (this.pending.length !== 0) {
      for (const hit of this.pending) this.onHit(hit);
      this.pending = [];
    }
    this.afterSeparator = true;
    this.wordLength = 0;
  }

  /** Hard punctuation: ends a word, and is a unit the automaton reads (runs collapse to one). */
  protected hard(_from: number, _to: number): void {
    this.separator();
    this.newlines = 0;
    if (this.lastUnit === HARD) return;
    this.lastUnit = HARD;
    this.state = step(this.a, this.state, HARD);
    this.pos++;
  }

  feed(text: string): void {
    const base = this.offset;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const f = ASCII_FOLD[c]!;
        if (f !== SPACE) {
          if (this.afterSeparator || this.newlines !== 0 || this.pending.length !== 0 || !this.inline) this.letter(f, base + i, base + i + 1);
          else i = this.restOfWord(text, i, base);
        } else if (HARD_ASCII[c]) {
          const inNumber = (c === 46 || c === 44 || c === 58) && i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1));
          const initial = c === 46 && this.wordLength === 1;
          if (inNumber || initial) this.separator();
          else this.hard(base + i, base + i + 1);
        } else {
          if (c === NEWLINE) this.newlines++;
          if (!this.afterSeparator || this.pending.length) this.separator();
        }
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
      if (HARD_OTHER.has(cp)) this.hard(base + i, base + i + width);
      else {
        const f = foldCodePoint(cp);
        // A combining mark (or invisible character) right after a match's last letter belongs to
        // it: in decomposed text "thư" is "thu" + U+031B, and a mark must not split a character.
        if (f.length === 0 && this.pending.length) for (const h of this.pending) h.end = base + i + width;
        for (let k = 0; k < f.length; k++) {
          const u = f.charCodeAt(k);
          if (u === SPACE) this.separator();
          else this.letter(u, base + i, base + i + width);
        }
      }
      i += width - 1;
    }
    this.offset = base + n;
  }

  /** A hard boundary (between blocks): no mention spans it. Consumes no offset. */
  boundary(): void {
    this.separator();
    this.state = 0;
    this.lastUnit = SPACE;
    this.newlines = 0;
  }

  /** Ends the text, so a mention at the very end is reported. */
  end(): void {
    this.boundary();
  }
}

/** Records the units a phrase is read as, instead of matching (used to compile patterns). */
class UnitRecorder extends Scanner {
  units = '';
  protected override readonly inline = false;
  protected override letter(c: number): void {
    this.units += String.fromCharCode(c);
    super.letter(c, 0, 0);
  }
  protected override hard(from: number, to: number): void {
    if (!this.units.endsWith(String.fromCharCode(HARD)) && this.units !== '') this.units += String.fromCharCode(HARD);
    super.hard(from, to);
  }
}

const NO_PATTERNS: Automaton = loadAutomaton({ trie: '' });

/**
 * The automaton patterns for a phrase: without its hard punctuation, and — if it has any — as
 * written, so "Directive No. 25" matches both "Directive No 25" and "Directive No. 25".
 * Empty if the phrase has no letter or digit.
 */
export function patternsFor(phrase: string): string[] {
  const key = matchKey(phrase);
  if (key === '') return [];
  const recorder = new UnitRecorder(NO_PATTERNS, () => undefined);
  recorder.feed(phrase);
  const written = recorder.units.replace(/\u0001+$/, '');
  return written === key ? [key] : [key, written];
}

/** The main (punctuation-free) pattern of a phrase ("" if it has no letters or digits). */
export function patternFor(phrase: string): string {
  return matchKey(phrase);
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
