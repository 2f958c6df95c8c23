/**
 * What `npm run bench` measures: pages, lexicons, and which methods run on which pair. The full
 * matrix would take far past the ten-minute budget on two cores (mark.js's array mode alone needs
 * ~19 s a run on the 100 KB page), so the expensive contenders run where they answer a target.
 *
 * Options: --runs N (default 7), --quick (3 runs, 100 KB and 1 MB pages only: for trying the
 * bench, not for the README), --full (every lexicon on the 5 MB page too), --no-readme.
 */
import type { MethodId } from './browser/protocol.js';

export interface PageCase {
  id: string;
  label: string;
  chars: number;
  /** false: a page on unrelated topics, where nothing should match. */
  mentions: boolean;
  seed: number;
}

export interface LexiconCase {
  id: string;
  label: string;
  /** Total aliases; absent for the real corpus lexicon. */
  aliases?: number;
}

export interface Case {
  page: string;
  lexicon: string;
  methods: MethodId[];
}

export const PAGES: PageCase[] = [
  { id: 'article-100k', label: 'article, 100 KB', chars: 100_000, mentions: true, seed: 101 },
  { id: 'article-1m', label: 'article, 1 MB', chars: 1_000_000, mentions: true, seed: 102 },
  { id: 'article-5m', label: 'article, 5 MB', chars: 5_000_000, mentions: true, seed: 103 },
  { id: 'unrelated-1m', label: 'no match, 1 MB', chars: 1_000_000, mentions: false, seed: 104 },
];

export const LEXICONS: LexiconCase[] = [
  { id: 'real', label: 'real corpus' },
  { id: 'syn-1k', label: '1,000 aliases', aliases: 1_000 },
  { id: 'syn-10k', label: '10,000 aliases', aliases: 10_000 },
  { id: 'syn-50k', label: '50,000 aliases', aliases: 50_000 },
];

/** Matching methods compared on every pair. */
const SWEEP: MethodId[] = ['floor-plain', 'floor-treewalker', 'gloss-match', 'gloss-highlight', 'regexp', 'ac-substrings'];
/**
 * With the real lexicon also: where Gloss's time goes (walk + automaton alone), the slower and
 * stricter way to use modern-ahocorasick (whole words: ~0.4 s per MB), the "touch every
 * character" reference, and the drawing comparison.
 */
const REAL_ONLY: MethodId[] = ['gloss-scan', 'ac-words', 'touch-chars', 'draw-highlights', 'draw-elements'];

export interface Options {
  runs: number;
  quick: boolean;
  full: boolean;
  readme: boolean;
}

export function parseOptions(argv: readonly string[]): Options {
  const runsAt = argv.indexOf('--runs');
  const quick = argv.includes('--quick');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : quick ? 3 : 7;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
  return { runs, quick, full: argv.includes('--full'), readme: !argv.includes('--no-readme') && !quick };
}

export function cases(o: Options): Case[] {
  const out: Case[] = [];
  for (const page of PAGES) {
    if (o.quick && page.chars > 1_000_000) continue;
    const big = page.chars > 1_000_000;
    for (const lex of LEXICONS) {
      // On the 5 MB page, the two ends of the lexicon range (all four with --full).
      if (big && !o.full && (lex.id === 'syn-1k' || lex.id === 'syn-10k')) continue;
      const methods = [...SWEEP];
      if (lex.id === 'real') {
        methods.push(...REAL_ONLY.filter((m) => (page.mentions || !m.startsWith('draw-')) && !(big && m === 'ac-words')));
        // mark.js's array mode: one pass per alias, ~19 s a run on 100 KB here — that page only.
        if (page.chars <= 100_000) methods.push('markjs-array');
      }
      // mark.js rewrites the DOM, which is then rebuilt: on the 5 MB page, with the real lexicon only.
      if (!big || lex.id === 'real') methods.push('markjs-regexp');
      out.push({ page: page.id, lexicon: lex.id, methods });
    }
  }
  return out;
}

/**
 * Time budget (wall time of the calls, page rebuilds included) per method and pair. A method
 * whose first run says it cannot do `runs` runs within it does fewer (at least MIN_RUNS), and
 * the tables say how many. Only the DOM-changing contenders have one.
 */
export const BUDGET_MS: Partial<Record<MethodId, number>> = { 'markjs-array': 40_000, 'markjs-regexp': 15_000, 'draw-elements': 15_000 };
export const MIN_RUNS = 1;
/** Methods whose first run counts (too slow to run once for nothing). */
export const NO_WARMUP: MethodId[] = ['markjs-array'];

/** Idle-sliced scans (longest task, heap, mutation cost): every page, real lexicon. */
export const IDLE_RUNS = 3;
/** Wall-time budget per fact count for the per-keystroke search timing. */
export const SEARCH_BUDGET_MS = 15_000;
export function idleCases(o: Options): { page: string; lexicon: string }[] {
  return PAGES.filter((p) => !o.quick || p.chars <= 1_000_000).map((p) => ({ page: p.id, lexicon: 'real' }));
}

/** Facts in the search index for the per-keystroke measurement. */
export const SEARCH_FACTS = [1_000, 10_000];
export const POPUP_RUNS = 7;
