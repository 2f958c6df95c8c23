/** Scans a DOM subtree in one go (CLI, tests): the page-text walk feeding the streaming matcher. */
import { HitCollector, resolveMentions, type DetectOptions, type Mention } from '../core/match/detect.js';
import type { Lexicon } from '../core/match/lexicon.js';
import { Scanner } from '../core/match/scan.js';
import { PageTextWalk } from './page-text.js';

export interface DocumentScan {
  /** The visible text, blocks separated by "\n"; mention offsets index into it. */
  text: string;
  mentions: Mention[];
}

export function scanDocument(lex: Lexicon, root: Node, options: DetectOptions = {}): DocumentScan {
  const hits = new HitCollector(lex);
  const scanner = new Scanner(lex.automaton, hits.add);
  const parts: string[] = [];
  let lastBoundary = true;
  new PageTextWalk(root, {
    text(_node, data) {
      parts.push(data);
      scanner.feed(data);
      lastBoundary = false;
    },
    boundary() {
      if (lastBoundary) return;
      parts.push('\n');
      scanner.feed('\n');
      scanner.boundary();
      lastBoundary = true;
    },
  }).run();
  scanner.end();
  const text = parts.join('');
  return { text, mentions: resolveMentions(lex, hits, (s, e) => text.slice(s, e), options) };
}
