/** Writes the results into README.md's "## Performance" section (and touches nothing else). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysis } from './analysis.js';
import { drawTable, foundTable, idleTable, lexiconTable, otherTable, pagesLine, ratiosTable, targetsTable, timesTable } from './report.js';
import type { Results } from './results.js';

const HEADING = '## Performance';

export function performanceSection(r: Results): string {
  const m = r.machine;
  const day = r.date.slice(0, 10);
  return [
    HEADING,
    '',
    'Measured, not hoped: `npm run bench` runs Gloss\'s own content-script code (`SubtreeScan`, `Highlighter`, `runInIdleSlices`) in headless Debian Chromium, side by side in the same page and run with the tools people use for the same job, and rewrites this section. Reproduce with:',
    '',
    '```sh',
    'npm run bench            # about ' + Math.max(1, Math.round(r.durationS / 60)) + ' minutes here; results in bench/results/latest.json',
    '```',
    '',
    `Last run ${day}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Chromium ${m.chromium}, Node ${m.node}; load average ${m.loadStart} at the start and ${m.loadEnd ?? '?'} at the end (the machine is shared, so absolute times are noisy; every comparison below is a ratio within one run). ${r.buildCurrent ? '' : '**The sources had changed and did not build: an older build was measured.** '}Medians of ${r.options.runs} runs per method after a warm-up run, methods in rotating order each round, a fresh copy of the page (rebuilt from its HTML, untimed) after any method that changes the DOM, and a full GC before each run.`,
    '',
    `The pages are generated from fixed seeds (bench/gen/): article-like pages (nav, headings, paragraphs with links and emphasis, lists, tables, quotes, footer, and scripts, styles and form fields naming corpus topics, which must be ignored) with real corpus aliases sprinkled through them, a few split across inline elements ("Directive <b>25</b>"), and a page on unrelated topics. ${pagesLine(r)}. The synthetic lexicons are the real topics plus generated ones with realistic multi-word names (institutions, people, places, documents, events), compiled with \`compileLexicon\`.`,
    '',
    'The contenders, each over every visible text node (the same nodes Gloss reads): **floor** — a bare read of every text node with no matching, by a plain firstChild/nextSibling walk and by a TreeWalker (the faster is the floor); **Gloss** — `SubtreeScan` (page-text walk + folding Aho–Corasick) then mentions as Ranges (disambiguation included), then the visibility check and `Highlighter` (CSS Custom Highlight API); **RegExp union** — one precompiled `\\b(?:alias|…)\\b`/gi; **modern-ahocorasick** — lowercased text, leftmost-longest, as substrings and with its `wholeWord` option; **mark.js** — `markRegExp` with the same union, and `mark` with the alias array (phrases kept whole, whole words; one pass per alias, so it runs only on the 100 KB page, as many times as fit in 40 s).',
    '',
    '### Targets',
    '',
    targetsTable(r),
    '',
    analysis(r),
    '',
    '### Scan time (median ms)',
    '',
    timesTable(r),
    '',
    '### Ratios',
    '',
    'To the floor (lower is better), and "vs" = the peer\'s time ÷ Gloss\'s (above 1×, Gloss is faster; Gloss matching against the matchers, Gloss matching + highlighting against mark.js, which also draws).',
    '',
    ratiosTable(r),
    '',
    '### Mentions found',
    '',
    'Gloss reads inline elements as one run of text and folds case, diacritics and spacing; the per-node peers miss mentions split across elements, `\\b` misses aliases that begin or end with a non-ASCII letter, and substring matching also counts "UN" inside "under".',
    '',
    foundTable(r),
    '',
    '### Drawing the same matches: CSS Custom Highlights vs <mark> elements',
    '',
    drawTable(r),
    '',
    '### The scan as the content script schedules it (every step in idle slices)',
    '',
    idleTable(r),
    '',
    '### Lexicons',
    '',
    lexiconTable(r),
    '',
    '### Size, popup, search',
    '',
    otherTable(r),
    '',
  ].join('\n');
}

export function updateReadme(root: string, r: Results): void {
  const path = join(root, 'README.md');
  const text = readFileSync(path, 'utf8');
  const section = performanceSection(r);
  const start = text.indexOf(`\n${HEADING}\n`);
  let next: string;
  if (start >= 0) {
    const after = text.indexOf('\n## ', start + HEADING.length + 1);
    next = text.slice(0, start + 1) + section + (after >= 0 ? text.slice(after) : '');
  } else {
    // A new section goes before the dependency list, the README's reference appendix.
    const deps = text.indexOf('\n## Dependencies\n');
    next = deps >= 0 ? `${text.slice(0, deps + 1)}${section}\n${text.slice(deps + 1)}` : `${text.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, next);
}
