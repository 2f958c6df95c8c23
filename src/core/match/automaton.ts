/**
 * An Aho–Corasick automaton over folded text (UTF-16 code units).
 *
 * Built once (at corpus-build time) from the folded patterns, it is shipped in a compact
 * serialised form — the trie in breadth-first order as a label string plus child counts — and
 * the failure links are recomputed when it is loaded (linear in the number of trie nodes).
 * Scanning costs O(text + matches) whatever the number of patterns.
 */

export interface SerializedAutomaton {
  /** Edge label (one UTF-16 code unit) of every non-root node, in BFS order. */
  labels: string;
  /** Child count of every node, in BFS order (children of one node are contiguous and sorted). */
  counts: number[];
  /** Node index of each pattern's terminal node, delta-encoded in pattern-id order. */
  terminals: number[];
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

/** Builds the trie of `patterns` (already folded) and serialises it. Pattern ids are indices. */
export function buildAutomaton(patterns: readonly string[]): SerializedAutomaton {
  interface TrieNode { children: Map<number, TrieNode>; pattern: number; index: number }
  const root: TrieNode = { children: new Map(), pattern: -1, index: 0 };
  patterns.forEach((p, id) => {
    if (p.length === 0) throw new Error(`pattern ${id} is empty`);
    let node = root;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = node.children.get(c);
      if (!next) {
        next = { children: new Map(), pattern: -1, index: -1 };
        node.children.set(c, next);
      }
      node = next;
    }
    if (node.pattern !== -1) throw new Error(`patterns ${node.pattern} and ${id} are identical: "${p}"`);
    node.pattern = id;
  });
  let labels = '';
  const counts: number[] = [];
  const terminalByPattern = new Array<number>(patterns.length);
  const queue: TrieNode[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    node.index = head;
    if (node.pattern >= 0) terminalByPattern[node.pattern] = head;
    const keys = [...node.children.keys()].sort((a, b) => a - b);
    counts.push(keys.length);
    for (const k of keys) {
      labels += String.fromCharCode(k);
      queue.push(node.children.get(k)!);
    }
  }
  const terminals = terminalByPattern.map((t, i) => (i === 0 ? t : t - terminalByPattern[i - 1]!));
  return { labels, counts, terminals };
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

/** Rebuilds the runtime automaton (failure and dictionary links) from its serialised form. */
export function loadAutomaton(data: SerializedAutomaton): Automaton {
  const size = data.counts.length;
  if (data.labels.length !== size - 1) throw new Error('automaton: labels and counts disagree');
  const first = new Int32Array(size);
  const count = new Int32Array(size);
  const label = new Uint16Array(size);
  const parent = new Int32Array(size);
  let next = 1;
  for (let v = 0; v < size; v++) {
    const k = data.counts[v]!;
    first[v] = next;
    count[v] = k;
    for (let j = 0; j < k; j++) {
      label[next] = data.labels.charCodeAt(next - 1);
      parent[next] = v;
      next++;
    }
  }
  if (next !== size) throw new Error('automaton: child counts do not add up');
  const out = new Int32Array(size).fill(-1);
  const lengths = new Int32Array(data.terminals.length);
  const depth = new Int32Array(size);
  for (let v = 1; v < size; v++) depth[v] = depth[parent[v]!]! + 1;
  let t = 0;
  data.terminals.forEach((delta, id) => {
    t = id === 0 ? delta : t + delta;
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
