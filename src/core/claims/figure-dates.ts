/** Dates around a year: months, days and the words that mark them, in English, Vietnamese and French. */
import { MONTH_NUMBERS, MONTHS } from './figure-words.js';
import { type Token, sym, word } from './tokens.js';

/** Letters glued to digits that make an ordinal: "38th", "2nd", "38e", "1er", "1re", "2ème". */
export const ORDINAL_SUFFIX = /^(st|nd|rd|th|e|er|re|ère|ème|eme|è|ᵉ|ᵉʳ)$/i;
/** Words before a day: "ngày 1/10", "on 1/10", "le 24/5". */
export const DAY_BEFORE = new Set(['ngày', 'hôm', 'on', 'le', 'du', 'au', 'since', 'depuis', 'từ', 'đến']);

/**
 * The month and day written before the year at index i: "October 2018", "May 27, 2014",
 * "October 1st, 2018", "27 mai 2014", "tháng 6 năm 2014", "ngày 11 tháng 7 năm 1995".
 */
export function dateBefore(t: readonly Token[], i: number): { month?: number; day?: number } {
  let k = i - 1;
  if (word(t[k]) === 'năm') k--;
  // "tháng 7 năm 1995", "tháng 6 2014"
  if (t[k]?.kind === 'num' && word(t[k - 1]) === 'tháng') {
    const month = Number(t[k]!.text);
    if (!(month >= 1 && month <= 12)) return {};
    const d = t[k - 2]?.kind === 'num' ? Number(t[k - 2]!.text) : NaN;
    return d >= 1 && d <= 31 ? { month, day: d } : { month };
  }
  if (sym(t[k], ',')) k--;
  if (ORDINAL_SUFFIX.test(t[k]?.text ?? '') && t[k - 1]?.kind === 'num' && !t[k]!.gap) k--;
  // "May 27, 2014": the day between month and year.
  if (t[k]?.kind === 'num' && /^\d{1,2}$/.test(t[k]!.text) && MONTH_NUMBERS[word(t[k - 1])] !== undefined) {
    const day = Number(t[k]!.text);
    return { month: MONTH_NUMBERS[word(t[k - 1])]!, ...(day >= 1 && day <= 31 ? { day } : {}) };
  }
  const month = MONTH_NUMBERS[word(t[k])];
  if (month === undefined || !isMonth(t[k])) return {};
  // "27 April 2022", "le 2 octobre 2018", "1er janvier 2020".
  let d = k - 1;
  if (ORDINAL_SUFFIX.test(t[d]?.text ?? '') && t[d - 1]?.kind === 'num' && !t[d]!.gap) d--;
  const day = t[d]?.kind === 'num' && /^\d{1,2}$/.test(t[d]!.text) ? Number(t[d]!.text) : NaN;
  return day >= 1 && day <= 31 ? { month, day } : { month };
}

export const isMonth = (t: Token | undefined): boolean => MONTHS.has(word(t)) && !(word(t) === 'may' && t!.text === 'may');
