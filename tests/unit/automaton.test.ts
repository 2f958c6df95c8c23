import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, loadAutomaton } from '../../src/core/match/automaton.js';
import { patternsFor, scanText, type RawHit } from '../../src/core/match/scan.js';
import { fold } from '../../src/core/text/fold.js';

/**
 * Reference matcher, written independently of the scanner: fold the text into units — letters,
 * separators (S) and hard punctuation (H) — by the documented rules, then find every pattern by
 * brute force in the letters-and-H stream where a word starts and a word ends.
 */
function bruteForce(text: string, phrases: string[]): RawHit[] {
  type Unit = { ch: string; kind: 'L' | 'S' | 'H'; start: number; end: number };
  const units: Unit[] = [];
  const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  let newlines = 0;
  let wordLength = 0;
  const lastHard = () => { for (let k = units.length - 1; k >= 0; k--) if (units[k]!.kind !== 'S') return units[k]!.kind === 'H'; return false; };
  const hard = (start: number, end: number) => {
    newlines = 0;
    wordLength = 0;
    if (!lastHard()) units.push({ ch: '\u0001', kind: 'H', start, end });
    else units.push({ ch: ' ', kind: 'S', start, end });
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    if ('.,;:!?…'.includes(ch)) {
      const inNumber = '.,:'.includes(ch) && isDigit(text[i - 1]) && isDigit(text[i + 1]);
      if (inNumber || (ch === '.' && wordLength === 1)) { units.push({ ch: ' ', kind: 'S', start: i, end: i + w }); wordLength = 0; }
      else hard(i, i + w);
    } else {
      if (ch === '\n') newlines++;
      const folded = fold(ch).text;
      // A character that folds to nothing (combining mark, soft hyphen) right after a letter joins it.
      const prev = units[units.length - 1];
      if (folded === '' && prev?.kind === 'L') prev.end = i + w;
      for (const f of folded) {
        if (f === ' ') { units.push({ ch: ' ', kind: 'S', start: i, end: i + w }); wordLength = 0; }
        else {
          if (newlines > 1) hard(i, i);
          newlines = 0;
          wordLength++;
          units.push({ ch: f, kind: 'L', start: i, end: i + w });
        }
      }
    }
    i += w;
  }
  const stream = units.map((u, k) => ({ ...u, k })).filter((u) => u.kind !== 'S');
  const joined = stream.map((u) => u.ch).join('');
  const isBreak = (u: Unit | undefined) => u === undefined || u.kind !== 'L';
  const hits: RawHit[] = [];
  phrases.forEach((phrase, id) => {
    for (const p of patternsFor(phrase)) {
      for (let i = joined.indexOf(p); i >= 0; i = joined.indexOf(p, i + 1)) {
        const first = stream[i]!;
        const last = stream[i + p.length - 1]!;
        if (first.kind === 'L' && last.kind === 'L' && isBreak(units[first.k - 1]) && isBreak(units[last.k + 1])) {
          hits.push({ pattern: id, start: first.start, end: last.end });
        }
      }
    }
  });
  return hits;
}

const sortHits = (h: RawHit[]) => [...h].sort((a, b) => a.start - b.start || a.end - b.end || a.pattern - b.pattern);

/** Every phrase compiled to its patterns (hits report the phrase's index). */
function automatonHits(text: string, phrases: string[]): RawHit[] {
  const patterns: string[] = [];
  const phraseOf: number[] = [];
  phrases.forEach((p, id) => {
    for (const v of patternsFor(p)) if (!patterns.includes(v)) { patterns.push(v); phraseOf.push(id); }
  });
  const a = loadAutomaton(buildAutomaton(patterns));
  const hits: RawHit[] = [];
  scanText(a, text, (h) => hits.push({ ...h, pattern: phraseOf[h.pattern]! }));
  return hits;
}

describe('Aho–Corasick automaton', () => {
  it('finds whole-word folded matches with original offsets', () => {
    const text = 'On Directive 25-CT/TW, Viet-Nam’s Đổi Mới; not Directive 250.';
    const phrases = ['Directive 25 CT/TW', 'directive 25', 'Vietnam', 'doi moi'];
    const hits = sortHits(automatonHits(text, phrases)).map((h) => [phrases[h.pattern], text.slice(h.start, h.end)]);
    expect(hits).toEqual([
      ['directive 25', 'Directive 25'],
      ['Directive 25 CT/TW', 'Directive 25-CT/TW'],
      ['Vietnam', 'Viet-Nam'],
      ['doi moi', 'Đổi Mới'],
    ]);
  });

  it('survives a serialise/load round trip through JSON', () => {
    const data = buildAutomaton(['a b', 'b c', 'abcd'].map((p) => patternsFor(p)[0]!));
    const again = loadAutomaton(JSON.parse(JSON.stringify(data)));
    const hits: RawHit[] = [];
    scanText(again, 'x a b, b c and abcd', (h) => hits.push(h));
    expect(hits.map((h) => h.pattern).sort()).toEqual([0, 1, 2]);
  });

  it('rejects duplicate patterns', () => {
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/identical/);
  });

  it('does not match across hard punctuation, but matches an alias written with it', () => {
    const phrases = ['Vietnam DPKO', 'Directive No. 25', 'UN peacekeeping'];
    const found = (t: string) => automatonHits(t, phrases).map((h) => t.slice(h.start, h.end));
    expect(found('Ethiopia and Viet Nam; DPKO said. Thanks to Viet Nam.\n\nDPKO')).toEqual([]);
    expect(found('Directive No. 25, Directive No 25 and Directive No.25')).toEqual(['Directive No. 25', 'Directive No 25', 'Directive No.25']);
    expect(found('U.N. peacekeeping')).toEqual(['U.N. peacekeeping']);
    expect(found('Viet Nam DPKO\nsaid')).toEqual(['Viet Nam DPKO']);
  });

  it('treats spacing variants as one alias but keeps whole words', () => {
    const phrases = ['Hanoi', 'level 2', 'Viet Nam'];
    const found = (t: string) => automatonHits(t, phrases).map((h) => t.slice(h.start, h.end));
    expect(found('in Ha Noi, a Level-2 hospital; Vietnam')).toEqual(['Ha Noi', 'Level-2', 'Vietnam']);
    expect(found('Hanoians, level 25, xvietnam')).toEqual([]);
  });

  it('agrees with a brute-force matcher on generated texts and alias sets', () => {
    const alphabet = fc.constantFrom(...'abđĐ1 ,.;-’\u00AD\n'.split(''));
    const word = fc.string({ unit: fc.constantFrom(...'abđ1'.split('')), minLength: 1, maxLength: 4 });
    const joiner = fc.constantFrom(' ', '. ', ', ', '-');
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), joiner).map(([w, j]) => w.join(j));
    const phrases = fc.uniqueArray(phrase, { minLength: 1, maxLength: 12, selector: (p) => patternsFor(p)[0] });
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 120 }), phrases, (text, ps) => {
        expect(sortHits(automatonHits(text, ps))).toEqual(sortHits(bruteForce(text, ps)));
      }),
      { numRuns: Number(process.env.GLOSS_PROPERTY_RUNS ?? 2000), seed: 1234 },
    );
  });
});

describe('decomposed text', () => {
  it('a match takes in the combining marks after its last letter', () => {
    const text = 'Ban Bi\u0301 thu\u031B\u0300 ra quyết định';
    const hits: RawHit[] = [];
    scanText(loadAutomaton(buildAutomaton(patternsFor('Ban Bí thư'))), text, (h) => hits.push(h));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Ban Bi\u0301 thu\u031B\u0300']);
  });
});
