/** Human-readable text for the CLI. */
import { formatDate } from '../core/corpus/corpus-index.js';
import type { FactView } from '../core/corpus/views.js';
import type { Mention } from '../core/match/detect.js';

export function whyText(m: Mention): string {
  const w = m.why;
  if (!w.ambiguous) return `alias "${w.alias}"`;
  const where = w.context?.where === 'title' ? 'in the title' : w.context?.where === 'page' ? 'elsewhere on the page' : 'nearby';
  return `ambiguous alias "${w.alias}", confirmed by "${w.context?.term}" ${where}`;
}

export function formatFact(f: FactView, indent: string): string[] {
  const when = f.period ? `${f.period[0]}–${f.period[1]}` : formatDate(f.asOf);
  const lines = [`${indent}• [${when}] ${f.statement}`];
  for (const e of f.excerpts) {
    lines.push(`${indent}    “${e.text}”`);
    lines.push(`${indent}    — ${e.cite} (${e.source}#${e.passage})`);
  }
  return lines;
}
