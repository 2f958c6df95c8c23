/**
 * The bench page's side: loaded into each generated page (no extension), it runs one measured
 * method at a time for the Node driver. Each call prepares untimed (fresh DOM if the last method
 * changed it, highlights cleared, a rendered frame, a GC) and then times only the method.
 */
import { loadLexicon, type Lexicon } from '../../src/core/match/lexicon.js';
import type AhoCorasick from 'modern-ahocorasick';
import { drawWithElements, drawWithHighlights, nextFrame, piecesOf } from './draw.js';
import { glossHighlight, glossMatch, glossScan } from './gloss.js';
import { idleScan, type IdleScanResult, type Retained } from './idle-scan.js';
import { markArray, markRegExp } from './markjs.js';
import { pageMutations } from './mutations.js';
import { ahoCorasick, ahoCorasickScan, regexpScan, unionRegExp } from './peers.js';
import { eachVisibleText, floorPlain, floorTreeWalker, touchEveryChar } from './walk.js';
import type { LexiconInfo, MethodId, PageInfo, RunResult } from './protocol.js';

interface Loaded { lex: Lexicon; aliases: string[]; re: RegExp; ac: AhoCorasick }

const lexicons = new Map<string, Loaded>();
/** Gloss's matches on this page as [first node, start, last node, end] (text-node indices), per lexicon. */
const matchCache = new Map<string, number[][]>();
let original = '';
let dirty = false;
/** What a heap measurement keeps alive between calls. */
let retained: unknown = null;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * A full GC from a fresh task. Blink scans the stack conservatively, so a GC started with this
 * task's frames still on it can keep dead Ranges alive — and every live Range makes each DOM
 * change slower, which would tax whichever method runs next.
 */
async function collect(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  gc();
}
const body = (): HTMLElement => document.body;

async function fresh(): Promise<void> {
  if (dirty) {
    body().innerHTML = original;
    dirty = false;
  }
  CSS.highlights.clear();
  void body().getBoundingClientRect();
  await nextFrame();
  await collect();
}

function loaded(name: string): Loaded {
  const l = lexicons.get(name);
  if (!l) throw new Error(`lexicon ${name} is not loaded`);
  return l;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Every visible text node, in document order (the same order on every fresh copy of the page). */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  eachVisibleText(root, (t) => out.push(t));
  return out;
}

/**
 * Gloss's mentions on the current DOM as Ranges, for the drawing comparison. Found once per page
 * and lexicon, then rebuilt on each fresh copy by node index (finding them costs seconds on 5 MB).
 */
function matchRanges(name: string, root: Node): Range[] {
  const nodes = textNodes(root);
  let cached = matchCache.get(name);
  if (!cached) {
    const index = new Map(nodes.map((n, i) => [n, i]));
    cached = glossMatch(loaded(name).lex, root).map((m) => [
      index.get(m.range.startContainer as Text)!, m.range.startOffset, index.get(m.range.endContainer as Text)!, m.range.endOffset,
    ]);
    matchCache.set(name, cached);
  }
  return cached.map(([a, so, b, eo]) => {
    const r = document.createRange();
    r.setStart(nodes[a!]!, so!);
    r.setEnd(nodes[b!]!, eo!);
    return r;
  });
}

async function run(method: MethodId, name: string): Promise<RunResult> {
  await fresh();
  const root = body();
  switch (method) {
    case 'floor-plain': { const r = time(() => floorPlain(root)); return { ms: r.ms, count: r.value }; }
    case 'floor-treewalker': { const r = time(() => floorTreeWalker(root)); return { ms: r.ms, count: r.value }; }
    case 'touch-chars': { const r = time(() => touchEveryChar(root)); return { ms: r.ms, count: r.value }; }
    case 'gloss-scan': { const { lex } = loaded(name); const r = time(() => glossScan(lex, root)); return { ms: r.ms, count: 0 }; }
    case 'gloss-match': { const { lex } = loaded(name); const r = time(() => glossMatch(lex, root)); return { ms: r.ms, count: r.value.length }; }
    case 'gloss-highlight': {
      const { lex } = loaded(name);
      const t0 = performance.now();
      const r = glossHighlight(lex, root);
      const ms = performance.now() - t0;
      await nextFrame();
      const frameMs = performance.now() - t0;
      r.highlighter.clear();
      return { ms, frameMs, count: r.mentions.length };
    }
    case 'regexp': { const { re } = loaded(name); const r = time(() => regexpScan(re, root)); return { ms: r.ms, count: r.value }; }
    case 'ac-words':
    case 'ac-substrings': {
      const { ac } = loaded(name);
      const r = time(() => ahoCorasickScan(ac, root, method === 'ac-words'));
      return { ms: r.ms, count: r.value };
    }
    case 'markjs-regexp': {
      const { re } = loaded(name);
      dirty = true;
      const r = time(() => markRegExp(root, re));
      return { ms: r.ms, count: r.value };
    }
    case 'markjs-array': {
      const { aliases } = loaded(name);
      dirty = true;
      const r = time(() => markArray(root, aliases));
      return { ms: r.ms, count: r.value };
    }
    case 'draw-highlights': {
      // The same matches for both drawings: Gloss's, found untimed on the fresh DOM.
      const ranges = matchRanges(name, root);
      await nextFrame();
      await collect();
      const t0 = performance.now();
      drawWithHighlights(ranges);
      const ms = performance.now() - t0;
      await nextFrame();
      return { ms, frameMs: performance.now() - t0, count: ranges.length };
    }
    case 'draw-elements': {
      const pieces = piecesOf(matchRanges(name, root), textNodes(root));
      // Live Ranges slow every DOM change down (the browser updates each one): let Gloss's go first.
      await nextFrame();
      await collect();
      dirty = true;
      const t0 = performance.now();
      const count = drawWithElements(pieces);
      const ms = performance.now() - t0;
      await nextFrame();
      return { ms, frameMs: performance.now() - t0, count };
    }
  }
}

async function loadNamed(name: string): Promise<LexiconInfo> {
  const [data, aliases] = await Promise.all([
    fetch(`/lexicon/${name}.json`).then((r) => r.text()),
    fetch(`/aliases/${name}.json`).then((r) => r.json() as Promise<string[]>),
  ]);
  gc();
  const t0 = performance.now();
  const lex = loadLexicon(JSON.parse(data));
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const re = unionRegExp(aliases);
  re.test('warm up the RegExp compiler');
  const regexpMs = performance.now() - t1;
  const t2 = performance.now();
  const ac = ahoCorasick(aliases);
  const acMs = performance.now() - t2;
  lexicons.set(name, { lex, aliases, re, ac });
  return { name, aliases: aliases.length, states: lex.automaton.size, bytes: data.length, loadMs, regexpMs, acMs };
}

const api = {
  init(): PageInfo {
    original = body().innerHTML;
    let textNodes = 0;
    let elements = 0;
    const walker = document.createTreeWalker(body(), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeType === 3 ? textNodes++ : elements++;
    return { visibleChars: floorPlain(body()), textNodes, elements, htmlChars: original.length };
  },
  loadLexicon: loadNamed,
  dropLexicon(name: string): void {
    lexicons.delete(name);
  },
  run,
  async idleScan(name: string): Promise<IdleScanResult> {
    await fresh();
    return idleScan(loaded(name).lex, body(), (r: Retained) => { retained = r; });
  },
  async release(): Promise<void> {
    retained = null;
    CSS.highlights.clear();
    await fresh();
  },
  /** Loads only Gloss's lexicon and keeps it, as the content script does (for its heap size). */
  async holdLexicon(name: string): Promise<void> {
    const text = await fetch(`/lexicon/${name}.json`).then((r) => r.text());
    retained = loadLexicon(JSON.parse(text));
  },
  /** The page's own DOM changes, timed (with or without Gloss's mention Ranges alive). */
  async pageMutations(): Promise<number> {
    await nextFrame();
    await collect();
    return pageMutations(body());
  },
};

(window as unknown as { bench: typeof api }).bench = api;
export type BenchApi = typeof api;
