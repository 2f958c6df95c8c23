/** What the bench page and the Node driver say to each other. */

export type MethodId =
  | 'floor-plain' | 'floor-treewalker' | 'touch-chars'
  | 'gloss-scan' | 'gloss-match' | 'gloss-highlight'
  | 'regexp' | 'ac-words' | 'ac-substrings' | 'markjs-regexp' | 'markjs-array'
  | 'draw-highlights' | 'draw-elements';

export interface RunResult {
  /** Script time of the method alone. */
  ms: number;
  /** Until the next frame was rendered (drawing methods). */
  frameMs?: number;
  /** Matches found (characters read, for the floors). */
  count: number;
}

export interface PageInfo {
  visibleChars: number;
  textNodes: number;
  elements: number;
  htmlChars: number;
}

export interface LexiconInfo {
  name: string;
  aliases: number;
  /** Automaton states. */
  states: number;
  /** Size of the lexicon JSON. */
  bytes: number;
  /** loadLexicon (what the content script does at every page load). */
  loadMs: number;
  /** Building and compiling the RegExp union. */
  regexpMs: number;
  /** Building the modern-ahocorasick matcher. */
  acMs: number;
}
