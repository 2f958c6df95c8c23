/**
 * Words that are also Object.prototype keys ("constructor", "__proto__", "toString", …) are just
 * words: no core lookup may find an Object method for them. (`gloss check "... 5 constructors ..."`
 * once crashed in the unit reader.)
 */
import { describe, expect, it } from 'vitest';
import { checkClaim, buildClaimIndex } from '../../src/core/claims/check.js';
import { extractFigures } from '../../src/core/claims/figures.js';
import { detectMentions } from '../../src/core/match/detect.js';
import { buildSearchIndex, search } from '../../src/core/search/search.js';
import { contentKeys } from '../../src/core/claims/words.js';
import { fold } from '../../src/core/text/fold.js';
import { corpus, lexicon } from './corpus.js';

const KEYS = Object.getOwnPropertyNames(Object.prototype);
const index = buildClaimIndex(corpus, lexicon);

/** Each prototype key in the places where a claim's words are looked up: after a number, as a unit, a scale, a month, a currency, an ordinal. */
function sentences(key: string): string[] {
  return [
    `Vietnam sent 5 ${key} to the UN mission in South Sudan in 2018`,
    `Vietnam sent 5 ${key}s and 3 ${key} ${key} to UNMISS`,
    `${key} 12 ${key} of ${key} since 2014`,
    `about 40 ${key} ${key} 2019 ${key} 7`,
    `$5 ${key} and 3 ${key}% in ${key} 2020`,
    `Việt Nam đã cử 29 lượt ${key} tham gia gìn giữ hòa bình`,
    `Le Vietnam a envoyé 63 ${key} au Soudan du Sud en ${key} 2018`,
    `the ${key}th ${key} ranked ${key}`,
  ];
}

describe('prototype keys in claims, pages and queries', () => {
  it.each(KEYS)('%s: the claim check, figure reader, matcher and search treat it as a word', (key) => {
    for (const s of sentences(key)) {
      expect(() => extractFigures(s)).not.toThrow();
      for (const f of extractFigures(s)) expect(typeof (f.unit ?? '')).toBe('string');
      const r = checkClaim(index, s);
      expect(['same', 'differs', 'related', 'nothing']).toContain(r.verdict);
      expect(typeof r.summary).toBe('string');
      expect(contentKeys(s).every((k) => typeof k === 'string')).toBe(true);
      expect(() => detectMentions(lexicon, s)).not.toThrow();
      expect(typeof fold(s).text).toBe('string');
    }
  });

  it('search takes them as queries', () => {
    const searchIndex = buildSearchIndex(corpus);
    for (const key of KEYS) expect(() => search(searchIndex, `${key} field ${key}`)).not.toThrow();
  });
});
