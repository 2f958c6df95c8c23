import { describe, expect, it } from 'vitest';
import { buildTermIndex, candidates, matchWord, typoDistance } from '../../src/core/search/term-index.js';

const docs: [string, string][] = [
  ['field hospital in bentiu', 'level 2 hospital run by viet nam'],
  ['engineering unit deployed', 'ha noi sent the engineers'],
  ['women peace and security', 'female officers in the field'],
  ['unrelated text about kitchens', 'cups and plates'],
];
const index = buildTermIndex(docs.length, (i) => docs[i]!);
const words = (q: string): string[] => [...matchWord(index, q).keys()].map((t) => index.terms[t]!).sort();

describe('search term index', () => {
  it('counts a swap of two letters as one typo, and stops once over the bound', () => {
    expect(typoDistance('feild', 'field', 1)).toBe(1);
    expect(typoDistance('hosptal', 'hospital', 1)).toBe(1);
    expect(typoDistance('kitchen', 'hospital', 2)).toBe(3);
    expect(typoDistance('abc', 'abcdef', 1)).toBe(2);
  });

  it('matches a query word exactly, as a prefix being typed, inside a longer word, and with typos', () => {
    expect(words('field')).toContain('field');
    expect(words('hosp')).toEqual(['hospital']);
    expect(words('gineer')).toEqual(expect.arrayContaining(['engineering', 'engineers']));
    expect(words('feild')).toContain('field');
    expect(words('hospitl')).toContain('hospital');
    // Short words get no typo allowance: "cup" is not "run" or "unit".
    expect(words('cup')).toEqual(['cups']);
  });

  it('reads two adjacent words as one ("hanoi" is "Ha Noi", "vietnam" is "Viet Nam")', () => {
    expect(words('hanoi')).toContain('hanoi');
    expect(candidates(index, ['hanoi'], 10)).toEqual([1]);
    expect(candidates(index, ['vietnam', 'hospital'], 10)).toEqual([0]);
  });

  it('requires every query word, ranks primary-field matches first, and caps the list', () => {
    expect(candidates(index, ['hospital', 'kitchens'], 10)).toEqual([]);
    expect(candidates(index, ['field'], 10)).toEqual([0, 2]);
    expect(candidates(index, ['the'], 10)).toEqual([1, 2]);
    expect(candidates(index, ['field'], 1)).toEqual([0]);
  });
});
