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
