/**
 * The real-world test set (tests/realworld): its data files are well-formed, the evaluation's own
 * matching rules hold, and the measured accuracy does not fall below today's floors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimCheck } from '../../src/core/claims/check.js';
import { corpus, lexicon } from './corpus.js';
import {
  evaluate, expectedOccurrences, figuresAgree, LANGS, loadClaims, loadPages, PAGE_KINDS, REALWORLD_DIR, scanPage, VERDICTS,
  type ClaimCase, type PageCase, type Summary,
} from '../realworld/evaluate.js';
import { splitFor } from '../realworld/split.js';

/** Today's measured values rounded down: a regression fails; raise them as the engine improves. */
const FLOORS = {
  claims: 0.68,
  claimsByLang: { en: 0.66, vi: 0.69, fr: 0.69 } as Record<(typeof LANGS)[number], number>,
  recall: 0.92,
  maxConfuserFalseAlarms: 1,
};

const claims: ClaimCase[] = loadClaims();
const pages: PageCase[] = loadPages();
const factIds = new Set(corpus.facts.map((f) => f.id));
const topicIds = new Set(corpus.topics.map((t) => t.id));
const isHttpUrl = (u: string): boolean => { try { return ['http:', 'https:'].includes(new URL(u).protocol); } catch { return false; } };

describe('claims.yaml', () => {
  it('has at least 130 real sentences in the three languages, every verdict in each', () => {
    expect(claims.length).toBeGreaterThanOrEqual(1500);
    for (const lang of LANGS) {
      const ofLang = claims.filter((c) => c.lang === lang);
      expect(ofLang.length, lang).toBeGreaterThanOrEqual(30);
      for (const v of VERDICTS) expect(ofLang.some((c) => c.expected === v), `${lang} ${v}`).toBe(true);
    }
  });

  it('gives every claim a unique id, a language, text, an http(s) URL, an outlet, a verdict and a note', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims) {
      expect(LANGS, c.id).toContain(c.lang);
      expect(c.text.trim().length, c.id).toBeGreaterThan(10);
      expect(isHttpUrl(c.url), `${c.id}: ${c.url}`).toBe(true);
      expect(c.outlet, c.id).toBeTruthy();
      expect(VERDICTS, c.id).toContain(c.expected);
      expect(c.note, c.id).toBeTruthy();
      if (c.published !== undefined) expect(String(c.published), c.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('splits by page: the split is the hash of the URL, so one page never straddles dev and test', () => {
    for (const c of claims) expect(c.split, c.id).toBe(splitFor(c.url));
    const test = claims.filter((c) => c.split === 'test').length;
    expect(test / claims.length).toBeGreaterThan(0.35);
    expect(test / claims.length).toBeLessThan(0.65);
  });

  it('cites only facts that exist, none for `nothing`, and at least one otherwise', () => {
    for (const c of claims) {
      for (const f of c.facts) expect(factIds.has(f), `${c.id}: ${f}`).toBe(true);
      if (c.expected === 'nothing') expect(c.facts, c.id).toEqual([]);
      else expect(c.facts.length, c.id).toBeGreaterThan(0);
    }
  });

  it('gives figures only to same/differs claims, each with the source value, date and a status that fits the verdict', () => {
    for (const c of claims) {
      if (!c.figures) continue;
      expect(['same', 'differs'], c.id).toContain(c.expected);
      for (const f of c.figures) {
        expect(f.claim && f.source, c.id).toBeTruthy();
        expect(String(f.asOf), c.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(['same', 'differs'], c.id).toContain(f.status);
        if (f.value !== undefined) for (const v of [f.value].flat()) expect(Number.isFinite(v), c.id).toBe(true);
      }
      // Each source value is a figure of one of the facts the claim cites.
      const cited = new Set(corpus.facts.filter((f) => c.facts.includes(f.id)).flatMap((f) => f.numbers.map((n) => n.value)));
      for (const f of c.figures) for (const v of f.value === undefined ? [] : [f.value].flat()) expect(cited.has(v), `${c.id}: ${v}`).toBe(true);
      // A `same` claim has no differing figure; a `differs` claim has at least one.
      const differing = c.figures.some((f) => f.status === 'differs');
      expect(differing, c.id).toBe(c.expected === 'differs');
    }
  });
});

describe('pages.yaml', () => {
  it('lists at least 30 pages (12 en, 10 vi, 8 fr), 8 of them confuser or unrelated', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    const count = (lang: string): number => pages.filter((p) => p.lang === lang).length;
    expect(count('en')).toBeGreaterThanOrEqual(12);
    expect(count('vi')).toBeGreaterThanOrEqual(10);
    expect(count('fr')).toBeGreaterThanOrEqual(8);
    expect(pages.filter((p) => p.kind !== 'relevant').length).toBeGreaterThanOrEqual(8);
  });

  it('gives each page a file headed by its URL, a language and a kind', () => {
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
    for (const p of pages) {
      expect(isHttpUrl(p.url), p.file).toBe(true);
      expect(LANGS, p.file).toContain(p.lang);
      expect(PAGE_KINDS, p.file).toContain(p.kind);
      const head = readFileSync(join(REALWORLD_DIR, 'pages', p.file), 'utf8').split('\n', 1)[0];
      expect(head, p.file).toBe(`<!-- ${p.url} -->`);
    }
  });

  it('expects mentions only on relevant pages, each of a corpus topic and found verbatim in the page text', () => {
    for (const p of pages) {
      if (p.kind !== 'relevant') {
        expect(p.expected, p.file).toEqual([]);
        continue;
      }
      expect(p.expected.length, p.file).toBeGreaterThan(0);
      const { text } = scanPage(lexicon, join(REALWORLD_DIR, 'pages', p.file));
      for (const e of p.expected) {
        for (const t of [e.topic, ...(e.also ?? [])]) expect(topicIds.has(t), `${p.file}: ${t}`).toBe(true);
        expect(text.includes(e.surface), `${p.file}: "${e.surface}"`).toBe(true);
      }
    }
  });
});

describe('the evaluation rules', () => {
  it('counts every occurrence of a surface at word boundaries, and gives a nested one to the longer span', () => {
    const text = 'The second level-2 field hospital and a level-2 field hospital; level-2 field hospitals.';
    const found = expectedOccurrences(text, [
      { surface: 'second level-2 field hospital', topic: 'level-2-field-hospital-2' },
      { surface: 'level-2 field hospital', topic: 'level-2-field-hospital' },
    ]);
    expect(found.map((o) => [o.start, o.topic])).toEqual([
      [4, 'level-2-field-hospital-2'],
      [40, 'level-2-field-hospital'],
    ]);
  });

  it('agrees on figures only when a compared fact carries the expected source value with the expected status', () => {
    const check = (value: number, status: 'same' | 'differs'): ClaimCheck => ({
      claim: '', verdict: status, summary: '', figures: [], topics: [],
      results: [{
        fact: corpus.facts[0]!, score: 1,
        comparisons: [{ claim: { start: 0, end: 2, raw: '12', value: 12, kind: 'count', unit: 'officer' }, fact: { value, unit: 'officers' }, status }],
      }],
    });
    const expected = [{ claim: '12 officers', source: '29 officers', value: 29, asOf: '2018-11-23', status: 'differs' as const }];
    expect(figuresAgree(expected, check(29, 'differs'))).toBe(true);
    expect(figuresAgree(expected, check(43, 'differs'))).toBe(false);
    expect(figuresAgree(expected, check(29, 'same'))).toBe(false);
  });
});

describe('measured on the real-world set (floors: today’s values rounded down; raise them as the engine improves)', () => {
  let summary: Summary;
  beforeAll(() => { summary = evaluate().summary; }, 120_000);

  const rate = (r: { right: number; total: number }): number => r.right / r.total;

  it('gets enough claim verdicts right, overall and per language', () => {
    expect(rate(summary.claims.overall)).toBeGreaterThanOrEqual(FLOORS.claims);
    for (const lang of LANGS) expect(rate(summary.claims.byLang[lang]), lang).toBeGreaterThanOrEqual(FLOORS.claimsByLang[lang]);
  });

  it('recalls enough of the mentions readers want marked', () => {
    expect(rate(summary.pages.recall)).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  it('marks (almost) nothing on confuser and unrelated pages', () => {
    const fa = summary.pages.falseAlarms;
    expect(fa.confuser.marks + fa.unrelated.marks).toBeLessThanOrEqual(FLOORS.maxConfuserFalseAlarms);
  });
});
