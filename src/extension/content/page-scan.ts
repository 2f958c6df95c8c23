/**
 * A sliced scan of one subtree: the page-text walk feeds the streaming matcher node by node, and
 * when the walk is done the hits are disambiguated and turned into live DOM Ranges.
 */
import { HitCollector, MentionResolver, type DetectOptions, type Mention, type MentionWhy } from '../../core/match/detect.js';
import type { Lexicon } from '../../core/match/lexicon.js';
import type { FigureHint } from '../../core/claims/hints.js';
import { Scanner } from '../../core/match/scan.js';
import { PageTextWalk } from '../../dom/page-text.js';

export interface PageMention {
  range: Range;
  topic: string;
  surface: string;
  why: MentionWhy;
  /** Text nodes the mention touches (for hit-testing). */
  nodes: Text[];
  /** How a figure the page states next to this mention compares with the sources, if it does. */
  hint?: FigureHint;
}


export class SubtreeScan {
  private readonly starts: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly hits: HitCollector;
  private readonly scanner: Scanner;
  private readonly walk: PageTextWalk;

  constructor(private readonly lex: Lexicon, root: Node) {
    this.hits = new HitCollector(lex);
    this.scanner = new Scanner(lex.automaton, this.hits.add);
    const scanner = this.scanner;
    this.walk = new PageTextWalk(root, {
      text: (node, data) => {
        this.starts.push(scanner.offset);
        this.nodes.push(node);
        scanner.feed(data);
      },
      boundary: () => scanner.boundary(),
    });
  }

  /** Walks and matches until done or out of time; returns whether done. */
  step(keepGoing: () => boolean): boolean {
    const done = this.walk.run(keepGoing);
    if (done) this.scanner.end();
    return done;
  }

  /** Index of the chunk containing offset `at` (the last chunk starting at or before it). */
  private chunkAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private textOf(start: number, end: number): string {
    let out = '';
    for (let i = this.chunkAt(start); i < this.nodes.length && this.starts[i]! < end; i++) {
      const s = this.starts[i]!;
      out += this.nodes[i]!.data.slice(Math.max(0, start - s), end - s);
    }
    return out;
  }

  /** Disambiguates the walk's mentions, resumably (call after `step` returned true). */
  resolver(options: DetectOptions): MentionResolver {
    return new MentionResolver(this.lex, this.hits, (s, e) => this.textOf(s, e), options);
  }

  /** The walk's mentions, disambiguated in one go (call after `step` returned true). */
  resolve(options: DetectOptions): Mention[] {
    const r = this.resolver(options);
    r.run();
    return r.mentions;
  }

  /** A resolved mention as a live Range in the page, or undefined if its text has moved since. */
  pageMention(m: Mention): PageMention | undefined {
    {
      const a = this.chunkAt(m.start);
      const b = this.chunkAt(m.end - 1);
      const startNode = this.nodes[a]!;
      const endNode = this.nodes[b]!;
      // The page may have changed since the walk; skip mentions whose text moved.
      if (!startNode.isConnected || !endNode.isConnected) return undefined;
      const so = m.start - this.starts[a]!;
      const eo = m.end - this.starts[b]!;
      if (so > startNode.length || eo > endNode.length) return undefined;
      const range = document.createRange();
      range.setStart(startNode, so);
      range.setEnd(endNode, eo);
      return { range, topic: m.topic, surface: m.surface, why: m.why, nodes: this.nodes.slice(a, b + 1) };
    }
  }
}
