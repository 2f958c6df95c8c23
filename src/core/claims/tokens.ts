/** A small tokenizer for figure extraction: digit groups, words and single symbols, with offsets. */

export interface Token {
  kind: 'num' | 'word' | 'sym';
  /** As written. */
  text: string;
  /** NFC, lowercase: what word tables are keyed by (Vietnamese keeps its diacritics). */
  lower: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  gap: boolean;
}

// Digit groups keep their internal separators ("13,000", "13.8", "13,8", and the French "1 000" with
// a space, no-break or thin space before each group of exactly three digits); a trailing dot or
// comma is punctuation. Letters include combining marks so decomposed Vietnamese stays one word.
const TOKEN = /(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu;

/** Typographic apostrophes read as "'" in `lower`, so word tables need only one ("jusqu'en", "d’officiers"). */
const APOSTROPHES = /[’ʼ‘`´]/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({ kind, text: raw, lower: raw.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'"), start, end: start + raw.length, gap: start > prevEnd || out.length === 0 });
    prevEnd = start + raw.length;
  }
  return out;
}

export const isDash = (t: Token | undefined): boolean => t?.kind === 'sym' && /^[-‐‑‒–—]$/.test(t.text);

export const word = (t: Token | undefined): string => (t?.kind === 'word' ? t.lower : '');
export const sym = (t: Token | undefined, s: string): boolean => t?.kind === 'sym' && t.text === s;

/** Index just past the run of tokens glued to token i (no whitespace), from i on. */
export function gluedRunEnd(t: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < t.length && !t[j]!.gap) j++;
  return j;
}

/** Whether tokens `seq` (lowercase words or symbols, "'" for any apostrophe) occur at index i. */
export function wordsAt(t: readonly Token[], i: number, seq: readonly string[]): boolean {
  return seq.every((w, k) => t[i + k] !== undefined && t[i + k]!.kind !== 'num' && t[i + k]!.lower === w);
}

/** Whether tokens `seq` end just before index i; returns the index of the first, or -1. */
export function wordsBefore(t: readonly Token[], i: number, seq: readonly string[]): number {
  const s = i - seq.length;
  return s >= 0 && wordsAt(t, s, seq) ? s : -1;
}

/** An apostrophe ("'" in `lower` for every typographic form). */
export const isApostrophe = (t: Token | undefined): boolean => t?.kind === 'sym' && t.lower === "'";
