/** The one-sentence summaries: what the sources say, and as of when. Never "the page is wrong". */
import { formatDate } from '../corpus/corpus-index.js';
import type { Fact, FigureSpec } from '../corpus/types.js';
import { foldKey } from '../text/fold.js';
import { factFigure } from './compare.js';
import { currencyOf, singular } from './units.js';

export const NOTHING = 'The corpus says nothing about this.';
export const RELATED = 'Related facts, nothing on this exact point.';

/** "13,000" — grouping by hand keeps the output the same in every locale. */
export function formatNumber(v: number): string {
  const [int, frac] = String(v).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatFigure(spec: FigureSpec): string {
  const unit = spec.unit.trim();
  if (/^(percent|per cent|%)$/i.test(unit)) return `${formatNumber(spec.value)}%`;
  const currency = currencyOf(unit);
  if (currency === 'usd') return `US$${formatNumber(spec.value)}`;
  if (currency) return `${formatNumber(spec.value)} ${currency.toUpperCase()}`;
  // The corpus writes units in the plural ("hospitals"), also after 1.
  let shown = spec.value === 1 ? unit.replace(/(\S+)$/, (w) => singular(w)) : unit;
  // What the quantity adds: "23 officers" of `female-officers-deployed` are "23 female officers".
  const written = foldKey(unit).split(' ');
  const extra = factFigure(spec).unit.split(' ').slice(0, -1).filter((w) => !written.includes(w));
  if (extra.length) shown = `${extra.join(' ')} ${shown}`;
  return `${formatNumber(spec.value)} ${shown}`;
}

/** How a source is named to a reader: "ISEAS Perspective 2022/46, 29 April 2022". */
export type SourceLabel = (sourceId: string) => string;

/**
 * "(since 2014, as of April 2022; ISEAS Perspective 2022/46, 29 April 2022)",
 * "(2014–2018, as of 23 November 2018; UN in Viet Nam, 23 November 2018 and …)".
 */
export function dating(fact: Fact, alsoSources: readonly string[] = [], label: SourceLabel = (id) => id): string {
  const parts: string[] = [];
  if (fact.period) {
    const from = fact.period[0].slice(0, 4);
    const to = fact.period[1].slice(0, 4);
    if (/\bsince\b/i.test(fact.statement)) parts.push(`since ${from}`);
    else parts.push(from === to ? from : `${from}–${to}`);
  }
  parts.push(`as of ${formatDate(fact.asOf)}`);
  const sources = [...new Set([...fact.excerpts.map((e) => e.source), ...alsoSources])].map(label);
  return `(${parts.join(', ')}; ${sources.join(' and ')})`;
}

/**
 * A fact's figure with its dating, or the fact's statement when the point is a date.
 * `alsoSources`: other sources stating the same figure for the same date.
 */
export function describe(fact: Fact, spec?: FigureSpec, alsoSources: readonly string[] = [], label?: SourceLabel): string {
  if (spec) return `${formatFigure(spec)} ${dating(fact, alsoSources, label)}`;
  const clause = fact.statement.split(/;\s/)[0]!.replace(/[.\s]+$/, '');
  return `${clause} ${dating(fact, alsoSources, label)}`;
}

const join = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;

export function sameSummary(agreeing: readonly string[], context: readonly string[]): string {
  const also = context.length ? `; the sources also give ${join(context)}` : '';
  return `The sources say the same: ${agreeing.join('; ')}${also}.`;
}

export function differsSummary(items: readonly string[]): string {
  return `The sources differ: ${join(items)}.`;
}
