/**
 * Where an excerpt sits in a passage: the exact text first, else the same words with folding
 * (quotes, dashes, spacing and diacritics may differ between an excerpt and its passage). Pure.
 */
import { fold, foldKey, originalRange } from '../../core/text/fold.js';

export function findExcerpt(passage: string, excerpt: string): [number, number] | undefined {
  const needle = excerpt.trim();
  if (!needle) return undefined;
  const exact = passage.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const key = foldKey(needle);
  if (!key) return undefined;
  const folded = fold(passage);
  const at = folded.text.indexOf(key);
  return at < 0 ? undefined : originalRange(folded, at, at + key.length);
}
