/**
 * Text folding: the one definition of "the same word" that matching, search and claim checks share.
 *
 * Folded text contains only lowercase letters and digits (without diacritics) and single spaces:
 * - Unicode canonical decomposition, then combining marks are dropped ("Đổi Mới" → "doi moi");
 * - letters that do not decompose are mapped by hand (đ → d, ł → l, ø → o, ß → ss, æ → ae, ...);
 * - every other character (punctuation, hyphens, dashes, slashes, quotes, whitespace) becomes a
 *   separator, and runs of separators collapse to one space ("level-2" = "level 2",
 *   "25-CT/TW" = "25 ct tw");
 * - invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM) vanish, so
 *   "Direc\u00ADtive" = "Directive".
 *
 * `fold` also returns an exact map from every folded offset back to the original text.
 */

import { wordTable } from './word-table.js';

const SPACE = 32;

/** Characters removed without leaving a separator. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);

const SPECIAL: Record<string, string> = wordTable({
  đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ŧ: 't', ħ: 'h',
});

/** ASCII fold table: lowercase letter or digit code, SPACE for everything else. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) ASCII[c] = c;
  else if (c >= 97 && c <= 122) ASCII[c] = c;
  else if (c >= 65 && c <= 90) ASCII[c] = c + 32;
  else ASCII[c] = SPACE;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/gu;
const cache = new Map<number, string>();

/**
 * The folded form of one code point: "" (invisible), " " (separator) or one or more
 * letters/digits. Pure and cached.
 */
export function foldCodePoint(cp: number): string {
  if (cp < 128) return String.fromCharCode(ASCII[cp]!);
  let out = cache.get(cp);
  if (out !== undefined) return out;
  if (INVISIBLE.has(cp)) out = '';
  else {
    const lower = String.fromCodePoint(cp).normalize('NFD').replace(MARK, '').toLowerCase();
    out = '';
    for (const ch of lower) {
      const mapped = SPECIAL[ch] ?? ch;
      out += LETTER_OR_DIGIT.test(mapped) ? mapped : ' ';
    }
    // A lone combining mark (already stripped) folds to nothing, not to a separator.
    if (out === '' && !/\p{M}/u.test(String.fromCodePoint(cp))) out = ' ';
    if (out.length > 1 && out.includes(' ')) out = out.replace(/ +/g, ' ');
  }
  cache.set(cp, out);
  return out;
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** starts[i]: offset in the original of the character that produced folded[i]. */
  starts: Int32Array;
  /** ends[i]: offset in the original just after that character. */
  ends: Int32Array;
}

/**
 * Folds `input`. Leading and trailing separators are kept as (at most) one space each, so that
 * folded offsets stay meaningful for substrings; use `foldKey` for a trimmed comparison key.
 */
export function fold(input: string): Folded {
  const n = input.length;
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < n; ) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) {
      const ch = f[k]!;
      if (ch === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      chars.push(ch);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return { text: chars.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded, trimmed form used as a comparison key ("Viet-Nam’s " → "viet nam s"). */
export function foldKey(input: string): string {
  return fold(input).text.trim();
}

/**
 * The key aliases are matched by: the folded form without spaces, so spacing variants are one
 * alias ("Viet Nam" = "Vietnam", "Ha Noi" = "Hanoi", "level 2" = "level-2" = "level2"). Word
 * boundaries are still required at both ends of a match (see match/scan.ts).
 */
export function matchKey(input: string): string {
  return foldKey(input).replace(/ /g, '');
}

/** Maps a folded range [start, end) back to the original range it came from. */
export function originalRange(folded: Folded, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start]! : (folded.ends[folded.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [folded.starts[start]!, folded.ends[end - 1]!];
}

export const FOLDED_SPACE = SPACE;
