/**
 * The rows of a claim check's figure table: each figure of the claim beside the figures the
 * closest facts state for it, with whether they agree. Pure.
 */
import type { ClaimCheck, ClaimFigure, ComparisonStatus } from '../../core/claims/types.js';
import { claimFigureLabel, factDateLabel, figureLabel } from './format.js';

export interface FigureRow {
  /** Which figure of the claim (rows of one figure are adjacent). */
  claimIndex: number;
  /** The claim's words for the figure ("29 officers"). */
  claim: string;
  /** The source's figure ("512 personnel"), or "" when no close fact states one. */
  source: string;
  /** When the source's figure holds ("2014–2018 (as of 23 November 2018)"). */
  when: string;
  factId?: string;
  status: ComparisonStatus;
}

/** Rows per claim figure at most; the closest facts come first. */
const ROWS_PER_FIGURE = 3;

const sameFigure = (a: ClaimFigure, b: ClaimFigure): boolean => a.start === b.start && a.end === b.end;
const isDate = (f: ClaimFigure): boolean => f.kind === 'year' || f.kind === 'year-range';

export function figureRows(check: ClaimCheck): FigureRow[] {
  const rows: FigureRow[] = [];
  check.figures.forEach((figure, claimIndex) => {
    if (figure.ordinal) return; // "first", "13th": never compared
    const seen = new Set<string>();
    const mine: FigureRow[] = [];
    for (const result of check.results) {
      for (const comparison of result.comparisons) {
        if (!sameFigure(comparison.claim, figure)) continue;
        // A date is compared with when the fact holds: the source's side is that date.
        const date = !comparison.fact && isDate(figure) && comparison.status !== 'not-stated';
        if (!comparison.fact && !date) continue;
        const row: FigureRow = {
          claimIndex,
          claim: claimFigureLabel(figure),
          source: comparison.fact ? figureLabel(comparison.fact) : factDateLabel(result.fact),
          when: comparison.fact ? factDateLabel(result.fact) : '',
          factId: result.fact.id,
          status: comparison.status,
        };
        const key = `${row.source}|${row.when}|${row.status}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mine.push(row);
      }
    }
    rows.push(...(mine.length ? mine.slice(0, ROWS_PER_FIGURE) : [{ claimIndex, claim: claimFigureLabel(figure), source: '', when: '', status: 'not-stated' as const }]));
  });
  return rows;
}
