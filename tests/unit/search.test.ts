import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../src/core/search/search.js';
import { corpus } from './corpus.js';

const index = buildSearchIndex(corpus);

describe('corpus search', () => {
  it('is typo-tolerant', () => {
    const hits = search(index, 'feild hosptal');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.slice(0, 5).some((h) => /field hospital/i.test(h.title))).toBe(true);
  });
  it('is diacritic-insensitive both ways', () => {
    expect(search(index, 'doi moi')[0]?.id).toBe('doi-moi');
    expect(search(index, 'Đổi Mới')[0]?.id).toBe('doi-moi');
  });
  it('finds facts by their figures and words', () => {
    const hits = search(index, '512 personnel');
    expect(hits.some((h) => h.kind === 'fact' && h.title.includes('512'))).toBe(true);
  });
  it('searches passages of the sources too', () => {
    expect(search(index, 'Thach That district').some((h) => h.kind === 'passage')).toBe(true);
  });
  it('returns nothing for words the corpus does not contain', () => {
    expect(search(index, 'quantum chromodynamics')).toEqual([]);
    expect(search(index, '  ')).toEqual([]);
  });
});
