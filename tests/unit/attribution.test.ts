import { describe, expect, it } from 'vitest';
import { attributionSpans } from '../../src/core/claims/attribution.js';
import type { Language } from '../../src/core/claims/languages/detect-language.js';

const speakers = (claim: string, language: Language = 'en'): string[] => attributionSpans(claim, language).map(([a, b]) => claim.slice(a, b).trim());

describe('who a sentence says is speaking', () => {
  it('finds the speaker before the verb, after the claim, and after "according to"', () => {
    expect(speakers('Mr. Son said Vietnam has diplomatic relations with 185 of 193 UN member countries.')).toEqual(['Mr. Son said']);
    expect(speakers('Pham Binh Minh chaired an open debate at the UN headquarters on January 9, 2020, the Ministry of Foreign Affairs (MOFA) has informed.')).toEqual([', the Ministry of Foreign Affairs (MOFA) has informed.']);
    expect(speakers('With 96 embassies, Vietnam is ranked 38th in the world, according to the index released by Lowy Institute Wednesday.')).toEqual(['according to the index released by Lowy Institute Wednesday.']);
  });

  it('reads Vietnamese and French attributions', () => {
    expect(speakers('Sau khi kết thúc phiên họp, Chủ tịch Đại hội đồng LHQ Maria Fernanda Espinosa Garces thông báo Việt Nam trúng cử Ủy viên không thường trực.', 'vi')[0]).toMatch(/Garces thông báo$/);
    expect(speakers('Theo Cục Gìn giữ Hòa bình Việt Nam, đã có gần 1.100 lượt quân nhân tham gia.', 'vi')).toEqual(['Theo Cục Gìn giữ Hòa bình Việt Nam']);
    expect(speakers('Le Vietnam enverra des policiers à partir de 2021, a déclaré le ministre Ngô Xuân Lich.', 'fr')).toEqual([', a déclaré le ministre Ngô Xuân Lich.']);
    expect(speakers("Dans son allocution, l’ambassadrice Nguyen Phuong Nga, cheffe de la mission vietnamienne auprès de l’ONU, a rappelé que le Vietnam participait aux forces de maintien de la paix de l'ONU depuis juin.", 'fr')[0]).toMatch(/a rappelé$/);
  });

  it('takes no assertion for a speaker', () => {
    // What was said, with its figures, is the claim: not a speaker.
    expect(speakers('Vietnam has sent 500 officers to South Sudan, he said, adding that more would follow.')).toEqual(['he said']);
    expect(speakers('Vietnam announced its candidacy for the 2020-2021 term.')).toEqual([]);
    // "theo hình thức cá nhân" is "as individuals", not "according to".
    expect(speakers('Việt Nam đã cử 70 nữ quân nhân tham gia theo hình thức cá nhân, chiếm tỷ lệ cao.', 'vi')).toEqual([]);
    // "… a rappelé que …" opens what was said: it is not a closing attribution.
    expect(speakers("L'ambassadrice a rappelé que le Vietnam participait aux forces de maintien de la paix de l’ONU depuis 2014.", 'fr')).toEqual(["L'ambassadrice a rappelé"]);
    // A sentence that is all attribution keeps its words.
    expect(speakers('He said so.')).toEqual([]);
  });
});
