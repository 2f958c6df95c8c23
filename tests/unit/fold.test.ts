import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldKey, originalRange } from '../../src/core/text/fold.js';

describe('foldKey', () => {
  it.each([
    ['Đổi Mới', 'doi moi'],
    ['Viet Nam', 'viet nam'],
    ['level-2', 'level 2'],
    ['Directive 25-CT/TW', 'directive 25 ct tw'],
    ['Chỉ thị 25‑CT/TW', 'chi thi 25 ct tw'],
    ['Vietnam’s  peacekeeping', 'vietnam s peacekeeping'],
    ['“UN PKO”', 'un pko'],
    ['Direc\u00ADtive', 'directive'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['Straße', 'strasse'],
    ['HÒA GIẢI', 'hoa giai'],
    ['e\u0301', 'e'],
    ['Nghị quyết số 130/2020/QH14', 'nghi quyet so 130 2020 qh14'],
  ])('%s → %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldKey(foldKey(s)) === foldKey(s)), { numRuns: 500, seed: 42 });
  });
});

describe('fold offset map', () => {
  const text = fc.string({ unit: fc.constantFrom(...'aAđĐổ ơ-–/’\u00AD\u200B\u0301ß1 .\n\t😀Việt'.split('')), maxLength: 80 });

  it('maps every folded character back to a character that folds to it', () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = fold(s);
        for (let i = 0; i < f.text.length; i++) {
          const src = s.slice(f.starts[i]!, f.ends[i]!);
          const ch = f.text[i]!;
          // The source character folds to a string containing this folded character.
          if (!foldKey(src).includes(ch.trim()) && ch !== ' ') return false;
          if (f.starts[i]! >= f.ends[i]!) return false;
        }
        return true;
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('is monotonic and round-trips any folded substring to an original substring folding to it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const f = fold(s);
        for (let i = 1; i < f.text.length; i++) if (f.starts[i]! < f.starts[i - 1]!) return false;
        if (f.text.length === 0) return true;
        const i = a % f.text.length;
        const j = i + 1 + (b % (f.text.length - i));
        // A character that expands ("ß" → "ss") can only be cut at its own boundaries.
        if (i > 0 && f.starts[i] === f.starts[i - 1]) return true;
        if (j < f.text.length && f.starts[j] === f.starts[j - 1]) return true;
        const [os, oe] = originalRange(f, i, j);
        return foldKey(s.slice(os, oe)) === f.text.slice(i, j).trim();
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
