/**
 * Days a claim gives without a year ("on September 29", "ngày 11/3", "27/2 và 28/2", "le 15 juin"):
 * the day of an event. A fact that does not give that day does not state the claim's event,
 * whatever else they share; with the claim's date known, relative-dates.ts reads the year too.
 */
import { MONTH_GROUP, MONTH_NUMBERS } from './figure-words.js';

export interface DayDate {
  month: number;
  day: number;
  /** The expression, with the words leading it ("on", "ngày", "depuis le"). */
  start: number;
  end: number;
  /** "since", "từ", "depuis", "until", "đến", "jusqu'au" before it, as written (lowercase). */
  roleWord?: string;
}

const DAY_PATTERNS: RegExp[] = [
  // "ngày 1/10", "tối 4/11", "27/2 và 28/2".
  /(?<![\p{L}\d/])(?:(?<role>từ|đến)\s+)?(?:ngày|hôm|vào|và|sáng|trưa|chiều|tối|đêm)\s+(?<day>\d{1,2})\/(?<monthNum>\d{1,2})(?![\d/])/giu,
  // "on September 29", "since Sept. 29th".
  new RegExp(`\\b(?:(?<role>since|from|until|by|through)\\s+|on\\s+)?${MONTH_GROUP}\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[,/]?\\s*\\d{4})`, 'giu'),
  // "le 15 juin", "depuis le 1er mai", "29 September".
  new RegExp(`(?<![\\p{L}\\d])(?:(?<role>depuis|jusqu['’]au)\\s+)?(?:le\\s+|du\\s+|au\\s+)?(?<day>\\d{1,2})(?:er)?\\s+${MONTH_GROUP}(?![\\p{L}]|\\s*,?\\s*(?:de\\s+)?\\d)`, 'giu'),
];

/**
 * "27 - 28/2", "1-2/3/2019": a run of days in one month, read as its first day. The text keeps its
 * length ("   27/2"), so offsets into it stay offsets into the claim.
 */
export function collapseDayRanges(text: string): string {
  return text.replace(/(?<![\d/.,])(\d{1,2})\s*[-–]\s*\d{1,2}\/(\d{1,2})(?=[/\s,.;)]|$)/g, (all, day: string, month: string) => `${day}/${month}`.padStart(all.length, ' '));
}

export function dayDates(claim: string): DayDate[] {
  const text = collapseDayRanges(claim);
  const out: DayDate[] = [];
  for (const re of DAY_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      // "may" is a month only with its capital.
      if (g.month?.toLowerCase() === 'may' && g.month !== 'May') continue;
      const month = g.monthNum !== undefined ? Number(g.monthNum) : MONTH_NUMBERS[g.month!.toLowerCase()];
      const day = Number(g.day);
      const start = m.index;
      const end = start + m[0].length;
      if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31 || out.some((x) => start < x.end && x.start < end)) continue;
      out.push({ month, day, start, end, ...(g.role ? { roleWord: g.role.toLowerCase() } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
