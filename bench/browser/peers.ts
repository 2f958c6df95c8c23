/**
 * The matchers people reach for, each run over every visible text node on its own (so, unlike
 * Gloss, they miss a mention split across inline elements): a precompiled RegExp union of the
 * aliases, and modern-ahocorasick.
 */
import AhoCorasick from 'modern-ahocorasick';
import { eachVisibleText } from './walk.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `\b(?:alias|…)\b`, case-insensitive, longest alias first so the longest alternative wins —
 * what one writes by hand. (`\b` is ASCII-only, so it misses aliases that start or end with a
 * non-ASCII letter such as "đ"; counted, not corrected.)
 */
export function unionRegExp(aliases: readonly string[]): RegExp {
  const sorted = [...aliases].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${sorted.map(escapeRegExp).join('|')})\\b`, 'gi');
}

export function regexpScan(re: RegExp, root: Node): number {
  let found = 0;
  eachVisibleText(root, (t) => {
    const data = t.data;
    re.lastIndex = 0;
    while (re.exec(data) !== null) found++;
  });
  return found;
}

/**
 * modern-ahocorasick is case-sensitive and does not normalise, so patterns and text are
 * lowercased (the usual way to use it). Matches are non-overlapping, longest first
 * (`leftmost-longest`, as its README advises for highlighting). Two ways: whole words (its
 * `wholeWord` option, the job Gloss does) and plain substrings (faster, but "UN" matches inside
 * "under"): the table shows both, and Gloss is held to the faster.
 */
export function ahoCorasick(aliases: readonly string[]): AhoCorasick {
  return new AhoCorasick([...new Set(aliases.map((a) => a.toLowerCase()))]);
}

export function ahoCorasickScan(ac: AhoCorasick, root: Node, wholeWord: boolean): number {
  const options = { strategy: 'leftmost-longest', wholeWord } as const;
  let found = 0;
  eachVisibleText(root, (t) => {
    found += ac.search(t.data.toLowerCase(), options).length;
  });
  return found;
}
