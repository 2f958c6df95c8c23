/** The claim-check model: figures found in a sentence, and the verdict set against the corpus. */
import type { Fact, FigureSpec } from '../corpus/types.js';

export type FigureKind = 'count' | 'percent' | 'money' | 'year' | 'year-range';

/**
 * How a figure is hedged: "more than 500" (`at-least`), "up to 500" / "fewer than 500"
 * (`at-most`), "about 500" / "nearly 500" (`about`).
 */
export type FigureBound = 'about' | 'at-least' | 'at-most';

export interface ClaimFigure {
  /** Offsets into the text: the whole expression, hedge, currency sign and counted noun included. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  raw: string;
  /** The number; for a range, its first end (`range` holds both). */
  value: number;
  kind: FigureKind;
  /**
   * The counted noun, normalised by `normaliseUnit`: singular, lowercase, English, significant
   * modifiers kept ("female officer", "medical staff", "field hospital"), insignificant ones
   * dropped ("military", "Vietnamese", "level-2"). `percent` for percentages, a currency code
   * (`usd`, `vnd`, `eur`, ...) for money; absent for years and for numbers with no noun after them.
   */
  unit?: string;
  /** Year ranges ("2014–2018", "2020-21") and count ranges ("500-600 troops"). */
  range?: [number, number];
  /** For a fraction "23/166": the total (166); `value` is the part (23). */
  total?: number;
  bound?: FigureBound;
  /** For a year: "since 2014" / "from 2014" (`since`) or "until 2020" / "by 2020" (`until`). */
  dateRole?: 'since' | 'until';
  /** "first", "2nd", "13th", and counts qualified by one ("first two officers"): never compared with a fact's figures. */
  ordinal?: true;
}

export type ComparisonStatus = 'same' | 'differs' | 'not-stated';

export interface FigureComparison {
  claim: ClaimFigure;
  /** The fact's figure set against it, when the fact states a comparable one. */
  fact?: FigureSpec;
  status: ComparisonStatus;
}

export interface ClaimResult {
  fact: Fact;
  score: number;
  comparisons: FigureComparison[];
}

export type Verdict = 'same' | 'differs' | 'related' | 'nothing';

export interface ClaimCheck {
  claim: string;
  verdict: Verdict;
  /** One plain sentence saying what the sources say, and as of when. */
  summary: string;
  figures: ClaimFigure[];
  /** Topic ids the claim mentions. */
  topics: string[];
  /** At most 5, best first. */
  results: ClaimResult[];
}
