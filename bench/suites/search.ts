/**
 * Search latency per keystroke (in Node: the popup runs the same core function): the real corpus
 * grown to 1,000 and 10,000 facts, and queries typed one character at a time, each prefix timed as
 * the popup would run it (its 120 ms debounce aside).
 */
import type { Corpus } from '../../src/core/corpus/types.js';
import { buildSearchIndex, search } from '../../src/core/search/search.js';
import { SEARCH_BUDGET_MS } from '../config.js';
import { withSyntheticFacts } from '../gen/facts.js';
import { median, quantile, round } from '../node/stats.js';

/** What users type: names, a misspelling, a document number, a Vietnamese name without diacritics. */
export const QUERIES = [
  'feild hosptal',
  'doi moi',
  'directive 25 multilateral',
  'unmiss officers 2018',
  'women peace and security',
];

export interface SearchResult {
  facts: number;
  entries: number;
  buildMs: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function measureSearch(corpus: Corpus, facts: number): SearchResult {
  const grown = withSyntheticFacts(corpus, facts);
  const t0 = performance.now();
  const index = buildSearchIndex(grown);
  const buildMs = performance.now() - t0;
  const prefixes = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  // A few untimed keystrokes so the JIT has seen the code, as it has after the first one in the popup.
  for (const p of prefixes.slice(0, 6)) search(index, p);
  // Whole queries, in order, while the budget lasts (10,000 facts take ~0.4 s a keystroke here).
  const times: number[] = [];
  const start = performance.now();
  for (const q of QUERIES) {
    if (times.length && performance.now() - start > SEARCH_BUDGET_MS) break;
    for (let i = 1; i <= q.length; i++) {
      const s = performance.now();
      search(index, q.slice(0, i));
      times.push(performance.now() - s);
    }
  }
  return {
    facts: grown.facts.length,
    entries: grown.topics.length + grown.facts.length + grown.sources.reduce((n, s) => n + s.passages.length, 0),
    buildMs: round(buildMs, 1),
    keystrokes: times.length,
    medianMs: round(median(times)),
    p95Ms: round(quantile(times, 0.95)),
    maxMs: round(Math.max(...times)),
  };
}
