/**
 * A claim dating an event of something the sources name ("The Vietnam Peacekeeping Center … was
 * established in December 2013", "Đến năm 2012, Bộ Chính trị thông qua Đề án tổng thể …", "Ngày 27
 * tháng 5 năm 2014, Bộ Quốc phòng tổ chức Lễ thành lập Trung tâm …") is about the fact that dates the
 * same kind of event (founding, ratification, signing, election …) of that very thing: the fact's
 * date agrees with the claim's or differs from it, however else the sentences are worded.
 */
import type { ClaimIndex } from './claim-index.js';
import { clauseAround } from './clauses.js';
import { compareDate, type DateStatus } from './compare.js';
import { verdictPlan, type Plan, type Scored } from './plan.js';
import type { ClaimFigure } from './types.js';
import type { Mention } from '../match/detect.js';

/** A topic that is the main one of more facts than this is a subject the sources give many events of, not one thing. */
const SPECIFIC_TOPIC_FACTS = 4;

export interface EventDatePlans {
  plans: Plan[];
  /** The claim's dates these plans compare. */
  dates: ClaimFigure[];
}

/** What the claim says around its dates: the kind of event each goes with (event-kinds.ts), and whether it is negated. */
export interface ClaimEvents {
  kindOf: (date: ClaimFigure) => string | undefined;
  negated: boolean;
}

export function planEventDates(index: ClaimIndex, claim: string, events: ClaimEvents, dates: readonly ClaimFigure[], mentions: readonly Mention[], pool: readonly Scored[]): EventDatePlans {
  const out: EventDatePlans = { plans: [], dates: [] };
  for (const d of dates.filter((x) => x.kind === 'year' && x.dateRole !== 'since')) {
    const kind = events.kindOf(d);
    if (!kind) continue;
    const [from, to] = clauseAround(claim, d.start, d.end);
    const things = new Set(mentions.filter((m) => m.start >= from && m.end <= to).map((m) => m.topic));
    const facts = pool.filter((s) => {
      const main = s.f.fact.topics[0];
      return main !== undefined && things.has(main) && (index.mainTopicCounts.get(main) ?? 0) <= SPECIFIC_TOPIC_FACTS && s.f.span.named.length > 0 &&
        s.f.eventKind === kind && s.f.negated === events.negated;
    });
    if (facts.length === 0) continue;
    const statuses = facts.map((s): DateStatus => {
      // "Đến năm 2012 …", "by 2012": done by then; a later event differs, an earlier one is not what the date says.
      if (d.dateRole === 'until') return s.f.span.from === d.value ? 'same' : s.f.span.from > d.value ? 'differs' : 'not-stated';
      const status = compareDate(d, s.f.span);
      return status === 'within' ? 'same' : status;
    });
    const agreeing = facts.filter((_, i) => statuses[i] === 'same');
    const differing = facts.filter((_, i) => statuses[i] === 'differs');
    if (agreeing.length) out.plans.push(verdictPlan('same', agreeing, [d], ['same']));
    else if (differing.length) out.plans.push(verdictPlan('differs', differing, [d], ['differs']));
    else continue;
    out.dates.push(d);
  }
  return out;
}
