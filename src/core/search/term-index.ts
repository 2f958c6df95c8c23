/**
 * The first stage of search: an inverted index from folded words to the entries that contain
 * them, and a forgiving match of each query word against the vocabulary (exact, prefix — the user
 * is still typing — substring, and one or two typos). It narrows tens of thousands of entries to
 * the few dozen that contain every query word in some form, so fuse.js, which scores an entry by
 * reading all of its text, ranks a short list and a keystroke stays fast on any corpus size.
 */

export type Field = 0 | 1; // 0: primary, 1: secondary

/** How well a query word matches a vocabulary word, 0…1. */
const EXACT = 1;
const PREFIX = 0.85;
const FUZZY = 0.7;
const SUBSTRING = 0.6;
/** A secondary field counts for this much of a primary one. */
const SECONDARY = 0.5;

export interface TermIndex {
  readonly size: number;
  readonly terms: string[];
  /** postings[t]: entry * 2 + field, for every entry containing term t. */
  readonly postings: Int32Array[];
  /** Term ids of single words, sorted by the word (prefixes are a binary search away). */
  readonly words: Int32Array;
  /** Term ids of two adjacent words joined ("ha noi" → "hanoi"), sorted likewise. */
  readonly pairs: Int32Array;
  /** For a joined pair, the length of its first word (0 for a single word). */
  readonly split: Int32Array;
  /** Single-word term ids by first character (the typo search reads only its query's buckets). */
  readonly byFirst: Map<string, number[]>;
}

export const wordsOf = (folded: string): string[] => folded.split(' ').filter((w) => w.length > 1 || /\d/.test(w));

/** Builds the index; `fields(i)` gives entry i's folded primary and secondary texts. */
export function buildTermIndex(size: number, fields: (i: number) => [string, string]): TermIndex {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const split: number[] = [];
  for (let i = 0; i < size; i++) {
    const [primary, secondary] = fields(i);
    const seen = new Set<string>();
    ([primary, secondary] as const).forEach((text, field) => {
      const words = wordsOf(text);
      // Two adjacent words joined are a term too: "hanoi" finds "Ha Noi", "peacekeeping" "peace keeping".
      const joined = words.slice(1).map((w, k) => words[k]! + w);
      const all = [...words, ...joined];
      for (let k = 0; k < all.length; k++) {
        const w = all[k]!;
        const key = `${w}\u0000${field}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let t = ids.get(w);
        if (t === undefined) {
          ids.set(w, (t = lists.length));
          lists.push([]);
          split.push(k >= words.length ? words[k - words.length]!.length : 0);
        }
        lists[t]!.push(i * 2 + field);
      }
    });
  }
  const terms = [...ids.keys()];
  const byWord = (a: number, b: number): number => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0);
  const words = Int32Array.from(terms.keys()).filter((t) => split[t] === 0).sort(byWord);
  const pairs = Int32Array.from(terms.keys()).filter((t) => split[t]! > 0).sort(byWord);
  const byFirst = new Map<string, number[]>();
  for (const t of words) {
    const b = byFirst.get(terms[t]![0]!);
    if (b) b.push(t);
    else byFirst.set(terms[t]![0]!, [t]);
  }
  return { size, terms, postings: lists.map((l) => Int32Array.from(l)), words, pairs, split: Int32Array.from(split), byFirst };
}

/** The ids in `sorted` (term ids sorted by term) whose term starts with `q`. */
function withPrefix(terms: readonly string[], sorted: Int32Array, q: string): Int32Array {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[sorted[mid]!]! < q) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && terms[sorted[end]!]!.startsWith(q)) end++;
  return sorted.subarray(lo, end);
}

/** Optimal-string-alignment distance between a and b, or max + 1 once it must exceed max. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Typos allowed in a query word of this length. */
const typosFor = (length: number): number => (length < 4 ? 0 : length < 7 ? 1 : 2);

/** The vocabulary words a query word stands for, with how well each matches. */
export function matchWord(index: TermIndex, q: string): Map<number, number> {
  const out = new Map<number, number>();
  const put = (t: number, quality: number): void => {
    if ((out.get(t) ?? 0) < quality) out.set(t, quality);
  };
  const { terms } = index;
  for (const t of withPrefix(terms, index.words, q)) put(t, terms[t] === q ? EXACT : PREFIX);
  // A joined pair when the query word runs past its first word ("hanoi", "hano" for "Ha Noi").
  for (const t of withPrefix(terms, index.pairs, q)) if (q.length > index.split[t]!) put(t, terms[t] === q ? EXACT : PREFIX);
  if (q.length >= 3) {
    for (const t of index.words) {
      if (!out.has(t) && terms[t]!.length > q.length && terms[t]!.includes(q)) put(t, SUBSTRING);
    }
  }
  const k = typosFor(q.length);
  if (k === 0) return out;
  // Typos: whole words, or the start of a longer word (a misspelt word still being typed). The
  // first letter is rarely the wrong one; a swap of the first two is read from the second bucket.
  const firsts = q[1] === q[0] ? [q[0]!] : [q[0]!, q[1]!];
  for (const t of firsts.flatMap((c) => index.byFirst.get(c) ?? [])) {
    if (out.has(t)) continue;
    const w = terms[t]!;
    if (typoDistance(q, w, k) <= k || (w.length > q.length && typoDistance(q, w.slice(0, q.length), k) <= k)) put(t, FUZZY);
  }
  return out;
}

/**
 * Entries containing every query word (in some form), best first, at most `cap` of them. An
 * entry's score adds, per query word, its best match (a primary field counting double).
 */
export function candidates(index: TermIndex, words: readonly string[], cap: number, matchCache?: Map<string, Map<number, number>>): number[] {
  const total = new Float64Array(index.size);
  let alive: number[] | undefined;
  for (const q of words) {
    let matched = matchCache?.get(q);
    if (!matched) {
      matched = matchWord(index, q);
      matchCache?.set(q, matched);
    }
    const best = new Float64Array(index.size);
    for (const [t, quality] of matched) {
      for (const p of index.postings[t]!) {
        const e = p >> 1;
        const s = quality * (p & 1 ? SECONDARY : 1);
        if (s > best[e]!) best[e] = s;
      }
    }
    const next: number[] = [];
    if (alive === undefined) {
      for (let e = 0; e < index.size; e++) if (best[e]! > 0) next.push(e);
    } else for (const e of alive) if (best[e]! > 0) next.push(e);
    for (const e of next) total[e] = total[e]! + best[e]!;
    alive = next;
    if (alive.length === 0) return [];
  }
  const list = alive ?? [];
  list.sort((a, b) => total[b]! - total[a]! || a - b);
  return list.slice(0, cap);
}
