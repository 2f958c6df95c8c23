/** `gloss check "CLAIM"`: the same engine as the extension's "Check with Gloss". */
import { buildClaimIndex, checkClaim } from '../core/claims/check.js';
import { indexCorpus } from '../core/corpus/corpus-index.js';
import { factView } from '../core/corpus/views.js';
import { loadLexicon } from '../core/match/lexicon.js';
import { formatFact } from './format.js';
import { loadCorpus } from './load-corpus.js';
import type { ClaimDate } from '../core/claims/relative-dates.js';

export function runCheck(claim: string, json: boolean, written?: ClaimDate): string {
  const { corpus, lexicon } = loadCorpus();
  const result = checkClaim(buildClaimIndex(corpus, loadLexicon(lexicon)), claim, { written });
  const index = indexCorpus(corpus);
  if (json) {
    return JSON.stringify({ ...result, results: result.results.map((r) => ({ ...r, fact: factView(index, r.fact) })) }, null, 2);
  }
  const lines = [result.summary];
  for (const r of result.results) {
    lines.push('');
    lines.push(...formatFact(factView(index, r.fact), '  '));
    for (const c of r.comparisons) {
      const theirs = c.fact ? `${c.fact.value} ${c.fact.unit}` : 'not stated';
      lines.push(`      claim ${c.claim.raw} · sources ${theirs} → ${c.status}`);
    }
  }
  return lines.join('\n');
}
