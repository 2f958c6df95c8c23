import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, loadAutomaton } from '../../src/core/match/automaton.js';
import { patternFor, scanText, type RawHit } from '../../src/core/match/scan.js';
import { fold } from '../../src/core/text/fold.js';

/**
 * Reference matcher: fold the text, keep its letters with word-start/word-end flags, find every
 * space-less pattern by brute force where a word starts and a word ends, map back.
 */
function bruteForce(text: string, phrases: string[]): RawHit[] {
  const f = fold(text);
  const letters: { ch: string; start: number; end: number; wordStart: boolean; wordEnd: boolean }[] = [];
  for (let i = 0; i < f.text.length; i++) {
    if (f.text[i] === ' ') continue;
    letters.push({
      ch: f.text[i]!, start: f.starts[i]!, end: f.ends[i]!,
      wordStart: i === 0 || f.text[i - 1] === ' ',
      wordEnd: i === f.text.length - 1 || f.text[i + 1] === ' ',
    });
  }
  const joined = letters.map((l) => l.ch).join('');
  const hits: RawHit[] = [];
  phrases.forEach((phrase, id) => {
    const p = patternFor(phrase);
    for (let i = joined.indexOf(p); i >= 0; i = joined.indexOf(p, i + 1)) {
      const first = letters[i]!;
      const last = letters[i + p.length - 1]!;
      if (first.wordStart && last.wordEnd) hits.push({ pattern: id, start: first.start, end: last.end });
    }
  });
  return hits;
}

const sortHits = (h: RawHit[]) => [...h].sort((a, b) => a.start - b.start || a.end - b.end || a.pattern - b.pattern);

function automatonHits(text: string, phrases: string[]): RawHit[] {
  const a = loadAutomaton(buildAutomaton(phrases.map(patternFor)));
  const hits: RawHit[] = [];
  scanText(a, text, (h) => hits.push(h));
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
    const data = buildAutomaton(['a b', 'b c', 'abcd'].map(patternFor));
    const again = loadAutomaton(JSON.parse(JSON.stringify(data)));
    const hits: RawHit[] = [];
    scanText(again, 'x a b, b c and abcd', (h) => hits.push(h));
    expect(hits.map((h) => h.pattern).sort()).toEqual([0, 1, 2]);
  });

  it('rejects duplicate patterns', () => {
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/identical/);
  });

  it('treats spacing variants as one alias but keeps whole words', () => {
    const phrases = ['Hanoi', 'level 2', 'Viet Nam'];
    const found = (t: string) => automatonHits(t, phrases).map((h) => t.slice(h.start, h.end));
    expect(found('in Ha Noi, a Level-2 hospital; Vietnam')).toEqual(['Ha Noi', 'Level-2', 'Vietnam']);
    expect(found('Hanoians, level 25, xvietnam')).toEqual([]);
  });

  it('agrees with a brute-force matcher on generated texts and alias sets', () => {
    const alphabet = fc.constantFrom(...'abđĐ ,-’\u00AD'.split(''));
    const word = fc.string({ unit: fc.constantFrom(...'abđ'.split('')), minLength: 1, maxLength: 4 });
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const phrases = fc.uniqueArray(phrase, { minLength: 1, maxLength: 12, selector: (p) => patternFor(p) });
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 120 }), phrases, (text, ps) => {
        expect(sortHits(automatonHits(text, ps))).toEqual(sortHits(bruteForce(text, ps)));
      }),
      { numRuns: Number(process.env.GLOSS_PROPERTY_RUNS ?? 2000), seed: 1234 },
    );
  });
});
