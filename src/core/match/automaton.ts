/**
 * An Aho–Corasick automaton over folded text (UTF-16 code units).
 *
 * Built at corpus-build time from the folded patterns, it is shipped as a front-coded trie, and
 * the node arrays and failure links are rebuilt when it is loaded (linear in the trie's size).
 * Scanning costs O(text + matches) whatever the number of patterns.
 */

/**
 * The trie, front-coded: each pattern (in pattern-id order) is written as one character giving
 * the length of the prefix it shares with the previous pattern (code 48 + length), then the rest
 * of it; patterns are separated by "\n" (folded text never contains one). Sorted patterns share
 * long prefixes, so this is a compact, gzip-friendly trie; loading rebuilds the node arrays.
 */
export interface SerializedAutomaton {
  trie: string;
}

export interface Automaton {
  readonly size: number;
  /** Pattern lengths, by pattern id. */
  readonly lengths: Int32Array;
  readonly maxLength: number;
  first: Int32Array;
  count: Int32Array;
  label: Uint16Array;
  fail: Int32Array;
  /** Pattern id ending at this node, or -1. */
  out: Int32Array;
  /** Nearest node on the failure chain (excluding this one) that ends a pattern, or -1. */
  dict: Int32Array;
  /** Dense ASCII transition tables (with failures resolved) for the busiest states. */
  dense: Map<number, Int32Array>;
}

/** Serialises `patterns` (already folded; pattern id = index). Throws on empty or duplicate ones. */
export function buildAutomaton(patterns: readonly string[]): SerializedAutomaton {
  const seen = new Map<string, number>();
  const parts: string[] = [];
  let previous = '';
  patterns.forEach((p, id) => {
    if (p.length === 0) throw new Error(`pattern ${id} is empty`);
    if (p.includes('\n')) throw new Error(`pattern ${id} contains a line break`);
    const dup = seen.get(p);
    if (dup !== undefined) throw new Error(`patterns ${dup} and ${id} are identical: "${p}"`);
    seen.set(p, id);
    let k = 0;
    while (k < p.length && k < previous.length && p.charCodeAt(k) === previous.charCodeAt(k)) k++;
    parts.push(String.fromCharCode(48 + k) + p.slice(k));
    previous = p;
  });
  return { trie: parts.join('\n') };
}

/** The patterns of a serialised automaton, in id order. */
export function decodePatterns(data: SerializedAutomaton): string[] {
  if (data.trie === '') return [];
  const out: string[] = [];
  let previous = '';
  for (const entry of data.trie.split('\n')) {
    const k = entry.charCodeAt(0) - 48;
    if (!(k >= 0 && k <= previous.length)) throw new Error('automaton: malformed trie');
    previous = previous.slice(0, k) + entry.slice(1);
    out.push(previous);
  }
  return out;
}

function child(a: Automaton, node: number, c: number): number {
  let lo = a.first[node]!;
  let hi = lo + a.count[node]! - 1;
  const label = a.label;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = label[mid]!;
    if (l === c) return mid;
    if (l < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The automaton's transition: the state after reading code unit `c` in state `s`. */
export function step(a: Automaton, s: number, c: number): number {
  for (;;) {
    if (c < 128) {
      const d = a.dense.get(s);
      if (d) return d[c]!;
    }
    const next = child(a, s, c);
    if (next >= 0) return next;
    if (s === 0) return 0;
    s = a.fail[s]!;
  }
}

/** Rebuilds the runtime automaton (trie arrays, failure and dictionary links) from its serialised form. */
export function loadAutomaton(data: SerializedAutomaton): Automaton {
  const patterns = decodePatterns(data);
  // Trie with sorted children, numbered breadth-first so each node's children are contiguous.
  interface TrieNode { children: Map<number, TrieNode>; pattern: number }
  const root: TrieNode = { children: new Map(), pattern: -1 };
  patterns.forEach((p, id) => {
    let node = root;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = node.children.get(c);
      if (!next) node.children.set(c, (next = { children: new Map(), pattern: -1 }));
      node = next;
    }
    node.pattern = id;
  });
  const queue: TrieNode[] = [root];
  const labels: number[] = [0];
  const parents: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const k of [...node.children.keys()].sort((a, b) => a - b)) {
      queue.push(node.children.get(k)!);
      labels.push(k);
      parents.push(head);
    }
  }
  const size = queue.length;
  const first = new Int32Array(size);
  const count = new Int32Array(size);
  const label = Uint16Array.from(labels);
  const parent = Int32Array.from(parents);
  let next = 1;
  for (let v = 0; v < size; v++) {
    first[v] = next;
    count[v] = queue[v]!.children.size;
    next += count[v]!;
  }
  const terminals = new Int32Array(patterns.length);
  queue.forEach((node, v) => {
    if (node.pattern >= 0) terminals[node.pattern] = v;
  });
  const out = new Int32Array(size).fill(-1);
  const lengths = new Int32Array(patterns.length);
  const depth = new Int32Array(size);
  for (let v = 1; v < size; v++) depth[v] = depth[parent[v]!]! + 1;
  terminals.forEach((t, id) => {
    out[t] = id;
    lengths[id] = depth[t]!;
  });
  const a: Automaton = {
    size, first, count, label, out, lengths,
    maxLength: lengths.reduce((m, l) => Math.max(m, l), 0),
    fail: new Int32Array(size),
    dict: new Int32Array(size).fill(-1),
    dense: new Map(),
  };
  // BFS order is the node order, so a node's failure target is always computed before it.
  for (let v = 1; v < size; v++) {
    const p = parent[v]!;
    if (p === 0) a.fail[v] = 0;
    else {
      const c = label[v]!;
      let f = a.fail[p]!;
      let target = -1;
      for (;;) {
        target = child(a, f, c);
        if (target >= 0 || f === 0) break;
        f = a.fail[f]!;
      }
      a.fail[v] = target >= 0 ? target : 0;
    }
    const f = a.fail[v]!;
    a.dict[v] = a.out[f]! >= 0 ? f : a.dict[f]!;
  }
  // Dense tables for the states that almost every character passes through.
  const busy = [0];
  for (let v = first[0]!; v < first[0]! + count[0]!; v++) if (count[v]! >= 4) busy.push(v);
  for (const s of busy) {
    const table = new Int32Array(128);
    for (let c = 0; c < 128; c++) table[c] = step(a, s, c);
    a.dense.set(s, table);
  }
  return a;
}
