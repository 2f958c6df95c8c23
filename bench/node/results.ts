/** The shape of bench/results/latest.json. */
import type { LexiconInfo, PageInfo } from '../browser/protocol.js';
import type { CaseResult } from '../suites/matrix.js';
import type { IdleResult } from '../suites/idle.js';
import type { PopupResult } from '../suites/popup.js';
import type { SearchResult } from '../suites/search.js';
import type { SizeResult } from '../suites/size.js';
import type { Machine } from './machine.js';
import type { Target } from './targets.js';

export interface PageResult extends PageInfo {
  id: string;
  label: string;
  /** Mentions the generator planted, and how many of them it split across inline elements. */
  planted: number;
  plantedSplit: number;
}

export interface LexiconResult extends LexiconInfo {
  label: string;
  /** JS heap the loaded lexicon keeps (bytes), as the content script holds it. */
  heapBytes: number;
}

export interface Results {
  date: string;
  command: string;
  options: { runs: number; quick: boolean; full: boolean };
  /** false when the sources changed and could not be rebuilt: an older build was measured. */
  buildCurrent: boolean;
  machine: Machine;
  durationS: number;
  pages: PageResult[];
  lexicons: LexiconResult[];
  cases: CaseResult[];
  idle: IdleResult[];
  size: SizeResult;
  popup: PopupResult | { error: string };
  search: SearchResult[];
  targets: Target[];
}
