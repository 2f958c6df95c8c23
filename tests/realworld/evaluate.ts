/**
 * The real-world evaluation: real sentences through `checkClaim`, real pages through the scan the
 * CLI uses, both against the corpus built from data/ in memory. Pure reporting: no thresholds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readInput } from '../../src/cli/read-input.js';
import { buildClaimIndex, checkClaim, type ClaimCheck, type Verdict } from '../../src/core/claims/check.js';
import { parseClaimDate } from '../../src/core/claims/relative-dates.js';
import type { Mention } from '../../src/core/match/detect.js';
import type { Lexicon } from '../../src/core/match/lexicon.js';
import { scanInput } from '../../src/cli/scan-command.js';
import { corpus, lexicon } from '../unit/corpus.js';
import type { Split } from './split.js';

export const REALWORLD_DIR = import.meta.dirname;
export const VERDICTS: readonly Verdict[] = ['same', 'differs', 'related', 'nothing'];
export const LANGS = ['en', 'vi', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const PAGE_KINDS = ['relevant', 'confuser', 'unrelated'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface ExpectedFigure {
  claim: string;
  source: string;
  /** The source's number(s) for a count or a percentage; absent for a date. */
  value?: number | number[];
  asOf: string | number;
  status: 'same' | 'differs';
}

export interface ClaimCase {
  id: string;
  lang: Lang;
  text: string;
  url: string;
  outlet: string;
  published?: string;
  expected: Verdict;
  facts: string[];
  figures?: ExpectedFigure[];
  note: string;
  split: Split;
}

export interface ExpectedMention {
  surface: string;
  topic: string;
  /** Other topics a reader could equally mean by the span; a mark of any of them counts. */
  also?: string[];
}

export interface PageCase {
  file: string;
  url: string;
  lang: Lang;
  kind: PageKind;
  expected: ExpectedMention[];
}

export const loadClaims = (dir = REALWORLD_DIR): ClaimCase[] =>
  parse(readFileSync(join(dir, 'claims.yaml'), 'utf8')) as ClaimCase[];

export const loadPages = (dir = REALWORLD_DIR): PageCase[] =>
  (parse(readFileSync(join(dir, 'pages.yaml'), 'utf8')) as PageCase[] | null) ?? [];

// --- Claims -----------------------------------------------------------------------------------

export interface ClaimOutcome {
  case: ClaimCase;
  got: Verdict;
  right: boolean;
  /** For same/differs cases with expected figures: whether the engine set the expected source values beside them. */
  figuresAgree?: boolean;
  check: ClaimCheck;
}

const asList = (v: number | number[]): number[] => (Array.isArray(v) ? v : [v]);

/** Whether the comparisons the engine made carry each expected figure's source value (or date status). */
export function figuresAgree(expected: readonly ExpectedFigure[], check: ClaimCheck): boolean {
  const comparisons = check.results.flatMap((r) => r.comparisons);
  return expected.every((e) => {
    if (e.value === undefined) {
      return comparisons.some((c) => (c.claim.kind === 'year' || c.claim.kind === 'year-range') && c.status === e.status);
    }
    const values = asList(e.value);
    return comparisons.some((c) => c.fact !== undefined && values.includes(c.fact.value) && c.status === e.status);
  });
}

/**
 * `pageTopics`: the topics Gloss finds on the claim's page, when the page is stored (pages.yaml) —
 * what the extension passes for a selection on that page. Without it the claim is read alone, as
 * the CLI reads it.
 */
export function evaluateClaim(index: ReturnType<typeof buildClaimIndex>, c: ClaimCase, pageTopics?: readonly string[]): ClaimOutcome {
  // The page's date, as the extension reads it from the page, dates "last year" and "this July".
  const check = checkClaim(index, c.text, { written: parseClaimDate(c.published === undefined ? undefined : String(c.published)), pageTopics });
  const outcome: ClaimOutcome = { case: c, got: check.verdict, right: check.verdict === c.expected, check };
  if ((c.expected === 'same' || c.expected === 'differs') && c.figures?.length) outcome.figuresAgree = figuresAgree(c.figures, check);
  return outcome;
}

// --- Pages ------------------------------------------------------------------------------------

export interface ExpectedOccurrence { start: number; end: number; surface: string; topic: string; also: string[] }

export interface PageOutcome {
  case: PageCase;
  text: string;
  mentions: Mention[];
  expected: ExpectedOccurrence[];
  missed: ExpectedOccurrence[];
  /** Marks on an expected mention but with another topic (that mention is also counted missed). */
  wrongTopic: Mention[];
  /** Marks on no expected mention at all. */
  falseAlarms: Mention[];
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Every occurrence of every expected surface in the page text, at word boundaries; an occurrence
 * inside a longer expected one ("level-2 field hospital" in "Level-2 Field Hospital No. 3") is
 * the longer one's.
 */
export function expectedOccurrences(text: string, expected: readonly ExpectedMention[]): ExpectedOccurrence[] {
  const all: ExpectedOccurrence[] = [];
  for (const e of expected) {
    for (let at = text.indexOf(e.surface); at >= 0; at = text.indexOf(e.surface, at + 1)) {
      const end = at + e.surface.length;
      if (isWordChar(text[at - 1]) && isWordChar(text[at])) continue;
      if (isWordChar(text[end]) && isWordChar(text[end - 1])) continue;
      all.push({ start: at, end, surface: e.surface, topic: e.topic, also: e.also ?? [] });
    }
  }
  return all.filter((o) => !all.some((p) => p !== o && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const marks = (m: Mention, o: ExpectedOccurrence): boolean => (m.topic === o.topic || o.also.includes(m.topic)) && overlaps(m, o);

/** The page's visible text and mentions, read the way `gloss scan` reads a file. */
export function scanPage(lexicon: Lexicon, path: string): { text: string; mentions: Mention[] } {
  return scanInput(lexicon, readInput(path));
}

export function evaluatePage(lexicon: Lexicon, p: PageCase, dir = REALWORLD_DIR): PageOutcome {
  const { text, mentions } = scanPage(lexicon, join(dir, 'pages', p.file));
  const expected = expectedOccurrences(text, p.expected);
  const missed = expected.filter((o) => !mentions.some((m) => marks(m, o)));
  const unmatched = mentions.filter((m) => !expected.some((o) => marks(m, o)));
  const wrongTopic = unmatched.filter((m) => expected.some((o) => overlaps(m, o)));
  const falseAlarms = unmatched.filter((m) => !wrongTopic.includes(m));
  return { case: p, text, mentions, expected, missed, wrongTopic, falseAlarms };
}

// --- Summary ----------------------------------------------------------------------------------

export interface Ratio { right: number; total: number }

export interface Summary {
  claims: {
    overall: Ratio;
    /** confusion[expected][got] = count. */
    confusion: Record<Verdict, Record<Verdict, number>>;
    byVerdict: Record<Verdict, Ratio>;
    byLang: Record<Lang, Ratio>;
    bySplit: Record<Split, Ratio>;
    figures: Ratio;
    wrong: { id: string; lang: Lang; expected: Verdict; got: Verdict; text: string }[];
    figureMisses: { id: string; expected: string; got: string }[];
  };
  pages: {
    recall: Ratio;
    recallByLang: Record<Lang, Ratio>;
    /** Marks matching no expected mention, per kind of page; `pages` counts pages with at least one. */
    falseAlarms: Record<PageKind, { marks: number; pages: number; of: number }>;
    missed: { file: string; surface: string; topic: string; at: number }[];
    wrongTopicList: { file: string; surface: string; topic: string; at: number }[];
    falseAlarmList: { file: string; kind: PageKind; surface: string; topic: string; at: number }[];
  };
}

const zero = (): Ratio => ({ right: 0, total: 0 });
const tally = (r: Ratio, ok: boolean): void => { r.total++; if (ok) r.right++; };
const record = <K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> =>
  Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;

function describeComparisons(check: ClaimCheck): string {
  const shown = check.results.flatMap((r) => r.comparisons.filter((c) => c.fact).map((c) => `${c.claim.raw} → ${c.fact!.value} ${c.fact!.unit} (${c.status})`));
  return [...new Set(shown)].join('; ') || 'no figure compared';
}

export function summarise(claims: readonly ClaimOutcome[], pages: readonly PageOutcome[]): Summary {
  const confusion = record(VERDICTS, () => record(VERDICTS, () => 0));
  const byVerdict = record(VERDICTS, zero);
  const byLang = record(LANGS, zero);
  const bySplit = record<Split, Ratio>(['dev', 'test'], zero);
  const overall = zero();
  const figures = zero();
  const wrong: Summary['claims']['wrong'] = [];
  const figureMisses: Summary['claims']['figureMisses'] = [];
  for (const o of claims) {
    confusion[o.case.expected][o.got]++;
    for (const r of [overall, byVerdict[o.case.expected], byLang[o.case.lang], bySplit[o.case.split]]) tally(r, o.right);
    if (!o.right) wrong.push({ id: o.case.id, lang: o.case.lang, expected: o.case.expected, got: o.got, text: o.case.text });
    if (o.figuresAgree !== undefined) {
      tally(figures, o.figuresAgree);
      if (!o.figuresAgree) {
        figureMisses.push({
          id: o.case.id,
          expected: o.case.figures!.map((f) => `${f.claim} vs ${f.source} (${f.status})`).join('; '),
          got: describeComparisons(o.check),
        });
      }
    }
  }

  const recall = zero();
  const recallByLang = record(LANGS, zero);
  const falseAlarms = record(PAGE_KINDS, () => ({ marks: 0, pages: 0, of: 0 }));
  const missed: Summary['pages']['missed'] = [];
  const wrongTopicList: Summary['pages']['wrongTopicList'] = [];
  const falseAlarmList: Summary['pages']['falseAlarmList'] = [];
  for (const p of pages) {
    for (const o of p.expected) {
      const found = !p.missed.includes(o);
      tally(recall, found);
      tally(recallByLang[p.case.lang], found);
    }
    for (const o of p.missed) missed.push({ file: p.case.file, surface: o.surface, topic: o.topic, at: o.start });
    for (const m of p.wrongTopic) wrongTopicList.push({ file: p.case.file, surface: m.surface.replace(/\s+/g, ' '), topic: m.topic, at: m.start });
    const fa = falseAlarms[p.case.kind];
    fa.of++;
    fa.marks += p.falseAlarms.length;
    if (p.falseAlarms.length) fa.pages++;
    for (const m of p.falseAlarms) falseAlarmList.push({ file: p.case.file, kind: p.case.kind, surface: m.surface.replace(/\s+/g, ' '), topic: m.topic, at: m.start });
  }
  return {
    claims: { overall, confusion, byVerdict, byLang, bySplit, figures, wrong, figureMisses },
    pages: { recall, recallByLang, falseAlarms, missed, wrongTopicList, falseAlarmList },
  };
}

/** Runs the whole evaluation. */
export function evaluate(dir = REALWORLD_DIR): { claims: ClaimOutcome[]; pages: PageOutcome[]; summary: Summary } {

  const index = buildClaimIndex(corpus, lexicon);
  const pages = loadPages(dir).map((p) => evaluatePage(lexicon, p, dir));
  const pageTopics = new Map(pages.map((p) => [p.case.url, [...new Set(p.mentions.map((m) => m.topic))]]));
  const claims = loadClaims(dir).map((c) => evaluateClaim(index, c, pageTopics.get(c.url)));
  return { claims, pages, summary: summarise(claims, pages) };
}
