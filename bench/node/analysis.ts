/** Why each missed target is missed and what would close it (the numbers come from the run). */
import type { CaseResult } from '../suites/matrix.js';
import type { Results } from './results.js';
import { floorOf } from './targets.js';

const x = (v: number | undefined): string => (v === undefined ? '?' : `${v.toFixed(1)}×`);

function touchRatio(c: CaseResult | undefined): number | undefined {
  const f = c && floorOf(c);
  const t = c?.methods['touch-chars']?.median;
  return f && t !== undefined ? t / f : undefined;
}

function scanShare(c: CaseResult | undefined): number | undefined {
  const scan = c?.methods['gloss-scan']?.median;
  const all = c?.methods['gloss-highlight']?.median;
  return scan !== undefined && all ? scan / all : undefined;
}

const find = (r: Results, page: string, lexicon: string): CaseResult | undefined => r.cases.find((c) => c.page === page && c.lexicon === lexicon);

/** One paragraph per missed target. */
const WHY: Record<string, (r: Results) => string> = {
  'no-match': (r) => {
    const c = find(r, 'unrelated-1m', 'real');
    return `**No-match scan vs the floor.** The floor reads each text node's length and nothing else. Any matcher that looks at every character pays at least the "touch every character" reference (one \`charCodeAt\` per character: ${x(touchRatio(c))} the floor on this page), and Gloss does more per character: it folds case, diacritics and spacing and steps the automaton. The walk + automaton is ${c && scanShare(c) !== undefined ? `${Math.round(100 * scanShare(c)!)} %` : 'most'} of Gloss's time here. The cost is paid in idle slices (see the idle-scan table), never as a long task. What would close it: not reading most characters at all — a native pre-filter (one RegExp \`test\` per text node for the rarest two-letter starts of the aliases) before the JavaScript scanner, or a WebAssembly scanner; both are measurable next steps, not done.`;
  },
  'with-mentions': (r) => {
    const c = find(r, 'article-1m', 'real');
    const scan = c?.methods['gloss-scan']?.median;
    const match = c?.methods['gloss-match']?.median;
    return `**Article scan vs the floor.** As above for reading the text; on top of it, every mention becomes a live Range and is checked for visibility (${scan !== undefined && match !== undefined ? `${(match - scan).toFixed(0)} ms for disambiguation and Ranges on this page` : 'Ranges and disambiguation'}). Drawing itself is nearly free with the Highlight API (see the drawing table).`;
  },
  'lexicon-growth': () => '**Lexicon growth.** The automaton keeps dense rows only for states up to depth two (a memory bound); a 50,000-alias lexicon sends more text deeper, where a transition is a binary search among a state\'s children instead of one lookup. More dense rows (or a double-array trie) would close it at the price of memory kept on every page.',
  'vs-regexp': () => '**RegExp union.** V8 compiles the union to native code that skips ahead to the characters that can start an alias; a JavaScript loop that reads every character cannot be twice as fast as that. The union is also not doing Gloss\'s job: it does not fold diacritics or spacing ("Viet Nam", "Việt Nam", "level-2" are separate alternatives or missed), `\\b` fails next to non-ASCII letters, and it cannot see a mention split across elements (see "Mentions found"). Closing the gap needs the same thing as the floor target: not reading every character in JavaScript.',
  'vs-ahocorasick': () => '**modern-ahocorasick.** It matches raw lowercased substrings with no folding and no word boundaries (its whole-word mode is several times slower), on each text node separately; Gloss folds and tracks word and block boundaries on the fly. Where Gloss is not 2× faster, the same per-character cost applies.',
  'vs-markjs-regexp': () => '**mark.js markRegExp.** mark.js wraps matches in elements; with a few matches per page its cost is one native RegExp pass per text node, which the JavaScript scanner does not beat on the smallest pages.',
  'vs-markjs-array': () => '**mark.js array mode.** —',
  'long-task': () => '**Long tasks.** Every step of the content script (walk and matching, disambiguation, Ranges and visibility, drawing) runs in `requestIdleCallback` slices of at most 8 ms; a slice ends early only at a node boundary, so a single enormous text node can still run over.',
  size: (r) => `**Content script size.** About ${(r.size.lexiconGzip / 1000).toFixed(0)} kB of the gzipped script is the embedded lexicon (the automaton's trie and the claims of ${r.lexicons.find((l) => l.name === 'real')?.aliases ?? ''} aliases and context terms), the rest the scanner, the card, the mentions list and their CSS. What would close it: injecting the card and list code on the first hover (\`scripting.executeScript\`, which needs the "scripting" permission) and shipping the lexicon as a binary trie; webextension-polyfill is already left out of the content script.`,
  popup: () => '**Popup.** The popup asks the background for the tab\'s topics before loading the bundled corpus; what remains is starting an extension page and a round trip to the service worker (which may have to start).',
  search: () => '**Search.** —',
};

/** Findings the targets do not cover. */
function findings(r: Results): string[] {
  const out: string[] = [];
  const small = find(r, 'article-100k', 'real')?.methods['gloss-scan']?.median;
  const big = find(r, 'article-1m', 'real')?.methods['gloss-scan']?.median;
  if (small !== undefined && big !== undefined && small * 10 > big * 2) {
    out.push(`- **Small pages.** The walk + automaton takes ${small.toFixed(1)} ms on the 100 KB page and ${big.toFixed(1)} ms on the 1 MB page: a fixed cost of several milliseconds per run that does not grow with the page, not yet explained (the bench collects garbage before every run, which may cost the scanner its optimised code; a content script starts cold on every page anyway).`);
  }
  const heavy = r.idle.reduce<Results['idle'][number] | undefined>((w, i) => (!w || i.mentions > w.mentions ? i : w), undefined);
  if (heavy && heavy.mentions > 1000) {
    out.push(`- **Live Ranges tax the page's own DOM changes.** The browser updates every live Range on each DOM change: with the ${heavy.mentions.toLocaleString('en-US')} mentions of the ${heavy.page} page held as Ranges, 1,000 changes by the page took ${heavy.mutationsWithMs.toFixed(0)} ms instead of ${heavy.mutationsWithoutMs.toFixed(0)} ms (see the idle-scan table; with a handful of mentions, as on most pages, the difference is noise). Holding marks as StaticRanges (the Highlight API accepts them) and re-anchoring them when the mutation follower rescans a block would remove it; not done yet.`);
  }
  return out;
}

export function analysis(r: Results): string {
  const missed = r.targets.filter((t) => t.pass === false);
  const more = findings(r);
  return [
    missed.length === 0 ? 'Every target is met.' : `${missed.length} of ${r.targets.length} targets missed; why, and what would close them:`,
    '',
    ...missed.map((t) => `- ${(WHY[t.id] ?? (() => `**${t.label}.**`))(r)}`),
    ...(more.length ? ['', 'Also found by the benchmark:', '', ...more] : []),
  ].join('\n');
}
