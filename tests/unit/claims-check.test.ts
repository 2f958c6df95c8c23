import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus-build/build-corpus.js';
import { readDataDir } from '../../src/corpus-build/read-data-dir.js';
import { loadLexicon } from '../../src/core/match/lexicon.js';
import { buildClaimIndex, checkClaim, type ClaimCheck, type ClaimIndex, type Verdict } from '../../src/core/claims/check.js';

let index: ClaimIndex;

beforeAll(() => {
  const { corpus, lexicon, errors } = buildCorpus(readDataDir('data'));
  if (!corpus || !lexicon) throw new Error(`corpus does not build: ${errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`).join('; ')}`);
  index = buildClaimIndex(corpus, loadLexicon(lexicon));
});

const check = (claim: string): ClaimCheck => checkClaim(index, claim);

const OPENING: Record<Verdict, RegExp> = {
  same: /^The sources say the same: /,
  differs: /^The sources differ: /,
  related: /^Related facts, nothing on this exact point\.$/,
  nothing: /^The corpus says nothing about this\.$/,
};

/**
 * Claims written from the sources (data/sources) and facts (data/facts): the verdict, and for
 * `same`/`differs` (and some `related`) the id prefix of the fact that must rank first.
 */
const CLAIMS: [claim: string, verdict: Verdict, topFact?: string][] = [
    // The sources say the same (numbers, number words, ranges, percentages, money, Vietnamese formats, dates)
    ['Vietnam has sent 29 officers to UN missions', 'same', 'c18-29'],
    ['During 2014-2018, Viet Nam deployed 29 officers to UN peacekeeping operations', 'same', 'c18-29'],
    ['Between 2014 and 2018 Vietnam sent twenty-nine officers to peacekeeping missions in South Sudan and the Central African Republic', 'same', 'c18-29'],
    ['Since 2014, Vietnam has deployed 512 personnel to UN peacekeeping missions', 'same', 'p22-512'],
    ['Vietnam has deployed 512 troops to UN missions in South Sudan and Central Africa since 2014', 'same', 'p22-512'],
    ['Vietnam has deployed 184 sappers to UN peacekeeping since 2014', 'same', 'p22-184'],
    ['Vietnam has sent 76 military officers to UN headquarters and peacekeeping missions', 'same', 'p22-76'],
    ['Up to January 2020, Vietnam had sent 43 officers and 126 military doctors to South Sudan', 'same', 'r21-43'],
    ['Women make up 16 per cent of Vietnam\'s deployed peacekeeping troops, according to UNDP', 'same', 'p22-women-16'],
    ['Vietnam\'s share of women in deployed troops is 16%', 'same', 'p22-women-16'],
    ['The UN recommends that women make up 15 percent of deployed peacekeepers', 'same', 'p22-un-recommended'],
    ['Up to October 2020 Vietnam had sent 23/166 female officers (13,8%) to South Sudan', 'same', 'r21-women-23'],
    ['Vietnam aims to raise the share of women at its level-2 field hospitals to 25 per cent', 'same', 'p22-women-25'],
    ['Vietnam offered the DPRK 13.000 tonnes of rice in 1997', 'same', 'r21-dprk-rice-aid-1997'],
    ['Vietnam gave North Korea 100 tonnes of rice aid in 1995', 'same', 'r21-dprk-rice-aid-1995'],
    ['From 2000 to 2012 Vietnam supported the DPRK with 22,700 tonnes of rice', 'same', 'r21-dprk-rice-aid-2000'],
    ['Vietnam offered US$70,000 in flood relief to North Korea in 2016', 'same', 'r21-dprk-flood'],
    ['Vietnam gave the DPRK USD 50,000 in emergency aid', 'same', 'r21-dprk-rubber'],
    ['Vietnam has signed memorandums of understanding on peacekeeping cooperation with nine countries', 'same', 'p22-mous'],
    ['Vietnam has diplomatic relations with 189 countries', 'same', 'r21-189'],
    ['Vietnam has 14 strategic partnerships', 'same', 'r21-189'],
    ['The Discussion Paper offered 14 recommendations for Viet Nam', 'same', 'c18-discussion-paper-14'],
    ['Vietnam and UN agencies co-organised four international conferences on women, peace and security from 2020 to 2022', 'same', 'p22-four-wps'],
    ['Since 2018 Vietnam has sent two level-2 field hospitals to South Sudan', 'same', 'r21-two-level-2'],
    ['Vietnam was ready to dispatch 295 military engineers', 'same', 'r21-295'],
    ['In 2017 Vietnam sent its first female officer, Major Do Thi Hang Nga, to South Sudan', 'same', 'c18-first-female'],
    ['Vietnam joined ASEAN in 1995', 'same', 'p22-asean-accession'],
    ['Directive 25-CT/TW was issued on 8 August 2018', 'same', 'r21-directive-25-issued'],
    ['In November 2020 the National Assembly passed Resolution 130/2020/QH14', 'same', 'p22-resolution-130'],
    ['Việt Nam đã cử 29 sĩ quan tham gia gìn giữ hòa bình Liên Hợp Quốc giai đoạn 2014-2018', 'same', 'c18-29'],
    ['Việt Nam có 512 quân nhân tham gia gìn giữ hòa bình Liên Hợp Quốc', 'same', 'p22-512'],
    ['Nguyen Chi Vinh praised the Discussion Paper at the 2018 conference', 'same', 'c18-nguyen-chi-vinh-appreciates'],
    ['Vietnam has sent more than 500 personnel to UN peacekeeping missions', 'same', 'p22-512'],
    ['Vietnam has sent about 500 peacekeepers to UN missions since 2014', 'same', 'p22-512'],
    ['Vietnam had a two-week preparation period for the Hanoi summit', 'same', 'r21-hanoi-summit-two-week'],
    ['Four of the 15 members of the prime minister\'s Economic Advisory Group are overseas Vietnamese', 'same', 'r21-overseas'],
    ['The Hanoi summit between Trump and Kim took place in February 2019', 'same', 'r21-hanoi-summit'],
    ['In 2013 the Politburo ratified the Master Plan on Vietnam\'s participation in UN peacekeeping', 'same', 'p22-politburo'],
    ['Vietnam did not pay its UN peacekeeping levy from 1975 until 1994', 'same', 'p22-levy'],
    ['Vietnam\'s exports to South Korea account for more than 5% of its GDP', 'same', 'r21-south-korea'],
    ['About 20 per cent of Vietnam\'s intermediate goods are imported from South Korea', 'same', 'r21-south-korea'],
    ['Vietnam was a non-permanent member of the UN Security Council in 2008-09', 'same', 'p22-unsc-2008'],
    ['Vietnam deployed its first level-two field hospital to South Sudan on 1 October 2018', 'same', 'c18-first-level-2'],
    ['Thirteen thousand tonnes of rice were given to North Korea in 1997', 'same', 'r21-dprk-rice-aid-1997'],
    ['Up to October 2020 Việt Nam đã cử 23 nữ sĩ quan to South Sudan', 'same', 'r21-women-23'],
    ['The UN average share of women in military contingents was 4.8% in 2020', 'same', 'r21-un-average'],
    ['Vietnam gave 50.000 USD in emergency aid to North Korea', 'same', 'r21-dprk-rubber'],
    ['Năm 1997, Việt Nam viện trợ 13.000 tấn gạo cho Triều Tiên', 'same', 'r21-dprk-rice-aid-1997'],
    // The sources differ
    ['Vietnam has deployed 600 personnel to UN peacekeeping missions since 2014', 'differs', 'p22-512'],
    ['Vietnam has sent 1,000 peacekeepers to South Sudan', 'differs', 'p22-512'],
    ['Vietnam has sent 35 officers to UN peacekeeping missions', 'differs'],
    ['Women make up 30 per cent of Vietnam\'s deployed peacekeeping troops', 'differs', 'p22-women-16'],
    ['Vietnam offered the DPRK 15,000 tonnes of rice in 1997', 'differs', 'r21-dprk-rice-aid-1997'],
    ['Vietnam offered US$100,000 in flood relief to North Korea in 2016', 'differs', 'r21-dprk-flood'],
    ['Vietnam has signed peacekeeping cooperation memorandums with twelve countries', 'differs', 'p22-mous'],
    ['Vietnam has diplomatic relations with 200 countries', 'differs', 'r21-189'],
    ['The Discussion Paper offered 20 recommendations for Viet Nam', 'differs', 'c18-discussion-paper-14'],
    ['In 2019 Vietnam sent its first female officer to the UN mission in South Sudan', 'differs', 'c18-first-female'],
    ['Vietnam joined ASEAN in 1997', 'differs', 'p22-asean-accession'],
    ['Vietnam has deployed 512 personnel to UN peacekeeping since 2016', 'differs', 'p22-512'],
    ['Việt Nam đã cử hai mươi chín sĩ quan tham gia gìn giữ hòa bình giai đoạn 2014-2020', 'differs'],
    ['Vietnam aims to raise women\'s share at level-2 field hospitals to 30 per cent', 'differs', 'p22-women-25'],
    ['Vietnam has deployed fewer than 100 personnel to UN peacekeeping missions', 'differs', 'p22-512'],
    ['The Hanoi summit between Trump and Kim took place in 2018', 'differs', 'r21-hanoi-summit'],
    ['In 2015 the Politburo ratified the Master Plan on Vietnam\'s participation in UN peacekeeping', 'differs', 'p22-politburo'],
    ['Vietnam deployed its first level-2 field hospital to South Sudan in 2016', 'differs', 'c18-first-level-2'],
    // Related facts, nothing comparable
    ['Vietnam\'s diplomatic network ranks 38th in the world', 'related'],
    ['Vietnam will abstain from combat activities in UN peacekeeping', 'related', 'p22-no-combat'],
    ['Vietnam wants to turn its peacekeeping training centre into a regional hub for Asia-Pacific', 'related'],
    ['Vietnam sent peacekeepers to South Sudan', 'related'],
    ['Vietnam\'s blue helmets teach local children in South Sudan', 'related'],
    ['Vietnam is considering deploying helicopter troops to UN missions', 'related'],
    ['Directive 25 calls on Vietnam to play a leading or mediatory role in multilateral forums', 'related'],
    // Nothing in the corpus: other countries, other directives, sports, unrelated news
    ['China has sent more than 50,000 peacekeepers to UN missions since 1990', 'nothing'],
    ['Bangladesh has deployed 6,000 troops to UN peacekeeping operations', 'nothing'],
    ['Rwanda contributes 5,000 police and military personnel to UN missions', 'nothing'],
    ['Presidential Decision Directive 25, signed by Bill Clinton in 1994, set US peacekeeping policy', 'nothing'],
    ['Directive 2014/95/EU requires large companies to disclose non-financial information', 'nothing'],
    ['Vietnam beat Thailand 3-0 to win the AFF Cup in 2008', 'nothing'],
    ['Manchester United won the Premier League 13 times under Alex Ferguson', 'nothing'],
    ['The price of coffee rose 20 per cent in 2021', 'nothing'],
    ['Vietnam\'s GDP grew 8 percent in 2022', 'nothing'],
    ['India has sent more than 250,000 troops to UN peacekeeping missions', 'nothing'],
    ['Ghana deployed a level-2 field hospital to Mali in 2019', 'nothing'],
    ['Japan sent 600 troops to the UN mission in Cambodia in 1992', 'nothing'],
    ['Indonesia has deployed more than 2,700 peacekeepers to UN missions', 'nothing'],
    ['The Paris Agreement on climate change was signed by 196 parties in 2015', 'nothing'],
    ['Vietnam\'s population reached 100 million in 2023', 'nothing'],
    ['The ASEAN summit in Jakarta in 2023 focused on Myanmar', 'nothing'],
    ['Ethiopia is the largest contributor of troops to UN peacekeeping, with 7,000 personnel', 'nothing'],
    ['Vietnam\'s coffee exports reached 1.7 million tonnes in 2022', 'nothing'],
];

describe('checkClaim on the real corpus: the claim table', () => {
  it('has at least 40 claims covering every verdict', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(40);
    for (const v of ['same', 'differs', 'related', 'nothing'] as const) expect(CLAIMS.some(([, verdict]) => verdict === v)).toBe(true);
  });

  it.each(CLAIMS)('%s → %s', (claim, verdict, topFact) => {
    const result = check(claim);
    expect(result.verdict).toBe(verdict);
    expect(result.summary).toMatch(OPENING[verdict]);
    expect(result.results.length).toBeLessThanOrEqual(5);
    if (verdict === 'nothing') expect(result.results).toEqual([]);
    else expect(result.results.length).toBeGreaterThan(0);
    if (topFact) expect(result.results[0]!.fact.id.startsWith(topFact), `top fact ${result.results[0]!.fact.id}`).toBe(true);
    // Never call a page wrong: say what the sources say.
    expect(result.summary).not.toMatch(/\b(wrong|false|incorrect|untrue|lie)\b/i);
  });
});

describe('checkClaim: figures over time', () => {
  it('29 officers is the same as the 2018 sources, and names the 2022 total as context', () => {
    const r = check('Vietnam has sent 29 officers to UN missions');
    expect(r.verdict).toBe('same');
    expect(r.summary).toMatch(/^The sources say the same: 29 officers \(2014–2018, as of 2018-11-2\d, [^)]*un-vietnam-2018-11-23/);
    expect(r.summary).toMatch(/512 personnel \(since 2014, as of 2022-04[-\d]*, iseas-2022-46\)/);
    const top = r.results[0]!;
    expect(top.comparisons).toEqual([expect.objectContaining({ status: 'same', fact: expect.objectContaining({ value: 29 }) })]);
    // The later, different figures of the same quantity are compared too, and differ.
    expect(r.results.some((x) => x.comparisons.some((c) => c.status === 'differs' && c.fact?.value === 76))).toBe(true);
  });

  it('names the differing figure with its date and source', () => {
    const r = check('Vietnam has deployed 600 personnel to UN peacekeeping missions since 2014');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/^The sources differ: 512 personnel \(since 2014, as of 2022-04[-\d]*, iseas-2022-46\)\.$/);
    expect(r.results[0]!.comparisons.find((c) => c.claim.kind === 'count')).toMatchObject({ status: 'differs', fact: { value: 512 } });
  });

  it('a right figure with a wrong start date differs', () => {
    const r = check('Vietnam has deployed 512 personnel to UN peacekeeping since 2016');
    expect(r.verdict).toBe('differs');
    const comparisons = r.results[0]!.comparisons;
    expect(comparisons.find((c) => c.claim.kind === 'count')?.status).toBe('same');
    expect(comparisons.find((c) => c.claim.kind === 'year')?.status).toBe('differs');
  });

  it('picks the figure of the claim\'s own year from a timeline', () => {
    const r = check('Vietnam offered the DPRK 15,000 tonnes of rice in 1997');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/^The sources differ: 13,000 tonnes \(as of 1997/);
  });

  it('reads hedges: "more than 500" agrees with 512, "fewer than 100" does not', () => {
    expect(check('Vietnam has sent more than 500 personnel to UN peacekeeping missions').verdict).toBe('same');
    expect(check('Vietnam has deployed fewer than 100 personnel to UN peacekeeping missions').verdict).toBe('differs');
  });

  it('does not call a different quantity a difference (female officers vs all officers)', () => {
    const r = check('Up to October 2020 Vietnam had sent 23 female officers to South Sudan');
    expect(r.verdict).toBe('same');
    expect(r.summary).toContain('23 female officers');
  });
});

describe('checkClaim: the corpus says nothing', () => {
  it.each(['', '   ', 'the of and', '2014', 'Vietnam'])('%j', (claim) => {
    const r = check(claim);
    expect(r.verdict).toBe('nothing');
    expect(r.results).toEqual([]);
  });

  it('reports the claim, its figures (with offsets) and the topics it mentions', () => {
    const claim = 'Since 2014, Vietnam has deployed 512 personnel to UNMISS in South Sudan';
    const r = check(claim);
    expect(r.claim).toBe(claim);
    expect(r.figures.map((f) => f.raw)).toEqual(['Since 2014', '512 personnel']);
    for (const f of r.figures) expect(claim.slice(f.start, f.end)).toBe(f.raw);
    expect(r.topics).toContain('unmiss');
  });
});
