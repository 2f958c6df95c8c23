/**
 * Claim hints while reading: when a page's sentence states a figure next to a mention, and the
 * corpus has a fact about the same quantity for that topic, say how the two compare — with the
 * same engine as "Check with Gloss". Never "the page is wrong": what the sources say, as of when.
 */
import { checkClaim, sourceLabel, type ClaimIndex } from './check.js';
import { describe } from './summary.js';
import { MAY_STATE_A_FIGURE } from './figure-cue.js';
import type { ClaimDate } from './relative-dates.js';

export interface FigureHint {
  status: 'same' | 'differs';
  /** The figure as the page writes it: "600 personnel". */
  page: string;
  /** The sources' figure with its dating and source: "512 personnel (since 2014, as of April 2022; ISEAS Perspective 2022/46, 29 April 2022)". */
  sources: string;
  /** "this page: 600 personnel · sources: 512 personnel (…)" */
  text: string;
  factId: string;
}


/** `written`: when the page was published, for the dates its sentences give relative to it. */
export function figureHint(index: ClaimIndex, topicId: string, sentence: string, written?: ClaimDate): FigureHint | undefined {
  if (!MAY_STATE_A_FIGURE.test(sentence)) return undefined;
  const check = checkClaim(index, sentence, { written });
  if (check.verdict !== 'same' && check.verdict !== 'differs') return undefined;
  const status = check.verdict;
  for (const r of check.results) {
    if (!r.fact.topics.includes(topicId)) continue;
    const c = r.comparisons.find((x) => x.status === status && x.fact);
    if (!c?.fact) continue;
    const page = c.claim.raw.trim();
    const sources = describe(r.fact, c.fact, [], (id) => sourceLabel(index, id));
    return { status, page, sources, text: `this page: ${page} · sources: ${sources}`, factId: r.fact.id };
  }
  return undefined;
}
