/** Labels the UI shows for corpus values: fact dates, figures, kinds. Pure. */
import { formatDate } from '../../core/corpus/corpus-index.js';
import type { FigureSpec, TopicKind } from '../../core/corpus/types.js';
import type { FactView } from '../../core/corpus/views.js';
import type { ClaimFigure, ComparisonStatus, Verdict } from '../../core/claims/types.js';

/** "23 November 2018", or "2014–2018 (as of 23 November 2018)" for a fact about a period. */
export function factDateLabel(fact: Pick<FactView, 'asOf' | 'period'>): string {
  if (!fact.period) return formatDate(fact.asOf);
  return `${formatDate(fact.period[0])}–${formatDate(fact.period[1])} (as of ${formatDate(fact.asOf)})`;
}

const number = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "512 personnel", "16.6%", "USD 4,000,000", "rank 8". */
export function figureLabel(figure: FigureSpec): string {
  const unit = figure.unit;
  if (unit === 'percent') return `${number(figure.value)}%`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${number(figure.value)}`;
  if (unit === 'rank') return `rank ${number(figure.value)}`;
  return unit ? `${number(figure.value)} ${unit}` : number(figure.value);
}

/**
 * The claim's own words for a figure ("29 officers"), which is what the reader wrote; a date read
 * relative to the claim's date says which it was read as ("October last year (October 2018)").
 */
export function claimFigureLabel(figure: ClaimFigure): string {
  const raw = figure.raw.trim();
  if (!figure.relative) return raw;
  return `${raw} (${formatDate(figure.month ? `${figure.value}-${String(figure.month).padStart(2, '0')}` : String(figure.value))})`;
}

export const KIND_LABELS: Readonly<Record<TopicKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  policy: 'Policy',
  document: 'Document',
  mission: 'Mission',
  place: 'Place',
  event: 'Event',
  concept: 'Concept',
};

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  same: 'The sources say the same',
  differs: 'The sources differ',
  related: 'Related facts, nothing on this exact point',
  nothing: 'The corpus says nothing about this',
};

export const STATUS_LABELS: Readonly<Record<ComparisonStatus, string>> = {
  same: 'Same',
  differs: 'Differs',
  'not-stated': 'Not stated',
};
