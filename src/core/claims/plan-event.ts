/**
 * A claim naming an event by its ordinal ("the first female officer", "son premier hôpital de
 * campagne") is about the fact that names the same first (or second …) of the same thing; its
 * dates are that event's, down to the month and day when both give them ("2 octobre 2018" against
 * "On 1 October 2018").
 */
import { verdictPlan, type Plan, type Scored } from './plan.js';
import type { ClaimFigure } from './types.js';
import { contentKeys } from './words.js';
import { isOccurrence } from './plan-occurrence.js';
import { KIND_MODIFIER_KEYS, type DateStatus } from './compare.js';

/** A fact this much about the claim may be the event it names. */
const EVENT_ABOUT = 0.35;
/** How far (in characters) a date may stand from the ordinal naming its event. */
const NEAR = 70;

function dateAgainst(d: ClaimFigure, s: Scored): DateStatus {
  if (d.kind !== 'year') return 'not-stated';
  const dates = s.f.namedDates.length ? s.f.namedDates : [{ year: s.f.span.asOf }];
  const agrees = dates.some((x: { year: number; month?: number; day?: number }) =>
    x.year === d.value && (d.month === undefined || x.month === undefined || x.month === d.month) &&
    (d.day === undefined || x.day === undefined || x.day === d.day));
  return agrees ? 'same' : 'differs';
}

export function planEvent(claim: string, figures: readonly ClaimFigure[], pool: readonly Scored[]): Plan | undefined {
  // "For the first time" names no event: any fact saying "for the first time" would match it (plan-occurrence.ts counts those).
  const ordinals = figures.filter((f) => f.ordinal && f.unit && f.unit !== 'rank' && !isOccurrence(f, claim));
  if (ordinals.length === 0) return undefined;
  const names = (s: Scored): boolean => ordinals.some((o) => {
    const keys = contentKeys(o.unit!);
    // "its first officers" is not "its first female officer": a modifier the claim lacks names another first.
    return keys.length > 0 && s.f.ordinalsOf.some((x) => x.value === o.value && keys.every((k) => x.keys.has(k)) &&
      ![...x.keys].some((k) => KIND_MODIFIER_KEYS.has(k) && !keys.includes(k)));
  });
  const event = [...pool].filter((s) => s.rel.about >= EVENT_ABOUT && names(s)).sort((a, b) => b.rel.score - a.rel.score)[0];
  if (!event) return undefined;
  // A date goes with the event when it is written close to the ordinal, and closer to it than to another one.
  const near = (d: ClaimFigure): boolean => {
    const distance = (o: ClaimFigure): number => Math.max(o.start - d.end, d.start - o.end, 0);
    const own = Math.min(...ordinals.map(distance));
    const others = figures.filter((f) => f.ordinal && !ordinals.includes(f)).map(distance);
    return own <= NEAR && others.every((x) => x > own);
  };
  const dates = figures.filter((f) => f.kind === 'year' && !f.dateRole && near(f));
  const statuses = dates.map((d) => dateAgainst(d, event));
  return verdictPlan(statuses.includes('differs') ? 'differs' : 'same', [event], dates, statuses);
}
