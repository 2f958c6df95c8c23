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
  /** The first node of this node's output chain: itself if it ends a pattern, else `dict`. */
  emit: Int32Array;
  /** Start of this state's dense row in `table` (failures resolved), or -1 for a sparse state. */
  row: Int32Array;
  /** Dense rows of ROW_WIDTH transitions, indexed by `UNIT_CLASS`. */
  table: Int32Array;
}

/**
 * Dense rows cover the units almost all text is made of: digits, a–z and the hard-punctuation
 * unit (1). Any other unit goes through the sparse children. A unit no pattern contains has class
 * ROW_WIDTH - 1, which leads back to the root from every state.
 */
export const ROW_WIDTH = 38;
export const UNIT_CLASS = new Uint8Array(128).fill(ROW_WIDTH - 1);
for (let c = 48; c <= 57; c++) UNIT_CLASS[c] = c - 48;
for (let c = 97; c <= 122; c++) UNIT_CLASS[c] = c - 97 + 10;
UNIT_CLASS[1] = 36;
const CLASS_UNIT = [...Array.from({ length: 10 }, (_, i) => 48 + i), ...Array.from({ length: 26 }, (_, i) => 97 + i), 1];
/** States with dense rows: the root and every state up to this depth (most text never goes deeper). */
const DENSE_DEPTH = 2;
/** ...but no more rows than this (a 50,000-alias lexicon has thousands of depth-2 states). */
const MAX_ROWS = 4096;

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
      const r = a.row[s]!;
      if (r >= 0) return a.table[r + UNIT_CLASS[c]!]!;
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
    emit: new Int32Array(size).fill(-1),
    row: new Int32Array(size).fill(-1),
    table: new Int32Array(0),
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
  for (let v = 0; v < size; v++) a.emit[v] = out[v]! >= 0 ? v : a.dict[v]!;
  // Dense rows for the shallow states, in BFS order (so a row's failure target, being shallower,
  // has its row already and `step` resolves each entry in a lookup or two).
  let rows = 0;
  while (rows < size && rows < MAX_ROWS && depth[rows]! <= DENSE_DEPTH) rows++;
  a.table = new Int32Array(rows * ROW_WIDTH);
  for (let v = 0; v < rows; v++) {
    const base = v * ROW_WIDTH;
    for (let k = 0; k < ROW_WIDTH - 1; k++) a.table[base + k] = step(a, v, CLASS_UNIT[k]!);
    a.row[v] = base; // set after filling: `step` must not read the row it is building
  }
  return a;
}
