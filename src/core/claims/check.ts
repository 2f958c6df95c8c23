/**
 * `checkClaim`: a sentence in, the facts that bear on it (ranked) and a verdict out.
 *
 * 1. Relevance (relevance.ts): facts sharing enough of the claim's words (read through the claim
 *    language's word table), its topics, or the very people it counts.
 * 2. Plans, one per thing the claim asserts, each against the fact it is about: every number
 *    against the timeline of its quantity, with its dates (plan.ts); an event named by its ordinal
 *    (plan-event.ts); dates of their own; the place it puts an event in, a negated clause, and a
 *    fact the claim states whole when nothing else is checkable (plan-assertions.ts).
 * 3. Verdict: `differs` when any plan differs; `same` when one agrees; `related` when relevant
 *    facts exist but nothing is comparable; `nothing` when no fact is relevant and no topic named.
 */
import { detectMentions } from '../match/detect.js';
import type { ClaimIndex, IndexedFact } from './claim-index.js';
import { GENERIC_PEOPLE, isVeryCount, matchFigure, namesDate, otherUnitOfTime, type DateNaming } from './compare.js';
import { summarise } from './explain.js';
import { formatDate } from '../corpus/corpus-index.js';
import { extractFigures } from './figures.js';
import type { ClaimDate } from './relative-dates.js';
import { pairDates, planDates, planFigure, shown, verdictPlan, wholeExceeded, type ClaimContext, type DateContext, type InClause, type Plan, type Scored } from './plan.js';
import { clauseAround, clausesOf, SUBORDINATE } from './clauses.js';
import { ANAPHORIC_SUBJECT, claimTerms, relevance, type ClaimTerms, type Relevance } from './relevance.js';
import { claimParts, relevanceIn } from './claim-parts.js';
import { NOTHING, RELATED } from './summary.js';
import { detectLanguage } from './languages/detect-language.js';
import { placesIn } from './places.js';
import { firstsIn, planAssertion, planPlace, planPolarity } from './plan-assertions.js';
import { negated } from './polarity.js';
import { planEvent } from './plan-event.js';
import { planEventDates } from './plan-event-date.js';
import { isOccurrence, planOccurrence } from './plan-occurrence.js';
import { foldKey } from '../text/fold.js';
import { documentNumbers } from './documents.js';
import { attributionSpans } from './attribution.js';
import { givesRunningTotal, setsTarget, speaksOfFuture } from './cumulative.js';
import { keyedWords, stem } from './words.js';
import { dateEventKind } from './event-kinds.js';
import { isPeopleUnit, sameUnitFamily } from './units.js';
import { actorsIn, datesAnotherCountry } from './foreign-actors.js';
import { dayDates } from './day-dates.js';
import { numberedSiblings } from './numbered-siblings.js';
import type { ClaimCheck, ClaimFigure, ClaimResult, FigureComparison, Verdict } from './types.js';

export { buildClaimIndex, type ClaimIndex } from './claim-index.js';
export type { ClaimCheck, ClaimFigure, ClaimResult, ComparisonStatus, FigureComparison, Verdict } from './types.js';

const MAX_RESULTS = 5;
/** Words that make the number after them a detail ("with 63 officers", "với biên chế 70 người", "dont 36 femmes"). */
const DETAIL_BEFORE = /\b(with|including|among them|of whom|voi|bien che|gom|trong do co|avec|dont|comprenant)( \w+){0,2} ?$/;
/** … but not "ties with 194 countries", "quan hệ ngoại giao với 189 quốc gia": with whom, not a detail. */
const RELATION_WITH = /\b(ties|relations?|partnerships?|agreements?|cooperation|trade|quan he|ngoai giao|diplomatiques?)( \w+){0,1} (with|voi|avec)( \w+){0,2} ?$/;
/** "cinq autres officiers", "five other officers": a part beside the claim's main count, not a total. */
const OTHERS = /\b(other|others|autres|khac)\b/;
/** "two years ago", "trong 10 năm qua": spans of time, not counts the sources would give. */
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour']);
/** How far (characters) from a date a "first" makes that date a first's. */
const FIRST_NEAR = 70;
/** Facts this much about the claim may hold parts of a total it gives, if not enough to be shown on their own. */
const PARTS_ABOUT = 0.3;
/** Words saying people died (folded): "killed", "hy sinh", "tués". */
const DEATHS = /\b(?:killed|died|dead|deaths|fallen|lost their lives|hy sinh|tu vong|thiet mang|tu nan|nga xuong|morts?|tues?|decedes?|ont peri|perdu la vie)\b/;
/** This many of the sources' topics named in one sentence vouch for each other. */
const TOGETHER = 3;
/** A fact sharing this much of a claim in the sources' field is related to it when no fact is closer. */
const FIELD_ABOUT = 0.3;
/** … or one about Vietnam sharing this many of its rarer words (IDF at least RARE_IDF), worth RARE_SUM together. */
const RARE_SHARED = 2;
const RARE_IDF = 2;
const RARE_SUM = 7;

// "a female officer", "một nữ sĩ quan đầu tiên": one written as a word is an article, not a count to check.
const isArticle = (f: ClaimFigure): boolean => f.kind === 'count' && f.value === 1 && !/^\d/.test(f.raw);
const isNumeric = (f: ClaimFigure): boolean => (!f.ordinal || f.unit === 'rank') && !isArticle(f) && f.unit !== undefined && (f.kind === 'count' || f.kind === 'percent' || f.kind === 'money');
const isDate = (f: ClaimFigure): boolean => f.kind === 'year' || f.kind === 'year-range';

function verdictOf(plans: readonly Plan[]): Verdict {
  if (plans.some((p) => p.outcome === 'differs')) return 'differs';
  if (plans.some((p) => p.outcome === 'same')) return 'same';
  return 'related';
}

function comparisonsFor(f: IndexedFact, figures: readonly ClaimFigure[], plans: readonly Plan[]): FigureComparison[] {
  return figures.map((claim): FigureComparison => {
    for (const p of plans) {
      const c = p.group.find((g) => g.f === f);
      if (!c) continue;
      if (p.figure === claim && c.match) {
        // Only a figure of the same kind of thing is shown beside the claim's (or one that agrees, or a whole its part exceeds).
        return c.match.relation === 'same' || c.match.status !== 'not-stated'
          ? { claim, fact: c.match.figure.spec, status: c.match.status }
          : { claim, status: 'not-stated' };
      }
      const at = p.dates.indexOf(claim);
      if (at >= 0) return { claim, status: shown(c.dates[at]!) };
    }
    return { claim, status: 'not-stated' };
  });
}

/** Facts that agree first, then those that differ (the claim's own date first), then the rest of the timeline, then by relevance. */
function rank(scored: readonly Scored[], plans: readonly Plan[]): Scored[] {
  const tier = new Map<IndexedFact, number>();
  const bump = (f: IndexedFact, t: number): void => { tier.set(f, Math.max(tier.get(f) ?? 0, t)); };
  for (const p of plans) {
    for (const c of p.group) bump(c.f, 1);
    for (const c of p.differing) bump(c.f, c.dates.length && c.dates.every((d) => d === 'same') ? 2.5 : 2);
    for (const c of p.agreeing) bump(c.f, 3);
  }
  return [...scored].sort((a, b) => (tier.get(b.f) ?? 0) - (tier.get(a.f) ?? 0) || b.rel.score - a.rel.score);
}


/** The whole of a part ("529" of "81 of the 529 officers"): same noun, no hedge. */
function wholeOf(part: ClaimFigure): ClaimFigure {
  const { total, bound: _bound, ...rest } = part;
  return { ...rest, value: total! };
}

/**
 * How a fact's figures bear on the claim's numbers: `evidence` 0 none comparable, 1 comparable,
 * 2 one agrees; `countsAlike` when the fact counts the same kind of people as one of them
 * ("789 officers" and "76 officers").
 */
function figureEvidence(numeric: readonly ClaimFigure[], f: IndexedFact): { evidence: 0 | 1 | 2; countsAlike: boolean } {
  let evidence: 0 | 1 | 2 = 0;
  let countsAlike = false;
  for (const n of numeric) {
    const m = matchFigure(n, f.figures);
    // "The 184-member unit" against "184 sappers": people that could be any, but the very number,
    // one no round figure would give by chance.
    const exactPeople = GENERIC_PEOPLE.has(n.unit ?? '') && m?.relation === 'loose' && m.status === 'same' && isVeryCount(n);
    if ((m?.relation !== 'same' && !exactPeople) || otherUnitOfTime(n.unit, m.figure.unit)) continue;
    // A shared percentage or small number is common; a shared count of something says more.
    // (Not a bound the fact's value clears by far: "plus de 2.000 tonnes" of equipment is not the 22,700 tonnes of rice aid.)
    const farPastBound = (n.bound === 'at-least' && m.figure.spec.value > n.value * 2) || (n.bound === 'at-most' && m.figure.spec.value < n.value / 2);
    const telling = n.kind !== 'percent' && n.value >= 10 && !farPastBound;
    evidence = m.status === 'same' && telling ? 2 : evidence === 2 ? 2 : 1;
    countsAlike ||= isPeopleUnit(n.unit);
  }
  return { evidence, countsAlike };
}

/** Facts sharing RARE_SHARED or more of the claim's rarer words (the corpus's subject aside), best first. */
function sharingRareWords(index: ClaimIndex, terms: ClaimTerms, all: readonly Scored[]): Scored[] {
  const rare = [...terms.idf].filter(([k, idf]) => idf >= RARE_IDF && !index.subjects.has(k) && (terms.weights.get(k) ?? 0) >= RARE_IDF);
  const shared = (s: Scored): number[] => rare.filter(([k]) => s.f.keys.has(k)).map(([, idf]) => idf);
  return all
    .map((s) => { const idfs = shared(s); return { s, count: idfs.length, sum: idfs.reduce((a, b) => a + b, 0) }; })
    .filter(({ count, sum }) => count >= RARE_SHARED && sum >= RARE_SUM)
    .sort((a, b) => b.sum - a.sum)
    .map(({ s }) => s);
}

/** A plan whose facts turn out to be about something else: nothing in them is stated of the claim. */
const unstated = (p: Plan): Plan => ({
  ...p, outcome: 'not-stated', agreeing: [], differing: [],
  group: p.group.map((c) => ({ ...c, match: c.match && { ...c.match, status: 'not-stated' }, dates: c.dates.map(() => 'not-stated') })),
});

/** Facts about the topics a claim mentions, when none is clearly about the claim: it is related, not nothing. */
function byTopic(index: ClaimIndex, terms: ClaimTerms): Scored[] {
  if (terms.topics.size === 0) return [];
  return index.facts
    .map((f) => ({ f, rel: relevance(terms, f) }))
    .filter((s) => s.rel.topicShare > 0)
    .sort((a, b) => b.rel.score - a.rel.score);
}

export interface CheckOptions {
  /** When the claim was written (a page's publication date; today for a claim typed now): reads "last year", "this July". */
  written?: ClaimDate;
  /**
   * Topics the page the claim was selected on mentions (its report): the claim is read in their
   * context, as a sentence of an article about Vietnam — its ambiguous names stand, and it may leave
   * its subject implied ("In March a decision to set up a third team …").
   */
  pageTopics?: readonly string[];
}

export function checkClaim(index: ClaimIndex, claim: string, options: CheckOptions = {}): ClaimCheck {
  const language = detectLanguage(claim);
  const figures = extractFigures(claim, { written: options.written });
  // A claim about another country's doing gets no benefit of the doubt: its ambiguous names need
  // context, and a shared topic alone does not make it related. One naming Vietnam, or a name of
  // the corpus that is not ambiguous, lets the claim's other ambiguous names stand without context.
  const actors = actorsIn(claim);
  const foreign = actors.foreign && !actors.subject;
  const strict = detectMentions(index.lexicon, claim);
  const inContext = (options.pageTopics?.length ?? 0) > 0;
  // The Vietnamese press writes of Vietnam's contingents without naming Vietnam ("đợt 1 … đã sang
  // Nam Sudan"), unless the sentence is somewhere the sources never go ("tại miền Trung Mali").
  const claimPlaces = placesIn(claim);
  const unnamedPlace = claimPlaces.some((p) => !p.words.every((w) => index.vocabulary.has(stem(w))));
  // So does a sentence cut from an article about it ("The country will replace Kuwait as a non-permanent member …").
  const impliedVietnam = !actors.foreign && !unnamedPlace && (language === 'vi' || ANAPHORIC_SUBJECT.test(claim));
  const loose = foreign ? strict : detectMentions(index.lexicon, claim, { withoutContext: true });
  // Several of the sources' subjects named together ("Engineering Unit Rotation 1 and Level-2 Field
  // Hospital Rotation 4 departed for the UN peacekeeping missions in Abyei and South Sudan") are each
  // other's context.
  const together = new Set(loose.map((m) => m.topic)).size >= TOGETHER;
  const mentions = !foreign && (actors.subject || strict.length > 0 || inContext || impliedVietnam || together) ? loose : strict;
  const topics = [...new Set(mentions.map((m) => m.topic))];
  // A place the sources never name, and the gazetteer puts in no larger place, is a subject they do not cover, not a place to compare.
  const places = claimPlaces.filter((p) => p.locative && (p.contained || p.words.every((w) => index.vocabulary.has(stem(w)))));
  const termOptions = { figures, language, placeWords: new Set(places.flatMap((p) => p.words)), foreignWords: foreign ? actors.foreignWords : [], predecessorWords: actors.predecessorWords, partnerWords: actors.partnerWords, speakers: attributionSpans(claim, language), subjectImplied: inContext && !actors.foreign };
  const terms = claimTerms(index, claim, mentions, termOptions);
  const claimKeys = new Set(terms.weights.keys());
  // "81 of the 529 officers", "156 des 184 membres": the whole is a figure of its own.
  // "… tri ân hơn 4.400 binh sỹ … đã hy sinh": the dead are counted nowhere in the sources, least of all by those deployed.
  const casualty = (n: ClaimFigure): boolean => isPeopleUnit(n.unit) && DEATHS.test(foldKey(claim.slice(...clauseAround(claim, n.start, n.end))));
  const numeric = figures.filter((f) => isNumeric(f) && !casualty(f)).flatMap((f) => (f.total !== undefined ? [f, wholeOf(f)] : [f]));
  const claimDates = figures.filter(isDate);
  // "On November 23, the Ministry and UNDP held a workshop" with no year (and no date of writing to read one from): the very day a fact gives its event.
  const yearless = dayDates(claim).filter((d) => !claimDates.some((f) => f.start < d.end && d.start < f.end));
  const namesDay = (f: IndexedFact): boolean => yearless.length > 0 && yearless.every((d) => f.namedDates.some((x) => x.month === d.month && x.day === d.day));
  const dateNamed = (f: IndexedFact): DateNaming => (namesDay(f) ? 3 : Math.max(0, ...claimDates.map((d) => namesDate(d, f.span))) as DateNaming);
  // A date's own clause, and a number's own part of a sentence listing several, are read on their own.
  const parts = claimParts(index, claim, mentions, figures, termOptions);
  const inClause: InClause = (date, s) => relevanceIn(parts.clauseOf(date), s.f) ?? s.rel;
  const figureRelevance = (n: ClaimFigure, f: IndexedFact): Relevance | undefined => {
    const { evidence, countsAlike } = figureEvidence([n], f);
    return relevanceIn(parts.partOf(n), f, evidence, countsAlike);
  };
  // "… with 185 countries … in 96 countries", "189 quốc gia … 165 quốc gia": counts of one kind listed side by side.
  const listed = (n: ClaimFigure): boolean => n.kind === 'count' && numeric.some((m) => m !== n && m.kind === 'count' && m.start !== n.start && sameUnitFamily(m.unit ?? '', n.unit ?? ''));
  // (Only in a claim about what the sources are about: not one on "five UN peacekeepers killed in Mali".)
  const aboutTheSubject = !foreign && (actors.subject || topics.length > 0 || impliedVietnam || inContext);
  // "la résolution 1325" is not Resolution 1889: a numbered document the fact names otherwise is another.
  const claimIds = documentNumbers(claim);
  const otherDocument = (f: IndexedFact): boolean => {
    if (claimIds.size === 0) return false;
    return f.documents.size > 0 && ![...f.documents].some((n) => claimIds.has(n));
  };
  // "l'Hôpital de campagne de niveau 2 N°2" is not hospital No. 1: a fact mainly about a numbered
  // sibling of a thing the claim names (not naming that sibling too) is about another one.
  const siblings = numberedSiblings(claim, mentions, topics, (id) => index.topicIdf.has(id));
  const runningTotal = givesRunningTotal(claim, figures);
  // People sent to the sources' field: to missions, to peacekeeping, or "in individual and unit forms" (the press's phrase for it).
  const deployedInField = claimKeys.has('deploy') && (terms.domainKeys.size > 0 || claimKeys.has('mission') || (claimKeys.has('individual') && claimKeys.has('unit')));
  const all: Scored[] = index.facts.map((f) => {
    const { evidence, countsAlike } = figureEvidence(numeric, f);
    const rel = relevance(terms, f, evidence, countsAlike, dateNamed(f));
    // "Vietnam first joined … in 2012" is not dated by what ASEAN's founders had done by 2003.
    if (otherDocument(f) || siblings.other(f) || (f.othersActing && actors.subject && !actors.foreign)) return { f, rel: { ...rel, relevant: false, byDate: false } };
    if (rel.relevant) return { f, rel };
    // A fact giving a figure of the very kind one number counts, about that number's part of the sentence.
    // The part must name what the figure measures ("diplomatic relations … 189 countries"), or the
    // sentence be in the fact's field: "800 soldiers to fight floods" is no peacekeeping count.
    const inField = rel.topicShare > 0 || [...terms.domainKeys].some((k) => f.keys.has(k));
    const measured = (n: ClaimFigure): boolean => {
      const keys = parts.partOf(n)?.weights;
      const figures = f.figures.filter((g) => inField || (keys !== undefined && g.requires !== undefined && g.requires.length > 0 && g.requires.every((k) => keys.has(k))));
      return matchFigure(n, figures)?.relation === 'same' && figureRelevance(n, f)?.relevant === true;
    };
    if (aboutTheSubject && numeric.some(measured)) return { f, rel: { ...rel, relevant: true } };
    // "To date, Vietnam has sent 799 officers … to UN peacekeeping operations", "trên 800 lượt sĩ quan … theo hình thức cá nhân
    // và đơn vị": a running total of the people it deployed, beyond the sources' total of all of them, is about that total.
    if (aboutTheSubject && runningTotal && deployedInField && numeric.some((n) => wholeExceeded(n, f))) return { f, rel: { ...rel, relevant: true } };
    // "Since [Vietnam] sent the first personnel … in June 2014, its participation … has been highly
    // appreciated": a fact naming the date may be about the date's clause alone, not the sentence.
    // (Or its own part of the sentence: "Vietnam was just elected to the UN Security Council 2020 - 2021 | with 192/193 votes …".)
    // ("… after holding the seat in 2008-2009": a term the fact names exactly, in a claim about Vietnam, names the fact's event by itself.)
    const byDate = (d: ClaimFigure): boolean => {
      const named = namesDate(d, f.span);
      return named > 0 && ((aboutTheSubject && d.kind === 'year-range' && named === 2) ||
        [parts.clauseOf(d), parts.partOf(d)].some((t) => relevanceIn(t, f, evidence, countsAlike, named)?.byDate));
    };
    if (claimDates.some(byDate)) return { f, rel: { ...rel, relevant: true, byDate: true } };
    return { f, rel };
  });
  const scored = all.filter((s) => s.rel.relevant).sort((a, b) => b.rel.score - a.rel.score);
  // "Le Livre blanc … du Vietnam 2019": a year in a document's title names it, it dates nothing.
  // (An event's year, "the 2020–2021 seat", is its date and is compared.)
  // "… kết nạp Lào, Myanmar (năm 1997) và Campuchia (năm 1999)": a year in brackets after another country dates that country's doing.
  const named = (f: ClaimFigure): boolean => datesAnotherCountry(claim, f.start) || mentions.some((m) => index.titled.has(m.topic) && m.start <= f.start && f.end <= m.end);
  // "The Vietnam Peacekeeping Center … was established in December 2013": the date of that thing's
  // founding, in whatever words the rest of the sentence is written.
  const claimWords = keyedWords(claim, language);
  const claimNegated = negated(claim, language);
  const eventKind = (d: ClaimFigure): string | undefined => dateEventKind(claim, claimWords, d, claimDates);
  const eventDates = planEventDates(index, claim, { kindOf: eventKind, negated: claimNegated }, claimDates.filter((f) => !named(f)), mentions, all);
  for (const p of eventDates.plans) for (const c of p.group) if (!scored.some((s) => s.f === c.f)) scored.push({ f: c.f, rel: { ...c.rel, relevant: true } });
  const partsPool = all.filter((s) => s.rel.about >= PARTS_ABOUT);
  if (scored.length === 0) {
    // (Another country's doing is related only through a topic named outright: "the second US-North Korea summit".)
    const related = foreign && topics.length === 0 ? [] : byTopic(index, terms);
    // "Over 800 blue-beret officers of the Vietnamese army … sent to the UN missions": a claim about
    // Vietnam in the sources' field (UN peacekeeping) is related to what they say of it, if nothing closer.
    if (related.length === 0 && aboutTheSubject && terms.domainKeys.size > 0) {
      related.push(...all.filter((s) => s.rel.about >= FIELD_ABOUT && [...terms.domainKeys].some((k) => s.f.keys.has(k))).sort((a, b) => b.rel.score - a.rel.score));
    }
    // "Kim is the first DPRK leader to visit Vietnam since his grandfather …": a claim about Vietnam sharing several of a
    // fact's rarer words is related to it, though it names no topic and is no peacekeeping claim.
    if (related.length === 0 && aboutTheSubject) related.push(...sharingRareWords(index, terms, all));
    if (related.length === 0) return { claim, verdict: 'nothing', summary: NOTHING, figures, topics, results: [] };
    const results = related.slice(0, MAX_RESULTS).map((s) => ({ fact: s.f.fact, score: Math.round(s.rel.score * 1000) / 1000, comparisons: comparisonsFor(s.f, figures, []) }));
    return { claim, verdict: 'related', summary: RELATED, figures, topics, results };
  }

  // "… a level-2 field hospital with a staff of 70": a number in a "with"/"including" phrase is a
  // detail of what the claim asserts, not the assertion; the sources need not give it.
  // So, even more, is one in brackets after what it counts ("Engineering Unit No.1 (184 officers, …)"), or a count of others.
  const aside = (n: ClaimFigure): boolean => /\(\s*$/.test(claim.slice(Math.max(0, n.start - 3), n.start)) || OTHERS.test(foldKey(n.raw));
  const detail = (n: ClaimFigure): boolean => {
    const before = foldKey(claim.slice(Math.max(0, n.start - 24), n.start));
    return (DETAIL_BEFORE.test(before) && !RELATION_WITH.test(before)) || aside(n);
  };
  // "Its first officers … in 2016": the date of a first is the start of what the sources count.
  const firsts = firstsIn(claim);
  // The ordinals the claim gives its event ("the second summit", "for the first time").
  const ordinalsSaid = [...figures.filter((f) => f.ordinal && f.unit !== 'rank').map((f) => f.value), ...(firsts.length ? [1] : [])];
  const firstOf = (d: ClaimFigure): boolean => {
    const [from, to] = clauseAround(claim, d.start, d.end);
    return firsts.some((at) => at >= from && at < to && Math.abs(at - d.start) <= FIRST_NEAR);
  };
  const dateContext: DateContext = { inClause, firstOf, keys: claimKeys, eventKind,
    inPart: (d, s) => relevanceIn(parts.partOf(d), s.f, 0, false, namesDate(d, s.f.span)) };
  const targeted = (n: ClaimFigure): boolean => setsTarget(claim, n);
  let plans: Plan[] = [];
  // A claim naming "the first female officer" is about that event: its dates are checked against it alone.
  const event = planEvent(claim, figures, partsPool);
  if (event) plans.push(event);
  // "For the second time … 2020–2021": the Nth of the terms the sources give.
  const occurrence = event ? undefined : planOccurrence(claim, figures, partsPool, terms.idf, { about: (n, s) => relevanceIn(parts.partOf(n), s.f)?.about ?? 0, idf: (n) => parts.partOf(n)?.idf });
  if (occurrence) plans.push(occurrence);
  plans.push(...eventDates.plans.filter((p) => !p.dates.some((d) => event?.dates.includes(d) || occurrence?.dates.includes(d))));
  const dates = figures.filter((f) => isDate(f) && !named(f) && !event?.dates.includes(f) && !occurrence?.dates.includes(f) && !eventDates.dates.includes(f));
  if (numeric.length) {
    const ctx: ClaimContext = { keys: claimKeys, topics: new Set(topics), subjects: index.subjects, subjectImplied: terms.subjectImplied, detail, aside, relevanceFor: aboutTheSubject ? figureRelevance : undefined,
      keysFor: (n: ClaimFigure) => (listed(n) ? parts.partOf(n)?.weights : undefined), runningTotal, future: speaksOfFuture(claim, language), target: targeted };
    const { pairs, alone } = pairDates(numeric, dates, claim);
    for (const [n, ds] of pairs) plans.push(planFigure(n, ds, scored, ctx, partsPool));
    // Dates of their own clause, and those that went with a number no fact states, are checked on their own
    // (not the year a target is set for: "15% by 2028").
    const loose = [...alone, ...plans.filter((p) => p.outcome === 'not-stated' && !(p.figure && targeted(p.figure))).flatMap((p) => p.dates)];
    plans.push(...planDates(loose, scored, dateContext));
  } else if (dates.length) {
    plans.push(...planDates(dates, scored, dateContext));
  }
  // A fact giving the claim's yearless day for its event, the claim being about it by that day, states it.
  const sameDay = yearless.length > 0 && !plans.some((p) => p.outcome === 'same' || p.outcome === 'differs') ? scored.find((s) => s.rel.byDate && namesDay(s.f)) : undefined;
  if (sameDay) plans.push(verdictPlan('same', [sameDay]));
  // Agreeing on where says little about a number the sources do not state: only a differing place counts then.
  // "… after the two leaders met in Singapore": a place in a clause about another event is not where the claim's happened.
  const mainPlaces = new Set(clausesOf(claim).filter(([a, b]) => !SUBORDINATE.test(claim.slice(a, b))).flatMap(([a, b]) => placesIn(claim.slice(a, b)).map((p) => p.id)));
  const place = planPlace([...new Set(places.map((p) => p.id))].filter((id) => mainPlaces.has(id)), scored, ordinalsSaid);
  if (place && (place.outcome === 'differs' || numeric.length === 0)) plans.push(place);
  if (!numeric.length) {
    const polarity = planPolarity(claimNegated, terms.idf, scored);
    if (polarity) plans.push(polarity);
  }
  const durations = figures.filter((f) => f.kind === 'count' && DURATIONS.has(f.unit ?? ''));
  if (verdictOf(plans) === 'related' && numeric.every((n) => durations.includes(n) || detail(n))) {
    const assertion = planAssertion(claim, ordinalsSaid, scored);
    if (assertion) plans.push(assertion);
  }
  // "For the third time …" is what the claim asserts: sources that do not give the count cannot say the same.
  const countUnconfirmed = !occurrence && figures.some((f) => f.value >= 2 && isOccurrence(f, claim));
  // "Vietnam stopped sending officers in 2014" against "began deploying … in 2014": the dates agree,
  // the claim says the opposite. Only a fact saying it the same way (negated too) agrees with it.
  const opposite = (): boolean => {
    const agreeing = plans.filter((p) => p.outcome === 'same').flatMap((p) => p.agreeing);
    const best = agreeing.reduce<Scored | undefined>((a, b) => (!a || b.rel.score > a.rel.score ? b : a), undefined);
    return best !== undefined && claimNegated && !best.f.negated;
  };
  // "Đội Công binh số 3 … từ tháng 9/2024", "Bệnh viện dã chiến cấp 2 số 7": what the sources state is of
  // another rotation, not of one they never name — unless a fact gives the claim's very day (the day two rotations left together).
  if (siblings.unknown && !plans.some((p) => p.outcome === 'same' && p.agreeing.some((c) => dateNamed(c.f) === 3))) plans = plans.map(unstated);
  let verdict = verdictOf(plans);
  if (verdict === 'same' && (countUnconfirmed || opposite())) verdict = 'related';
  const results: ClaimResult[] = rank(scored, plans)
    .slice(0, MAX_RESULTS)
    .map((s) => ({ fact: s.f.fact, score: Math.round(s.rel.score * 1000) / 1000, comparisons: comparisonsFor(s.f, figures, plans) }));
  return { claim, verdict, summary: summarise(verdict, plans, scored, (id) => sourceLabel(index, id)), figures, topics, results };
}

/** "ISEAS Perspective 2022/46, 29 April 2022"; "United Nations in Viet Nam, 23 November 2018". */
export function sourceLabel(index: ClaimIndex, id: string): string {
  const s = index.sources.get(id);
  if (!s) return id;
  return `${s.series ?? s.publisher}, ${formatDate(s.published)}`;
}
