import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from '../../src/core/claims/figures.js';
import { normaliseUnit, sameUnitFamily, unitRelation } from '../../src/core/claims/units.js';
import { MAY_STATE_A_FIGURE } from '../../src/core/claims/figure-cue.js';
import type { ClaimFigure } from '../../src/core/claims/types.js';

type Expected = Partial<Omit<ClaimFigure, 'start' | 'end'>>;

/** The figures of `text`, reduced to the fields each row states. */
function figures(text: string, expected: readonly Expected[]): Expected[] {
  return extractFigures(text).map((f, i) => {
    const want = expected[i] ?? {};
    const got: Expected = {};
    for (const k of Object.keys(want) as (keyof Expected)[]) (got as Record<string, unknown>)[k] = f[k];
    return got;
  });
}

const table: [string, string, Expected[]][] = [
  // Digits and separators
  ['thousands separator', 'Vietnam sent 1,000 troops', [{ value: 1000, kind: 'count', unit: 'troop', raw: '1,000 troops' }]],
  ['thousands, tonnes', 'another 13,000 tonnes in 1997', [{ value: 13000, unit: 'tonne' }, { value: 1997, kind: 'year' }]],
  ['Vietnamese thousands', 'viện trợ 13.000 tấn gạo', [{ value: 13000, kind: 'count', unit: 'tonne' }]],
  ['Vietnamese millions', 'khoảng 1.500.000 người', [{ value: 1500000, unit: 'person', bound: 'about' }]],
  ['decimal point', 'a share of 13.8 percent', [{ value: 13.8, kind: 'percent' }]],
  ['Vietnamese decimal comma', 'tỷ lệ nữ là 13,8%', [{ value: 13.8, kind: 'percent', unit: 'percent', raw: '13,8%' }]],
  ['both conventions', '1.234,5 tấn and 1,234.5 tonnes', [{ value: 1234.5, unit: 'tonne' }, { value: 1234.5, unit: 'tonne' }]],
  ['scale word', 'about 1.7 million tonnes', [{ value: 1700000, unit: 'tonne', bound: 'about' }]],
  ['Vietnamese scale word', '13 nghìn tấn', [{ value: 13000, unit: 'tonne' }]],
  // Number words
  ['single word', 'with nine countries', [{ value: 9, unit: 'country', raw: 'nine countries' }]],
  ['hyphenated', 'twenty-nine officers', [{ value: 29, unit: 'officer' }]],
  ['spaced', 'twenty nine officers', [{ value: 29, unit: 'officer' }]],
  ['a hundred', 'a hundred peacekeepers', [{ value: 100, unit: 'peacekeeper' }]],
  ['two thousand', 'two thousand soldiers', [{ value: 2000, unit: 'soldier' }]],
  ['hundred and', 'one hundred and twelve sappers', [{ value: 112, unit: 'sapper' }]],
  ['thirteen thousand', 'Thirteen thousand tonnes of rice', [{ value: 13000, unit: 'tonne' }]],
  ['compound adjective', 'a two-week preparation period', [{ value: 2, unit: 'week' }]],
  ['Vietnamese words', 'hai mươi chín sĩ quan', [{ value: 29, unit: 'officer' }]],
  ['Vietnamese mốt / lăm', 'hai mươi mốt sĩ quan và ba mươi lăm quân nhân', [{ value: 21, unit: 'officer' }, { value: 35, unit: 'personnel' }]],
  ['Vietnamese hundreds', 'một trăm linh năm bác sĩ', [{ value: 105, unit: 'doctor' }]],
  ['"năm" as "year"', 'năm 2018 Việt Nam', [{ value: 2018, kind: 'year' }]],
  ['"Nam" is not five', 'Việt Nam và Nam Sudan', []],
  // Percentages
  ['percent sign', 'women are 16% of troops', [{ value: 16, kind: 'percent', unit: 'percent', raw: '16%' }]],
  ['per cent', 'at 16 per cent.', [{ value: 16, kind: 'percent', raw: '16 per cent' }]],
  ['percent', 'at 16 percent', [{ value: 16, kind: 'percent' }]],
  ['phần trăm', 'chiếm 16 phần trăm', [{ value: 16, kind: 'percent' }]],
  ['number words percent', 'fifteen per cent', [{ value: 15, kind: 'percent' }]],
  ['hedged percent', 'more than 5 per cent of its GDP', [{ value: 5, kind: 'percent', bound: 'at-least', raw: 'more than 5 per cent' }]],
  ['percent range', 'between 10 and 15 per cent', [{ value: 10, kind: 'percent', range: [10, 15] }]],
  // Money
  ['US$', 'US$50,000 in emergency aid', [{ value: 50000, kind: 'money', unit: 'usd', raw: 'US$50,000' }]],
  ['$', 'offered $70,000 in flood relief', [{ value: 70000, kind: 'money', unit: 'usd' }]],
  ['USD before', 'USD 50,000', [{ value: 50000, kind: 'money', unit: 'usd' }]],
  ['USD after, Vietnamese thousands', '50.000 USD', [{ value: 50000, kind: 'money', unit: 'usd' }]],
  ['dollars with scale', '$1.5 million', [{ value: 1500000, kind: 'money', unit: 'usd' }]],
  ['US dollars after', '70,000 US dollars', [{ value: 70000, kind: 'money', unit: 'usd' }]],
  ['đồng', '13 triệu đồng', [{ value: 13000000, kind: 'money', unit: 'vnd' }]],
  // Years and ranges
  ['year', 'In 2017, Vietnam sent', [{ value: 2017, kind: 'year' }]],
  ['since', 'Since 2014, Vietnam', [{ value: 2014, kind: 'year', dateRole: 'since', raw: 'Since 2014' }]],
  ['until', 'until 2020', [{ value: 2020, kind: 'year', dateRole: 'until' }]],
  ['hyphen range', 'the 2014-2018 period', [{ kind: 'year-range', range: [2014, 2018], raw: '2014-2018' }]],
  ['en dash range', 'during 2014–2018', [{ kind: 'year-range', range: [2014, 2018] }]],
  ['short range', 'the 2020-21 term', [{ kind: 'year-range', range: [2020, 2021], raw: '2020-21' }]],
  ['short range in parentheses', 'the UNSC (2008-09)', [{ kind: 'year-range', range: [2008, 2009] }]],
  ['from … to', 'from 2014 to 2018', [{ kind: 'year-range', range: [2014, 2018], raw: 'from 2014 to 2018' }]],
  ['between … and', 'Between 2014 and 2018 Vietnam sent', [{ kind: 'year-range', range: [2014, 2018], raw: 'Between 2014 and 2018' }]],
  ['from … until', 'From 1975 until 1994', [{ kind: 'year-range', range: [1975, 1994] }]],
  ['Vietnamese range', 'từ 2014 đến 2018', [{ kind: 'year-range', range: [2014, 2018] }]],
  ['historic range', 'King Tran Nhan Tong (1258-1308)', [{ kind: 'year-range', range: [1258, 1308] }]],
  ['date', 'on 27 April 2022.', [{ value: 2022, kind: 'year', raw: '2022' }]],
  ['US-style date', 'on November 15, 2020', [{ value: 2020, kind: 'year' }]],
  ['numeric date', 'ngày 26/11/2018', [{ value: 2018, kind: 'year' }]],
  ['numeric date in English', 'on 26/11/2018, at', [{ value: 2018, kind: 'year', raw: '26/11/2018' }]],
  ['year as adjective', 'at the 2018 conference', [{ value: 2018, kind: 'year' }]],
  ['four digits counting', '2000 troops', [{ value: 2000, kind: 'count', unit: 'troop' }]],
  // Fractions, ranges of counts, hedges
  ['fraction', 'sent 23/166 female officers (13.8%)', [{ value: 23, total: 166, unit: 'female officer' }, { value: 13.8, kind: 'percent' }]],
  ['count range', '500-600 troops', [{ value: 500, range: [500, 600], unit: 'troop' }]],
  ['at least', 'at least 500 personnel', [{ value: 500, bound: 'at-least' }]],
  ['fewer than', 'fewer than 100 personnel', [{ value: 100, bound: 'at-most' }]],
  ['about', 'about 500 peacekeepers', [{ value: 500, bound: 'about' }]],
  // Units
  ['collective looked through', '29 turns of officers', [{ value: 29, unit: 'officer', raw: '29 turns of officers' }]],
  ['insignificant modifier dropped', '76 military officers', [{ unit: 'officer' }]],
  ['significant modifier kept', '252 medical personnel', [{ unit: 'medical personnel' }]],
  ['grade dropped, compound kept', 'two level-2 field hospitals', [{ value: 2, unit: 'field hospital' }]],
  ['unit stops at a participle', '29 officers deployed to', [{ unit: 'officer' }]],
  ['Vietnamese trailing modifier', '23 sĩ quan nữ', [{ unit: 'female officer' }]],
  ['Vietnamese leading modifier', '23 nữ sĩ quan', [{ unit: 'female officer' }]],
  // Ordinals
  ['ordinal word', 'its first female officer', [{ value: 1, ordinal: true, unit: 'female officer' }]],
  ['ordinal digits', 'the 13th National Congress', [{ value: 13, ordinal: true }]],
  // Numbers that name things
  ['document numbers', 'Directive 25-CT/TW and Resolution 130/2020/QH14', []],
  ['Directive No.', 'Directive No. 25 CT/TW', []],
  ['level two', 'a level two field hospital and a level-2 hospital', []],
  ['resolution then year', 'Resolution 1889 (2009)', [{ value: 2009, kind: 'year' }]],
  ['page and time', 'p. 473, at 09:53', []],
  ['phone number', 'phone: 84-983940010', []],
  ['glued identifiers', 'QH14 and COVID-19', []],
  ['one of', 'one of the largest contributors', []],
  // English: levels, ranks, ordinals, collectives, lists and sums
  ['level with number word', 'two rotations of Level-two Field Hospital with 126 officers and staff', [
    { value: 2, unit: 'rotation', of: 'field hospital' }, { value: 126, unit: 'personnel' },
  ]],
  ['hospital number and level', 'Field Hospital No. 1, level 2', []],
  ['rank', 'Vietnam ranked 38th in the world', [{ value: 38, ordinal: true, unit: 'rank', raw: '38th' }]],
  ['ordinal of a collective', 'the second rotation', [{ value: 2, ordinal: true, unit: 'rotation' }]],
  ['long ordinal word', 'the thirteenth congress', [{ value: 13, ordinal: true }]],
  ['two year ranges', 'two periods 2008-09 and again in 2020-21', [
    { value: 2, unit: 'period' }, { kind: 'year-range', range: [2008, 2009] }, { kind: 'year-range', range: [2020, 2021] },
  ]],
  ['event year', 'Vietnam joined ASEAN in 1995', [{ value: 1995, kind: 'year' }]],
  ['sum of parts', '76 + 436 = 512 personnel', [
    { value: 76, unit: 'personnel', part: true }, { value: 436, unit: 'personnel', part: true }, { value: 512, unit: 'personnel' },
  ]],
  ['list sharing its noun', '25, 30 and 40 officers', [{ value: 25, unit: 'officer' }, { value: 30, unit: 'officer' }, { value: 40, unit: 'officer' }]],
  ['several nouns', '25 officers and 3 female officers', [{ value: 25, unit: 'officer' }, { value: 3, unit: 'female officer' }]],
  ['turns of people', 'two rotations of officers', [{ value: 2, unit: 'officer', turns: true }]],
  ['coordinated adjectives: officers of both kinds', 'nearly 800 military and police officers', [{ value: 800, bound: 'about', unit: 'officer' }]],
  ['month before a since year', 'Since June 2014, Vietnam', [{ value: 2014, kind: 'year', dateRole: 'since' }]],
  ['months inside a range', 'between June 2014 and December 2022', [{ kind: 'year-range', range: [2014, 2022] }]],
  ['UN is not "un"', 'UN peacekeepers', []],
  // Vietnamese
  ['lượt sỹ quan', '29 lượt sỹ quan của Việt Nam', [{ value: 29, unit: 'officer', turns: true, raw: '29 lượt sỹ quan' }]],
  ['dates written with dots', 'bắt đầu từ 1.1.2020 và kết thúc ngày 31.12.2021', [
    { kind: 'year', value: 2020, month: 1, day: 1, dateRole: 'since' }, { kind: 'year', value: 2021, month: 12, day: 31 },
  ]],
  ['sĩ quan and sỹ quan alike', '90 sĩ quan và 90 sỹ quan', [{ unit: 'officer' }, { unit: 'officer' }]],
  ['binh sĩ', 'hơn 500 binh sĩ', [{ value: 500, bound: 'at-least', unit: 'soldier' }]],
  ['quân nhân', 'gần 90 quân nhân', [{ value: 90, bound: 'about', unit: 'personnel' }]],
  ['cán bộ, nhân viên', 'khoảng 60 cán bộ, nhân viên', [{ value: 60, bound: 'about', unit: 'staff', raw: 'khoảng 60 cán bộ, nhân viên' }]],
  ['cán bộ, sĩ quan', '63 cán bộ, sĩ quan', [{ value: 63, unit: 'personnel' }]],
  ['y bác sĩ', '63 y bác sĩ', [{ value: 63, unit: 'medical staff' }]],
  ['nữ quân nhân', '10 nữ quân nhân', [{ value: 10, unit: 'female personnel' }]],
  ['công binh', 'trên 180 công binh', [{ value: 180, bound: 'at-least', unit: 'engineer' }]],
  ['hospital grade and number', 'bệnh viện dã chiến cấp 2 số 1', []],
  ['ordinal lần thứ', 'lần thứ hai', [{ value: 2, ordinal: true }]],
  ['ordinal thứ with digits', 'Việt Nam xếp thứ 38 thế giới', [{ value: 38, ordinal: true, unit: 'rank' }]],
  ['Vietnamese number words', 'hai trăm binh sĩ và ba nghìn người', [{ value: 200, unit: 'soldier' }, { value: 3000, unit: 'person' }]],
  ['ngàn and triệu', 'một ngàn người, 2 triệu người', [{ value: 1000 }, { value: 2000000 }]],
  ['since năm', 'từ năm 2014', [{ value: 2014, kind: 'year', dateRole: 'since', raw: 'từ năm 2014' }]],
  ['giai đoạn', 'giai đoạn 2020-2021', [{ kind: 'year-range', range: [2020, 2021] }]],
  ['nhiệm kỳ', 'nhiệm kỳ 2008-2009', [{ kind: 'year-range', range: [2008, 2009] }]],
  ['years as a count', 'sau 5 năm chuẩn bị', [{ value: 5, unit: 'year' }]],
  ['among', 'Trong số 63 cán bộ', [{ value: 63 }]],
  ['day and month', 'vào ngày 1/10 đợt 1 với 32 cán bộ, chiến sĩ', [{ value: 32, unit: 'staff' }]],
  // French
  ['officiers', '63 officiers', [{ value: 63, unit: 'officer' }]],
  ['officiers et personnels', '126 officiers et personnels', [{ value: 126, unit: 'personnel' }]],
  ['Casques bleus', '200 Casques bleus', [{ value: 200, unit: 'blue helmet' }]],
  ['militaires, soldats', '200 militaires et 300 soldats', [{ value: 200, unit: 'personnel' }, { value: 300, unit: 'soldier' }]],
  ['femmes officiers', '12 femmes officiers', [{ value: 12, unit: 'female officer' }]],
  ['hôpital de campagne de niveau 2', "l'hôpital de campagne de niveau 2 No 4", []],
  ['hôpitaux de campagne', 'quatre hôpitaux de campagne de niveau 2', [{ value: 4, unit: 'field hospital' }]],
  ['plus de', 'plus de 500 soldats', [{ value: 500, bound: 'at-least', unit: 'soldier' }]],
  ['près de', 'près de 90 médecins', [{ value: 90, bound: 'about', unit: 'doctor' }]],
  ['environ', 'environ 60 militaires', [{ value: 60, bound: 'about' }]],
  ['space thousands', '1 000 soldats', [{ value: 1000, raw: '1 000 soldats' }]],
  ['no-break space thousands', '1\u00a0000 soldats', [{ value: 1000 }]],
  ['thin space thousands', '1\u202f000 soldats', [{ value: 1000 }]],
  ['French percent', '63,5 %', [{ value: 63.5, kind: 'percent' }]],
  ['pour cent', '16 pour cent', [{ value: 16, kind: 'percent' }]],
  ['en year', 'en 2014', [{ value: 2014, kind: 'year' }]],
  ['depuis', 'depuis 2014', [{ value: 2014, kind: 'year', dateRole: 'since' }]],
  ['jusqu\'en', "jusqu'en 2020", [{ value: 2020, kind: 'year', dateRole: 'until' }]],
  ['French range', 'de 2014 à 2018', [{ kind: 'year-range', range: [2014, 2018] }]],
  ['deuxième', 'la deuxième rotation', [{ value: 2, ordinal: true, unit: 'rotation' }]],
  ['38e place', 'la 38e place', [{ value: 38, ordinal: true, unit: 'rank', raw: '38e place' }]],
  ['1er janvier', 'le 1er janvier 2020', [{ value: 2020, kind: 'year' }]],
  ['French number words', 'deux officiers, trois soldats, dix médecins, cent militaires, mille soldats', [
    { value: 2, unit: 'officer' }, { value: 3, unit: 'soldier' }, { value: 10, unit: 'doctor' }, { value: 100, unit: 'personnel' }, { value: 1000, unit: 'soldier' },
  ]],
  ['French compound numbers', 'soixante-dix-sept officiers, quatre-vingt-dix soldats, vingt et un médecins', [
    { value: 77 }, { value: 90 }, { value: 21 },
  ]],
  ['millions de', '2 millions de personnes', [{ value: 2000000, unit: 'person' }]],
  ['un million de', "un million d'euros", [{ value: 1000000, kind: 'money', unit: 'eur' }]],
  ['lượt of things', 'triển khai 5 lượt Bệnh viện dã chiến cấp 2', [{ value: 5, unit: 'rotation', of: 'field hospital' }]],
  ['Vietnamese compound grows', 'cử 2 bệnh viện dã chiến cấp 2', [{ value: 2, unit: 'field hospital', raw: '2 bệnh viện dã chiến' }]],
  ['Vietnamese trailing modifiers', '3 đối tác chiến lược toàn diện, 14 đối tác chiến lược', [
    { value: 3, unit: 'comprehensive strategic partner' }, { value: 14, unit: 'strategic partner' },
  ]],
  ['French trailing adjectives', '3 partenariats stratégiques intégraux', [{ value: 3, unit: 'comprehensive strategic partnership' }]],
  ['Vietnamese rank', 'đứng thứ 10 châu Á', [{ value: 10, ordinal: true, unit: 'rank' }]],
  ['hyphenated rank', 'the 38th-largest in the world', [{ value: 38, ordinal: true, unit: 'rank', raw: '38th-largest' }]],
  ['French rank', 'au 38e rang mondial et classé 10e en Asie', [{ value: 38, unit: 'rank' }, { value: 10, unit: 'rank' }]],
  ['money with a glued scale', '$5.8bn and US$5m', [{ value: 5.8e9, kind: 'money', unit: 'usd' }, { value: 5e6, kind: 'money', unit: 'usd' }]],
  ['approximate French nouns', "une centaine d'officiers", [{ value: 100, bound: 'about', unit: 'officer' }]],
  ['part of a total', '192 out of a total of 193 votes', [{ value: 192, total: 193, unit: 'vote' }]],
  ['Vietnamese part of a total', '81 trong tổng số 529 quân nhân', [{ value: 81, total: 529, unit: 'personnel' }]],
  ['noun named before', 'the total number of officers engaged in U.N. missions to 19', [{ value: 19, unit: 'officer', raw: '19' }]],
  ['no noun from a participle', '12 deployed individually', [{ value: 12, unit: undefined }]],
  ['month and day', 'on May 27, 2014 and in October 2018', [{ value: 2014, month: 5, day: 27 }, { value: 2018, month: 10 }]],
  ['French month and day', 'le 2 octobre 2018', [{ value: 2018, month: 10, day: 2 }]],
  ['Vietnamese month and day', 'ngày 11 tháng 7 năm 1995', [{ value: 1995, month: 7, day: 11 }]],
  ['a numbered name', 'doctors of the 175 Military Hospital', []],
  ['an identifier glued to capitals', 'Chỉ thị\n25-CT/TW', []],
  ['turns of visitors', '10 triệu lượt khách', [{ value: 1e7, unit: 'visitor', turns: true }]],
  ['"more" is no noun', 'and seven more', [{ value: 7, unit: undefined }]],
  ['the first, after the noun', 'Việt Nam hôm 30/10 đã cử một nữ sĩ quan đầu tiên', [{ value: 1, unit: 'female officer', ordinal: true }]],
  ['from … to … shares the noun', 'rose from 2 officers in 2014 to more than 500 by 2022', [
    { value: 2, unit: 'officer' }, { value: 2014 }, { value: 500, bound: 'at-least', unit: 'officer' }, { value: 2022, dateRole: 'until' },
  ]],
  ['từ … lên … shares the noun', 'tăng từ 2 sĩ quan năm 2014 lên hơn 500 năm 2022', [{ unit: 'officer' }, { value: 2014 }, { value: 500, unit: 'officer' }, { value: 2022 }]],
  ['a number glued by "+" names', 'the ASEAN+3 summit', []],
  ['since a Vietnamese month', 'Từ tháng 6/2014, Việt Nam', [{ value: 2014, month: 6, dateRole: 'since', raw: 'Từ tháng 6/2014' }]],
  ['as of a Vietnamese month', 'Tính đến tháng 5/2023', [{ value: 2023, month: 5, dateRole: 'until' }]],
  ['an estimated', 'an estimated 1,000 troops', [{ value: 1000, bound: 'about', raw: 'an estimated 1,000 troops' }]],
  ['a lone "un" is an article', 'un officier vietnamien', []],
  ['"neuf" is new without a noun', 'un hôpital tout neuf', []],
];

describe('extractFigures', () => {
  it.each(table)('%s: %s', (_name, text, expected) => {
    expect(figures(text, expected)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'Between 2014 and 2018, Viet Nam sent twenty-nine officers and US$50,000.';
    for (const f of extractFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });

  it('reads any integer in English and Vietnamese digit grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const en = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const vi = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const a = extractFigures(`sent ${en} troops`);
        const b = extractFigures(`cử ${vi} quân nhân`);
        return a.length === 1 && a[0]!.value === n && b.length === 1 && b[0]!.value === n && b[0]!.unit === 'personnel';
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('reads English number words up to a million', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const f = extractFigures(`Vietnam sent ${words(n)} officers`);
        return f.length === 1 && f[0]!.value === n && f[0]!.unit === 'officer';
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('never throws on French and Vietnamese either, and its figures stay ordered, disjoint and sliced from the text', () => {
    const words = fc.constantFrom(
      '1 000', '63,5', '%', 'plus', 'de', 'près', 'd', "'", '’', 'officiers', 'hôpital', 'campagne', 'niveau', '2', 'N°', '38e', 'deuxième',
      'quatre-vingt-dix', 'soixante', 'et', 'un', 'millions', 'une', 'quarantaine', 'lượt', 'sỹ', 'quan', 'thứ', 'hai', 'nghìn', 'năm',
      'tháng', '6/2014', 'từ', '2014', '-', '2020', 'trong', 'tổng', 'số', 'out', 'of', '+', '=', 'ranked', '38th', ',', 'cấp', 'đầu', 'tiên',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 24 }), fc.array(fc.constantFrom(' ', '', '\u00a0'), { minLength: 24, maxLength: 24 }), (ws, seps) => {
        const text = ws.map((w, i) => w + seps[i]).join('');
        let last = 0;
        for (const f of extractFigures(text)) {
          if (f.start < last || f.end <= f.start || text.slice(f.start, f.end) !== f.raw || !Number.isFinite(f.value)) return false;
          last = f.end;
        }
        return true;
      }),
      { numRuns: 1000, seed: 14 },
    );
  });

  it('never throws, and its figures are ordered, disjoint and sliced from the text', () => {
    const alphabet = fc.constantFrom(...'0123456789 ,.-–/%$ ofturnsficer thousand twenty-nine năm mươi Việt Nam per cent US$ since 2014 ('.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 80 }), (text) => {
        const fs = extractFigures(text);
        let last = 0;
        for (const f of fs) {
          if (f.start < last || f.end <= f.start || text.slice(f.start, f.end) !== f.raw || !Number.isFinite(f.value)) return false;
          last = f.end;
        }
        return true;
      }),
      { numRuns: 1000, seed: 13 },
    );
  });
});

describe('MAY_STATE_A_FIGURE (the content script\'s cheap pre-filter)', () => {
  it.each([
    ['Vietnam sent 29 officers', true], ['deux hôpitaux de campagne', true], ['une quarantaine de militaires', true],
    ['hai mươi sĩ quan', true], ['ba sĩ quan', true], ['two rotations', true],
    ['Việt Nam và Nam Sudan', false], ['someone phoned the centre', false], ['Tháng Tư', false],
  ])('%s → %s', (sentence, expected) => {
    expect(MAY_STATE_A_FIGURE.test(sentence)).toBe(expected);
  });

  it('lets through every sentence in which extractFigures finds a figure to compare (ordinals are never compared)', () => {
    for (const [, text] of table) if (extractFigures(text).some((f) => !f.ordinal)) expect(MAY_STATE_A_FIGURE.test(text), text).toBe(true);
  });
});

describe('units', () => {
  it.each([
    ['officers', 'officer'],
    ['29 turns of officers'.replace('29 ', ''), 'officer'],
    ['military officers', 'officer'],
    ['medical staff', 'medical staff'],
    ['level-2 field hospitals', 'field hospital'],
    ['women officers', 'female officer'],
    ['sĩ quan nữ', 'female officer'],
    ['tonnes', 'tonne'],
    ['USD', 'usd'],
    ['per cent', 'percent'],
    ['%', 'percent'],
    ['countries', 'country'],
    ['people', 'person'],
  ])('normaliseUnit(%s) = %s', (input, expected) => {
    expect(normaliseUnit(input)).toBe(expected);
  });

  it.each([
    ['personnel', 'troops', true],
    ['peacekeepers', 'soldiers', true],
    ['military personnel', 'personnel', true],
    ['officer', 'officers', true],
    ['tonne', 'tons', true],
    ['percent', '%', true],
    ['sappers', 'engineers', true],
    ['medical staff', 'medical personnel', true],
    ['officers', 'personnel', false],
    ['female officers', 'officers', false],
    ['people', 'personnel', false],
    ['tonnes', 'countries', false],
  ])('sameUnitFamily(%s, %s) = %s', (a, b, expected) => {
    expect(sameUnitFamily(a, b)).toBe(expected);
  });

  it('relates near kinds loosely: an equal figure agrees, a different one proves nothing', () => {
    expect(unitRelation('female officers', 'officers')).toBe('loose');
    expect(unitRelation('people', 'personnel')).toBe('loose');
    expect(unitRelation('officers', 'tonnes')).toBe('none');
    expect(unitRelation('members', 'sappers')).toBe('loose');
    expect(unitRelation('thành viên', 'engineers')).toBe('loose');
    expect(unitRelation('personnel', 'sappers')).toBe('loose');
    expect(unitRelation('members', 'countries')).toBe('none');
  });
});

/** English words for 1 ≤ n < 1,000,000, in the styles people write ("twenty-nine", "one hundred and five"). */
function words(n: number): string {
  const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const below100 = (x: number): string => (x < 20 ? units[x]! : `${tens[Math.floor(x / 10)]}${x % 10 ? `-${units[x % 10]}` : ''}`);
  const below1000 = (x: number): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r);
    return `${units[h]} hundred${r ? ` and ${below100(r)}` : ''}`;
  };
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  if (!th) return below1000(rest);
  return `${below1000(th)} thousand${rest ? ` ${rest < 100 ? 'and ' : ''}${below1000(rest)}` : ''}`;
}
