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
import {
  EN_ORDINALS, FR_NUMBER_START, FR_ORDINALS, SCALES, frenchOrdinal, parseDigits, parseEnglishWords, parseFrenchWords,
  parseVietnameseWords, type ParsedNumber,
} from './numerals.js';
import {
  AND_WORDS, APPROXIMATE_NOUNS, BETWEEN_WORDS, BOUNDS, CURRENCY_AFTER, CURRENCY_PREFIX_WORDS, CURRENCY_SIGNS, DOLLAR_PREFIXES, ID_PREFIXES, MONTH_NUMBERS, MONTHS,
  NUMBER_OF, OUT_OF,
  PERCENT_AFTER, RANGE_WORDS, RANK_AFTER, RANK_BEFORE, SINCE_WORDS, UNIT_STOPS, UNTIL_WORDS, YEAR_CUES, YEAR_ROLE_PHRASES,
} from './figure-words.js';
import { COLLECTIVES, KNOWN_HEADS, isModifierOnly, isPeopleUnit, normaliseUnit, singular, startsVietnameseNoun, unitRelation } from './units.js';
import { foldKey } from '../text/fold.js';

const VI_NUMBER_START = new Set(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín', 'mười']);
const EN_NUMBER_START = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

interface Core extends ParsedNumber {
  /** Written in words (English, Vietnamese or French). */
  words?: 'en' | 'vi' | 'fr';
  /** A French noun of an approximate number ("une quarantaine"). */
  approximate?: boolean;
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

/** Whether tokens `seq` (lowercase words or symbols, "'" for any apostrophe) occur at index i. */
function wordsAt(t: readonly Token[], i: number, seq: readonly string[]): boolean {
  return seq.every((w, k) => t[i + k] !== undefined && t[i + k]!.kind !== 'num' && t[i + k]!.lower === w);
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

interface Unit {
  unit: string;
  to: number;
  /** The noun is written in the singular ("the 2018 conference": a year, not 2018 conferences). */
  singular: boolean;
  /** Counted in turns of duty ("29 turns of officers", "29 lượt sĩ quan"). */
  turns?: true;
  /** What a collective gathers when it is not people ("two rotations of field hospitals" → field hospital). */
  of?: string;
}

const INVARIANT = new Set(['personnel', 'staff', 'police', 'people', 'troops']);
/** Words joining a collective to what it gathers: "of", "de", "d'", with an article after. */
const COLLECTIVE_OF = new Set(['of', 'de', 'des', 'du', 'd']);
const ARTICLES = new Set(['the', 'its', 'their', 'la', 'le', 'les', 'l', 'ses', 'leurs']);
const isApostrophe = (t: Token | undefined): boolean => t?.kind === 'sym' && t.lower === "'";

/** Index after "of the", "de l'", "d'", "des" at j, or -1. */
function afterOf(t: readonly Token[], j: number): number {
  const w = word(t[j]);
  if (!COLLECTIVE_OF.has(w)) return -1;
  let k = j + 1;
  if (w === 'd') { if (!isApostrophe(t[k])) return -1; k++; }
  if (ARTICLES.has(word(t[k]))) { k++; if (isApostrophe(t[k])) k++; }
  return k;
}

/** The counted noun after index j: a known phrase, or up to six words cut after the first known head noun. */
function unitAfter(t: readonly Token[], j: number, depth = 0): Unit | undefined {
  // A partitive "three of the ..." counts something named elsewhere.
  if (word(t[j]) === 'of') return undefined;
  const first = word(t[j]);
  // "sau 5 năm" (after 5 years); "năm 2018" is a year, read elsewhere.
  if (first === 'năm' && t[j + 1]?.kind !== 'num') return { unit: 'year', to: j + 1, singular: false };
  // Collectives: "two rotations of field hospitals", "29 turns of officers", "29 lượt sĩ quan".
  if (depth === 0 && COLLECTIVES.has(foldKey(first))) {
    const k = afterOf(t, j + 1);
    const inner = unitAfter(t, k >= 0 ? k : j + 1, 1);
    // Vietnamese needs no "of": "29 lượt sĩ quan", "5 lượt Bệnh viện dã chiến".
    const noOf = /^(luot|dot)$/.test(foldKey(first));
    if (inner && (k >= 0 || noOf || isPeopleUnit(inner.unit)) && inner.unit && !COLLECTIVES.has(inner.unit) && KNOWN_HEADS.has(inner.unit.split(' ').pop() ?? '')) {
      // Rotations gather formed units ("5 lượt bệnh viện dã chiến"); turns of anything else count that thing ("18 triệu lượt khách").
      if (!ROTATING_UNITS.test(inner.unit)) return { ...inner, turns: true, singular: false };
      return { unit: noOf ? 'rotation' : normaliseUnit(first), to: inner.to, singular: singular(first) === first, of: inner.unit };
    }
  }
  const words: { text: string; to: number }[] = [];
  let k = j;
  while (k < t.length && words.length < 6) {
    const tok = t[k]!;
    if (tok.kind !== 'word') break;
    const w = tok.lower;
    const prev = words[words.length - 1]?.text.toLowerCase();
    const collectiveOf = w === 'of' && prev !== undefined && /^(turns?|rotations?|batch(es)?|groups?|teams?|waves?|units?|contingents?)$/.test(prev);
    if (UNIT_STOPS.has(w) && !collectiveOf && !(prev !== undefined && startsVietnameseNoun(prev, w))) break;
    const capital = /^\p{Lu}/u.test(tok.text);
    // A capital mid-phrase starts a name ("five members Vietnam"), unless the phrase is in title case ("Level-2 Field Hospital").
    const titleCase = prev !== undefined && /^\p{Lu}/u.test(words[words.length - 1]!.text);
    if (EN_NUMBER_START.test(w) || (words.length > 0 && capital && !titleCase && !KNOWN_HEADS.has(singular(w)) && !/^(vietnamese|un|level)$/.test(w))) break;
    if (words.length > 0 && /(ed|ing)$/.test(w) && !KNOWN_HEADS.has(w) && !/^(engineering|peacekeeping|training)$/.test(w)) break;
    let text = tok.text;
    let end = k + 1;
    // Hyphenated compounds: "level-2", "level-two", "non-combat".
    while (isDash(t[end]) && !t[end]!.gap && t[end + 1] && !t[end + 1]!.gap && t[end + 1]!.kind !== 'sym') {
      text += `-${t[end + 1]!.text}`;
      end += 2;
    }
    words.push({ text, to: end });
    k = end;
    // French nouns that take "de": "hôpital de campagne", "soldats de la paix".
    const phrase = frenchPhraseAfter(t, k, w);
    if (phrase) { words[words.length - 1] = { text: `${text} ${phrase.text}`, to: phrase.to }; k = phrase.to; }
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
  // Vietnamese compounds grow by syllables: "bệnh viện" (hospital), then "bệnh viện dã chiến" (field hospital).
  for (let m = cut + 1; cut > 0 && m <= Math.min(cut + 3, words.length); m++) if (headOf(m).includes(' ') && KNOWN_HEADS.has(headOf(m))) cut = m;
  if (cut > 0) {
    // Vietnamese and French put some modifiers after the noun: "sĩ quan nữ", "officiers femmes", "militaires vietnamiens".
    while (cut < words.length && TRAILING_MODIFIER.test(words[cut]!.text.toLowerCase()) && t[j]?.lower !== 'năm') cut++;
  } else {
    // "12 deployed individually", "184 others": no noun, the count is of something named elsewhere.
    if (/(ed|ly)$/i.test(words[0]!.text) || /^(others?|more|autres|khác|nữa)$/i.test(words[0]!.text)) return undefined;
    // Unknown nouns: up to the first plural ("five original members"), else the whole phrase
    // ("one open session"); a Vietnamese noun is one compound of two syllables ("hình thức").
    const plural = words.findIndex((w) => /[^s]s$/i.test(w.text));
    cut = VIETNAMESE_LETTERS.test(words[0]!.text) ? Math.min(2, words.length) : plural >= 0 ? plural + 1 : words.length;
  }
  let unit = normaliseUnit(words.slice(0, cut).map((w) => w.text).join(' '));
  // "63 members, of them 12 female": a lone sex word counts women (or men).
  if (unit === 'female' || unit === 'male') unit = unit === 'female' ? 'woman' : 'man';
  let to = words[cut - 1]!.to;
  const last = words[cut - 1]!.text.toLowerCase().split(' ').pop()!;
  const result: Unit = { unit, to, singular: !INVARIANT.has(last) && singular(last) === last && !/^(luot|turns?)$/.test(foldKey(words[0]!.text)) };
  if (/^(luot|turns?|tours?)$/.test(foldKey(words[0]!.text)) && isPeopleUnit(unit)) result.turns = true;
  // "800 officers and soldiers", "126 officiers et personnels", "cán bộ, nhân viên": two kinds of people counted together are personnel.
  const join = t[to];
  if (cut === words.length && depth < 2 && (AND_WORDS.has(word(join)) || sym(join, ',')) && t[to + 1]?.kind === 'word' && !coreAt(t, to + 1)) {
    const other = unitAfter(t, to + 1, 2);
    // "800 military and police officers": two adjectives, one noun.
    if (other && isPeopleUnit(other.unit) && isModifierOnly(words.map((w) => w.text).join(' '))) return { ...result, unit: other.unit, to: other.to };
    if (other && isPeopleUnit(unit) && isPeopleUnit(other.unit) && KNOWN_HEADS.has(other.unit.split(' ').pop() ?? '')) {
      unit = unitRelation(unit, other.unit) === 'same' ? unit : 'personnel';
      return { ...result, unit, to: other.to };
    }
  }
  return unit ? result : undefined;
}

/** Formed units that rotate: "two rotations of the field hospital" are not two hospitals. */
const ROTATING_UNITS = /(^| )(hospital|unit|contingent|team|group|company|battalion|platoon|squad|force|mission)$/;

/** Letters only Vietnamese writes (among the three languages read): a phrase in Vietnamese. */
const VIETNAMESE_LETTERS = /[áảãạăằắẳẵặầấẩẫậđẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộơờớởỡợúủũụưừứửữựỳýỷỹỵ]/i;

/** Modifiers written after the noun: Vietnamese "nữ"/"nam", French adjectives of nationality, sex and kind. */
const TRAILING_MODIFIER = /^(nữ|nam|chiến|lược|toàn|diện|vietnamiens?|vietnamiennes?|militaires|médicaux|médicales?|femmes|supplémentaires|officiels|onusiens)$/;

/** French "de" phrases that name one kind of thing, after the word `w` at index k. */
function frenchPhraseAfter(t: readonly Token[], k: number, w: string): { text: string; to: number } | undefined {
  const seqs: Record<string, string[][]> = {
    hôpital: [['de', 'campagne']], hôpitaux: [['de', 'campagne']], soldats: [['de', 'la', 'paix']], soldat: [['de', 'la', 'paix']],
    militaires: [['du', 'génie']], unité: [['de', 'génie']], unités: [['de', 'génie']],
  };
  for (const seq of seqs[w] ?? []) if (wordsAt(t, k, seq)) return { text: seq.join(' '), to: k + seq.length };
  return undefined;
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
const MONEY_SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };

/** Letters glued to digits that make an ordinal: "38th", "2nd", "38e", "1er", "1re", "2ème". */
const ORDINAL_SUFFIX = /^(st|nd|rd|th|e|er|re|ère|ème|eme|è|ᵉ|ᵉʳ|ère)$/i;
/** Vietnamese words before a number that make it an ordinal: "thứ" (-th), "hạng" (rank). */
const VI_ORDINAL_MARKS = new Set(['thứ', 'hạng']);
/** Vietnamese ordinal words that differ from the cardinals: "thứ nhất" (first), "thứ tư" (fourth). */
const VI_ORDINAL_WORDS: Record<string, number> = { nhất: 1, tư: 4 };

/** Words before a day: "ngày 1/10", "on 1/10", "le 24/5". */
const DAY_BEFORE = new Set(['ngày', 'hôm', 'on', 'le', 'du', 'au', 'since', 'depuis', 'từ', 'đến']);

/**
 * The month and day written before the year at index i: "October 2018", "May 27, 2014",
 * "October 1st, 2018", "27 mai 2014", "tháng 6 năm 2014", "ngày 11 tháng 7 năm 1995".
 */
function dateBefore(t: readonly Token[], i: number): { month?: number; day?: number } {
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

/** Index after a partitive "de" / "d'" at j, when a word follows; else j. */
function afterPartitive(t: readonly Token[], j: number): number {
  if (word(t[j]) === 'de' && t[j + 1]?.kind === 'word') return j + 1;
  if (word(t[j]) === 'd' && isApostrophe(t[j + 1]) && t[j + 2]?.kind === 'word') return j + 2;
  return j;
}

const isMonth = (t: Token | undefined): boolean => MONTHS.has(word(t)) && !(word(t) === 'may' && t!.text === 'may');

export function extractFigures(text: string): ClaimFigure[] {
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
  return out;
}

/** "from 2 officers in 2014 to more than 500 by 2022": the second end of a "from … to …" counts what the first does. */
function shareRangeUnits(figures: ClaimFigure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k]!;
    if (f.kind !== 'count' || f.unit || f.ordinal || !RANGE_TO.test(text.slice(figures[k - 1]!.end, f.start))) continue;
    for (let m = k - 1; m >= 0; m--) {
      const g = figures[m]!;
      if (g.kind === 'count' && g.unit && !g.ordinal && RANGE_FROM.test(text.slice(m > 0 ? figures[m - 1]!.end : 0, g.start))) { f.unit = g.unit; break; }
    }
  }
}
const RANGE_FROM = /(^|\s)(from|từ|de|rose from|grew from)\s*$/i;
const RANGE_TO = /(^|\s)(to|until|đến|lên|tới|à)\s*$/i;

/** What may stand between the parts of a list or sum of counts: "76 + 436 = 512", "76, 436 and 512", "76 et 436". */
const LIST_JOIN = /^\s*(?:[+,=]|and|or|et|ou|và|hoặc|plus)\s*$/i;

/**
 * "76 + 436 = 512 personnel", "25, 30 and 40 officers": bare counts listed before a count with a noun
 * count the same thing. Parts of a sum ("+" before the "=") are flagged `part`.
 */
function shareTrailingUnits(figures: ClaimFigure[], text: string): void {
  for (let k = figures.length - 1; k > 0; k--) {
    const last = figures[k]!;
    if (last.kind !== 'count' || !last.unit || last.ordinal) continue;
    let j = k;
    const joins: string[] = [];
    while (j > 0) {
      const prev = figures[j - 1]!;
      const gap = text.slice(prev.end, figures[j]!.start);
      if (prev.kind !== 'count' || prev.unit || prev.ordinal || prev.range || prev.total || !LIST_JOIN.test(gap)) break;
      joins.unshift(gap.trim());
      j--;
    }
    if (j === k) continue;
    const sum = joins.includes('+') && joins[joins.length - 1] === '=';
    for (let m = j; m < k; m++) {
      figures[m]!.unit = last.unit;
      if (sum) figures[m]!.part = true;
    }
    k = j;
  }
}

function figureAt(t: readonly Token[], i: number, text: string): { figure?: ClaimFigure; next: number } {
  const tok = t[i]!;
  const skip = { next: i + 1 };
  if (tok.kind !== 'num' && tok.kind !== 'word') return skip;
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

/**
 * For a bare number, the noun named before it in the same clause: "the total number of Vietnamese
 * officers engaged in U.N. missions to 19", "le nombre de Casques bleus ... est estimé à 13.211".
 */
function unitNamedBefore(t: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    // A clause ends at these marks; a dot only when a capital follows ("U.N. missions" goes on).
    if (t[k]!.kind === 'sym' && (/^[;:!?()]$/.test(t[k]!.text) || (t[k]!.text === '.' && t[k + 1]?.gap && /^\p{Lu}/u.test(t[k + 1]!.text)))) return undefined;
    for (const seq of NUMBER_OF) {
      if (!wordsAt(t, k, seq)) continue;
      const u = unitAfter(t, k + seq.length);
      return u && KNOWN_HEADS.has(u.unit.split(' ').pop() ?? '') ? u.unit : undefined;
    }
  }
  return undefined;
}

/**
 * Vietnamese "đầu tiên" (first) after the noun, past a name: "một nữ sĩ quan đầu tiên" (the first
 * female officer), "hai sĩ quan Quân đội nhân dân Việt Nam đầu tiên" (the first two officers).
 */
function firstAfter(t: readonly Token[], j: number): boolean {
  // Within the noun phrase: up to eight words, not past punctuation or a word that ends a phrase.
  for (let k = j; k < j + 8 && t[k]?.kind === 'word'; k++) {
    if (word(t[k]) === 'đầu' && word(t[k + 1]) === 'tiên') return true;
    if (UNIT_STOPS.has(word(t[k]))) return false;
  }
  return false;
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
