/** The verdict's one-sentence summary, from the plans: the agreeing or differing figures, and context. */
import type { FigureSpec } from '../corpus/types.js';
import type { Candidate, Plan, Scored } from './plan.js';
import { NOTHING, RELATED, dating, describe, differsSummary, formatFigure, formatNumber, sameSummary, type SourceLabel } from './summary.js';
import type { Verdict } from './types.js';
import { isPeopleUnit, unitRelation } from './units.js';

const figureOf = (p: Plan, c: Candidate): FigureSpec | undefined => (p.figure ? c.match?.figure.spec : undefined);
const best = (cs: readonly Candidate[]): Candidate | undefined =>
  cs.reduce<Candidate | undefined>((a, b) => (!a || b.rel.score > a.rel.score ? b : a), undefined);
const latestFirst = (cs: readonly Candidate[]): Candidate[] => [...cs].sort((a, b) => b.f.fact.asOf.localeCompare(a.f.fact.asOf));
const onItsDate = (c: Candidate): boolean => c.dates.length > 0 && c.dates.every((d) => d === 'same');

function differing(plans: readonly Plan[], label?: SourceLabel): string {
  const items: string[] = [];
  for (const p of plans.filter((x) => x.outcome === 'differs')) {
    // The fact of the claim's own date first ("15,000 tonnes in 1997" → the 1997 figure), then the latest.
    const top = best(p.differing.filter(onItsDate)) ?? best(p.differing)!;
    items.push(describe(top.f.fact, figureOf(p, top), [], label));
    const latest = latestFirst(p.differing)[0]!;
    if (latest !== top && items.length < 2) items.push(describe(latest.f.fact, figureOf(p, latest), [], label));
  }
  return differsSummary([...new Set(items)].slice(0, 3));
}

/** "436 = 252 medical personnel + 184 sappers (since 2014, as of April 2022; …)". */
function partsAddingUp(p: Plan, label?: SourceLabel): string {
  const specs = p.agreeing.map((c) => c.match!.figure.spec);
  const total = specs.reduce((sum, g) => sum + g.value, 0);
  return `${formatNumber(total)} = ${specs.map(formatFigure).join(' + ')} ${dating(p.agreeing[0]!.f.fact, p.agreeing.slice(1).flatMap((c) => c.f.fact.excerpts.map((e) => e.source)), label)}`;
}

function agreeing(plans: readonly Plan[], scored: readonly Scored[], label?: SourceLabel): string {
  const items: string[] = [];
  const context: string[] = [];
  const cited = new Set<string>();
  const same = plans.filter((x) => x.outcome === 'same');
  for (const p of same) {
    if (p.parts) {
      items.push(partsAddingUp(p, label));
      for (const c of p.agreeing) cited.add(c.f.fact.id);
      continue;
    }
    const top = best(p.agreeing)!;
    // Other sources agreeing on the same figure for the same date ("per the 2018 sources").
    const also = p.agreeing
      .filter((c) => c !== top && c.f.fact.period?.join() === top.f.fact.period?.join() && c.f.fact.asOf.slice(0, 4) === top.f.fact.asOf.slice(0, 4))
      .flatMap((c) => c.f.fact.excerpts.map((e) => e.source));
    items.push(describe(top.f.fact, figureOf(p, top), also, label));
    for (const c of p.agreeing) cited.add(c.f.fact.id);
  }
  for (const p of same) {
    const unit = p.figure?.unit;
    if (!unit) continue;
    // Figures change over time: name the latest other figure of the same quantity ...
    const latest = latestFirst(p.group.filter((c) => !cited.has(c.f.fact.id) && c.match?.status !== 'same'))[0];
    if (latest?.match) {
      context.push(describe(latest.f.fact, latest.match.figure.spec, [], label));
      cited.add(latest.f.fact.id);
    }
    // ... and the most relevant figure of a broader measure (officers → all personnel).
    if (!isPeopleUnit(unit)) continue;
    const inGroup = new Set(p.group.map((c) => c.f));
    const broader = (g: { unit: string }): boolean => isPeopleUnit(g.unit) && unitRelation(unit, g.unit) === 'none';
    const pool = scored.filter((s) => !cited.has(s.f.fact.id) && !inGroup.has(s.f) && s.f.figures.some(broader));
    // All personnel first: the total puts an officers figure in proportion.
    const broad = pool.find((s) => s.f.figures.some((g) => g.unit === 'personnel')) ?? pool[0];
    const spec = (broad?.f.figures.find((g) => g.unit === 'personnel') ?? broad?.f.figures.find(broader))?.spec;
    if (broad && spec) {
      context.push(describe(broad.f.fact, spec, [], label));
      cited.add(broad.f.fact.id);
    }
  }
  // Two plans agreeing with the same fact (its event and its date) say it once.
  return sameSummary([...new Set(items)], context.slice(0, 2));
}

export function summarise(verdict: Verdict, plans: readonly Plan[], scored: readonly Scored[], sourceLabel?: SourceLabel): string {
  switch (verdict) {
    case 'nothing': return NOTHING;
    case 'related': return RELATED;
    case 'differs': return differing(plans, sourceLabel);
    case 'same': return agreeing(plans, scored, sourceLabel);
  }
}
