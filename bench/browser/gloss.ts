/**
 * Gloss as its content script runs it on one subtree (PageController.scanRoots): SubtreeScan
 * (page-text walk feeding the streaming scanner), disambiguation, mentions as live Ranges, then
 * the visibility check and the Highlighter. Three cuts, so the table can say where time goes.
 */
import type { Lexicon } from '../../src/core/match/lexicon.js';
import { Highlighter } from '../../src/extension/content/highlighter.js';
import { SubtreeScan, type PageMention } from '../../src/extension/content/page-scan.js';
import { isVisible } from '../../src/extension/content/scan-in-slices.js';

const always = (): boolean => true;

/** The options PageController passes on a first scan with the default settings (nothing muted). */
export const detectOptions = () => ({ title: document.title, pageTopics: new Set<string>(), isMuted: () => false });

/** Walk + automaton only: no disambiguation, no Ranges. */
export function glossScan(lex: Lexicon, root: Node): SubtreeScan {
  const scan = new SubtreeScan(lex, root);
  scan.step(always);
  return scan;
}

/** Mentions of a finished scan as Ranges (PageController places them in idle slices; here at once). */
export function placeMentions(scan: SubtreeScan): PageMention[] {
  const out: PageMention[] = [];
  for (const m of scan.resolve(detectOptions())) {
    const placed = scan.pageMention(m);
    if (placed) out.push(placed);
  }
  return out;
}

/** Walk, automaton, disambiguation, overlaps, Ranges: the mentions the content script keeps. */
export function glossMatch(lex: Lexicon, root: Node): PageMention[] {
  return placeMentions(glossScan(lex, root));
}

/** Everything the content script does for a subtree: match, filter, draw. */
export function glossHighlight(lex: Lexicon, root: Node): { mentions: PageMention[]; highlighter: Highlighter } {
  const mentions = glossMatch(lex, root).filter(isVisible);
  const highlighter = new Highlighter('underline', true);
  highlighter.add(mentions.map((m) => m.range));
  return { mentions, highlighter };
}
