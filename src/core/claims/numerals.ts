/**
 * Numbers as people write them: digit groups in English and Vietnamese conventions, and number
 * words in English ("twenty-nine", "a hundred") and Vietnamese ("hai mươi chín").
 */
import { type Token, isDash } from './tokens.js';
import { wordTable } from '../text/word-table.js';

/**
 * The value of a digit group, or undefined when it is not a plain number (e.g. "1.2.3").
 * "1,000" and "13.000" are thousands (a dot followed by exactly three digits is the Vietnamese
 * thousands separator); "13.8" and "13,8" are decimals; "1.234,5" and "1,234.5" both work.
 */
export function parseDigits(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  // French grouping: "1 000", "1 000" (no-break), "1 000" (thin), with an optional decimal comma.
  if (/^\d{1,3}([ \u00a0\u202f\u2009]\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d{1,3}(,\d{3})*\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}

/** Scale words after a numeral or number word: "1.5 million", "13 nghìn". */
const EN_SCALES: Record<string, number> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const VI_SCALES: Record<string, number> = wordTable({ nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 });
const FR_SCALES: Record<string, number> = wordTable({ millions: 1e6, milliard: 1e9, milliards: 1e9 });
export const SCALES: Record<string, number> = wordTable({ ...EN_SCALES, ...VI_SCALES, ...FR_SCALES });

const EN_UNITS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const EN_TENS: Record<string, number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

export const EN_ORDINALS: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
});

/** French ordinals that are not a number word + "-ième": "premier", "première", "second(e)". */
export const FR_ORDINALS: Record<string, number> = wordTable({ premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2 });

export interface ParsedNumber {
  value: number;
  /** Index of the first and one past the last token used. */
  from: number;
  to: number;
  /** The digits as written, when the number is a single digit group. */
  digits?: string;
}

/** Parses English number words starting at token i ("a hundred", "twenty-nine", "two thousand"). */
export function parseEnglishWords(t: readonly Token[], i: number): ParsedNumber | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  // What may come next: after a unit word only a scale; after tens a unit or a scale.
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let lastScale = Infinity;
  const next = t[j + 1]?.lower ?? '';
  if (t[j]?.lower === 'a' && (next === 'hundred' || EN_SCALES[next] !== undefined)) {
    current = 1;
    j++;
    last = 'unit';
  } else if (t[j]?.lower === 'a' && t[j + 1]?.lower === 'dozen') {
    return { value: 12, from: i, to: j + 2 };
  }
  let end = j;
  while (j < t.length) {
    const tok = t[j]!;
    const w = tok.lower;
    if (tok.kind !== 'word') break;
    const u = EN_UNITS[w];
    const tens = EN_TENS[w];
    if (u !== undefined) {
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && u >= 10) break;
      current += u;
      last = u >= 10 ? 'teen' : 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      current += tens;
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'none' || last === 'hundred' || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if (w === 'dozen' && last === 'unit') {
      current *= 12;
      last = 'scale';
    } else if (EN_SCALES[w] !== undefined) {
      const s = EN_SCALES[w]!;
      if (last === 'none' || s >= lastScale) break;
      total += current * s;
      current = 0;
      lastScale = s;
      last = 'scale';
    } else break;
    any = true;
    j++;
    end = j;
    // "twenty-nine", "one hundred and twelve"
    if (isDash(t[j]) && !t[j]!.gap && t[j + 1] && !t[j + 1]!.gap && EN_UNITS[t[j + 1]!.lower] !== undefined && last === 'tens') j++;
    else if (t[j]?.lower === 'and' && (last === 'hundred' || last === 'scale') && (EN_UNITS[t[j + 1]?.lower ?? ''] !== undefined || EN_TENS[t[j + 1]?.lower ?? ''] !== undefined)) j++;
  }
  if (!any) return undefined;
  return { value: total + current, from: i, to: end };
}

const VI_DIGITS: Record<string, number> = wordTable({
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
});
/** Digit words allowed only after "mươi"/"mười": mốt (1), tư (4), lăm/nhăm (5); "năm" is not (it means "year" there). */
const VI_AFTER_TENS: Record<string, number> = wordTable({
  mốt: 1, một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
});

/**
 * Parses Vietnamese number words ("hai mươi chín" = 29, "một trăm linh năm" = 105, "mười lăm" = 15,
 * "hai nghìn" = 2000). Word tables are keyed with diacritics: folded, "năm" (five/year) would be
 * "nam" as in "Việt Nam".
 */
export function parseVietnameseWords(t: readonly Token[], i: number): ParsedNumber | undefined {
  let j = i;
  let total = 0;
  let group = 0; // below a thousand
  let digit = 0; // pending digit
  let state: 'start' | 'digit' | 'tens' | 'hundred' | 'linh' | 'scale' = 'start';
  let lastScale = Infinity;
  let end = i;
  const w = (k: number): string => (t[k]?.kind === 'word' ? t[k]!.lower : '');
  while (j < t.length) {
    const x = w(j);
    if (!x) break;
    if (state === 'tens' && VI_AFTER_TENS[x] !== undefined) {
      group += VI_AFTER_TENS[x]!;
      state = 'digit';
      digit = 0;
    } else if ((state === 'start' || state === 'hundred' || state === 'linh' || state === 'scale') && VI_DIGITS[x] !== undefined) {
      digit = VI_DIGITS[x]!;
      state = 'digit';
    } else if ((state === 'start' || state === 'hundred' || state === 'scale') && x === 'mười') {
      group += 10;
      state = 'tens';
    } else if (x === 'mươi' && state === 'digit' && digit >= 2) {
      group += digit * 10;
      digit = 0;
      state = 'tens';
    } else if (x === 'trăm' && state === 'digit' && digit > 0 && group === 0) {
      group = digit * 100;
      digit = 0;
      state = 'hundred';
    } else if ((x === 'linh' || x === 'lẻ') && state === 'hundred') {
      state = 'linh';
    } else if (VI_SCALES[x] !== undefined) {
      const s = VI_SCALES[x]!;
      if (state === 'start' || s >= lastScale) break;
      total += (group + digit) * s;
      group = 0;
      digit = 0;
      lastScale = s;
      state = 'scale';
    } else break;
    j++;
    if (state !== 'linh') end = j;
  }
  if (end === i) return undefined;
  return { value: total + group + digit, from: i, to: end };
}

const FR_UNITS: Record<string, number> = wordTable({
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
});
const FR_TENS: Record<string, number> = wordTable({ vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 });
const FR_BIG: Record<string, number> = wordTable({ mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 });

/** Words that may start a French number. */
export const FR_NUMBER_START = new Set([...Object.keys(FR_UNITS), ...Object.keys(FR_TENS), 'cent', 'mille']);

/** The value of a French ordinal word ("deuxième" = 2, "vingtième" = 20, "cinquième" = 5), if it is one. */
export function frenchOrdinal(word: string): number | undefined {
  const m = /^(.+?)i[èe]mes?$/.exec(word);
  if (!m) return undefined;
  const stem = m[1]!;
  const special: Record<string, number> = wordTable({ cinqu: 5, neuv: 9, cent: 100, mill: 1000, un: 1 });
  return special[stem] ?? FR_UNITS[stem] ?? FR_UNITS[`${stem}e`] ?? FR_TENS[stem] ?? FR_TENS[`${stem}e`];
}

/**
 * Parses French number words starting at token i ("deux", "dix-sept", "soixante-quinze",
 * "quatre-vingt-dix", "vingt et un", "deux cents", "trois mille", "un million"). Parts are added
 * ("soixante-dix" = 60 + 10); "quatre-vingt" multiplies. A lone "un"/"une" is an article, not a number.
 */
export function parseFrenchWords(t: readonly Token[], i: number): ParsedNumber | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'big' = 'none';
  let lastUnit = 0;
  let end = i;
  let words = 0;
  while (j < t.length && t[j]!.kind === 'word') {
    const w = t[j]!.lower;
    if (FR_UNITS[w] !== undefined) {
      const u = FR_UNITS[w]!;
      // "deux trois" is two numbers; "soixante-dix", "vingt et un", "dix-sept" are one.
      if (last === 'unit' && !(lastUnit === 10 && u >= 7 && u <= 9)) break;
      current += u;
      lastUnit = u;
      last = 'unit';
    } else if (FR_TENS[w] !== undefined) {
      if (last === 'tens') break;
      // "quatre-vingt(s)" = 80.
      if (last === 'unit' && lastUnit === 4 && w.startsWith('vingt')) current += 80 - 4;
      else if (last === 'unit') break;
      else current += FR_TENS[w]!;
      last = 'tens';
    } else if (w === 'cent' || w === 'cents') {
      if (last === 'hundred' || last === 'tens') break;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (FR_BIG[w] !== undefined) {
      const s = FR_BIG[w]!;
      if (last === 'big' && s <= 1e3) break;
      total += (current || 1) * s;
      current = 0;
      last = 'big';
    } else break;
    words++;
    j++;
    end = j;
    // "dix-sept", "vingt-et-un", "vingt et un".
    if (isDash(t[j]) && !t[j]!.gap && t[j + 1]?.kind === 'word' && !t[j + 1]!.gap) {
      if (t[j + 1]!.lower === 'et' && isDash(t[j + 2])) j += 3;
      else j++;
    } else if (t[j]?.lower === 'et' && (t[j + 1]?.lower === 'un' || t[j + 1]?.lower === 'une' || t[j + 1]?.lower === 'onze') && last === 'tens') j++;
  }
  if (words === 0) return undefined;
  if (words === 1 && (t[i]!.lower === 'un' || t[i]!.lower === 'une')) return undefined;
  return { value: total + current, from: i, to: end };
}

/** English words that may start a number. */
export const EN_NUMBER_START = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
/** Vietnamese words that may start a number. */
export const VI_NUMBER_START = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười']);

/** Whether token i starts a number: digits, or a number word in English, Vietnamese or French (not the article "un"). */
export function startsNumber(t: readonly Token[], i: number): boolean {
  const tok = t[i];
  if (tok?.kind === 'num') return true;
  if (tok?.kind !== 'word') return false;
  const w = tok.lower;
  return EN_NUMBER_START.test(w) || VI_NUMBER_START.has(w) || (FR_NUMBER_START.has(w) && w !== 'un' && w !== 'une');
}
