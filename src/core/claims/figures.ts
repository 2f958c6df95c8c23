/**
 * `extractFigures`: every number and date a sentence states, with offsets, kind and counted noun,
 * in English, Vietnamese and French.
 *
 * Handled: digit groups in English, Vietnamese and French conventions ("13,000", "13.000", "13 000",
 * "13.8", "13,8"), scale words ("1.5 million", "13 nghìn", "2 millions de", "$5.8bn"), number words
 * ("twenty-nine", "hai mươi chín", "quatre-vingt-dix", "une quarantaine de"), percentages ("16%",
 * "16 per cent", "16 phần trăm", "16 pour cent"), money ("US$50,000", "50.000 USD", "5,8 milliards de
 * dollars"), years with their month and day, year ranges ("2020-21", "từ 2014 đến 2018", "entre juin
 * 2014 et décembre 2022"), count ranges, parts of totals ("23/166", "192 out of 193", "81 trong tổng số
 * 529"), hedges ("more than", "hơn", "plus de"), ordinals and ranks ("38th", "thứ 38", "la 38e place").
 * Numbers that name rather than count ("Directive 25", "level-2", "cấp 2 số 1", "niveau 2 N°4",
 * "Rotation 6", "Resolution 130/2020/QH14", "p. 473", "09:53", "COVID-19", "the 175 Military
 * Hospital") are not figures. The counted noun is read by `counted-noun.ts`, dates by
 * `figure-dates.ts`, nouns shared across a list by `figure-lists.ts`.
 */
import type { ClaimFigure, FigureBound, FigureKind } from './types.js';
import { relativeDates, type ClaimDate } from './relative-dates.js';
import { type Token, gluedRunEnd, isApostrophe, isDash, sym, tokenize, word, wordsAt, wordsBefore } from './tokens.js';
import {
  EN_NUMBER_START, EN_ORDINALS, FR_NUMBER_START, FR_ORDINALS, SCALES, VI_NUMBER_START, frenchOrdinal, parseDigits, parseEnglishWords,
  parseFrenchWords, parseVietnameseWords, type ParsedNumber,
} from './numerals.js';
import {
  AND_WORDS, APPROXIMATE_NOUNS, BETWEEN_WORDS, BOUNDS, CURRENCY_AFTER, CURRENCY_PREFIX_WORDS, CURRENCY_SIGNS, DOLLAR_PREFIXES,
  ID_PREFIXES, OUT_OF, PERCENT_AFTER, RANGE_WORDS, RANK_AFTER, RANK_BEFORE, SINCE_WORDS, UNTIL_WORDS, YEAR_CUES, YEAR_ROLE_PHRASES,
} from './figure-words.js';
import { KNOWN_HEADS } from './units.js';
import { firstAfter, unitAfter, unitNamedBefore } from './counted-noun.js';
import { DAY_BEFORE, ORDINAL_SUFFIX, dateBefore, isMonth } from './figure-dates.js';
import { collapseDayRanges } from './day-dates.js';
import { anniversaryDates } from './anniversaries.js';
import { shareRangeUnits, shareTrailingUnits } from './figure-lists.js';
import { countPartnerships } from './partnership-counts.js';
import { wordTable } from '../text/word-table.js';

interface Core extends ParsedNumber {
  /** Written in words (English, Vietnamese or French). */
  words?: 'en' | 'vi' | 'fr';
  /** A French noun of an approximate number ("une quarantaine"). */
  approximate?: boolean;
  ordinal?: boolean;
}

/** Whether the number at index i names something: "Directive 25", "Resolution No. 25", "p. 473". */
function namedBefore(t: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (sym(t[k], '.')) k--;
  if (t[k]?.text === 'No' || (word(t[k]) === 'no' && sym(t[k + 1], '.'))) return true;
  // "N°6", "n° 7".
  if (sym(t[k], '°') || sym(t[k], 'º')) return true;
  // "trong số 63" (among 63), "tổng số 512" (a total of 512), "con số 29" (the figure 29) count.
  if (word(t[k]) === 'số' && /^(trong|tổng|con)$/.test(word(t[k - 1]))) return false;
  return ID_PREFIXES.has(word(t[k]));
}

/** Parses a number (digits, English or Vietnamese words) starting at token i, without context rules. */
function coreAt(t: readonly Token[], i: number): Core | undefined {
  const tok = t[i]!;
  if (tok.kind === 'num') {
    const v = parseDigits(tok.text);
    return v === undefined ? undefined : { value: v, from: i, to: i + 1, digits: tok.text };
  }
  if (tok.kind !== 'word') return undefined;
  const w = tok.lower;
  if (EN_ORDINALS[w] !== undefined) return { value: EN_ORDINALS[w]!, from: i, to: i + 1, ordinal: true, words: 'en' };
  const fo = FR_ORDINALS[w] ?? frenchOrdinal(w);
  if (fo !== undefined) return { value: fo, from: i, to: i + 1, ordinal: true, words: 'fr' };
  // "une quarantaine de militaires": about 40.
  if (APPROXIMATE_NOUNS[singularFr(w)] !== undefined && /^(une|un|bonne|petite|quelque)$/.test(word(t[i - 1]))) {
    const from = /^(bonne|petite)$/.test(word(t[i - 1])) && word(t[i - 2]) === 'une' ? i - 2 : i - 1;
    return { value: APPROXIMATE_NOUNS[singularFr(w)]!, from, to: i + 1, approximate: true };
  }
  // "UN peacekeepers": the United Nations, not "un" (one).
  if (tok.text === 'UN') return undefined;
  if (EN_NUMBER_START.test(w) || w === 'a') {
    const p = parseEnglishWords(t, i);
    return p ? { ...p, words: 'en' } : undefined;
  }
  if (VI_NUMBER_START.has(w)) {
    // "năm 2018" is "the year 2018".
    if (w === 'năm' && t[i + 1]?.kind === 'num') return undefined;
    const p = parseVietnameseWords(t, i);
    if (p) return { ...p, words: 'vi' };
  }
  if (FR_NUMBER_START.has(w)) {
    const p = parseFrenchWords(t, i);
    return p ? { ...p, words: 'fr' } : undefined;
  }
  return undefined;
}

const singularFr = (w: string): string => w.replace(/s$/, '');

const isYearDigits = (c: Core | undefined, lo = 1900, hi = 2100): boolean =>
  c?.digits !== undefined && /^\d{4}$/.test(c.digits) && c.value >= lo && c.value <= hi;

interface RangeEnd { value: number; to: number }

/** A second number after a dash or "to"/"and" at index j (the joining token). */
function rangeAfter(t: readonly Token[], j: number, first: Core, between: boolean): RangeEnd | undefined {
  const join = t[j];
  if (!join) return undefined;
  const dash = isDash(join);
  const w = word(join);
  if (!dash && !RANGE_WORDS.has(w) && !(between && AND_WORDS.has(w))) return undefined;
  // "between June 2014 and December 2022", "từ tháng 6 năm 2014 đến tháng 12 năm 2022": months are read past.
  if (!dash && first.digits && isMonth(t[j + 1]) && t[j + 2]?.kind === 'num' && isYearDigits(first)) {
    const y = t[j + 2]!.lower === 'năm' ? j + 3 : j + 2;
    const v = t[y]?.kind === 'num' ? parseDigits(t[y]!.text) : undefined;
    return v !== undefined && /^\d{4}$/.test(t[y]!.text) ? { value: v, to: y + 1 } : undefined;
  }
  const next = t[j + 1];
  if (!next) return undefined;
  if (dash && first.digits && next.kind === 'num') {
    // "2020-21": two digits after a four-digit year, same century.
    if (isYearDigits(first, 1000) && /^\d{2}$/.test(next.text)) {
      const y = Math.floor(first.value / 100) * 100 + Number(next.text);
      return y > first.value ? { value: y, to: j + 2 } : undefined;
    }
  }
  const second = coreAt(t, j + 1);
  // "2014 to two" is not a range: digits pair with digits.
  if (!second || second.ordinal || (!first.words && second.words)) return undefined;
  return { value: second.value, to: second.to };
}

/** Hedge words just before index i ("more than", "khoảng"). */
function boundBefore(t: readonly Token[], i: number): { bound: FigureBound; from: number } | undefined {
  for (const [seq, bound] of BOUNDS) {
    const s = wordsBefore(t, i, seq);
    if (s >= 0) return { bound, from: s };
  }
  return undefined;
}

/** Currency before index i: "$", "US$", "USD". */
function currencyBefore(t: readonly Token[], i: number): { currency: string; from: number } | undefined {
  const p = t[i - 1];
  if (p?.kind === 'sym' && CURRENCY_SIGNS[p.text]) {
    const q = t[i - 2];
    if (p.text === '$' && q?.kind === 'word' && !p.gap && DOLLAR_PREFIXES[q.lower]) return { currency: DOLLAR_PREFIXES[q.lower]!, from: i - 2 };
    return { currency: CURRENCY_SIGNS[p.text]!, from: i - 1 };
  }
  if (p?.kind === 'word' && CURRENCY_PREFIX_WORDS[p.lower] && p.text === p.text.toUpperCase()) return { currency: CURRENCY_PREFIX_WORDS[p.lower]!, from: i - 1 };
  return undefined;
}

function percentAfter(t: readonly Token[], j: number): number | undefined {
  if (sym(t[j], '%')) return j + 1;
  for (const seq of PERCENT_AFTER) if (wordsAt(t, j, seq)) return j + seq.length;
  return undefined;
}

function currencyAfter(t: readonly Token[], j: number): { currency: string; to: number } | undefined {
  for (const [seq, currency] of CURRENCY_AFTER) {
    // "USD" after a number must be written in capitals; "dollars" in any case.
    if (wordsAt(t, j, seq) && (seq[0] !== 'usd' || t[j]!.text === 'USD')) return { currency, to: j + seq.length };
  }
  return undefined;
}

/** Scale letters glued to an amount of money: "$5.8bn", "$5m", "$70k". */
const MONEY_SUFFIX_SCALES: Record<string, number> = wordTable({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12 });

/** Vietnamese words before a number that make it an ordinal: "thứ" (-th), "hạng" (rank). */
const VI_ORDINAL_MARKS = new Set(['thứ', 'hạng']);
/** Vietnamese ordinal words that differ from the cardinals: "thứ nhất" (first), "thứ tư" (fourth). */
const VI_ORDINAL_WORDS: Record<string, number> = wordTable({ nhất: 1, tư: 4 });

/** Index after a partitive "de" / "d'" at j, when a word follows; else j. */
function afterPartitive(t: readonly Token[], j: number): number {
  if (word(t[j]) === 'de' && t[j + 1]?.kind === 'word') return j + 1;
  if (word(t[j]) === 'd' && isApostrophe(t[j + 1]) && t[j + 2]?.kind === 'word') return j + 2;
  return j;
}

const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/;

export interface FigureOptions {
  /** When the text was written: dates relative to it ("last year", "this July") are read too. */
  written?: ClaimDate;
}

export function extractFigures(claim: string, options: FigureOptions = {}): ClaimFigure[] {
  const text = collapseDayRanges(claim);
  const t = tokenize(text);
  const out: ClaimFigure[] = [];
  let i = 0;
  while (i < t.length) {
    const r = figureAt(t, i, text);
    const f = r.figure;
    // A lead word ("thứ", a hedge) already read as the previous figure's noun stays there.
    const lastEnd = out[out.length - 1]?.end ?? 0;
    if (f && f.start < lastEnd) {
      const start = t.find((x) => x.start >= lastEnd)?.start ?? f.end;
      if (start < f.end) out.push({ ...f, start, raw: text.slice(start, f.end) });
    } else if (f) out.push(f);
    i = Math.max(r.next, i + 1);
  }
  shareTrailingUnits(out, text);
  shareRangeUnits(out, text);
  countPartnerships(out, text);
  // "2020 is the 25th anniversary of …": reckoned from the year the sentence names, else when it was written.
  const named = out.filter((f) => f.kind === 'year' && !f.relative);
  const { dates: anniversaries, reckonedIn } = anniversaryDates(text, named.map((f) => f.value), options.written?.year);
  if (anniversaries.length) {
    // (A year only saying when the anniversary falls, "(1995 – 2021)", dates nothing the sources give.)
    const kept = out.filter((f) => !anniversaries.some((a) => f.start < a.end && a.start < f.end) && !(f.kind === 'year' && !f.relative && reckonedIn.includes(f.value)));
    out.length = 0;
    out.push(...[...kept, ...anniversaries].sort((a, b) => a.start - b.start));
  }
  if (!options.written) return out;
  // "tháng 10 năm ngoái" is a date, not "10 năm" (ten years).
  const relative = relativeDates(text, options.written, out.some((f) => f.kind === 'year' || f.kind === 'year-range'));
  const kept = out.filter((f) => !relative.some((r) => f.start < r.end && r.start < f.end));
  return [...kept, ...relative].sort((a, b) => a.start - b.start);
}

function figureAt(t: readonly Token[], i: number, text: string): { figure?: ClaimFigure; next: number } {
  const tok = t[i]!;
  const skip = { next: i + 1 };
  if (tok.kind !== 'num' && tok.kind !== 'word') return skip;
  // "1.1.2020", "31.12.2021": a day, month and year written with dots.
  const dotted = tok.kind === 'num' ? DOTTED_DATE.exec(tok.text) : null;
  if (dotted) {
    const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      let k = i - 1;
      if (/^(ngày|le|on)$/.test(word(t[k]))) k--;
      const role = SINCE_WORDS.has(word(t[k])) ? 'since' : UNTIL_WORDS.has(word(t[k])) ? 'until' : undefined;
      return { figure: make(text, t, role ? k : i, i, year, 'year', { month, day, ...(role ? { dateRole: role } : {}) }), next: i + 1 };
    }
  }
  // Numbers glued to letters or to a word by a dash name things: "QH14", "COVID-19", "level-2".
  if (tok.kind === 'num' && i > 0 && !tok.gap) {
    const p = t[i - 1]!;
    if (p.kind === 'word' || ((isDash(p) || p.text === '/' || p.text === '.' || p.text === '+') && i > 1 && !p.gap)) return { next: gluedRunEnd(t, i) };
  }
  if (namedBefore(t, i) || (isDash(t[i - 1]) && !tok.gap && word(t[i - 2]) === 'level')) return { next: tok.kind === 'num' ? gluedRunEnd(t, i) : i + 1 };
  // "lần thứ hai", "thứ 38", "xếp hạng 38", "thứ nhất", "thứ tư": Vietnamese ordinals.
  if (VI_ORDINAL_MARKS.has(word(t[i - 1]))) {
    const c = VI_ORDINAL_WORDS[tok.lower] !== undefined ? { value: VI_ORDINAL_WORDS[tok.lower]!, from: i, to: i + 1 } : coreAt(t, i);
    if (c && (tok.kind === 'num' ? t[i + 1]?.gap !== false || t[i + 1]?.kind === 'sym' : true)) {
      return finish(t, text, { value: c.value, from: i - 1, to: c.to, ordinal: true }, {});
    }
  }
  const core = coreAt(t, i);
  if (!core) return tok.kind === 'num' ? { next: gluedRunEnd(t, i) } : skip;
  if (core.words === 'en' && core.value === 1 && word(t[core.to]) === 'of') return { next: core.to };

  // Digit groups glued to what follows: times, dates, fractions, ordinals, identifiers.
  if (core.digits !== undefined) {
    const n = t[i + 1];
    if (n && !n.gap) {
      if (sym(n, ':')) return { next: gluedRunEnd(t, i) };
      if (sym(n, '/')) return slashed(t, i, text);
      if (n.kind === 'word') {
        if (ORDINAL_SUFFIX.test(n.text)) {
          if (isMonth(t[i - 1]) || isMonth(t[i + 2])) return { next: i + 2 };
          return finish(t, text, { value: core.value, from: i, to: i + 2, ordinal: true }, {});
        }
        // "$5.8bn", "US$5m", "$70k": money with its scale glued on.
        const suffix = MONEY_SUFFIX_SCALES[n.lower];
        if (suffix !== undefined && currencyBefore(t, i) && (t[i + 2]?.gap !== false || t[i + 2]?.kind === 'sym')) {
          return finish(t, text, { value: core.value * suffix, from: i, to: i + 2 }, {});
        }
        return { next: gluedRunEnd(t, i) };
      }
    }
    // "27 April 2022", "April 27, 2022", "ngày 26", "tháng 11": days and months are not figures.
    if (/^\d{1,2}$/.test(core.digits) && (isMonth(t[i + 1]) || isMonth(t[i - 1]))) return { next: i + 1 };
  }
  if (core.ordinal) return finish(t, text, core, {});

  let value = core.value;
  let to = core.to;
  // Scale words: "1.5 million", "13 nghìn"; not after a number already spelt with one.
  const scale = SCALES[word(t[to])];
  if (scale !== undefined && (core.digits !== undefined || core.value < 1000)) { value *= scale; to++; }
  // "2 millions de personnes", "1,5 million d'euros": the partitive joins the number to its noun.
  if (SCALES[word(t[to - 1])] !== undefined || core.approximate) to = afterPartitive(t, to);

  // The word before the number, looking past a month name ("since June 2014", "entre juin 2014").
  const lead = isMonth(t[i - 1]) && core.digits?.length === 4 ? i - 2 : i - 1;
  const between = BETWEEN_WORDS.has(word(t[lead]));
  const intro = between || SINCE_WORDS.has(word(t[lead])) ? lead : i;
  const range = rangeAfter(t, to, core, between);
  const scaled = value !== core.value;

  // Years and year ranges.
  if (!scaled && isYearDigits(core, 1000)) {
    if (range && range.value > core.value && range.value <= 2100 && range.value - core.value <= 200 && !currencyBefore(t, i)) {
      const u = unitAfter(t, range.to);
      if (!u || !isCountedNoun(u.unit)) {
        return { figure: make(text, t, intro, range.to - 1, value, 'year-range', { range: [core.value, range.value] }), next: range.to };
      }
    }
    if (isYearDigits(core) && !currencyBefore(t, i) && percentAfter(t, to) === undefined) {
      const u = unitAfter(t, to);
      const cue = YEAR_CUES.has(word(t[i - 1])) || isMonth(t[i - 1]) || sym(t[i - 1], '(') || sym(t[i - 1], ',') && isMonth(t[i - 3]) || sym(t[i - 1], '/');
      if (cue || !u || !isCountedNoun(u.unit) || u.singular) {
        // "từ năm 2014" / "đến năm 2020": the role word stands before "năm" (year).
        const k = word(t[lead]) === 'năm' ? lead - 1 : lead;
        const w = word(t[k]);
        const phrase = YEAR_ROLE_PHRASES.map(([seq, r]) => ({ at: wordsBefore(t, i, seq), r })).find((p) => p.at >= 0);
        const role = phrase?.r ?? (SINCE_WORDS.has(w) ? 'since' : UNTIL_WORDS.has(w) ? 'until' : undefined);
        const from = phrase ? phrase.at : role ? k : i;
        return { figure: make(text, t, from, to - 1, value, 'year', { ...(role ? { dateRole: role } : {}), ...dateBefore(t, i) }), next: to };
      }
    }
  }
  return finish(t, text, { ...core, value, to }, { range, between });
}

/** Counted nouns that make a four-digit number a count rather than a year ("2000 troops"). */
function isCountedNoun(unit: string): boolean {
  const head = unit.split(' ').pop() ?? '';
  return KNOWN_HEADS.has(head) && !['year', 'month', 'week', 'day'].includes(head);
}

/** "23/166", "26/11/2018", "11/2018". */
function slashed(t: readonly Token[], i: number, text: string): { figure?: ClaimFigure; next: number } {
  let end = i + 1;
  while (sym(t[end], '/') && !t[end]!.gap && t[end + 1]?.kind === 'num' && !t[end + 1]!.gap) end += 2;
  // Anything else glued on ("130/2020/QH14") makes it an identifier.
  if (t[end] && !t[end]!.gap && (t[end]!.kind !== 'sym' || /^[\/\-‐‑–—]$/.test(t[end]!.text))) return { next: gluedRunEnd(t, i) };
  const parts = t.slice(i, end);
  const nums = parts.filter((p) => p.kind === 'num');
  const shape = parts.map((p) => (p.kind === 'num' ? 'n' : p.text)).join('');
  if (shape === 'n/n/n' || shape === 'n/n') {
    const last = nums[nums.length - 1]!;
    const first = Number(nums[0]!.text);
    if (/^\d{4}$/.test(last.text) && Number(last.text) >= 1900 && Number(last.text) <= 2100 && first <= 31 && (shape === 'n/n/n' || first <= 12)) {
      const middle = Number(nums[1]!.text);
      const date = shape === 'n/n/n' ? (middle >= 1 && middle <= 12 ? { day: first, month: middle } : {}) : first >= 1 ? { month: first } : {};
      // "từ tháng 6/2014", "since 26/11/2018", "tính đến tháng 5/2023": the role word stands before "ngày"/"tháng".
      let k = i - 1;
      if (/^(tháng|ngày|le|on)$/.test(word(t[k]))) k--;
      const role = SINCE_WORDS.has(word(t[k])) ? 'since' : UNTIL_WORDS.has(word(t[k])) ? 'until' : undefined;
      return { figure: make(text, t, role ? k : i, end - 1, Number(last.text), 'year', { ...date, ...(role ? { dateRole: role } : {}) }), next: end };
    }
    // "ngày 1/10", "on 1/10", "le 24/5": a day and month; so is a bare "1/10" with nothing counted after it.
    const dayMonth = shape === 'n/n' && first >= 1 && first <= 31 && Number(last.text) >= 1 && Number(last.text) <= 12;
    if (dayMonth && (DAY_BEFORE.has(word(t[i - 1])) || !unitAfter(t, end))) return { next: end };
    if (shape === 'n/n') {
      const a = parseDigits(nums[0]!.text);
      const b = parseDigits(nums[1]!.text);
      if (a !== undefined && b !== undefined && b > 0 && a <= b) {
        const u = unitAfter(t, end);
        const bound = boundBefore(t, i);
        return {
          figure: make(text, t, bound?.from ?? i, (u?.to ?? end) - 1, a, 'count', { total: b, ...(u ? { unit: u.unit } : {}), ...(bound ? { bound: bound.bound } : {}) }),
          next: u?.to ?? end,
        };
      }
    }
  }
  return { next: end };
}

interface FinishCtx { range?: RangeEnd; between?: boolean }

/** Classifies a non-year number by what surrounds it: percent, money, or a count with its noun. */
function finish(t: readonly Token[], text: string, core: Core, ctx: FinishCtx): { figure?: ClaimFigure; next: number } {
  let from = core.from;
  let to = core.to;
  const extra: Partial<ClaimFigure> = {};
  let kind: FigureKind = 'count';
  let unit: string | undefined;

  const before = currencyBefore(t, from);
  if (before) { kind = 'money'; unit = before.currency; from = before.from; }
  let range = ctx.range;
  // A range of counts must be of one magnitude ("500-600"), not a phone number ("84-983940010").
  if (range && !(range.value > core.value && range.value <= core.value * 10)) {
    if (isDash(t[to]) && !t[to]!.gap) return { next: gluedRunEnd(t, core.from) };
    range = undefined;
  }
  // "Ngày 1-10", "le 24-5": a day and month, not a range.
  if (range && DAY_BEFORE.has(word(t[core.from - 1])) && isDash(t[core.to]) && core.value <= 31 && range.value <= 12) return { next: range.to };
  if (range) {
    // The second end may carry its own scale word: "1-2 million".
    const s = SCALES[word(t[range.to])];
    const second = s !== undefined ? range.value * s : range.value;
    extra.range = [core.value, second];
    to = s !== undefined ? range.to + 1 : range.to;
    if (ctx.between) from = Math.min(from, core.from - 1);
  }
  const pct = percentAfter(t, to);
  if (pct !== undefined && kind === 'count') { kind = 'percent'; unit = 'percent'; to = pct; }
  else if (kind === 'count') {
    const cur = currencyAfter(t, to);
    if (cur) { kind = 'money'; unit = cur.currency; to = cur.to; }
  }
  const rank = kind === 'count' && core.ordinal ? rankAround(t, from, to) : undefined;
  if (rank) { unit = 'rank'; to = rank.to; }
  else if (kind === 'count') {
    // "192 out of 193 votes", "81 trong tổng số 529 quân nhân", "156 des 184 membres": a part of a total.
    const whole = !core.ordinal && !range ? totalAfter(t, to) : undefined;
    if (whole) { extra.total = whole.total; to = whole.to; }
    // "les deux premiers officiers": the first two, never compared as a count.
    if (FR_ORDINALS[word(t[to])] !== undefined || /^derni[eè]re?s$/.test(word(t[to]))) { extra.ordinal = true; to++; }
    // "two-week", "29-member": the number is glued to its noun by a hyphen.
    const compound = isDash(t[to]) && !t[to]!.gap && t[to + 1]?.kind === 'word' && !t[to + 1]!.gap;
    // "25-CT/TW", "130-NQ": a number glued to capitals is an identifier.
    if (compound && /^\p{Lu}{2,}$/u.test(t[to + 1]!.text)) return { next: gluedRunEnd(t, to) };
    // "the 184-member unit", "a 184-strong unit" count members, not units.
    const members = compound && /^(members?|strong)$/.test(word(t[to + 1]));
    const u = members ? { unit: 'member', to: to + 2 } : unitAfter(t, compound ? to + 1 : to);
    const named = u ? undefined : unitNamedBefore(t, from);
    if (named) unit = named;
    // "the 175 Military Hospital": a capitalised singular after a plural number is a name (English).
    if (u && 'singular' in u && u.singular && core.value > 1 && !core.words && !core.ordinal && /^[A-Z][a-z]+$/.test(t[compound ? to + 1 : to]?.text ?? '') && /^[A-Za-z -]+$/.test(text.slice(t[to]!.start, t[u.to - 1]!.end)) && !/s$/i.test(t[u.to - 1]!.text)) {
      return { next: u.to };
    }
    if (u) {
      unit = u.unit;
      to = u.to;
      if ('turns' in u && u.turns) extra.turns = true;
      if ('of' in u && u.of) extra.of = u.of;
    }
    // A lone Vietnamese or French number word is only a number before a known counted noun
    // ("ba sĩ quan", "neuf officiers"; not "ba" = father, "neuf" = new).
    const lone = (core.words === 'vi' || core.words === 'fr') && !core.ordinal && core.to - core.from === 1;
    if (lone && (!u || !KNOWN_HEADS.has(u.unit.split(' ').pop() ?? ''))) return { next: core.to };
  }
  // "l'hôpital de campagne 2.3", "BVDC 2.2": a bare decimal names a unit or a version, it counts nothing.
  if (kind === 'count' && !unit && !Number.isInteger(core.value) && !extra.range) return { next: to };
  const bound = boundBefore(t, from);
  if (bound) { extra.bound = bound.bound; from = bound.from; }
  if (core.approximate && !extra.bound) extra.bound = 'about';
  if (unit) extra.unit = unit;
  // "its first two officers" counts a first batch, not a total: never compared, like an ordinal.
  const prev = word(t[from - 1]);
  if (core.ordinal || EN_ORDINALS[prev] !== undefined || prev === 'last' || prev === 'initial' || firstAfter(t, to)) extra.ordinal = true;
  return { figure: make(text, t, from, to - 1, core.value, kind, extra), next: to };
}

/** "out of 193 votes" after a part at index j: the total and the end of its noun. */
function totalAfter(t: readonly Token[], j: number): { total: number; to: number } | undefined {
  for (const seq of OUT_OF) {
    if (!wordsAt(t, j, seq)) continue;
    const k = j + seq.length;
    const n = t[k];
    const total = n?.kind === 'num' ? parseDigits(n.text) : undefined;
    if (total === undefined || n!.text.length === 4 && total >= 1900 && total <= 2100 && !unitAfter(t, k + 1)) continue;
    return { total, to: k + 1 };
  }
  return undefined;
}

/** Words after an ordinal that make it a rank, other than RANK_AFTER: "38th in the world", "38e au monde". */
const RANK_AFTER_PHRASES = [
  ['in', 'the', 'world'], ['worldwide'], ['globally'], ['in', 'asia'], ['au', 'monde'], ['dans', 'le', 'monde'], ['mondial'], ['en', 'asie'],
  ['thế', 'giới'], ['trên', 'thế', 'giới'], ['châu', 'á'], ['ở', 'châu', 'á'], ['tại', 'châu', 'á'], ['khu', 'vực'],
];

/** Whether the ordinal spanning [from, to) is a rank ("ranked 38th", "la 38e place", "xếp thứ 38"); where it ends. */
function rankAround(t: readonly Token[], from: number, to: number): { to: number } | undefined {
  // `from` is the ordinal, or the "thứ"/"hạng" before a Vietnamese one.
  if (word(t[from]) === 'hạng' || RANK_BEFORE.has(word(t[from - 1]))) return { to };
  // "the 38th-largest".
  if (isDash(t[to]) && !t[to]!.gap && RANK_AFTER.has(word(t[to + 1]))) return { to: to + 2 };
  const after = word(t[to]);
  if (after === 'place' || after === 'position' || after === 'rank' || after === 'rang') return { to: to + 1 };
  if (RANK_AFTER.has(after) || RANK_AFTER_PHRASES.some((seq) => wordsAt(t, to, seq))) return { to };
  return undefined;
}

function make(text: string, t: readonly Token[], first: number, last: number, value: number, kind: FigureKind, extra: Partial<ClaimFigure>): ClaimFigure {
  const start = t[first]!.start;
  const end = t[last]!.end;
  return { start, end, raw: text.slice(start, end), value, kind, ...extra };
}
