/** Setting one claim figure beside one fact's figures and dates. */
import type { Fact, FigureSpec } from '../corpus/types.js';
import type { ClaimFigure, ComparisonStatus } from './types.js';
import { currencyOf, isPeopleUnit, normaliseUnit, unitRelation, type UnitRelation } from './units.js';

/** Counted nouns that say people but not which. */
export const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['member', 'person', 'people']);
import { contentKeys } from './words.js';
import { wordTable } from '../text/word-table.js';

/** A fact figure with its counted noun in normal form. */
export interface FactFigure {
  spec: FigureSpec;
  /** `normaliseUnit(unit)`, refined by the quantity's modifiers ("officers" + `female-officers-deployed` → "female officer"). */
  unit: string;
  /** The quantity read as a counted noun ("diplomatic-relations" → "diplomatic relation"), when it names another noun. */
  quantityUnit?: string;
  /**
   * Content-word keys a claim must contain to be about this figure's quantity, beyond its unit
   * ("rice-aid" → rice, aid: "Vietnam exported 7 million tonnes of rice" is not about rice aid).
   * Undefined when the figure has no quantity.
   */
  requires?: string[];
}

/** Quantity words that say what kind of thing is counted (the rest — "deployed", "share" — do not). */
const QUANTITY_MODIFIERS: Record<string, string> = wordTable({
  female: 'female', women: 'female', male: 'male', medical: 'medical', strategic: 'strategic', comprehensive: 'comprehensive',
  overseas: 'overseas', police: 'police',
});
/** The content keys of those words: what makes a count (or a first) of another kind of thing. */
export const KIND_MODIFIER_KEYS: ReadonlySet<string> = new Set(Object.keys(QUANTITY_MODIFIERS).flatMap((w) => contentKeys(w)));
const QUANTITY_VERBS = new Set(['deployed', 'ready', 'organised', 'organized', 'share', 'target', 'sent', 'aid', 'time', 'world', 'asia']);
/** Quantity words a claim need not repeat: how or where it is counted, not what. */
const GENERIC_QUANTITY_WORDS = new Set(['deployed', 'ready', 'organised', 'organized', 'share', 'target', 'sent', 'time', 'world', 'asia', 'rank', 'field', 'total', 'number']);

export function factFigure(spec: FigureSpec): FactFigure {
  const base = normaliseUnit(spec.unit);
  const q = spec.quantity?.split('-').filter(Boolean) ?? [];
  const mods = q.map((w) => QUANTITY_MODIFIERS[w]).filter((m): m is string => m !== undefined);
  const baseWords = base.split(' ');
  const extra = mods.filter((m) => !baseWords.includes(m));
  const unit = base === 'percent' || currencyOf(spec.unit) ? base : normaliseUnit([...extra, ...baseWords].join(' '));
  const figure: FactFigure = { spec, unit };
  const nounWords = q.filter((w) => !QUANTITY_VERBS.has(w));
  if (nounWords.length) {
    const qu = normaliseUnit(nounWords.join(' '));
    if (qu && unitRelation(qu, unit) === 'none') figure.quantityUnit = qu;
  }
  if (spec.quantity) {
    const unitKeys = new Set(contentKeys(`${unit} ${spec.unit}`));
    figure.requires = [...new Set(q.filter((w) => !GENERIC_QUANTITY_WORDS.has(w) && unitRelation(w, unit) === 'none').flatMap((w) => contentKeys(w)))]
      .filter((k) => !unitKeys.has(k));
  }
  return figure;
}

/** How a claim figure's noun relates to a fact figure's: the better of the unit and the quantity. */
export function relationTo(claim: ClaimFigure, f: FactFigure): UnitRelation {
  if (!claim.unit) return 'none';
  if (claim.kind === 'percent') return f.unit === 'percent' ? 'same' : 'none';
  if (f.unit === 'percent') return 'none';
  if (claim.kind === 'money') return claim.unit === f.unit ? 'same' : 'none';
  // "five rotations of Level-2 Field Hospitals": each rotation is one of the hospitals the sources count.
  const r = claim.of !== undefined && unitRelation(claim.unit, f.unit) === 'none' ? unitRelation(claim.of, f.unit) : unitRelation(claim.unit, f.unit);
  // "the 184-member unit", "63 members": any people the fact counts may be meant.
  if (r === 'none' && GENERIC_PEOPLE.has(claim.unit) && isPeopleUnit(f.unit)) return 'loose';
  // "184 officiers de l'équipe du génie" against "184 sappers": people of one kind and another, but the very number, one no round figure would give by chance.
  if (r === 'none' && isPeopleUnit(claim.unit) && isPeopleUnit(f.unit) && isVeryCount(claim) && claim.value === f.spec.value) return 'loose';
  if (r !== 'none' || !f.quantityUnit) return r;
  return unitRelation(claim.unit, f.quantityUnit) === 'same' ? 'same' : 'none';
}

/** A count no round figure would give by chance: exact, not hedged, 20 or more, not round ("184", not "about 200"). */
export const isVeryCount = (claim: ClaimFigure): boolean =>
  claim.kind === 'count' && !claim.bound && !claim.range && claim.value >= 20 && !isRound(claim.value);

/** A number with at most two significant digits (500, 1,100, 90, 13,000). */
export function isRound(v: number): boolean {
  let n = Math.abs(v);
  if (!Number.isInteger(n) || n === 0) return false;
  while (n % 10 === 0) n /= 10;
  return n < 100;
}

/** Whether the fact's value is what the claim states, hedges and ranges taken into account. */
export function valueAgrees(claim: ClaimFigure, value: number): boolean {
  const eq = claim.kind === 'percent' ? (a: number, b: number) => Math.abs(a - b) <= 0.05 + 1e-9 : (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;
  if (claim.range) return value >= claim.range[0] - 1e-9 && value <= claim.range[1] + 1e-9;
  switch (claim.bound) {
    case 'at-least': return value >= claim.value || eq(value, claim.value);
    case 'at-most': return value <= claim.value || eq(value, claim.value);
    // "about 500" is loose; "about 526" (some 526) is not.
    case 'about': return Math.abs(value - claim.value) <= Math.max(Math.abs(claim.value) * (isRound(claim.value) ? 0.1 : 0.02), claim.kind === 'percent' ? 1 : 0.5);
    default: return eq(value, claim.value);
  }
}

export interface FigureMatch {
  figure: FactFigure;
  relation: UnitRelation;
  status: ComparisonStatus;
}

/** Days in a span of time, for setting one unit beside another. */
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };

/** Whether a claim's unit and a fact's are spans of time in different units ("days" and "weeks"). */
export const otherUnitOfTime = (claimUnit: string | undefined, factUnit: string): boolean =>
  DAYS[claimUnit ?? ''] !== undefined && DAYS[factUnit] !== undefined && claimUnit !== factUnit;

/** A claim's span of time written in another unit of time ("10 days" as 10/7 weeks), else the figure itself. */
function inUnitOf(claim: ClaimFigure, unit: string): ClaimFigure {
  if (!otherUnitOfTime(claim.unit, unit) || claim.kind !== 'count') return claim;
  const from = DAYS[claim.unit!]!;
  const to = DAYS[unit]!;
  const scale = (v: number): number => (v * from) / to;
  return { ...claim, unit, value: scale(claim.value), ...(claim.range ? { range: [scale(claim.range[0]), scale(claim.range[1])] as [number, number] } : {}) };
}

/**
 * The fact figure a claim figure is best set against, if any: `same` when a comparable figure
 * agrees, `differs` only against a figure of the same unit family and modifiers, else `not-stated`.
 */
export function matchFigure(claim: ClaimFigure, figures: readonly FactFigure[]): FigureMatch | undefined {
  let best: FigureMatch | undefined;
  let bestRank = -Infinity;
  // Agreement first, then the closer kind of thing, then the closer value: "more than 5%" is
  // about the fact's 5%, not its 20% that also happens to be more than 5.
  const rank = (m: FigureMatch): number => {
    const value = inUnitOf(claim, m.figure.unit).value;
    return (m.status === 'same' ? 4 : 0) + (m.relation === 'same' ? 2 : 0) + (m.status === 'differs' ? 1 : 0) -
      Math.min(Math.abs(m.figure.spec.value - value) / Math.max(Math.abs(value), 1e-9), 1) * 0.5;
  };
  for (const f of figures) {
    // "about 10 days to prepare" against "a two-week preparation period": a span of time in the fact's unit.
    const c = inUnitOf(claim, f.unit);
    const relation = relationTo(c, f);
    if (relation === 'none') continue;
    const agrees = valueAgrees(c, f.spec.value);
    const status: ComparisonStatus = agrees ? 'same' : relation === 'same' ? 'differs' : 'not-stated';
    const m = { figure: f, relation, status };
    const r = rank(m);
    if (r > bestRank) { best = m; bestRank = r; }
  }
  return best;
}

/** When a fact holds: its period (or as-of year), and the years its statement names. */
export interface FactSpan {
  from: number;
  to: number;
  asOf: number;
  /** Whether the fact has a period (a cumulative figure over years), not just an as-of date. */
  period: boolean;
  /** Years and year ranges the statement itself names ("… being prepared for deployment in 2019"). */
  named: [number, number][];
  /** The dates the statement names, with month and day when given ("On 1 October 2018"). */
  dates: readonly NamedDate[];
}

export interface NamedDate { year: number; month?: number; day?: number }

const yearOf = (d: string): number => Number(d.slice(0, 4));

export function factSpan(fact: Fact, named: [number, number][] = [], dates: readonly NamedDate[] = []): FactSpan {
  const asOf = yearOf(fact.asOf);
  return fact.period
    ? { from: yearOf(fact.period[0]), to: yearOf(fact.period[1]), asOf, period: true, named, dates }
    : { from: asOf, to: asOf, asOf, period: false, named, dates };
}

/**
 * How closely a fact's span names a claim's date for its event: 3 the very day, 2 the very month or
 * the very term, 1 the year (months not contradicting) or a term overlapping the claim's ("2020–2022"
 * against the 2020–2021 term: the same term, misdated), 0 not at all. An "until" date names an end, not an event.
 */
/** How closely a fact names a claim's date for its event: 0 not at all, 1 the year, 2 the month (or the very term), 3 the very day. */
export type DateNaming = 0 | 1 | 2 | 3;

export function namesDate(d: ClaimFigure, span: FactSpan): DateNaming {
  if (d.kind === 'year-range' && d.range) {
    const [from, to] = d.range;
    // (The very term, "2008–2009" against "2008–09", says more than an overlapping one, as the very month says more than a year.)
    if (span.named.some(([a, b]) => a < b && a === from && b === to)) return 2;
    return span.named.some(([a, b]) => a < b && a <= to && from <= b) ? 1 : 0;
  }
  if (d.kind !== 'year' || d.dateRole === 'until') return 0;
  let level: DateNaming = 0;
  for (const x of span.dates) {
    if (x.year !== d.value) continue;
    if (d.month !== undefined && x.month === d.month) {
      if (d.day !== undefined && x.day === d.day) return 3;
      level = 2;
      continue;
    }
    if ((d.month === undefined || x.month === undefined) && level === 0) level = 1;
  }
  return level;
}

/**
 * A claim's year or year range against when a fact holds: `same`, `differs`, or `within` — a
 * plain year inside (not at the end of) a fact's multi-year period: the event may fall in it, but
 * a figure for that year is not the period's figure ("two officers in 2014" vs "29 in 2014–2018").
 */
export type DateStatus = ComparisonStatus | 'within';

/** `first`: the claim dates a first ("its first officers … in 2016"), which came when a counted period began. */
export function compareDate(claim: ClaimFigure, span: FactSpan, first = false): DateStatus {
  const named = (y: number): boolean => span.named.some(([a, b]) => a <= y && y <= b);
  if (claim.kind === 'year-range' && claim.range) {
    const [a, b] = claim.range;
    if (span.named.some(([x, y]) => x === a && y === b)) return 'same';
    // "For 2020-2022" against a fact naming the 2020–2021 term: another term.
    if (!span.period && span.named.some(([x, y]) => x < y && x <= b && a <= y)) return 'differs';
    // A fact dating its event elsewhere ("Resolution 1889 (2009)", stated in 2021) says nothing of the term.
    if (!span.period && span.named.length && !span.named.some(([x, y]) => x <= b && a <= y)) return 'not-stated';
    if (span.period) return a === span.from && (b === span.to || b === span.asOf) ? 'same' : 'differs';
    return a <= span.asOf && span.asOf <= b ? 'same' : 'differs';
  }
  const y = claim.value;
  if (first && span.period && !claim.dateRole && y >= span.from && y <= span.to) return y === span.from ? 'same' : 'differs';
  // "On September 29 … a ceremony": a day written without its year dates an event; the event is
  // the fact's only if the fact gives that day (the year is only the nearest to the page's date).
  if (claim.relative && claim.day !== undefined && claim.month !== undefined && !claim.dateRole) {
    const sameMonth = span.dates.filter((d) => d.year === y && d.month === claim.month);
    if (sameMonth.some((d) => d.day === claim.day)) return 'same';
    // "27/2 và 28/2" against "in February 2019": within the month the fact gives.
    return sameMonth.length > 0 && sameMonth.every((d) => d.day === undefined) ? 'same' : 'not-stated';
  }
  // "in July 2018" against "On 1 October 2018": the same year, another month.
  const months = span.dates.filter((d) => d.year === y && d.month !== undefined);
  if (claim.month !== undefined && !claim.dateRole && months.length && !months.some((d) => d.month === claim.month)) return 'differs';
  // "In April 2021 [Vietnam held the presidency]" against "… its 2020–2021 term, holding the presidency in
  // January 2020": a month of the term the fact dates nothing in is another occurrence, not the fact's.
  const termOf = span.named.find(([a, b]) => a < b && a <= y && y <= b);
  if (claim.month !== undefined && !claim.dateRole && months.length === 0 && termOf && span.dates.some((d) => d.month !== undefined && termOf[0] <= d.year && d.year <= termOf[1])) return 'not-stated';
  if (claim.dateRole === 'since') return y === span.from || span.named.some(([a]) => a === y) ? 'same' : 'differs';
  if (claim.dateRole === 'until') return y === span.to || y === span.asOf || span.named.some(([, b]) => b === y) ? 'same' : 'differs';
  if (y === span.to || y === span.asOf) return 'same';
  if (y >= span.from && y < span.to) return 'within';
  return named(y) ? 'same' : 'differs';
}
