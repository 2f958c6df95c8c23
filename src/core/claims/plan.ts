/**
 * Planning the comparisons of one claim: which facts each number (and date) of the claim is set
 * against, and what each comparison says.
 *
 * Each number (count, percent, money) is compared with the figures of the same kind of thing in
 * the relevant facts; the best-matching fact fixes the quantity, and every fact of that quantity —
 * its timeline — is compared. Years go with the nearest number. A claim stating only years is
 * compared with the fact it is most clearly about.
 */
import type { IndexedFact } from './claim-index.js';
import { compareDate, KIND_MODIFIER_KEYS, matchFigure, namesDate, otherUnitOfTime, valueAgrees, type DateStatus, type FactFigure, type FigureMatch } from './compare.js';
import { isPeopleUnit } from './units.js';
import type { Relevance } from './relevance.js';
import type { ClaimFigure, ComparisonStatus } from './types.js';
import { clausesApart } from './clauses.js';

export interface Scored { f: IndexedFact; rel: Relevance }

/** A set of word keys, or a map from them (a claim part's weights). */
type Keys = Pick<ReadonlySet<string>, 'has'>;

export interface Candidate extends Scored {
  /** The fact's figure set against the claim's number; absent in a plan for dates only. */
  match?: FigureMatch;
  /** One status per date of the plan. */
  dates: DateStatus[];
}

export interface Plan {
  /** A number of the claim, or undefined for the dates of a claim that states no number. */
  figure?: ClaimFigure;
  dates: ClaimFigure[];
  /** The facts it is compared with: the timeline of one quantity. */
  group: Candidate[];
  outcome: ComparisonStatus;
  agreeing: Candidate[];
  differing: Candidate[];
  /** The agreeing facts are parts that add up to the claim's number. */
  parts?: true;
}

/** What the claim says, beyond its figures. */
export interface ClaimContext {
  /** The claim gives a running total (cumulative.ts). */
  runningTotal: boolean;
  /** The claim speaks of what is to come: a later date is a forecast, not a newer figure. */
  future: boolean;
  /** The figure is a target set ("the UN's target of 15% by 2028"): only a target of the sources can contradict it. */
  target?: (figure: ClaimFigure) => boolean;
  /** Content-word keys. */
  keys: ReadonlySet<string>;
  /** Topics mentioned. */
  topics: ReadonlySet<string>;
  /** What the corpus is about (`ClaimIndex.subjects`). */
  subjects: ReadonlySet<string>;
  /** The claim is about the subject without naming it (`ClaimTerms.subjectImplied`). */
  subjectImplied: boolean;
  /** The number is a detail of what the claim asserts ("… set up its field hospital … with 63 officers"). */
  detail?: (figure: ClaimFigure) => boolean;
  /** The number is an aside, never what differs: in brackets after what it counts ("Engineering Unit No.1 (184 officers, …)"), or a count of others ("cinq autres officiers"). */
  aside?: (figure: ClaimFigure) => boolean;
  /** How relevant a fact is to the part of the sentence a number stands in, when the sentence has several (check.ts). */
  relevanceFor?: (figure: ClaimFigure, f: IndexedFact) => Relevance | undefined;
  /** The word keys of that part, for a sentence of several numbers. */
  keysFor?: (figure: ClaimFigure) => Keys | undefined;
}

/**
 * A fact's figure is set against the claim's only when the fact is clearly about the claim: most
 * of the claim's words, or a topic it mentions and half of them, or the words naming what the
 * figure's quantity measures ("rice aid", not any rice).
 */
const FIGURE_COVERAGE = 0.7;
const FIGURE_COVERAGE_WITH_TOPIC = 0.5;
/** A claim's year is set against a fact only when the fact is dated and this clearly about the claim. */
const DATE_COVERAGE = 0.4;
/** A claim stating only dates is compared with a fact only if it is this clearly about it … */
const DATE_ONLY_COVERAGE = 0.7;
const DATE_ONLY_COVERAGE_WITH_TOPIC = 0.45;
/** … and is said to differ only if it is even more clearly about it. */
const DATE_ONLY_DIFFERS_COVERAGE = 0.75;
/** Facts scoring within this share of the top one are equally likely to be what a date-only claim means. */
const TIE = 0.97;
/** A fact naming the claim's year for its event, scoring this share of the top one, may be what a date-only claim is about. */
const EVENT_TIE = 0.7;
/** A dated fact scoring below this share of the top (undated) fact is not what a date-only claim is about. */
const UNDATED_TOP = 0.85;
/** A fact saying when something began, this close to the strongest, dates a claim's first; and with this much of the claim, differs from it. */
const BEGINNING_TIE = 0.8;
const BEGINNING_COVERAGE = 0.6;
/** A fact this much about a date's own clause, the top fact being under CLAUSE_TIE of that, dates the claim when it agrees. */
const CLAUSE_ABOUT = 0.6;
const CLAUSE_TIE = 0.7;
/** A claim holding this share of a fact statement holds it whole. */
const HOLDS_FACT = 0.85;
/** … and is mostly about its topics. */
const HOLDS_FACT_TOPIC = 0.5;
/** A claim naming several dates is about several events: each may be any fact clearly about the claim. */
const SEVERAL_DATES_TIE = 0;

function comparableFigures(s: Scored, ctx: ClaimContext, figure: ClaimFigure): FactFigure[] {
  // In a sentence of several numbers, what a figure measures must be named in the number's own part.
  const keys = ctx.keysFor?.(figure) ?? ctx.keys;
  const specific = (g: FactFigure): boolean => g.requires !== undefined && g.requires.every((k) => keys.has(k));
  // A claim that leaves out what the corpus is about ("Vietnam") is about something else, unless
  // it names the fact's main topic or exactly what its figure measures ("the UN average share of
  // women in military contingents").
  const subjectLeftOut = !ctx.subjectImplied && [...ctx.subjects].some((k) => s.f.statementKeys.has(k) && !ctx.keys.has(k)) && !ctx.topics.has(s.f.fact.topics[0] ?? '');
  if (subjectLeftOut) return s.f.figures.filter((g) => specific(g) && g.requires!.length > 0);
  // A share measures something particular ("women in the level-2 hospitals"): a claim's percentage
  // is set against it only when the claim names that too, however close the claim is otherwise.
  // So does a span of time in another unit ("two days" of a summit is not its "two-week preparation").
  const named = (g: FactFigure): boolean =>
    otherUnitOfTime(figure.unit, g.unit) ? (g.requires?.length ?? 0) > 0 && specific(g) : g.unit !== 'percent' || !g.requires?.length || specific(g);
  // A topic of the claim, or one of its very figures, marks the fact as about the claim's quantities.
  if (s.rel.about >= FIGURE_COVERAGE || ((s.rel.topicShare > 0 || s.rel.figures === 2) && s.rel.about >= FIGURE_COVERAGE_WITH_TOPIC)) return s.f.figures.filter(named);
  return s.f.figures.filter(specific);
}


/** A fact over a period that does not say something began then: its start is not when a first came. */
const cannotDateFirst = (f: IndexedFact): boolean => f.span.period && !f.began;

/** A count running up to the fact's date ("since 2014 … 184 sappers", as of April 2022), not one over a term it names whole. */
const isRunning = (f: IndexedFact): boolean => f.span.period && !f.span.named.some(([a, b]) => a === f.span.from && b === f.span.to);


function datesAgainst(dates: readonly ClaimFigure[], s: Scored, first: (date: ClaimFigure) => boolean = () => false): DateStatus[] {
  const comparable = s.f.dated && (s.rel.about >= DATE_COVERAGE || s.rel.byDate);
  // "Since 2012" says when something began: a figure as of one date ("as of October 2020, the UN average share …") says nothing of that.
  const hasStart = s.f.cumulative || s.f.starts;
  // "… multilateral diplomacy until 2030": an end, which only a fact giving a period can say otherwise of.
  // "Engineering Unit 3 began its mission … in September 2024": an event after what a running count
  // knows of (184 sappers since 2014, as of April 2022) is one it cannot say otherwise of.
  // (A term the fact names whole, "2008–09", is not running.)
  const running = isRunning(s.f);
  const fits = (d: ClaimFigure): boolean =>
    d.dateRole === 'since' ? hasStart : d.dateRole === 'until' ? s.f.span.period : !(running && d.kind === 'year' && d.value > s.f.span.asOf);
  // "The first time [it] sent an engineering unit … 2022" against "Since 2014 … 184 sappers": the
  // period's start is when the first came only if the fact says something began then.
  const firstOf = (d: ClaimFigure): boolean => d.kind === 'year' && first(d);
  return dates.map((d) => {
    if (!comparable || !fits(d)) return 'not-stated';
    if (firstOf(d) && cannotDateFirst(s.f)) return 'not-stated';
    // "In October 2018, 63 doctors arrived": a month inside a running count ("since 2014 … 252 medical personnel") is not one it gives.
    if (running && !d.dateRole && s.f.span.from < s.f.span.to && d.kind === 'year' && d.month !== undefined && !s.f.namedDates.some((x) => x.year === d.value && x.month === d.month)) return 'not-stated';
    return compareDate(d, s.f.span, firstOf(d));
  });
}

/** A plan whose facts all agree, or all differ, on what it compares (`dates` the claim's dates it covers). */
export function verdictPlan(outcome: 'same' | 'differs', facts: readonly Scored[], dates: ClaimFigure[] = [], statuses: DateStatus[] = []): Plan {
  const group: Candidate[] = facts.map((s) => ({ ...s, dates: statuses }));
  return { dates, group, outcome, agreeing: outcome === 'same' ? group : [], differing: outcome === 'differs' ? group : [] };
}

/** Statuses as reported: an event inside a fact's period is the same as far as dates go. */
export const shown = (d: DateStatus): ComparisonStatus => (d === 'within' ? 'same' : d);

const sameSpan = (a: IndexedFact, b: IndexedFact): boolean => a.fact.asOf === b.fact.asOf && a.fact.period?.join() === b.fact.period?.join();

function settle(plan: Pick<Plan, 'figure' | 'dates' | 'group'>): Plan {
  const value = (c: Candidate): ComparisonStatus => c.match?.status ?? 'same';
  const agreeing = plan.group.filter((c) => value(c) === 'same' && !c.dates.includes('differs'));
  const differing = plan.group.filter((c) => value(c) === 'differs' || (value(c) === 'same' && c.dates.includes('differs')));
  // Two sources giving different figures for the same quantity and date: they differ, whatever the claim matches.
  const conflict = agreeing.some((a) => differing.some((d) => value(d) === 'differs' && sameSpan(a.f, d.f)));
  const outcome: ComparisonStatus = agreeing.length && !conflict ? 'same' : differing.length ? 'differs' : 'not-stated';
  return { ...plan, outcome, agreeing, differing };
}

const groupKey = (c: Candidate): string => c.match?.figure.spec.quantity ?? `${c.f.fact.id}#${c.match?.figure.unit ?? ''}`;

/**
 * "Over 800 blue-beret officers have been sent" against "512 personnel since 2014": more of one kind
 * of people than the fact's running total of all of them differs (as of the fact's date).
 */
function partBeyondWhole(figure: ClaimFigure, s: Scored, figures: readonly FactFigure[]): FigureMatch | undefined {
  const whole = wholeExceeded(figure, s.f, figures);
  return whole && { figure: whole, relation: 'loose', status: 'differs' };
}

/** The fact's running total of all personnel that a count of people surely exceeds. */
export function wholeExceeded(figure: ClaimFigure, f: IndexedFact, figures: readonly FactFigure[] = f.figures): FactFigure | undefined {
  if (!f.cumulative || !isPeopleUnit(figure.unit)) return undefined;
  return figures.find((g) => g.unit === 'personnel' && !g.quantityUnit && exceeds(figure, g.spec.value));
}

/** Whether a claim's number surely means more than `value` ("about 500" at least 450; not "up to 500", not a range). */
const exceeds = (figure: ClaimFigure, value: number): boolean =>
  figure.bound !== 'at-most' && !figure.range && (figure.bound === 'about' ? figure.value * 0.9 : figure.value) > value;

/** The last year a claim's date reaches ("2020–2021": 2021). */
const lastYear = (d: ClaimFigure): number => d.range?.[1] ?? d.value;

/**
 * "Đến năm 1995 … hơn 160 nước" against "189 countries (January 2021)": a running total bounded
 * from below, dated outside the fact's span, that the later figure only meets through the bound is
 * an older figure for the same quantity, which differs as of the fact's date.
 */
function olderBound(figure: ClaimFigure, dates: readonly ClaimFigure[], s: Scored, match: FigureMatch, runningTotal: boolean): boolean {
  const outside = (d: ClaimFigure): boolean => lastYear(d) < s.f.span.from || (d.range?.[0] ?? d.value) > s.f.span.to;
  return runningTotal && match.status === 'same' && match.relation === 'same' && (figure.bound === 'at-least' || figure.bound === 'at-most') &&
    dates.length > 0 && dates.every(outside) && !valueAgrees({ ...figure, bound: undefined }, match.figure.spec.value);
}

/** Compares one number of the claim with the timeline of the quantity it is most likely about. */
export function planFigure(figure: ClaimFigure, dates: ClaimFigure[], scored: readonly Scored[], ctx: ClaimContext, partsPool: readonly Scored[] = scored): Plan {
  const candidates: Candidate[] = [];
  for (const scoredFact of scored) {
    // The fact is as much about this number as it is about the sentence, or about the number's own part of it.
    const own = ctx.relevanceFor?.(figure, scoredFact.f);
    const s: Scored = own && own.about > scoredFact.rel.about ? { f: scoredFact.f, rel: { ...own, relevant: true, score: Math.max(own.score, scoredFact.rel.score) } } : scoredFact;
    const comparable = comparableFigures(s, ctx, figure);
    const found = matchFigure(figure, comparable);
    const match = found?.status === 'same' || found?.relation === 'same' ? found : (partBeyondWhole(figure, s, comparable) ?? found);
    if (!match) continue;
    const ds = datesAgainst(dates, s);
    // A figure for one year inside the fact's period is not the period's figure; a different
    // figure at a different date is about another time, on which the fact says nothing.
    // A later date with another figure is a newer figure: it differs, as of the fact's date.
    const later = !ctx.future && dates.some((d) => lastYear(d) > s.f.span.asOf);
    // A count of the same quantity as a running total the fact gives, and one the claim says is more.
    const ofTotal = s.f.cumulative && match.relation === 'same';
    const exceedsTotal = ofTotal && exceeds(figure, match.figure.spec.value);
    // (An older running total, "has sent 20 peacekeepers … since 2013" written in 2018 against 512 personnel by April 2022, is an older figure: it differs.)
    const olderTotal = ctx.runningTotal && ofTotal && match.status === 'differs' && dates.length > 0 && dates.every((d) => lastYear(d) < s.f.span.asOf);
    const otherTime = ds.includes('within') || (match.status === 'differs' && ds.includes('differs') && !later && !olderTotal);
    if (olderBound(figure, dates, s, match, ctx.runningTotal)) { candidates.push({ ...s, match: { ...match, status: 'differs' }, dates: ds.map(shown) }); continue; }
    // "63 officers" against "166 officers up to October 2020": one rotation of the total, not another total.
    const part = match.status === 'differs' && !ctx.runningTotal && s.f.cumulative && figure.value < match.figure.spec.value && figure.bound !== 'at-most';
    // A detail differs only from a fact clearly about what the claim asserts, not from any count of the same people.
    // (But a running total beyond the fact's own, "with nearly 1,100 personnel serving … to date" against 512 personnel, is no part of it.)
    const aside = match.status === 'differs' && (ctx.aside?.(figure) === true || (ctx.detail?.(figure) === true && s.rel.about < FIGURE_COVERAGE && !(ctx.runningTotal && exceedsTotal)));
    // "Expected to reach 20% by 2025" is a forecast: only a target of the sources can contradict it.
    const forecast = (ctx.future || ctx.target?.(figure) === true) && match.status === 'differs' && !/target|goal|aim/.test(match.figure.spec.quantity ?? '');
    // (The year a forecast or target is for is not a date the fact's can contradict.)
    if (part || forecast || aside) { candidates.push({ ...s, match: { ...match, status: 'not-stated' }, dates: forecast ? ds.map(() => 'not-stated') : ds }); continue; }
    // "500 officers in 2014" against "29 officers in 2014–2018": more in one year than in the whole period.
    if (ds.includes('within') && exceedsTotal) { candidates.push({ ...s, match: { ...match, status: 'differs' }, dates: ds.map(shown) }); continue; }
    if (otherTime) candidates.push({ ...s, match: { ...match, status: 'not-stated' }, dates: ds.map(() => 'not-stated') });
    else candidates.push({ ...s, match, dates: ds });
  }
  if (!candidates.some((c) => c.match?.status === 'same')) {
    const parts = partsAddingUp(figure, partsPool);
    if (parts) return { ...settle({ figure, dates, group: parts }), parts: true };
  }
  if (candidates.length === 0) return settle({ figure, dates, group: [] });
  // Relevance decides which quantity the claim is about; agreement (of value and dates) breaks near-ties.
  const weight = (c: Candidate): number =>
    c.rel.score * (c.match?.status === 'same' ? 1.1 : 1) * (c.match?.relation === 'same' ? 1 : 0.9) *
    (c.dates.length === 0 ? 1 : c.dates.every((d) => d === 'same') ? 1.15 : 0.9);
  // A running total beyond the sources' total of all personnel is set against that total, not against a part of it
  // ("799 officers … to date" against 512 personnel as of April 2022, not 76 officers deployed individually).
  const beyond = ctx.runningTotal && !candidates.some((c) => c.match?.status === 'same') ? candidates.filter((c) => c.match && c.match.status === 'differs' && wholeExceeded(figure, c.f, [c.match.figure])) : [];
  const anchor = (beyond.length ? beyond : candidates).reduce((a, b) => (weight(b) > weight(a) ? b : a));
  const key = groupKey(anchor);
  const group = candidates.filter((c) => groupKey(c) === key);
  // "Vietnam has decided to donate 5,000 tons of rice" against 100 tonnes in 1995, 13,000 in 1997 and
  // 22,700 in 2000–2012: one more of a series of separate amounts, not a different one of them.
  // (People deployed add up over the years: their counts are totals, not a series.)
  const series = dates.length === 0 && !isPeopleUnit(figure.unit) && !group.some((c) => isRunning(c.f) || c.match?.status === 'same') &&
    new Set(group.map((c) => c.match?.figure.spec.value)).size >= 2 && new Set(group.map((c) => c.f.span.asOf)).size >= 2;
  if (series) return settle({ figure, dates, group: group.map((c) => ({ ...c, match: c.match && { ...c.match, status: 'not-stated' } })) });
  return settle({ figure, dates, group });
}

/**
 * A claim stating dates but no number: each date set against the facts it is most clearly about
 * ("a member of the Security Council in 2008–09 and again in 2020–21": one fact for each term).
 */
/** What a claim says around its dates: the clause each stands in, and whether it dates a first. */
export interface DateContext {
  inClause: InClause;
  firstOf: (date: ClaimFigure) => boolean;
  /** The claim's word keys. */
  keys: ReadonlySet<string>;
  /** The kind of event a date goes with (event-kinds.ts), if the claim names one. */
  eventKind: (date: ClaimFigure) => string | undefined;
  /** How relevant a fact is to the date's own part of the sentence, if it has one ("… and 2007 WTO memberships"). */
  inPart?: (date: ClaimFigure, s: Scored) => Relevance | undefined;
}

const NO_CONTEXT: DateContext = { inClause: (_, s) => s.rel, firstOf: () => false, keys: new Set(), eventKind: () => undefined };

export function planDates(given: ClaimFigure[], scored: readonly Scored[], ctx: DateContext = NO_CONTEXT): Plan[] {
  // "Elected on 7 June 2019 … for 2020–2021": the year before a term the claim names is when it was won, not a date of the term.
  const wonBefore = (d: ClaimFigure): boolean => d.kind === 'year' && !d.dateRole && given.some((t) => t.kind === 'year-range' && t.range?.[0] === d.value + 1);
  const dates = given.filter((d) => !wonBefore(d));
  if (dates.length === 0) return [];
  if (given.length === 1) return [planDate(dates[0]!, scored, TIE, DATE_ONLY_DIFFERS_COVERAGE, ctx)].filter((p): p is Plan => p !== undefined);
  const plans = dates.map((d) => planDate(d, scored, SEVERAL_DATES_TIE, DATE_ONLY_DIFFERS_COVERAGE, ctx));
  // Once one date is found in the sources, the claim is surely about those events: a date no fact
  // agrees with differs from the one it is most clearly about.
  if (plans.some((p) => p?.outcome === 'same')) {
    // Another term differs from the facts that give terms (year ranges), not from any dated fact.
    const found = new Set(plans.flatMap((p) => p?.agreeing.map((c) => c.f) ?? []));
    const others = scored.filter((s) => !found.has(s.f) && s.f.span.named.some(([a, b]) => a < b));
    // Only terms ("2006–07"): a lone year beside them is often another event the sources do not give.
    for (let i = 0; i < plans.length; i++) if (dates[i]!.kind === 'year-range') plans[i] ??= planDate(dates[i]!, others, SEVERAL_DATES_TIE, DATE_ONLY_COVERAGE, ctx);
  }
  return plans.filter((p): p is Plan => p !== undefined);
}

/** How relevant a fact is to the clause a date stands in (clauses.ts). */
export type InClause = (date: ClaimFigure, s: Scored) => Relevance;

/** One date of a claim stating no number, against the facts it is most clearly about. */
function planDate(date: ClaimFigure, scored: readonly Scored[], tie: number, differsCoverage: number, { inClause, firstOf, keys, eventKind, inPart }: DateContext): Plan | undefined {
  const dates = [date];
  // "Its first officers … in 2016" against "29 officers in 2014–2018": the first came when the period began.
  // "Upgraded … in January 2018" against "In 2014 Vietnam established the Centre, later upgraded …": another event's date.
  const kind = eventKind(date);
  const otherEvent = (s: Scored): boolean => kind !== undefined && s.f.eventKind !== undefined && s.f.eventKind !== kind;
  // Each fact's statuses are read once: the steps below ask for them again and again.
  const statuses = new Map<Scored, DateStatus[]>();
  const against = (s: Scored): DateStatus[] => {
    let st = statuses.get(s);
    if (!st) statuses.set(s, (st = otherEvent(s) ? dates.map(() => 'not-stated') : datesAgainst(dates, s, firstOf)));
    return st;
  };
  const agrees = (s: Scored): boolean => against(s).every((d) => d === 'same');
  const strong = (s: Scored): boolean =>
    s.f.dated && (s.rel.byDate || s.rel.about >= DATE_ONLY_COVERAGE || (s.rel.topicShare > 0 && s.rel.about >= DATE_ONLY_COVERAGE_WITH_TOPIC)) &&
    against(s).some((d) => d !== 'not-stated');
  // The date of a first ("first joined … in 2012") is set against a fact saying when that began, before one merely dated.
  const strongest = scored.find(strong);
  if (!strongest) return undefined;
  const beginning = firstOf(date) && !strongest.f.began
    ? scored.find((s) => strong(s) && s.f.began && s.rel.score >= strongest.rel.score * BEGINNING_TIE && !firstOfAnotherKind(s, keys)) : undefined;
  const top = beginning ?? strongest;
  const group: Candidate[] = scored
    .filter((s) => s === top || (strong(s) && s.rel.score >= strongest.rel.score * tie))
    .map((s) => ({ ...s, dates: against(s).map(shown) }));
  // A fact nearly as clearly about the claim that names the claim's very year for its event
  // ("began sending officers … in 2014") is what a dated claim is about, more than a count it does
  // not give — and, for a claim about a first, more than a running count since that year.
  // "March 2019" against one fact saying "in February 2019" and another only "in 2019": the month decides.
  const month = (s: Scored): boolean => s.f.namedDates.some((x) => x.year === date.value && x.month !== undefined);
  const monthDiffers = date.kind === 'year' && date.month !== undefined && group.some((c) => c.dates[0] === 'differs' && month(c));
  const event = date.kind === 'year' ? scored.find((s) => strong(s) && s.rel.score >= top.rel.score * EVENT_TIE && !s.f.span.period && (!monthDiffers || month(s)) &&
    namesDate(date, s.f.span) > 0 && agrees(s) && !(firstOf(date) && firstOfAnotherKind(s, keys))) : undefined;
  const eventPlan = (e: Scored): Plan => settle({ dates, group: [{ ...e, dates: ['same'] }] });
  // A fact giving the claim's very day for its event is what the date is about, however much else the claim says.
  const sameDay = date.day !== undefined ? scored.find((s) => strong(s) && namesDate(date, s.f.span) === 3 && agrees(s)) : undefined;
  if (sameDay) return eventPlan(sameDay);
  // The claim is more clearly about an undated fact (one that only has the date it was said): its
  // dates are not checked against a weaker one — unless that one names the very date for its event.
  // (A dated fact whose period cannot date a first, "the levy unpaid from 1975 until 1994" against "first joined … in 2012", is no such fact.)
  const clearest = scored.find((s) => !(firstOf(date) && cannotDateFirst(s.f)));
  // (A beginning chosen over the strongest dated fact stands in its place here.)
  if (strongest.rel.score < (clearest?.rel.score ?? 0) * UNDATED_TOP) return event ? eventPlan(event) : undefined;
  if (event && firstOf(date)) return eventPlan(event);
  const agree = group.filter((c) => c.dates.every((d) => d === 'same') && (!monthDiffers || month(c)));
  if (agree.length) return settle({ dates, group: agree });
  if (event) return eventPlan(event);
  // "After the second summit in Hanoi, Kim paid an official friendship visit to Vietnam, from 1 March
  // 2019": the fact the date's own clause is about, when it agrees, more than the one the claim is about as a whole.
  const byClause = scored.filter(strong).map((s) => ({ s, about: inClause(date, s).about })).reduce<{ s: Scored; about: number } | undefined>((a, b) => (!a || b.about > a.about ? b : a), undefined);
  if (byClause && byClause.s !== top && byClause.about >= CLAUSE_ABOUT && inClause(date, top).about < byClause.about * CLAUSE_TIE && agrees(byClause.s)) return eventPlan(byClause.s);
  // "A member for 2020–2022" against a fact naming the 2020–2021 term (none naming the claim's): the term the claim misdates.
  const term = date.kind === 'year-range' ? scored.find((s) => strong(s) && s.rel.score >= top.rel.score * EVENT_TIE && namesDate(date, s.f.span) > 0) : undefined;
  // (One naming the very term, less clearly about the claim than the top fact, agrees with it.)
  if (term) return settle({ dates, group: [{ ...term, dates: agrees(term) ? ['same'] : ['differs'] }] });
  // To say a date differs, the claim — and the date's own clause — must be about the fact in its own words, or hold the fact whole and name its topic.
  const clearly = (rel: Relevance): boolean => rel.coverage >= (beginning ? Math.min(differsCoverage, BEGINNING_COVERAGE) : differsCoverage) || (rel.factCoverage >= HOLDS_FACT && rel.topicShare >= HOLDS_FACT_TOPIC);
  // … and the date's own part must be about it too: "Vietnam's 1995 ASEAN and 2007 WTO memberships" dates the WTO in 2007.
  // (A date read from words, "the 30th anniversary of …", "last year", names what it dates after it.)
  const part = date.relative ? undefined : inPart?.(date, top);
  const first = group.find((c) => c.f === top.f) ?? group[0]!;
  return clearly(top.rel) && clearly(inClause(date, top)) && (part === undefined || part.relevant) ? settle({ dates, group: [first] }) : undefined;
}

/** "The first group … in 2017" is not "its first female officer, in 2017": the fact's first has a modifier the claim lacks. */
const firstOfAnotherKind = (s: Scored, keys: ReadonlySet<string>): boolean =>
  s.f.ordinalsOf.some((x) => x.value === 1 && [...x.keys].some((k) => KIND_MODIFIER_KEYS.has(k) && !keys.has(k)));

/** Pairs each date with the nearest number of the claim (by offset). */
export function pairDates(numeric: readonly ClaimFigure[], dates: readonly ClaimFigure[], text: string): { pairs: Map<ClaimFigure, ClaimFigure[]>; alone: ClaimFigure[] } {
  const pairs = new Map<ClaimFigure, ClaimFigure[]>(numeric.map((n) => [n, []]));
  const alone: ClaimFigure[] = [];
  // "… began in 2012 and 27 officers have been sent …": a date in another clause dates another event.
  for (const d of dates) {
    const near = numeric.filter((n) => !clausesApart(text, n.start, d.start));
    if (near.length === 0) { alone.push(d); continue; }
    let best = near[0]!;
    for (const n of near) if (Math.abs(n.start - d.start) < Math.abs(best.start - d.start)) best = n;
    pairs.get(best)!.push(d);
  }
  return { pairs, alone };
}


/**
 * Facts whose people figures for one date add up to the claim's ("436 soldiers in units" =
 * 252 medical personnel + 184 sappers, both since 2014 as of April 2022): the claim gives a total
 * the sources give in parts.
 */
/** Whether one count is of a kind of the other's people ("female officer" and "officer"). */
const nested = (a: string, b: string): boolean => a !== b && (a.endsWith(` ${b}`) || b.endsWith(` ${a}`));

export function partsAddingUp(figure: ClaimFigure, scored: readonly Scored[]): Candidate[] | undefined {
  // Small numbers add up by chance.
  if (!isPeopleUnit(figure.unit) || figure.value < 20 || figure.bound) return undefined;
  const byDate = new Map<string, { s: Scored; g: FactFigure }[]>();
  for (const s of scored) {
    for (const g of s.f.figures) {
      // A total of all personnel is not one of the parts.
      if (!isPeopleUnit(g.unit) || g.unit === 'personnel' || g.spec.value >= figure.value) continue;
      const key = `${s.f.fact.asOf}|${s.f.fact.period?.join() ?? ''}`;
      const list = byDate.get(key) ?? [];
      if (!list.some((x) => x.g.spec.value === g.spec.value)) list.push({ s, g });
      byDate.set(key, list);
    }
  }
  for (const list of byDate.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = [list[i]!, list[j]!];
        // "23 female officers out of 166 officers": a part of the other is no second part of the whole.
        if (nested(pair[0]!.g.unit, pair[1]!.g.unit)) continue;
        if (valueAgrees(figure, pair[0]!.g.spec.value + pair[1]!.g.spec.value)) {
          return pair.map(({ s, g }) => ({ ...s, match: { figure: g, relation: 'loose', status: 'same' }, dates: [] }));
        }
      }
    }
  }
  return undefined;
}
