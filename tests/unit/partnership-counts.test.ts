import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/core/claims/figures.js';

const units = (claim: string): (string | undefined)[] => extractFigures(claim).map((f) => f.unit);

describe('countries counted after a kind of partnership', () => {
  it('count those partnerships, in English, Vietnamese and French', () => {
    expect(units('Vietnam has established strategic partnerships with 14 countries.')).toEqual(['strategic partnership']);
    expect(units('Vietnam has comprehensive strategic partnerships with more than five countries.')).toEqual(['comprehensive strategic partnership']);
    expect(units('Việt Nam đã thiết lập quan hệ đối tác chiến lược toàn diện với 5 nước.')).toEqual(['comprehensive strategic partnership']);
    // https://fr.vietnamplus.vn/le-vietnam-a-la-capacite-de-coordonner-les-efforts-communs-pour-regler-les-defis/131953.vnp
    expect(units('Le Vietnam a établi des partenariats stratégiques avec 16 pays et des partenariats intégraux avec plus de 10 pays.')).toEqual(['strategic partnership', 'comprehensive partnership']);
  });

  it('read the kind after the count too ("nations with whom …", "quốc gia là đối tác …")', () => {
    // https://paradisetrips.giaodienmau.com/?p=1611
    expect(units('Discover the thirteen nations with whom Vietnam has established Comprehensive Strategic Partnerships as of June 2025.')[0]).toBe('comprehensive strategic partnership');
    expect(units('Hiện nay Mỹ nằm trong số 13 quốc gia là đối tác toàn diện của Việt Nam.')).toEqual(['comprehensive partnership']);
  });

  it('leave other counts of countries alone', () => {
    expect(units('Vietnam has diplomatic relations with 189 countries.')).toEqual(['country']);
    // A partnership with one country, then another clause counting countries.
    expect(units('Vietnam signed a strategic partnership with Japan in 2006 and trades with 200 countries.')).toEqual([undefined, 'country']);
  });
});
