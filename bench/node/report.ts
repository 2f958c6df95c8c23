/** The results as Markdown tables (printed, and written into the README's Performance section). */
import type { MethodId } from '../browser/protocol.js';
import { LEXICONS, PAGES } from '../config.js';
import type { CaseResult } from '../suites/matrix.js';
import type { Results } from './results.js';
import { floorOf } from './targets.js';

const n = (x: number, d = 1): string => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const ms = (x: number | undefined): string => (x === undefined ? '—' : x >= 100 ? n(x, 0) : x >= 10 ? n(x, 1) : n(x, 2));
const kb = (bytes: number): string => `${n(bytes / 1000, 1)} kB`;
const mb = (bytes: number): string => `${n(bytes / 1e6, 1)} MB`;
const label = (list: { id: string; label: string }[], id: string): string => list.find((x) => x.id === id)?.label ?? id;

/** A Markdown table; the first `left` columns are text, the rest numbers (right-aligned). */
function table(head: string[], rows: string[][], left = 2): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < left ? '---' : '--:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function cell(c: CaseResult, m: MethodId): string {
  const r = c.methods[m];
  if (!r) return '—';
  return r.capped ? `${ms(r.median)} (${r.runs.length} run${r.runs.length > 1 ? 's' : ''})` : ms(r.median);
}

const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? '—' : `${n(a / b, a / b >= 100 ? 0 : 2)}×`);

const TIME_COLUMNS: [MethodId, string][] = [
  ['floor-plain', 'floor: plain walk'],
  ['floor-treewalker', 'floor: TreeWalker'],
  ['gloss-scan', 'Gloss: walk + automaton'],
  ['gloss-match', 'Gloss: matching'],
  ['gloss-highlight', 'Gloss: matching + highlighting'],
  ['regexp', 'RegExp union'],
  ['ac-substrings', 'modern-ahocorasick (substrings)'],
  ['ac-words', 'modern-ahocorasick (whole words)'],
  ['markjs-regexp', 'mark.js markRegExp'],
  ['markjs-array', 'mark.js mark(array)'],
];

export function timesTable(r: Results): string {
  return table(['page', 'lexicon', ...TIME_COLUMNS.map(([, l]) => l)],
    r.cases.map((c) => [label(PAGES, c.page), label(LEXICONS, c.lexicon), ...TIME_COLUMNS.map(([m]) => cell(c, m))]));
}

export function ratiosTable(r: Results): string {
  return table(['page', 'lexicon', 'Gloss matching ÷ floor', 'Gloss matching + highlighting ÷ floor', 'vs RegExp union', 'vs modern-ahocorasick (substrings)', 'vs modern-ahocorasick (whole words)', 'vs mark.js markRegExp', 'vs mark.js mark(array)'],
    r.cases.map((c) => {
      const f = floorOf(c);
      const g = c.methods['gloss-match']?.median;
      const h = c.methods['gloss-highlight']?.median;
      const m = (id: MethodId): number | undefined => c.methods[id]?.median;
      return [label(PAGES, c.page), label(LEXICONS, c.lexicon), ratio(g, f), ratio(h, f), ratio(m('regexp'), g), ratio(m('ac-substrings'), g), ratio(m('ac-words'), g), ratio(m('markjs-regexp'), h), ratio(m('markjs-array'), h)];
    }));
}

export function foundTable(r: Results): string {
  const cols: [MethodId, string][] = [['gloss-match', 'Gloss'], ['regexp', 'RegExp union'], ['ac-substrings', 'AC substrings'], ['ac-words', 'AC whole words'], ['markjs-regexp', 'mark.js markRegExp'], ['markjs-array', 'mark.js mark(array)']];
  return table(['page', 'lexicon', 'planted (split across elements)', ...cols.map(([, l]) => l)],
    r.cases.filter((c) => c.lexicon === 'real' || c.lexicon === 'syn-50k').map((c) => {
      const p = r.pages.find((x) => x.id === c.page);
      return [label(PAGES, c.page), label(LEXICONS, c.lexicon), p ? `${n(p.planted, 0)} (${n(p.plantedSplit, 0)})` : '—', ...cols.map(([m]) => (c.methods[m] ? n(c.methods[m]!.count, 0) : '—'))];
    }));
}

export function drawTable(r: Results): string {
  return table(['page', 'mentions', 'CSS Custom Highlights: script', 'to next frame', '<mark> elements: script', 'to next frame'],
    r.cases.filter((c) => c.methods['draw-highlights']).map((c) => {
      const h = c.methods['draw-highlights']!;
      const e = c.methods['draw-elements'];
      return [label(PAGES, c.page), n(h.count, 0), ms(h.median), ms(h.frameMedian), e ? cell(c, 'draw-elements') : '—', ms(e?.frameMedian)];
    }));
}

/** The longest few long tasks, starred when no Gloss script ran in them. */
function longTasks(all: number[], without: number[]): string {
  if (all.length === 0) return 'none';
  const rest = [...without];
  const shown = all.slice(0, 4).map((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return ms(x);
    rest.splice(i, 1);
    return `${ms(x)}*`;
  });
  return `${shown.join(', ')}${all.length > 4 ? ` … (${all.length})` : ''}`;
}

export function idleTable(r: Results): string {
  return table(['page', 'lexicon', 'idle slices', 'longest slice', 'disambiguation (all slices)', 'long tasks seen (≥ 50 ms; * = none of Gloss\'s script in it)', 'Gloss busy', 'start → marks', 'JS heap kept', "page's 1,000 DOM changes: without → with Gloss's Ranges"],
    r.idle.map((i) => [label(PAGES, i.page), label(LEXICONS, i.lexicon), n(i.slices, 0), ms(i.longestSliceMs), ms(i.resolveMs),
      longTasks(i.longTasksMs, i.longTasksWithoutGlossMs),
      ms(i.busyMs), ms(i.wallMs), mb(i.retainedBytes), `${ms(i.mutationsWithoutMs)} → ${ms(i.mutationsWithMs)} (${n(i.mentions, 0)} Ranges)`]));
}

export function lexiconTable(r: Results): string {
  return table(['lexicon', 'aliases', 'automaton states', 'JSON', 'load (parse + loadLexicon)', 'JS heap kept', 'RegExp union compile', 'modern-ahocorasick build'],
    r.lexicons.map((l) => [l.label, n(l.aliases, 0), n(l.states, 0), kb(l.bytes), ms(l.loadMs), mb(l.heapBytes), ms(l.regexpMs), ms(l.acMs)]));
}

export function otherTable(r: Results): string {
  const rows: string[][] = [];
  rows.push(['content script shipped (JS + CSS)', `${kb(r.size.bytes)} raw, **${kb(r.size.gzip)} gzip -9**, ${kb(r.size.brotli)} brotli; of which the embedded lexicon (${r.size.lexiconFile}) is about ${kb(r.size.lexiconGzip)} gzipped on its own`]);
  if ('paintedMedian' in r.popup) {
    rows.push(['popup: open → first page topic inserted / painted', `${ms(r.popup.insertedMedian)} / **${ms(r.popup.paintedMedian)} ms** (median of ${r.popup.runs.length - 1}; first open ${ms(r.popup.firstMs)} ms; ${r.popup.topics} topics listed)`]);
  } else rows.push(['popup', `not measured: ${r.popup.error}`]);
  for (const s of r.search) rows.push([`search per keystroke, ${n(s.facts, 0)} facts (${n(s.entries, 0)} entries)`, `**${ms(s.medianMs)} ms median**, ${ms(s.p95Ms)} p95, ${ms(s.maxMs)} max over ${s.keystrokes} keystrokes; index built in ${ms(s.buildMs)} ms`]);
  return table(['what', 'measured'], rows, 2);
}

export function targetsTable(r: Results): string {
  return table(['target', 'goal', 'measured', 'result'],
    r.targets.map((t) => [t.label, t.goal, t.measured, t.pass === null ? 'not measured' : t.pass ? '**pass**' : `**miss** (${t.gap})`]), 4);
}

export function pagesLine(r: Results): string {
  return r.pages.map((p) => `${p.label}: ${n(p.visibleChars / 1000, 0)} k visible characters in ${n(p.textNodes, 0)} text nodes and ${n(p.elements, 0)} elements, ${n(p.planted, 0)} mentions planted (${n(p.plantedSplit, 0)} split across inline elements)`).join('; ');
}

/** Everything, for the terminal. */
export function fullReport(r: Results): string {
  return [
    '## Scan time, median ms', timesTable(r),
    '## Ratios (to the floor; "vs" = peer time ÷ Gloss time, > 1 means Gloss is faster)', ratiosTable(r),
    '## Mentions found', foundTable(r),
    '## Drawing the same matches', drawTable(r),
    '## Scan in idle slices, as the content script runs it', idleTable(r),
    '## Lexicons', lexiconTable(r),
    '## Size, popup, search', otherTable(r),
    '## Targets', targetsTable(r),
  ].join('\n\n');
}
