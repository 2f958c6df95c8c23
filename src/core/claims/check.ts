/**
 * `checkClaim`: a sentence in, the facts that bear on it (ranked) and a verdict out.
 *
 * 1. Relevance (relevance.ts): facts sharing enough of the claim's distinctive words or topics.
 * 2. Each number of the claim (count, percent, money) is set against the relevant facts' figures
 *    of the same kind of thing; the best-matching fact fixes the quantity, and every fact of that
 *    quantity (its timeline) is compared. Years go with the nearest number; a claim with only
 *    years is compared with the most relevant fact.
 * 3. Verdict: `differs` when some number (or date) of the claim agrees with no fact of its
 *    quantity and differs from one; `same` when numbers agree (with their dates); `related` when
 *    relevant facts exist but nothing is comparable; `nothing` when no fact is relevant.
 */
import { detectMentions } from '../match/detect.js';
import type { Fact } from '../corpus/types.js';
import type { ClaimIndex, IndexedFact } from './claim-index.js';
import { compareDate, matchFigure, type FactFigure, type FigureMatch } from './compare.js';
import { extractFigures } from './figures.js';
import { claimTerms, relevance, type Relevance } from './relevance.js';
import { NOTHING, RELATED, describe, differsSummary, sameSummary } from './summary.js';
import type { ClaimCheck, ClaimFigure, ClaimResult, ComparisonStatus, FigureComparison, Verdict } from './types.js';
import { unitRelation } from './units.js';

export { buildClaimIndex, type ClaimIndex } from './claim-index.js';
export type { ClaimCheck, ClaimFigure, ClaimResult, ComparisonStatus, FigureComparison, Verdict } from './types.js';

const MAX_RESULTS = 5;
/** A claim stating only dates is compared with the top fact only if it is this clearly about it. */
const DATE_ONLY_COVERAGE = 0.6;
const DATE_ONLY_COVERAGE_WITH_TOPIC = 0.45;
const DATE_ONLY_DIFFERS_COVERAGE = 0.75;

interface Scored { f: IndexedFact; rel: Relevance }
interface Candidate extends Scored { match: FigureMatch; dates: DateStatus[] }

interface Plan {
  /** A number of the claim, or undefined for the dates of a claim that states no number. */
  figure?: ClaimFigure;
  dates: ClaimFigure[];
  /** The facts it is compared with: the timeline of one quantity. */
  group: Candidate[];
  outcome: ComparisonStatus;
  agreeing: Candidate[];
  differing: Candidate[];
}

const isNumeric = (f: ClaimFigure): boolean => !f.ordinal && f.unit !== undefined && (f.kind === 'count' || f.kind === 'percent' || f.kind === 'money');
const isDate = (f: ClaimFigure): boolean => f.kind === 'year' || f.kind === 'year-range';
const groupKey = (c: Candidate): string => c.match.figure.spec.quantity ?? `${c.f.fact.id}#${c.match.figure.unit}`;
const sameSpan = (a: IndexedFact, b: IndexedFact): boolean => a.fact.asOf === b.fact.asOf && a.fact.period?.join() === b.fact.period?.join();

/**
 * A fact's figure is set against the claim's only when the fact is clearly about the claim: most
 * of the claim's words, or a topic it mentions and half of them, or the words naming what the
 * figure's quantity measures ("rice aid", not any rice).
 */
const FIGURE_COVERAGE = 0.7;
const FIGURE_COVERAGE_WITH_TOPIC = 0.5;

function comparableFigures(s: Scored, ctx: ClaimContext): FactFigure[] {
  const specific = (g: FactFigure): boolean => g.requires !== undefined && g.requires.every((k) => ctx.keys.has(k));
  // A claim that leaves out what the corpus is about ("Vietnam") is about something else, unless
  // it names the fact's main topic or exactly what its figure measures ("the UN average share of
  // women in military contingents").
  const subjectLeftOut = [...ctx.subjects].some((k) => s.f.statementKeys.has(k) && !ctx.keys.has(k)) && !ctx.topics.has(s.f.fact.topics[0] ?? '');
  if (subjectLeftOut) return s.f.figures.filter((g) => specific(g) && g.requires!.length > 0);
  if (s.rel.coverage >= FIGURE_COVERAGE || (s.rel.topicShare > 0 && s.rel.coverage >= FIGURE_COVERAGE_WITH_TOPIC)) return s.f.figures;
  return s.f.figures.filter(specific);
}

interface ClaimContext {
  /** The claim's content-word keys. */
  keys: ReadonlySet<string>;
  /** Topics it mentions. */
  topics: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
}

/** A claim's year is set against a fact only when the fact is about a dated event and clearly about the claim. */
const DATE_COVERAGE = 0.5;

type DateStatus = ComparisonStatus | 'within';

function datesAgainst(dates: readonly ClaimFigure[], s: Scored): DateStatus[] {
  const comparable = s.f.dated && s.rel.coverage >= DATE_COVERAGE;
  return dates.map((d) => (comparable ? compareDate(d, s.f.span) : 'not-stated'));
}

/** Statuses as reported: an event inside a fact's period is the same as far as dates go. */
const shown = (d: DateStatus): ComparisonStatus => (d === 'within' ? 'same' : d);

function settle(plan: Omit<Plan, 'outcome' | 'agreeing' | 'differing'>): Plan {
  const agreeing = plan.group.filter((c) => c.match.status === 'same' && !c.dates.includes('differs'));
  const differing = plan.group.filter((c) => c.match.status === 'differs' || (c.match.status === 'same' && c.dates.includes('differs')));
  // Two sources giving different figures for the same quantity and date: they differ, whatever the claim matches.
  const conflict = agreeing.some((a) => differing.some((d) => d.match.status === 'differs' && sameSpan(a.f, d.f)));
  const outcome: ComparisonStatus = agreeing.length && !conflict ? 'same' : differing.length ? 'differs' : 'not-stated';
  return { ...plan, outcome, agreeing, differing };
}

/** Compares one number of the claim with the timeline of the quantity it is most likely about. */
function planFigure(figure: ClaimFigure, dates: ClaimFigure[], scored: readonly Scored[], ctx: ClaimContext): Plan {
  const candidates: Candidate[] = [];
  for (const s of scored) {
    const match = matchFigure(figure, comparableFigures(s, ctx));
    if (!match) continue;
    const ds = datesAgainst(dates, s);
    // A figure for one year inside the fact's period is not the period's figure; a different
    // figure at a different date is about another time, on which the fact says nothing.
    const otherTime = ds.includes('within') || (match.status === 'differs' && ds.includes('differs'));
    if (otherTime) candidates.push({ ...s, match: { ...match, status: 'not-stated' }, dates: ds.map(() => 'not-stated') });
    else candidates.push({ ...s, match, dates: ds });
  }
  if (candidates.length === 0) return settle({ figure, dates, group: [] });
  // Relevance decides which quantity the claim is about; agreement (of value and dates) breaks near-ties.
  const weight = (c: Candidate): number =>
    c.rel.score * (c.match.status === 'same' ? 1.1 : 1) * (c.match.relation === 'same' ? 1 : 0.9) *
    (c.dates.length === 0 ? 1 : c.dates.every((d) => d === 'same') ? 1.15 : 0.9);
  const anchor = candidates.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  const key = groupKey(anchor);
  return settle({ figure, dates, group: candidates.filter((c) => groupKey(c) === key) });
}

/** A claim stating dates but no number: set against the fact it is most clearly about. */
function planDates(dates: ClaimFigure[], scored: readonly Scored[]): Plan | undefined {
  const strong = (s: Scored): boolean =>
    s.f.dated && (s.rel.coverage >= DATE_ONLY_COVERAGE || (s.rel.topicShare > 0 && s.rel.coverage >= DATE_ONLY_COVERAGE_WITH_TOPIC));
  const top = scored.find(strong);
  if (!top) return undefined;
  // Facts tied with the top one count too: the claim may be about either.
  const close = scored.filter((s) => strong(s) && s.rel.score >= top.rel.score * 0.97);
  const group: Candidate[] = close.map((s) => ({ ...s, match: { figure: { spec: { value: 0, unit: '' }, unit: '' }, relation: 'same', status: 'same' }, dates: datesAgainst(dates, s).map(shown) }));
  const agree = group.filter((c) => c.dates.every((d) => d === 'same'));
  if (agree.length) return settle({ dates, group: agree });
  // Saying a date differs needs a fact that is very clearly about the claim.
  return top.rel.coverage >= DATE_ONLY_DIFFERS_COVERAGE ? settle({ dates, group: group.slice(0, 1) }) : undefined;
}

/** Pairs each date with the nearest number of the claim (by offset). */
function pairDates(numeric: readonly ClaimFigure[], dates: readonly ClaimFigure[]): Map<ClaimFigure, ClaimFigure[]> {
  const pairs = new Map<ClaimFigure, ClaimFigure[]>(numeric.map((n) => [n, []]));
  for (const d of dates) {
    let best = numeric[0]!;
    for (const n of numeric) if (Math.abs(n.start - d.start) < Math.abs(best.start - d.start)) best = n;
    pairs.get(best)!.push(d);
  }
  return pairs;
}

function verdictOf(plans: readonly Plan[], anyRelevant: boolean): Verdict {
  if (plans.some((p) => p.outcome === 'differs')) return 'differs';
  if (plans.some((p) => p.outcome === 'same')) return 'same';
  return anyRelevant ? 'related' : 'nothing';
}

const PEOPLE = new Set(['personnel', 'officer', 'doctor', 'engineer', 'sapper', 'staff', 'medical staff', 'medical personnel', 'female officer', 'troop', 'soldier', 'peacekeeper']);
const isPeople = (unit: string | undefined): boolean => unit !== undefined && [...PEOPLE].some((p) => unitRelation(unit, p) !== 'none');

function summarise(verdict: Verdict, plans: readonly Plan[], scored: readonly Scored[]): string {
  if (verdict === 'nothing') return NOTHING;
  if (verdict === 'related') return RELATED;
  const figureOf = (p: Plan, c: Candidate) => (p.figure ? c.match.figure.spec : undefined);
  const best = (cs: readonly Candidate[]): Candidate | undefined => cs.reduce<Candidate | undefined>((a, b) => (!a || b.rel.score > a.rel.score ? b : a), undefined);
  if (verdict === 'differs') {
    const items: string[] = [];
    for (const p of plans.filter((x) => x.outcome === 'differs')) {
      // The fact of the claim's own date first ("15,000 tonnes in 1997" → the 1997 figure).
      const top = best(p.differing.filter((c) => c.dates.length && c.dates.every((d) => d === 'same'))) ?? best(p.differing)!;
      items.push(describe(top.f.fact, figureOf(p, top)));
      const latest = [...p.differing].sort((a, b) => b.f.fact.asOf.localeCompare(a.f.fact.asOf))[0]!;
      if (latest !== top && p.differing.length > 1 && items.length < 2) items.push(describe(latest.f.fact, figureOf(p, latest)));
    }
    return differsSummary([...new Set(items)].slice(0, 3));
  }
  const agreeing: string[] = [];
  const cited = new Set<string>();
  const context: string[] = [];
  for (const p of plans.filter((x) => x.outcome === 'same')) {
    const top = best(p.agreeing)!;
    agreeing.push(describe(top.f.fact, figureOf(p, top)));
    for (const c of p.agreeing) cited.add(c.f.fact.id);
  }
  for (const p of plans.filter((x) => x.outcome === 'same' && x.figure)) {
    // Figures change over time: name the latest other figure of the same quantity ...
    const others = p.group.filter((c) => !cited.has(c.f.fact.id) && c.match.status !== 'same');
    const latest = others.sort((a, b) => b.f.fact.asOf.localeCompare(a.f.fact.asOf))[0];
    if (latest) { context.push(describe(latest.f.fact, latest.match.figure.spec)); cited.add(latest.f.fact.id); }
    // ... and the most relevant figure of a related measure (officers → all personnel).
    const unit = p.figure!.unit;
    if (isPeople(unit)) {
      const inGroup = new Set(p.group.map((c) => c.f));
      const broader = (g: { unit: string }): boolean => isPeople(g.unit) && unitRelation(unit!, g.unit) === 'none';
      const pool = scored.filter((s) => !cited.has(s.f.fact.id) && !inGroup.has(s.f) && s.f.figures.some(broader));
      // All personnel first: the total puts an officers figure in proportion.
      const broad = pool.find((s) => s.f.figures.some((g) => g.unit === 'personnel')) ?? pool[0];
      const spec = (broad?.f.figures.find((g) => g.unit === 'personnel') ?? broad?.f.figures.find(broader))?.spec;
      if (broad && spec) { context.push(describe(broad.f.fact, spec)); cited.add(broad.f.fact.id); }
    }
  }
  return sameSummary(agreeing, context.slice(0, 2));
}

function comparisonsFor(f: IndexedFact, figures: readonly ClaimFigure[], plans: readonly Plan[]): FigureComparison[] {
  return figures.map((claim): FigureComparison => {
    for (const p of plans) {
      const c = p.group.find((g) => g.f === f);
      if (!c) continue;
      if (p.figure === claim) {
        return c.match.relation === 'same' || c.match.status === 'same'
          ? { claim, fact: c.match.figure.spec, status: c.match.status }
          : { claim, status: 'not-stated' };
      }
      const at = p.dates.indexOf(claim);
      if (at >= 0) return { claim, status: shown(c.dates[at]!) };
    }
    return { claim, status: 'not-stated' };
  });
}

function rank(scored: readonly Scored[], plans: readonly Plan[]): Scored[] {
  const tier = new Map<IndexedFact, number>();
  const bump = (f: IndexedFact, t: number): void => { tier.set(f, Math.max(tier.get(f) ?? 0, t)); };
  for (const p of plans) {
    for (const c of p.group) bump(c.f, 1);
    // A differing fact of the claim's own date ranks above the rest of its timeline.
    for (const c of p.differing) bump(c.f, c.dates.length && c.dates.every((d) => d === 'same') ? 2.5 : 2);
    for (const c of p.agreeing) bump(c.f, 3);
  }
  return [...scored].sort((a, b) => (tier.get(b.f) ?? 0) - (tier.get(a.f) ?? 0) || b.rel.score - a.rel.score);
}

export function checkClaim(index: ClaimIndex, claim: string): ClaimCheck {
  const figures = extractFigures(claim);
  const mentions = detectMentions(index.lexicon, claim);
  const topics = [...new Set(mentions.map((m) => m.topic))];
  const terms = claimTerms(index, claim, mentions, figures);
  const numeric = figures.filter(isNumeric);
  const evidence = (f: IndexedFact): 0 | 1 | 2 => {
    let best: 0 | 1 | 2 = 0;
    for (const n of numeric) {
      const m = matchFigure(n, f.figures);
      if (m?.relation === 'same') best = m.status === 'same' ? 2 : Math.max(best, 1) as 1 | 2;
    }
    return best;
  };
  const scored: Scored[] = index.facts
    .map((f) => ({ f, rel: relevance(terms, f, evidence(f)) }))
    .filter((s) => s.rel.relevant)
    .sort((a, b) => b.rel.score - a.rel.score);
  if (scored.length === 0) return { claim, verdict: 'nothing', summary: NOTHING, figures, topics, results: [] };

  const dates = figures.filter(isDate);
  const plans: Plan[] = [];
  if (numeric.length) {
    const ctx: ClaimContext = { keys: new Set(terms.weights.keys()), topics: new Set(topics), subjects: index.subjects };
    for (const [n, ds] of pairDates(numeric, dates)) plans.push(planFigure(n, ds, scored, ctx));
  } else if (dates.length) {
    const p = planDates(dates, scored);
    if (p) plans.push(p);
  }
  const verdict = verdictOf(plans, true);
  const results: ClaimResult[] = rank(scored, plans)
    .slice(0, MAX_RESULTS)
    .map((s) => ({ fact: s.f.fact as Fact, score: round(s.rel.score), comparisons: comparisonsFor(s.f, figures, plans) }));
  return { claim, verdict, summary: summarise(verdict, plans, scored), figures, topics, results };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
