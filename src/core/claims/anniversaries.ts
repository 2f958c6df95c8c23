/**
 * "2020 is the 25th anniversary of its membership", "a quarter century of Vietnam's participation in
 * ASEAN", "kỷ niệm 10 năm", "il y a 25 ans (2020)": an anniversary dates the event it counts from,
 * that many years before the year it is reckoned in (one the sentence names, else when it was written).
 */
import type { ClaimFigure } from './types.js';

const PATTERNS: { re: RegExp; years: (m: RegExpExecArray) => number }[] = [
  { re: /\b(?<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/giu, years: (m) => Number(m.groups!.n) },
  { re: /\ba\s+quarter(?:-|\s+of\s+a\s+|\s+)century\b/giu, years: () => 25 },
  { re: /\bhalf\s+a\s+century\b/giu, years: () => 50 },
  { re: /(?<![\p{L}\d])(?<n>\d{1,3})\s?(?:e|ème)\s+anniversaire\b/giu, years: (m) => Number(m.groups!.n) },
  { re: /\bil\s+y\s+a\s+(?<n>\d{1,3})\s+ans\b/giu, years: (m) => Number(m.groups!.n) },
  { re: /(?<![\p{L}])(?:kỷ\s+niệm|tròn)\s+(?<n>\d{1,3})\s+năm(?![\p{L}])/giu, years: (m) => Number(m.groups!.n) },
  // "ten years of Vietnam's participation", "dix ans de la participation du Vietnam" (what follows must say what is counted).
  { re: /\b(?<n>\d{1,3}|ten|fifteen|twenty|twenty-five|thirty)\s+years\s+of\b/giu, years: (m) => count(m.groups!.n!) },
  { re: /(?<![\p{L}\d])(?<n>\d{1,3}|dix|quinze|vingt|vingt-cinq|trente)\s+ans\s+d[e'’]/giu, years: (m) => count(m.groups!.n!) },
];

const WORDS: Record<string, number> = { ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, dix: 10, quinze: 15, vingt: 20, 'vingt-cinq': 25, trente: 30 };
const count = (n: string): number => WORDS[n.toLowerCase()] ?? Number(n);

/**
 * What an anniversary may count from here: joining, taking part, relations ("the 25th anniversary
 * of its membership", "kỷ niệm 10 năm tham gia"). Not a founding the sources do not date ("le 81e
 * anniversaire de la fondation de l'Armée populaire").
 */
const COUNTED = /^.{0,40}?\b(?:member|membership|joining|joined|accession|participation|participating|relations|ties|tham gia|gia nhập|thiết lập|quan hệ|adhésion)/iu;

/**
 * The year each anniversary of `text` dates, counted back from the year it is reckoned in: the one
 * year the sentence names, or of several the one that many years after another ("tròn 26 năm … (28/7/1995
 * – 28/7/2021)": 2021), else `written`. `reckonedIn`: the named years that only say when an anniversary falls.
 */
export function anniversaryDates(text: string, named: readonly number[], written: number | undefined): { dates: ClaimFigure[]; reckonedIn: number[] } {
  const out: ClaimFigure[] = [];
  const reckonedIn: number[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re) as IterableIterator<RegExpExecArray>) {
      const years = p.years(m);
      if (years < 1 || years > 200 || !COUNTED.test(text.slice(m.index + m[0].length))) continue;
      const pairEnd = named.length > 1 ? named.find((b) => named.includes(b - years)) : undefined;
      const reference = named.length === 1 ? named[0] : pairEnd ?? written;
      if (reference === undefined) continue;
      if (pairEnd !== undefined) reckonedIn.push(pairEnd);
      out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], value: reference - years, kind: 'year', relative: true });
    }
  }
  return { dates: out, reckonedIn };
}
