/**
 * Figures over time: for a topic, every quantity the sources state more than once (officers
 * deployed, share of women, field hospitals...), each figure with its as-of date and source, in
 * date order — so 29 officers (2014–2018) and 512 personnel (to April 2022) read as a history,
 * not a contradiction.
 */
import { formatCitation, formatDate, type CorpusIndex } from './corpus-index.js';
import { wordTable } from '../text/word-table.js';

export interface TimelinePoint {
  factId: string;
  value: number;
  unit: string;
  asOf: string;
  period?: [string, string];
  /** "ISEAS Perspective 2022/46 · … · 29 April 2022" */
  cite: string;
  source: string;
  passage: string;
}

export interface Timeline {
  quantity: string;
  /** "officers deployed" */
  label: string;
  points: TimelinePoint[];
}

/** "2014–2018", "to April 2022", "23 November 2018". */
export function pointWhen(p: Pick<TimelinePoint, 'asOf' | 'period'>): string {
  return p.period ? `${p.period[0]}–${p.period[1]}` : formatDate(p.asOf);
}

/**
 * Series that belong on one timeline although the sources count them differently: a reader
 * comparing "29 officers" with "512 personnel" needs to see both, with their units. Quantities
 * not listed here form a series of their own.
 */
const SERIES: Record<string, string> = wordTable({
  'personnel-deployed': 'people deployed',
  'officers-deployed': 'people deployed',
  'medical-staff-deployed': 'people deployed',
  'engineers-deployed': 'people deployed',
});

/** "1 hospital", "512 personnel", "13.8%". */
export function formatFigure(value: number, unit: string): string {
  if (/^(percent|per cent|%)$/i.test(unit)) return `${value}%`;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${n} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

export function timelines(index: CorpusIndex, topicId: string, minPoints = 2): Timeline[] {
  const byQuantity = new Map<string, TimelinePoint[]>();
  for (const fact of index.factsAbout(topicId)) {
    const excerpt = fact.excerpts[0];
    const citation = excerpt && index.citation(excerpt);
    if (!excerpt || !citation) continue;
    for (const n of fact.numbers) {
      if (!n.quantity) continue;
      const point: TimelinePoint = {
        factId: fact.id, value: n.value, unit: n.unit, asOf: fact.asOf,
        cite: formatCitation(citation), source: excerpt.source, passage: excerpt.passage,
      };
      if (fact.period) point.period = fact.period;
      const series = SERIES[n.quantity] ?? n.quantity;
      const list = byQuantity.get(series) ?? [];
      // The same figure reported in the same month (two outlets, two wordings) is one point.
      if (!list.some((p) => p.value === point.value && p.asOf.slice(0, 7) === point.asOf.slice(0, 7))) list.push(point);
      byQuantity.set(series, list);
    }
  }
  return [...byQuantity]
    .filter(([, points]) => points.length >= minPoints)
    .map(([quantity, points]) => ({
      quantity,
      label: quantity.replace(/-/g, ' ').replace(/^women share$/, 'share of women'),
      points: points.sort((a, b) => a.asOf.localeCompare(b.asOf) || (a.period?.[0] ?? '').localeCompare(b.period?.[0] ?? '')),
    }))
    .sort((a, b) => b.points.length - a.points.length || a.quantity.localeCompare(b.quantity));
}
