/**
 * Plans for what a claim asserts beyond numbers and dates: where an event happened, and whether
 * something is or is not so. Each is set against the fact the claim is most clearly about.
 */
import { verdictPlan, type Plan, type Scored } from './plan.js';
import { conflictingPlaces, within } from './places.js';
import { negated } from './polarity.js';
import { dayDates } from './day-dates.js';
import { contentKeys } from './words.js';

/** How clearly (share of the claim's words, places left aside) a fact must be about the claim. */
const PLACE_COVERAGE = 0.6;
const PLACE_COVERAGE_WITH_TOPIC = 0.5;
const POLARITY_COVERAGE = 0.55;
/** A claim holding this share of a fact statement's word weight states what the fact states. */
const ASSERTION_FACT_COVERAGE = 0.8;
/** … if it is also about the fact's topic, or this much of the claim is in the fact. */
const ASSERTION_COVERAGE = 0.5;
/** A claim about the fact's main topic alone, with this share of its words in the fact, states part of it. */
const ASSERTION_HELD = 0.9;
/** A claim about the fact's topic holding this share of one clause of its statement states that clause. */
const ASSERTION_CLAUSE = 0.8;

/** "first", "premier(s)", "première(s)", "đầu tiên", "lần đầu", with or without their accents. */
const FIRST = /(?<![\p{L}])(?:first|premiers?|premi[eè]res?|đầu tiên|dau tien|lần đầu|lan dau)(?![\p{L}])/giu;
/** Where a text says "first": "for the first time", "lần đầu tiên", "pour la première fois". */
export const firstsIn = (text: string): number[] => [...text.matchAll(FIRST)].map((m) => m.index);
const saysFirst = (text: string): boolean => firstsIn(text).length > 0;

/** A negated clause must share this many distinctive words with the claim to be about the same thing. */
const POLARITY_SHARED = 2;
const POLARITY_DISTINCTIVE_IDF = 2;

const strong = (s: Scored, min: number, withTopic: number): boolean =>
  s.rel.coreCoverage >= min || (s.rel.topicShare > 0 && s.rel.coreCoverage >= withTopic);

/** "held in Singapore" against a fact that has it held in Ha Noi. */
export function planPlace(claimPlaces: readonly string[], scored: readonly Scored[], claimOrdinals: readonly number[] = []): Plan | undefined {
  if (claimPlaces.length === 0) return undefined;
  // "Trump and Kim first met in Singapore" is not the second summit, in Hanoi: another event's place.
  const sameEvent = (s: Scored): boolean => claimOrdinals.length === 0 || s.f.ordinals.length === 0 || claimOrdinals.some((n) => s.f.ordinals.includes(n));
  const placed = scored.filter((s) => s.f.places.length > 0 && sameEvent(s) && strong(s, PLACE_COVERAGE, PLACE_COVERAGE_WITH_TOPIC));
  const top = placed[0];
  if (!top) return undefined;
  // Any fact clearly about the claim that puts it in the same place will do; the top one alone can say it differs.
  // (But a fact that only names a larger place, "in Vietnam", does not place it in Da Nang when another puts it in Hanoi.)
  const conflicts = placed.some((s) => conflictingPlaces(claimPlaces, s.f.places).length > 0);
  const asPrecise = (s: Scored): boolean => claimPlaces.every((c) => s.f.places.some((f) => within(f, c)));
  const agreeing = placed.filter((s) => conflictingPlaces(claimPlaces, s.f.places).length === 0 && (!conflicts || asPrecise(s)));
  // A claim listing several places, one of which the fact gives, adds detail rather than contradicting it.
  const someAgree = (s: Scored): boolean => conflictingPlaces(claimPlaces, s.f.places).length < claimPlaces.length;
  if (agreeing.length) return verdictPlan('same', agreeing);
  // To say it differs, the fact must be what the claim is most about, in the claim's own words.
  if (top !== scored[0] || top.rel.coreCoverage < PLACE_COVERAGE || someAgree(top)) return undefined;
  return verdictPlan('differs', [top]);
}

/** The clause of a statement sharing most words with the claim ("…, but Hanoi was not receptive" is another clause). */
function closestClause(statement: string, keys: ReadonlySet<string>): string {
  const clauses = statement.split(/[;:]\s|,?\s(?:but|while|whereas|although|though|yet)\s/);
  let best = statement;
  let bestShared = -1;
  for (const c of clauses) {
    const shared = new Set(contentKeys(c).filter((k) => keys.has(k))).size;
    if (shared > bestShared) { best = c; bestShared = shared; }
  }
  return best;
}

/** "will send combat troops to coercive operations" against "will abstain from coercive and combat activities". */
export function planPolarity(claimNegated: boolean, claimIdf: ReadonlyMap<string, number>, scored: readonly Scored[]): Plan | undefined {
  // The claim must be about the fact in its own words: a short fact a long claim merely holds is not enough.
  const top = scored.reduce<Scored | undefined>((a, b) => (!a || b.rel.coverage > a.rel.coverage ? b : a), undefined);
  if (!top || top.rel.coverage < POLARITY_COVERAGE) return undefined;
  const clause = closestClause(top.f.fact.statement, new Set(claimIdf.keys()));
  const shared = new Set(contentKeys(clause).filter((k) => (claimIdf.get(k) ?? 0) >= POLARITY_DISTINCTIVE_IDF));
  if (shared.size < POLARITY_SHARED || negated(clause) === claimNegated) return undefined;
  return verdictPlan('differs', [top]);
}

/**
 * A claim stating what a fact states, with no number the sources do not give ("Lieutenant Colonel
 * Do Thi Hang Nga … was the first female Vietnamese officer to be dispatched"): the same. Every
 * ordinal the claim gives ("the first time") must be the fact's too; otherwise the sources do not
 * say it, and the claim is only related.
 */
export function planAssertion(claim: string, ordinals: readonly number[], scored: readonly Scored[]): Plan | undefined {
  // "On September 29 [it] held a ceremony": an event on a day the fact does not give is not the fact's.
  const days = dayDates(claim);
  const states = (s: Scored): boolean =>
    ((s.rel.factCoverage >= ASSERTION_FACT_COVERAGE && (s.rel.topicShare > 0 || s.rel.coverage >= ASSERTION_COVERAGE)) ||
      (s.rel.coverage >= ASSERTION_HELD && s.rel.topicShare >= 1) ||
      (s.rel.topicShare > 0 && s.rel.clauseCoverage >= ASSERTION_CLAUSE)) &&
    ordinals.every((n) => s.f.ordinals.includes(n) || (n === 1 && saysFirst(s.f.fact.statement))) &&
    days.every((d) => s.f.namedDates.some((x) => x.month === d.month && x.day === d.day));
  // `scored` is best first: the most relevant fact the claim states whole.
  const top = scored.find(states);
  return top ? verdictPlan('same', [top]) : undefined;
}
