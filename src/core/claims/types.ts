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
  /** For a year written with its month (and day): "October 2018", "27/5/2014", "ngày 11 tháng 7 năm 1995" (1–12, 1–31). */
  month?: number;
  day?: number;
  /**
   * "first", "2nd", "13th", "deuxième", "38e", "lần thứ hai", and counts qualified by one ("first two
   * officers"): never compared as a count. A rank ("ranked 38th", "la 38e place", "xếp thứ 38") has
   * `unit: 'rank'`, comparable with a fact's `rank` figure.
   */
  ordinal?: true;
  /**
   * The count is of turns of duty, not of distinct people ("29 turns of officers", "29 lượt sĩ quan",
   * "two rotations of officers"): `unit` is the people counted.
   */
  turns?: true;
  /**
   * For a collective of things other than people ("two rotations of the level-2 field hospital"):
   * `unit` is the collective (`rotation`) and `of` what it gathers, normalised (`field hospital`).
   */
  of?: string;
  /** A year read relative to when the claim was written ("last year", "this July"; relative-dates.ts). */
  relative?: true;
  /** A part of a total stated in the same sentence ("76 + 436 = 512 personnel": 76 and 436). */
  part?: true;
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
