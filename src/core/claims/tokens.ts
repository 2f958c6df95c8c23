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

// Digit groups keep their internal separators ("13,000", "13.8", "13,8"); a trailing dot or comma
// is punctuation. Letters include combining marks so decomposed Vietnamese stays one word.
const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({ kind, text: raw, lower: raw.normalize('NFC').toLowerCase(), start, end: start + raw.length, gap: start > prevEnd || out.length === 0 });
    prevEnd = start + raw.length;
  }
  return out;
}

export const isDash = (t: Token | undefined): boolean => t?.kind === 'sym' && /^[-‐‑‒–—]$/.test(t.text);
