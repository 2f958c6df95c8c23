/**
 * Dates written relative to when the claim was written: "last year", "in October last year",
 * "this July", "last October", "năm ngoái", "tháng 10 năm ngoái", "tháng 10 vừa qua",
 * "l'an dernier", "en octobre dernier", "depuis le mois de juin". They are read against the claim's
 * own date (the page's publication date, or today for a claim typed now); without one they are
 * left out, since a year that is not known compares with nothing.
 */
import { MONTH_GROUP, MONTH_NUMBERS } from './figure-words.js';
import type { ClaimFigure } from './types.js';
import { dayDates } from './day-dates.js';

/**
 * When a claim was written: a year, with its month (and day) when known. `now`: the moment it was
 * typed, not a page's date: "last year" is still last year, but a bare day ("ngày 23/11") is not
 * guessed to be this year's.
 */
export interface ClaimDate { year: number; month?: number; day?: number; now?: true }

/** "2019", "2019-06", "2019-06-28", "2019-06-28T07:00:00+07:00". */
export function parseClaimDate(s: string | undefined): ClaimDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(s?.trim() ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1900 || year > 2200 || (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

export function today(): ClaimDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), now: true };
}

/** A number before "năm nay" makes a duration ("10 năm nay": these ten years); so does "the" before "last year". */
const COUNT_BEFORE = /(?:\d|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nhiều|vài|mấy)|\bthe)\s*$/iu;
const SINCE = '(?<role>since|from|depuis|từ|until|by|through|đến|jusqu\'en|jusqu’en)';

type Direction = 'past' | 'this' | 'next';
const YEAR_OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };

interface Pattern {
  re: RegExp;
  /** Years from the claim's year, when the pattern says so; otherwise the month's nearest occurrence in `direction`. */
  offset?: (m: RegExpExecArray) => number;
  direction?: (m: RegExpExecArray) => Direction;
  /** A month with no word placing it ("in October", "en juin"): read only when the text names no year itself. */
  bare?: (m: RegExpExecArray) => boolean;
}

const word = (m: RegExpExecArray, name: string): string => (m.groups?.[name] ?? '').toLowerCase();

const PATTERNS: Pattern[] = [
  // "in October last year", "late last year", "earlier this year", "next year".
  { re: new RegExp(`\\b(?:${SINCE}\\s+|in\\s+)?(?:${MONTH_GROUP}\\s+(?:of\\s+)?)?(?<rel>last|this|next)\\s+year\\b`, 'giu'), offset: (m) => YEAR_OFFSETS[word(m, 'rel')]! },
  // "last October", "this July", "next March".
  { re: new RegExp(`\\b(?:${SINCE}\\s+|in\\s+)?(?<rel>last|this|next)\\s+${MONTH_GROUP}\\b(?!\\s*,?\\s*\\d)`, 'giu'), direction: (m) => (word(m, 'rel') === 'next' ? 'next' : word(m, 'rel') === 'this' ? 'this' : 'past') },
  // "tháng 10 năm ngoái", "năm nay", "tháng 10 vừa qua", "từ năm ngoái".
  { re: /(?<![\p{L}\d])(?:(?<role>từ|đến|tới)\s+)?(?:(?:vào\s+)?tháng\s+(?<monthNum>\d{1,2})\s+)?(?:năm\s+(?<rel>ngoái|rồi|nay|tới))(?![\p{L}])/giu, offset: (m) => ({ ngoái: -1, rồi: -1, nay: 0, tới: 1 })[word(m, 'rel')]! },
  { re: /(?<![\p{L}\d])(?:(?<role>từ|đến)\s+)?tháng\s+(?<monthNum>\d{1,2})\s+(?<rel>vừa\s+qua|tới|này)(?![\p{L}])/giu, direction: (m) => (word(m, 'rel') === 'tới' ? 'next' : word(m, 'rel') === 'này' ? 'this' : 'past') },
  // "l'an dernier", "l'année passée", "cette année", "l'an prochain", "depuis l'an dernier".
  { re: /(?<![\p{L}])(?:(?<role>depuis|jusqu['’]à)\s+)?(?:(?:l['’]\s*(?:an|année))\s+(?<rel>dernier|dernière|passé|passée|prochain|prochaine)|(?<cette>cette\s+année))(?![\p{L}])/giu, offset: (m) => (m.groups?.cette ? 0 : /^(dernier|dernière|passé|passée)$/i.test(word(m, 'rel')) ? -1 : 1) },
  // "en octobre dernier", "depuis le mois de juin", "juillet prochain", "en juin".
  { re: new RegExp(`(?<![\\p{L}])(?:(?<role>depuis|jusqu['’]en)|en|au\\s+mois\\s+de|pour\\s+le\\s+mois\\s+de|du\\s+mois\\s+de)\\s+(?:le\\s+mois\\s+de\\s+|(?:d['’]|de\\s+))?${MONTH_GROUP}(?:\\s+(?<rel>dernier|prochain))?(?![\\p{L}]|\\s*\\d)`, 'giu'), direction: (m) => (word(m, 'rel') === 'prochain' ? 'next' : word(m, 'rel') === 'dernier' ? 'past' : 'this'), bare: (m) => !m.groups?.rel },
  // "in October", "since June": a month without a year is this year's.
  { re: new RegExp(`\\b(?:${SINCE}|in)\\s+${MONTH_GROUP}\\b(?!\\s*,?\\s*\\d|\\s+(?:last|this|next|of)\\b)`, 'giu'), direction: () => 'this', bare: () => true },
];

const monthOf = (m: RegExpExecArray): number | undefined => {
  if (m.groups?.monthNum) {
    const n = Number(m.groups.monthNum);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const name = word(m, 'month');
  return name ? MONTH_NUMBERS[name] : undefined;
};

/** The year of `month`'s occurrence nearest the claim's date, in `direction`. */
function yearOfMonth(month: number, direction: Direction, at: ClaimDate, since: boolean): number {
  if (at.month === undefined) return at.year;
  // "since June", said in May: last year's June.
  if (direction === 'this') return since && month > at.month ? at.year - 1 : at.year;
  if (direction === 'past') return month < at.month ? at.year : at.year - 1;
  return month > at.month ? at.year : at.year + 1;
}

function nearestYear(month: number, day: number, at: ClaimDate): number {
  if (at.month === undefined) return at.year;
  const t = (y: number): number => Date.UTC(y, month - 1, day);
  const ref = Date.UTC(at.year, at.month - 1, at.day ?? 15);
  return [at.year - 1, at.year, at.year + 1].reduce((best, y) => (Math.abs(t(y) - ref) < Math.abs(t(best) - ref) ? y : best));
}

const ROLE: Record<string, 'since' | 'until'> = { since: 'since', from: 'since', depuis: 'since', 'từ': 'since', until: 'until', by: 'until', through: 'until', 'đến': 'until', 'tới': 'until', "jusqu'en": 'until', 'jusqu’en': 'until', "jusqu'à": 'until', 'jusqu’à': 'until', "jusqu'au": 'until', 'jusqu’au': 'until' };

/**
 * The relative dates of `text`, resolved against `at`. `namesYear`: the text gives a year of its own,
 * so a bare month ("en avril … en 2021") is left to it, not read as the claim date's.
 */
export function relativeDates(text: string, at: ClaimDate, namesYear = false): ClaimFigure[] {
  const out: ClaimFigure[] = [];
  const free = (start: number, end: number): boolean => !out.some((x) => start < x.end && x.start < end);
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re) as IterableIterator<RegExpExecArray>) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end) || (namesYear && p.bare?.(m))) continue;
      const month = monthOf(m);
      if ((m.groups?.month || m.groups?.monthNum) && month === undefined) continue;
      // "may" is a month only with its capital.
      if (m.groups?.month?.toLowerCase() === 'may' && m.groups.month !== 'May') continue;
      if (p.offset && COUNT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const role = ROLE[word(m, 'role')];
      const year = p.offset ? at.year + p.offset(m) : month !== undefined ? yearOfMonth(month, p.direction!(m), at, role === 'since') : undefined;
      if (year === undefined) continue;
      out.push({ start, end, raw: m[0], value: year, kind: 'year', relative: true, ...(month !== undefined ? { month } : {}), ...(role ? { dateRole: role } : {}) });
    }
  }
  // A day without a year is the one nearest the claim's date, before or after it ("ngày 1/10" on 15 October; "27/2" on 5 February).
  if (!namesYear && !at.now) {
    for (const d of dayDates(text)) {
      if (!free(d.start, d.end)) continue;
      const role = d.roleWord === undefined ? undefined : ROLE[d.roleWord];
      out.push({ start: d.start, end: d.end, raw: text.slice(d.start, d.end), value: nearestYear(d.month, d.day, at), kind: 'year', relative: true, month: d.month, day: d.day, ...(role ? { dateRole: role } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
