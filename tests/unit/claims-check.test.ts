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
 * `same`/`differs` (and some `related`) the id prefix of the fact that must rank first
 * (alternatives separated by "|" where two facts state the same thing).
 */
const CLAIMS: [claim: string, verdict: Verdict, topFact?: string][] = [
    // The sources say the same: counts, number words, ranges, hedges, percentages, money, Vietnamese formats, dates
    ['Vietnam Has Sent 29 Officers To UN Missions Since 2014', 'same', 'c18-29'],
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
    ['Vietnam offered the DPRK 13.000 tonnes of rice in 1997', 'same', 'r21-dprk-rice-aid'],
    ['Vietnam gave North Korea 100 tonnes of rice aid in 1995', 'same', 'r21-dprk-rice-aid'],
    ['From 2000 to 2012 Vietnam supported the DPRK with 22,700 tonnes of rice', 'same', 'r21-dprk-rice-aid'],
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
    ['In November 2020 the National Assembly passed Resolution 130/2020/QH14', 'same', 'p22-resolution-130|r21-national'],
    ['Việt Nam đã cử 29 sĩ quan tham gia gìn giữ hòa bình Liên Hợp Quốc giai đoạn 2014-2018', 'same', 'c18-29'],
    ['Việt Nam có 512 quân nhân tham gia gìn giữ hòa bình Liên Hợp Quốc', 'same', 'p22-512'],
    ['Vietnam has sent more than 500 personnel to UN peacekeeping missions', 'same', 'p22-512'],
    ['Vietnam has sent about 500 peacekeepers to UN missions since 2014', 'same', 'p22-512'],
    ['Vietnam had a two-week preparation period for the Hanoi summit', 'same', 'r21-hanoi-summit-two'],
    ['Four of the 15 members of the prime minister\'s Economic Advisory Group are overseas Vietnamese', 'same', 'r21-overseas'],
    ['The Hanoi summit between Trump and Kim took place in February 2019', 'same', 'r21-hanoi-summit'],
    ['In 2013 the Politburo ratified the Master Plan on Vietnam\'s participation in UN peacekeeping', 'same', 'p22-politburo'],
    ['Vietnam did not pay its UN peacekeeping levy from 1975 until 1994', 'same', 'p22-levy'],
    ['Vietnam\'s exports to South Korea account for more than 5% of its GDP', 'same', 'r21-south-korea'],
    ['About 20 per cent of Vietnam\'s intermediate goods are imported from South Korea', 'same', 'r21-south-korea'],
    ['Vietnam was a non-permanent member of the UN Security Council in 2008-09', 'same', 'p22-unsc-2008'],
    ['Vietnam deployed its first level-two field hospital to South Sudan on 1 October 2018', 'same', 'c18-first-level-2'],
    ['Thirteen thousand tonnes of rice were given to North Korea in 1997', 'same', 'r21-dprk-rice-aid'],
    ['Up to October 2020 Việt Nam đã cử 23 nữ sĩ quan to South Sudan', 'same', 'r21-women-23'],
    ['The UN average share of women in military contingents was 4.8% in 2020', 'same', 'r21-un-average'],
    ['Vietnam gave 50.000 USD in emergency aid to North Korea', 'same', 'r21-dprk-rubber'],
    ['Năm 1997, Việt Nam viện trợ 13.000 tấn gạo cho Triều Tiên', 'same', 'r21-dprk-rice-aid'],
    ['Vietnam began sending officers to UN peacekeeping missions in 2014.', 'same', 'r21-pko-deployment-since'],
    ['Vietnam\'s first female peacekeeper, Major Do Thi Hang Nga, was deployed in 2017', 'same', 'c18-first-female-officer'],
    ['Viet Nam deployed its first level-2 field hospital to South Sudan in October 2018', 'same', 'c18-first-level-2'],
    ['Vietnam has deployed more than 500 military personnel to UN peacekeeping since 2014.', 'same', 'p22-512-personnel-since'],
    ['Women account for 16% of Vietnamese peacekeepers', 'same', 'p22-women-16-percent'],
    ['The National Assembly passed Resolution 130/2020/QH14 in 2020', 'same', 'r21-national-assembly-resolution'],
    ['Vietnam held a non-permanent seat on the UN Security Council in 2020-2021', 'same', 'r21-unsc-theme-partnership'],
    ['Vietnam chaired ASEAN in 2020', 'same', 'r21-nguyen-xuan-phuc'],
    ['Vietnam hosted the Trump-Kim summit in Hanoi in 2019', 'same', 'r21-hanoi-summit-feb'],
    ['Vietnam has signed peacekeeping MOUs with 9 countries, the UN and the EU', 'same', 'p22-mous-nine-countries'],
    ['Việt Nam đã triển khai 184 công binh tham gia gìn giữ hòa bình', 'same', 'p22-184-sappers-since'],
    ['Từ năm 2014, Việt Nam đã cử 512 quân nhân tham gia lực lượng gìn giữ hòa bình Liên Hợp Quốc', 'same', 'p22-512-personnel-since'],
    ['Vietnam had sent 43 officers to South Sudan by January 2020', 'same', 'r21-43-officers-126'],
    ['The UNDP Discussion Paper set Vietnam\'s peacekeeping priorities for 2019-2025', 'same', 'c18-discussion-paper-priorities'],
    ['Vietnam\'s 2009 Defence White Paper was the first to mention peacekeeping', 'same', 'p22-2009-defence-white'],
    ['The Paris Peace Accords were signed in 1973', 'same', 'r21-geneva-1954-paris'],
    ['Vietnam has 3 comprehensive strategic partnerships', 'same', 'r21-189-diplomatic-relations'],
    ['Vietnam deployed its second level-2 field hospital in 2019', 'same', 'c18-second-level-2'],
    ['In 2014 Vietnam sent its first two officers to South Sudan', 'same'],
    ['Việt Nam đã cử 76 sĩ quan tham gia các phái bộ gìn giữ hòa bình', 'same', 'p22-76-military-officers'],
    ['Tỷ lệ nữ quân nhân Việt Nam tham gia gìn giữ hòa bình là 16%', 'same', 'p22-women-16-percent'],
    ['Việt Nam gia nhập ASEAN năm 1995', 'same', 'p22-asean-accession-1995'],
    ['Chỉ thị 25-CT/TW được ban hành ngày 8/8/2018', 'same', 'r21-directive-25-issued'],
    ['Nghị quyết 130/2020/QH14 được Quốc hội thông qua tháng 11/2020', 'same', 'r21-national-assembly-resolution'],
    ['Vietnam became a member of ASEAN in 1995', 'same', 'p22-asean-accession-1995'],
    ['Vietnam normalised relations with the United States in 1995', 'same', 'p22-us-normalisation-1995'],
    ['The 7th National Congress of the Communist Party of Vietnam was held in 1991', 'same', 'p22-7th-congress-1991'],
    ['The 13th National Congress of the CPV took place in 2021', 'same', 'p22-13th-congress-2021'],
    ['Boutros Boutros-Ghali suggested in 1993 that Vietnam join UN peacekeeping', 'same', 'p22-boutros-ghali-1993'],
    ['Vietnam offered North Korea US$70,000 for flood relief in 2016', 'same', 'r21-dprk-flood-relief'],
    ['Vietnam\'s Department of Peacekeeping Operations was established in 2014', 'same', 'p22-peacekeeping-centre-2014'],
    ['Việt Nam bắt đầu tham gia hoạt động gìn giữ hòa bình Liên Hợp Quốc từ năm 2014', 'same', 'r21-pko-deployment-since'],
    ['Năm 2017, Thiếu tá Đỗ Thị Hằng Nga trở thành nữ sĩ quan đầu tiên của Việt Nam tham gia gìn giữ hòa bình', 'same', 'c18-first-female-officer'],
    ['Việt Nam đã cử 512 lượt quân nhân tham gia gìn giữ hòa bình', 'same', 'p22-512-personnel-since'],
    // The sources differ
    ['VIETNAM SENDS 600 PEACEKEEPERS TO SOUTH SUDAN', 'differs', 'p22-512'],
    ['Vietnam has deployed 600 personnel to UN peacekeeping missions since 2014', 'differs', 'p22-512'],
    ['Vietnam has sent 1,000 peacekeepers to South Sudan', 'differs', 'p22-512'],
    ['Vietnam has sent 35 officers to UN peacekeeping missions', 'differs', 'c18-29-officers-2014'],
    ['Women make up 30 per cent of Vietnam\'s deployed peacekeeping troops', 'differs', 'p22-women-16'],
    ['Vietnam offered the DPRK 15,000 tonnes of rice in 1997', 'differs', 'r21-dprk-rice-aid'],
    ['Vietnam offered US$100,000 in flood relief to North Korea in 2016', 'differs', 'r21-dprk-flood'],
    ['Vietnam has signed peacekeeping cooperation memorandums with twelve countries', 'differs', 'p22-mous'],
    ['Vietnam has diplomatic relations with 200 countries', 'differs', 'r21-189'],
    ['The Discussion Paper offered 20 recommendations for Viet Nam', 'differs', 'c18-discussion-paper-14'],
    ['In 2019 Vietnam sent its first female officer to the UN mission in South Sudan', 'differs', 'c18-first-female'],
    ['Vietnam joined ASEAN in 1997', 'differs', 'p22-asean-accession'],
    ['Vietnam has deployed 512 personnel to UN peacekeeping since 2016', 'differs', 'p22-512'],
    ['Việt Nam đã cử hai mươi chín sĩ quan tham gia gìn giữ hòa bình giai đoạn 2014-2020', 'differs', 'r21-43-officers-126|r21-women-23-of-166'],
    ['Vietnam aims to raise women\'s share at level-2 field hospitals to 30 per cent', 'differs', 'p22-women-25'],
    ['Vietnam has deployed fewer than 100 personnel to UN peacekeeping missions', 'differs', 'p22-512'],
    ['The Hanoi summit between Trump and Kim took place in 2018', 'differs', 'r21-hanoi-summit'],
    ['In 2015 the Politburo ratified the Master Plan on Vietnam\'s participation in UN peacekeeping', 'differs', 'p22-politburo'],
    ['Vietnam deployed its first level-2 field hospital to South Sudan in 2016', 'differs', 'c18-first-level-2'],
    ['Vietnam has sent 600 peacekeepers to South Sudan and the Central African Republic since 2014', 'differs', 'p22-512-personnel-since'],
    ['Women make up 25% of Vietnam\'s peacekeepers', 'differs', 'r21-women-23-of'],
    ['Vietnam began deploying peacekeepers in 2012', 'differs', 'r21-pko-deployment-since'],
    ['Vietnam sent its first female officer to a UN mission in 2015', 'differs', 'c18-first-female-officer'],
    ['Directive 25-CT/TW was issued in 2016', 'differs', 'r21-directive-25-issued'],
    ['Vietnam has diplomatic ties with 180 countries', 'differs', 'r21-189-diplomatic-relations'],
    ['Vietnam offered North Korea 200 tonnes of rice in 1995', 'differs', 'r21-dprk-rice-aid'],
    ['Vietnam has 16 strategic partnerships', 'differs', 'r21-189-diplomatic-relations'],
    ['Tỷ lệ nữ quân nhân Việt Nam tham gia gìn giữ hòa bình là 20%', 'differs', 'p22-women-16-percent'],
    ['Việt Nam gia nhập ASEAN năm 1997', 'differs', 'p22-asean-accession-1995'],
    ['Vietnam normalised relations with the United States in 2000', 'differs', 'p22-us-normalisation-1995'],
    ['In 1998 Boutros-Ghali suggested that Vietnam join UN peacekeeping', 'differs', 'p22-boutros-ghali-1993'],
    ['Vietnam offered North Korea $100,000 for flood relief in 2016', 'differs', 'r21-dprk-flood-relief'],
    ['Vietnam\'s exports to South Korea are 10% of GDP', 'differs', 'r21-south-korea-trade'],
    ['Vietnam has sent nearly 1,000 peacekeepers to UN missions since 2014', 'differs', 'p22-512-personnel-since'],
    ['Since 2014, Vietnam has sent more than 800 officers and soldiers to UN peacekeeping missions', 'differs', 'p22-512-personnel-since'],
    ['Vietnam established its Peacekeeping Centre in 2016', 'differs', 'p22-peacekeeping-centre-2014'],
    ['Việt Nam đã cử 600 lượt quân nhân tham gia gìn giữ hòa bình', 'differs', 'p22-512-personnel-since'],
    // Related facts, nothing comparable (including claims where a confident verdict would overreach)
    ['Vietnam exported 7 million tonnes of rice in 2022', 'related'],
    ['Vietnam\'s diplomatic network ranks 38th in the world', 'same', 'r21-diplomatic-network-rank'],
    ['Vietnam will abstain from combat activities in UN peacekeeping', 'related', 'p22-no-combat'],
    ['Nguyen Chi Vinh praised the Discussion Paper at the 2018 conference', 'related', 'c18-nguyen-chi-vinh-appreciates'],
    ['Vietnam wants to turn its peacekeeping training centre into a regional hub for Asia-Pacific', 'related'],
    ['Vietnam sent peacekeepers to South Sudan', 'same'],
    ['Vietnam\'s blue helmets teach local children in South Sudan', 'related'],
    ['Vietnam is considering deploying helicopter troops to UN missions', 'related'],
    ['Directive 25 calls on Vietnam to play a leading or mediatory role in multilateral forums', 'related'],
    ['The Discussion Paper made 12 recommendations', 'related'],
    ['Vietnam will send 200 police officers to South Sudan next year', 'related'],
    ['Vietnam is considering sending foot soldiers, police and helicopter units', 'related'],
    ['Kamal Malhotra was the UN Resident Coordinator in Viet Nam in 2018', 'same', 'c18-kamal-malhotra'],
    ['Hoang Oanh is Deputy Director of the Diplomatic Academy of Vietnam\'s Center for Regional Studies', 'related'],
    ['Vietnam\'s army has 480,000 active personnel', 'related'],
    ['More than 4,000 peacekeepers have died in UN missions since 1948', 'related'],
    ['The UN Mission in South Sudan has about 17,000 troops', 'related'],
    ['Vietnam has sent 500 police officers to UN missions', 'related'],
    ['Vietnam\'s level-2 field hospital has 63 staff', 'related'],
    // The headcount is not stated; that officers went to South Sudan from 2014 is (labelling rules, tests/realworld/claims.yaml).
    ['Vietnam sent two officers to UNMISS in 2014', 'same'],
    ['Vietnam is a newcomer to UN peacekeeping', 'related'],
    ['Vietnam\'s peacekeepers act as peace messengers', 'related'],
    ['The level-2 field hospital is run by the Vietnam People\'s Army', 'related'],
    // Nothing in the corpus: other countries' peacekeeping, other directives, sports, unrelated news
    ['The UN DPKO was established in 1992 under Boutros Boutros-Ghali', 'nothing'],
    ['The UN peacekeeping budget is about $6 billion a year', 'nothing'],
    ['Bangladesh Deploys 6,000 Troops To UN Peacekeeping Missions', 'nothing'],
    ["Vietnam's rice exports reached 7.1 million tonnes", 'related'],
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
    ['Pakistan has contributed over 200,000 troops to UN peacekeeping since 1960', 'nothing'],
    ['Nepal deployed 5,000 peacekeepers to Lebanon', 'nothing'],
    ['China\'s Directive 25 on cybersecurity was issued in 2017', 'nothing'],
    ['Executive Order 14028 on cybersecurity was signed in 2021', 'nothing'],
    ['Real Madrid won the Champions League for the 15th time in 2024', 'nothing'],
    ['Vietnam\'s inflation rate was 3.2 percent in 2023', 'nothing'],
    ['Thailand sent 1,200 troops to East Timor in 1999', 'nothing'],
    ['South Korea deployed a level-2 hospital to South Sudan in 2013', 'nothing'],
    ['The UN has deployed 87,000 peacekeepers worldwide', 'related'],
    ['Vietnam\'s economy grew by 7% in 2019', 'nothing'],
    ['Ireland has 350 troops serving with UNIFIL in Lebanon', 'nothing'],
    ['Presidential Decision Directive 25 was issued in May 1994', 'nothing'],
    ['The DPKO was created in 1992', 'nothing'],
    ['A British level-2 field hospital deployed to South Sudan in 2017 with 100 staff', 'nothing'],
    ['Vietnam\'s population is about 100 million', 'nothing'],
    ['Hanoi hosted the 2003 Southeast Asian Games', 'nothing'],
    ['Vietnam\'s GDP grew 5.05% in 2023', 'nothing'],
    ['Vietnam has sent 800 soldiers to fight floods in central provinces', 'nothing'],
    ['Vietnam deployed 1,000 rescuers to Turkey after the earthquake in 2023', 'nothing'],
    ['Cambodia has deployed more than 9,000 peacekeepers since 2006', 'nothing'],
    ['Directive 25 of the Prime Minister on rice exports was issued in 2022', 'related'],
    ['Vietnam signed a comprehensive strategic partnership with the United States in 2023', 'related'],
    ['Vietnam\'s first engineering unit deployed to Abyei in 2022', 'related'],
    ['A Chinese level-2 field hospital with 60 staff was deployed to South Sudan', 'nothing'],
    ['The British Army sent a level 2 hospital to Bentiu, South Sudan in 2017', 'nothing'],
    ['Clinton\'s PDD-25 limited US participation in UN peacekeeping in 1994', 'nothing'],
    ['Vietnam won 136 gold medals at the 2023 SEA Games', 'nothing'],
    ['The Vietnamese football team lost 0-3 to Japan', 'nothing'],
    ['Apple sold 200 million iPhones in 2022', 'nothing'],
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
    if (topFact) {
      const top = result.results[0]!.fact.id;
      expect(topFact.split('|').some((p) => top.startsWith(p)), `top fact ${top}`).toBe(true);
    }
    // Never call a page wrong: say what the sources say.
    expect(result.summary).not.toMatch(/\b(wrong|false|incorrect|untrue|lie)\b/i);
  });
});

describe('checkClaim: figures over time', () => {
  it('29 officers is the same as the 2018 sources, and names the 2022 total as context', () => {
    const r = check('Vietnam has sent 29 officers to UN missions');
    expect(r.verdict).toBe('same');
    expect(r.summary).toMatch(/^The sources say the same: 29 officers \(2014–2018, as of 2\d November 2018; [^)]*United Nations in Viet Nam, 23 November 2018/);
    expect(r.summary).toMatch(/512 personnel \(since 2014, as of (\d+ )?April 2022; ISEAS Perspective 2022\/46, 29 April 2022\)/);
    const top = r.results[0]!;
    expect(top.comparisons).toEqual([expect.objectContaining({ status: 'same', fact: expect.objectContaining({ value: 29 }) })]);
    // The later, different figures of the same quantity are compared too, and differ.
    expect(r.results.some((x) => x.comparisons.some((c) => c.status === 'differs' && c.fact?.value === 76))).toBe(true);
  });

  it('names the differing figure with its date and source', () => {
    const r = check('Vietnam has deployed 600 personnel to UN peacekeeping missions since 2014');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/^The sources differ: 512 personnel \(since 2014, as of (\d+ )?April 2022; ISEAS Perspective 2022\/46, 29 April 2022\)\.$/);
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
