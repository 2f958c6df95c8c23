/** `gloss search "WORDS"`: typo-tolerant search over topics, facts and passages. */
import { buildSearchIndex, search } from '../core/search/search.js';
import { loadCorpus } from './load-corpus.js';

export function runSearch(query: string, json: boolean, limit: number): string {
  const { corpus } = loadCorpus();
  const hits = search(buildSearchIndex(corpus), query, limit);
  if (json) return JSON.stringify({ query, hits }, null, 2);
  if (hits.length === 0) return `Nothing in the corpus matches "${query}".`;
  return hits
    .map((h) => `${h.kind.padEnd(7)} ${h.id}  (${h.score.toFixed(2)})\n        ${h.title.length > 160 ? `${h.title.slice(0, 157)}…` : h.title}`)
    .join('\n');
}
