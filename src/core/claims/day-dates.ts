/**
 * Days a claim gives without a year ("on September 29", "ngày 11/3", "le 15 juin"): the day of an
 * event. A fact that does not give that day does not state the claim's event, whatever else they share.
 */
import { MONTH_NUMBERS } from './figure-words.js';

export interface DayDate { month: number; day: number }

const NAMED_DAY = /\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[,/]?\s*\d{4})/gu;
const DAY_NAMED = /\b(\d{1,2})(?:er)?\s+(\p{L}+)\b(?!\s+(?:de\s+)?\d{4})/gu;
const NUMERIC_DAY = /\bngày\s+(\d{1,2})\/(\d{1,2})\b(?!\/\d)/giu;

export function daysWithoutYear(text: string): DayDate[] {
  const out: DayDate[] = [];
  const push = (month: number | undefined, day: number): void => {
    if (month !== undefined && day >= 1 && day <= 31) out.push({ month, day });
  };
  for (const m of text.matchAll(NAMED_DAY)) push(MONTH_NUMBERS[m[1]!.toLowerCase()], Number(m[2]));
  for (const m of text.matchAll(DAY_NAMED)) push(MONTH_NUMBERS[m[2]!.toLowerCase()], Number(m[1]));
  for (const m of text.matchAll(NUMERIC_DAY)) push(Number(m[2]), Number(m[1]));
  return out;
}
