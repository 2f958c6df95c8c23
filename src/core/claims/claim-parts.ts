/**
 * The parts of a claim that its dates and numbers stand in, read on their own: a date's clause
 * ("Since the nation sent its first personnel in June 2014, | its participation …"), and a number's
 * part of a sentence listing several ("… diplomatic relations with 185 countries and territories |
 * and delegated diplomatic representatives in 96 countries …").
 */
import type { ClaimIndex, IndexedFact } from './claim-index.js';
import { clauseAround } from './clauses.js';
import { claimTerms, relevance, type ClaimTermOptions, type ClaimTerms, type Relevance } from './relevance.js';
import type { ClaimFigure } from './types.js';
import type { DateNaming } from './compare.js';
import type { Mention } from '../match/detect.js';

/** A number's part needs this many words before it to say what it counts; else it is what follows. */
const SEGMENT_WORDS = 3;

export interface ClaimParts {
  /** The terms of a date's clause; undefined when the clause is the whole claim. */
  clauseOf(date: ClaimFigure): ClaimTerms | undefined;
  /** The terms of a number's part of the sentence; undefined when it has none of its own. */
  partOf(figure: ClaimFigure): ClaimTerms | undefined;
}

export function claimParts(index: ClaimIndex, claim: string, mentions: readonly Mention[], figures: readonly ClaimFigure[], options: ClaimTermOptions): ClaimParts {
  const cache = new Map<string, ClaimTerms>();
  const termsOf = (from: number, to: number): ClaimTerms | undefined => {
    if (from === 0 && to === claim.length) return undefined;
    const key = `${from}:${to}`;
    let t = cache.get(key);
    if (!t) {
      const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - from, end: x.end - from });
      const within = (x: { start: number; end: number }): boolean => x.start >= from && x.end <= to;
      // Who speaks is read from the whole sentence: a part may start where a speaker's verb ends.
      const speakers = (options.speakers ?? []).filter(([a, b]) => a < to && from < b).map(([a, b]): [number, number] => [Math.max(a, from) - from, Math.min(b, to) - from]);
      t = claimTerms(index, claim.slice(from, to), mentions.filter(within).map(shift), { ...options, speakers, figures: figures.filter(within).map(shift) });
      cache.set(key, t);
    }
    return t;
  };
  const words = (a: number, b: number): number => claim.slice(a, b).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return {
    clauseOf: (date) => termsOf(...clauseAround(claim, date.start, date.end)),
    partOf: (n) => {
      // From the clause's start, or the number before it, up to its noun.
      const [from, to] = clauseAround(claim, n.start, n.end);
      const before = figures.filter((g) => g !== n && g.end <= n.start && g.end > from).reduce((a, g) => Math.max(a, g.end), from);
      const after = figures.filter((g) => g !== n && g.start >= n.end && g.start < to).reduce((a, g) => Math.min(a, g.start), to);
      // A number opening its part ("185 countries have ties with Vietnam") is about what follows it;
      // one with too few words around it ("… with 63 officers") is about the sentence.
      if (words(before, n.start) >= SEGMENT_WORDS) return termsOf(before, n.end);
      return words(before, n.start) + words(n.end, after) >= SEGMENT_WORDS ? termsOf(before, after) : undefined;
    },
  };
}

/** How relevant a fact is to a part's terms, or undefined without a part. */
export const relevanceIn = (terms: ClaimTerms | undefined, f: IndexedFact, figures: 0 | 1 | 2 = 0, countsAlike = false, namesDate: DateNaming = 0): Relevance | undefined =>
  terms && relevance(terms, f, figures, countsAlike, namesDate);
