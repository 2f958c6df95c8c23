/** The figure table under a claim check: numbers beside the sources' numbers, dates beside the facts' dates. */
import { describe, expect, it } from 'vitest';
import { buildClaimIndex, checkClaim } from '../../src/core/claims/check.js';
import { figureRows } from '../../src/extension/ui/claim-figure-rows.js';
import { corpus, lexicon } from './corpus.js';

const index = buildClaimIndex(corpus, lexicon);

describe('figureRows', () => {
  it('sets a number beside the sources\' numbers for it', () => {
    const rows = figureRows(checkClaim(index, 'Vietnam has deployed 600 personnel to UN peacekeeping missions since 2014'));
    expect(rows.some((r) => r.claim.includes('600') && r.source === '512 personnel' && r.status === 'differs')).toBe(true);
  });

  it('sets a date the check compared beside the fact\'s date, not "not in the closest facts"', () => {
    const rows = figureRows(checkClaim(index, 'Vietnam sent the first female military officer to U.N. peacekeeping missions in January 2018.'));
    const date = rows.find((r) => r.claim.includes('2018'))!;
    expect(date.status).toBe('differs');
    expect(date.source).toMatch(/2017/);
    expect(figureRows(checkClaim(index, 'Vietnam joined ASEAN in 1997.'))).toEqual([
      expect.objectContaining({ status: 'differs', source: expect.stringMatching(/1995/) }),
    ]);
  });

  it('says which date a relative one was read as', () => {
    const claim = 'Vietnam dispatched its first level-2 hospital to South Sudan in October last year.';
    const rows = figureRows(checkClaim(index, claim, { written: { year: 2019, month: 6, day: 28 } }));
    expect(rows.find((r) => r.claim.startsWith('in October last year'))).toMatchObject({ claim: 'in October last year (October 2018)', status: 'same' });
  });
});
