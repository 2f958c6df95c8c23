/**
 * Plans for what a claim asserts beyond numbers and dates: where an event happened, and whether
 * something is or is not so. Each is set against the fact the claim is most clearly about.
 */
import type { Plan, Scored } from './plan.js';
import { conflictingPlaces } from './places.js';
import { negated } from './polarity.js';
import { contentKeys } from './words.js';

/** How clearly (share of the claim's words, places left aside) a fact must be about the claim. */
const PLACE_COVERAGE = 0.6;
const PLACE_COVERAGE_WITH_TOPIC = 0.5;
const POLARITY_COVERAGE = 0.6;
/** Facts this close to the top one are as likely to be what the claim means. */
const TIE = 0.9;

const strong = (s: Scored, min: number, withTopic: number): boolean =>
  s.rel.coreCoverage >= min || (s.rel.topicShare > 0 && s.rel.coreCoverage >= withTopic);

/** "held in Singapore" against a fact that has it held in Ha Noi. */
export function planPlace(claimPlaces: readonly string[], scored: readonly Scored[]): Plan | undefined {
  if (claimPlaces.length === 0) return undefined;
  const placed = scored.filter((s) => s.f.places.length > 0 && strong(s, PLACE_COVERAGE, PLACE_COVERAGE_WITH_TOPIC));
  const top = placed[0];
  if (!top) return undefined;
  const group = placed.filter((s) => s.rel.score >= top.rel.score * TIE).map((s) => ({ ...s, dates: [] }));
  const agreeing = group.filter((c) => conflictingPlaces(claimPlaces, c.f.places).length === 0);
  if (agreeing.length) return { dates: [], group: agreeing, outcome: 'same', agreeing, differing: [] };
  const differing = group.slice(0, 1);
  return { dates: [], group: differing, outcome: 'differs', agreeing: [], differing };
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
export function planPolarity(claimNegated: boolean, claimKeys: ReadonlySet<string>, scored: readonly Scored[]): Plan | undefined {
  const top = scored[0];
  if (!top || top.rel.about < POLARITY_COVERAGE) return undefined;
  if (negated(closestClause(top.f.fact.statement, claimKeys)) === claimNegated) return undefined;
  const differing = [{ ...top, dates: [] }];
  return { dates: [], group: differing, outcome: 'differs', agreeing: [], differing };
}
