/**
 * `extractFigures`: every number and date a sentence states, with offsets, kind and counted noun.
 *
 * Handled: digit groups in English and Vietnamese conventions ("13,000", "13.000", "13.8",
 * "13,8"), scale words ("1.5 million", "13 nghìn"), number words ("nine", "twenty-nine",
 * "a hundred", "hai mươi chín"), percentages ("16%", "16 per cent", "16 phần trăm"), money
 * ("US$50,000", "$70,000", "USD 50,000", "50,000 dollars"), years (1900–2100 standing as a date),
 * year ranges ("2014-2018", "2020-21", "from 2014 to 2018", "between 2014 and 2018"), count ranges
 * ("500-600 troops"), fractions ("23/166"), dates ("26/11/2018", "27 April 2022": the year only),
 * hedges ("more than 500") and ordinals ("first", "13th", flagged and never compared).
 * Numbers that name rather than count ("Directive 25", "level-2", "Resolution 130/2020/QH14",
 * "p. 473", "09:53", "QH14", "COVID-19") are not figures.
 */
import type { ClaimFigure, FigureBound, FigureKind } from './types.js';
import { type Token, tokenize, isDash } from './tokens.js';
import { EN_ORDINALS, SCALES, parseDigits, parseEnglishWords, parseVietnameseWords, type ParsedNumber } from './numerals.js';
import {
  BETWEEN_WORDS, BOUNDS, CURRENCY_AFTER, CURRENCY_PREFIX_WORDS, CURRENCY_SIGNS, DOLLAR_PREFIXES, ID_PREFIXES, MONTHS,
  PERCENT_AFTER, RANGE_WORDS, SINCE_WORDS, UNIT_STOPS, UNTIL_WORDS, YEAR_CUES,
} from './figure-words.js';
import { KNOWN_HEADS, isPeopleUnit, normaliseUnit, singular, unitRelation } from './units.js';

const VI_NUMBER_START = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười']);
const EN_NUMBER_START = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

interface Core extends ParsedNumber {
  /** Written in words (English or Vietnamese). */
  words?: 'en' | 'vi';
  ordinal?: boolean;
}

const word = (t: Token | undefined): string => (t?.kind === 'word' ? t.lower : '');
const sym = (t: Token | undefined, s: string): boolean => t?.kind === 'sym' && t.text === s;

/** Index just past the run of tokens glued to token i (no whitespace), from i on. */
function gluedRunEnd(t: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < t.length && !t[j]!.gap) j++;
  return j;
}

/** Whether tokens `seq` (lowercase words) occur at index i. */
function wordsAt(t: readonly Token[], i: number, seq: readonly string[]): boolean {
  return seq.every((w, k) => word(t[i + k]) === w || (w === '%' && sym(t[i + k], '%')));
}

/** Whether tokens `seq` end just before index i; returns the index of the first, or -1. */
function wordsBefore(t: readonly Token[], i: number, seq: readonly string[]): number {
  const s = i - seq.length;
  return s >= 0 && wordsAt(t, s, seq) ? s : -1;
}

/** Whether the number at index i names something: "Directive 25", "Resolution No. 25", "p. 473". */
function namedBefore(t: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (sym(t[k], '.')) k--;
  if (t[k]?.text === 'No' || (word(t[k]) === 'no' && sym(t[k + 1], '.'))) return true;
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
  if (EN_NUMBER_START.test(w) || w === 'a') {
    const p = parseEnglishWords(t, i);
    return p ? { ...p, words: 'en' } : undefined;
  }
  if (VI_NUMBER_START.has(w)) {
    // "năm 2018" is "the year 2018".
    if (w === 'năm' && t[i + 1]?.kind === 'num') return undefined;
    const p = parseVietnameseWords(t, i);
    return p ? { ...p, words: 'vi' } : undefined;
  }
  return undefined;
}

const isYearDigits = (c: Core | undefined, lo = 1900, hi = 2100): boolean =>
  c?.digits !== undefined && /^\d{4}$/.test(c.digits) && c.value >= lo && c.value <= hi;

interface RangeEnd { value: number; to: number }

/** A second number after a dash or "to"/"and" at index j (the joining token). */
function rangeAfter(t: readonly Token[], j: number, first: Core, between: boolean): RangeEnd | undefined {
  const join = t[j];
  if (!join) return undefined;
  const dash = isDash(join);
  const w = word(join);
  if (!dash && !RANGE_WORDS.has(w) && !(between && (w === 'and' || w === 'và'))) return undefined;
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

interface Unit {
  unit: string;
  to: number;
  /** The noun is written in the singular ("the 2018 conference": a year, not 2018 conferences). */
  singular: boolean;
}

const INVARIANT = new Set(['personnel', 'staff', 'police', 'people', 'troops']);

/** The counted noun after index j: up to five words, cut after the first known head noun. */
function unitAfter(t: readonly Token[], j: number): Unit | undefined {
  const words: { text: string; to: number }[] = [];
  let k = j;
  // A partitive "three of the ..." counts something named elsewhere.
  if (word(t[k]) === 'of') return undefined;
  while (k < t.length && words.length < 5) {
    const tok = t[k]!;
    if (tok.kind !== 'word') break;
    const w = tok.lower;
    const prev = words[words.length - 1]?.text.toLowerCase();
    const collectiveOf = w === 'of' && prev !== undefined && /^(turns?|rotations?|batch(es)?|groups?|teams?|waves?|units?|contingents?)$/.test(prev);
    if (UNIT_STOPS.has(w) && !collectiveOf) break;
    if (EN_NUMBER_START.test(w) || (words.length > 0 && /^\p{Lu}/u.test(tok.text) && !KNOWN_HEADS.has(singular(w)) && !/^(vietnamese|un|level)$/.test(w))) break;
    if (words.length > 0 && /(ed|ing)$/.test(w) && !KNOWN_HEADS.has(w) && w !== 'engineering') break;
    let text = tok.text;
    let end = k + 1;
    // Hyphenated compounds: "level-2", "level-two", "non-combat".
    while (isDash(t[end]) && !t[end]!.gap && t[end + 1] && !t[end + 1]!.gap && t[end + 1]!.kind !== 'sym') {
      text += `-${t[end + 1]!.text}`;
      end += 2;
    }
    words.push({ text, to: end });
    k = end;
  }
  if (words.length === 0) return undefined;
  const headOf = (n: number): string => {
    const u = normaliseUnit(words.slice(0, n).map((w) => w.text).join(' '));
    return u.split(' ').slice(-2).join(' ');
  };
  const known = (n: number): boolean => {
    const h = headOf(n);
    return KNOWN_HEADS.has(h) || KNOWN_HEADS.has(h.split(' ').pop() ?? '');
  };
  let cut = 0;
  for (let n = 1; n <= words.length; n++) {
    // Prefer "field hospital" over "field".
    if (known(n) && !(n < words.length && headOf(n + 1).includes(' ') && known(n + 1))) { cut = n; break; }
  }
  if (cut > 0) {
    // Vietnamese puts some modifiers after the noun: "sĩ quan nữ".
    while (cut < words.length && /^(nữ|nam)$/.test(words[cut]!.text.toLowerCase()) && t[j]?.lower !== 'năm') cut++;
  } else {
    // Unknown nouns: up to the first plural ("five original members"), else the whole phrase
    // ("one open session").
    const plural = words.findIndex((w) => /[^s]s$/i.test(w.text));
    cut = plural >= 0 ? plural + 1 : words.length;
  }
  let unit = normaliseUnit(words.slice(0, cut).map((w) => w.text).join(' '));
  let to = words[cut - 1]!.to;
  const last = words[cut - 1]!.text.toLowerCase();
  // "800 officers and soldiers": two kinds of people counted together are personnel.
  if (cut === words.length && word(t[to]) === 'and' && t[to + 1]?.kind === 'word') {
    const other = normaliseUnit(t[to + 1]!.text);
    if (isPeopleUnit(unit) && isPeopleUnit(other) && KNOWN_HEADS.has(other)) {
      unit = unitRelation(unit, other) === 'same' ? unit : 'personnel';
      to += 2;
    }
  }
  return unit ? { unit, to, singular: !INVARIANT.has(last) && singular(last) === last } : undefined;
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

const isMonth = (t: Token | undefined): boolean => MONTHS.has(word(t)) && !(word(t) === 'may' && t!.text === 'may');

export function extractFigures(text: string): ClaimFigure[] {
  const t = tokenize(text);
  const out: ClaimFigure[] = [];
  let i = 0;
  while (i < t.length) {
    const r = figureAt(t, i, text);
    if (r.figure) out.push(r.figure);
    i = Math.max(r.next, i + 1);
  }
  return out;
}

function figureAt(t: readonly Token[], i: number, text: string): { figure?: ClaimFigure; next: number } {
  const tok = t[i]!;
  const skip = { next: i + 1 };
  if (tok.kind !== 'num' && tok.kind !== 'word') return skip;
  // Numbers glued to letters or to a word by a dash name things: "QH14", "COVID-19", "level-2".
  if (tok.kind === 'num' && i > 0 && !tok.gap) {
    const p = t[i - 1]!;
    if (p.kind === 'word' || ((isDash(p) || p.text === '/' || p.text === '.') && i > 1 && !p.gap)) return { next: gluedRunEnd(t, i) };
  }
  if (namedBefore(t, i) || (isDash(t[i - 1]) && !tok.gap && word(t[i - 2]) === 'level')) return { next: tok.kind === 'num' ? gluedRunEnd(t, i) : i + 1 };
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
        if (/^(st|nd|rd|th)$/i.test(n.text)) {
          if (isMonth(t[i - 1]) || isMonth(t[i + 2])) return { next: i + 2 };
          return finish(t, text, { value: core.value, from: i, to: i + 2, ordinal: true }, {});
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

  const between = BETWEEN_WORDS.has(word(t[i - 1]));
  const intro = between || SINCE_WORDS.has(word(t[i - 1])) ? i - 1 : i;
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
        const k = word(t[i - 1]) === 'năm' ? i - 2 : i - 1;
        const w = word(t[k]);
        const upTo = wordsBefore(t, i, ['up', 'to']) >= 0;
        const role = SINCE_WORDS.has(w) ? 'since' : UNTIL_WORDS.has(w) || upTo ? 'until' : undefined;
        const from = role ? (upTo ? i - 2 : k) : i;
        return { figure: make(text, t, from, to - 1, value, 'year', role ? { dateRole: role } : {}), next: to };
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
      return { figure: make(text, t, i, end - 1, Number(last.text), 'year', {}), next: end };
    }
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
  if (kind === 'count') {
    // "two-week", "29-member": the number is glued to its noun by a hyphen.
    const compound = isDash(t[to]) && !t[to]!.gap && t[to + 1]?.kind === 'word' && !t[to + 1]!.gap;
    const u = unitAfter(t, compound ? to + 1 : to);
    if (u) { unit = u.unit; to = u.to; }
    // A lone Vietnamese digit word is only a number before a known counted noun ("ba sĩ quan").
    if (core.words === 'vi' && core.to - core.from === 1 && (!u || !KNOWN_HEADS.has(u.unit.split(' ').pop() ?? ''))) return { next: core.to };
  }
  const bound = boundBefore(t, from);
  if (bound) { extra.bound = bound.bound; from = bound.from; }
  if (unit) extra.unit = unit;
  // "its first two officers" counts a first batch, not a total: never compared, like an ordinal.
  const prev = word(t[from - 1]);
  if (core.ordinal || EN_ORDINALS[prev] !== undefined || prev === 'last' || prev === 'initial') extra.ordinal = true;
  return { figure: make(text, t, from, to - 1, core.value, kind, extra), next: to };
}

function make(text: string, t: readonly Token[], first: number, last: number, value: number, kind: FigureKind, extra: Partial<ClaimFigure>): ClaimFigure {
  const start = t[first]!.start;
  const end = t[last]!.end;
  return { start, end, raw: text.slice(start, end), value, kind, ...extra };
}
