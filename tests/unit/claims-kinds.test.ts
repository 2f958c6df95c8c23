/**
 * The kinds of claim the issue names, one behaviour each: event years, ordinals and ranks, several
 * figures, several terms, another place, a negated policy, newer totals, totals given in parts,
 * Vietnamese and French wording, and claims about another country. (The real-world set in
 * tests/realworld measures accuracy; these pin down the mechanisms.)
 */
import { describe, expect, it } from 'vitest';
import { buildClaimIndex, checkClaim, type ClaimCheck } from '../../src/core/claims/check.js';
import { corpus, lexicon } from './corpus.js';
import { contentKeys } from '../../src/core/claims/words.js';
import { claimTerms } from '../../src/core/claims/relevance.js';
import { parseClaimDate } from '../../src/core/claims/relative-dates.js';
import { actorsIn } from '../../src/core/claims/foreign-actors.js';
import { negated } from '../../src/core/claims/polarity.js';
import { placesIn } from '../../src/core/claims/places.js';

const index = buildClaimIndex(corpus, lexicon);

/** The check of a claim, written on `date` (YYYY-MM-DD) when given: the page's publication date. */
const check = (claim: string, date?: string): ClaimCheck => checkClaim(index, claim, { written: parseClaimDate(date) });
const topIds = (r: ClaimCheck): string[] => r.results.map((x) => x.fact.id);

describe('claim checks on the kinds of claim real outlets make', () => {
  it('an event year: the same year agrees, another differs with the source excerpt', () => {
    expect(check('Vietnam joined ASEAN in 1995.').verdict).toBe('same');
    const r = check('Vietnam joined ASEAN in 1997.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toContain('Vietnam joined ASEAN in 1995');
    expect(topIds(r)[0]).toBe('p22-asean-accession-1995');
  });

  it('a fact naming the date a claim gives for an event of its topic bears on it, though the wording differs', () => {
    // Few words in common with "Vietnam … only began deploying personnel in 2014": the date and topic say which fact it is.
    expect(check('Since the Southeast Asian nation sent its first officers to UN missions in 2014, it has deployed more each year.').verdict).toBe('same');
    expect(check('Từ năm 2014, Việt Nam tham gia hoạt động gìn giữ hòa bình Liên hợp quốc.').verdict).toBe('same');
    expect(check('Từ năm 2016, Việt Nam tham gia hoạt động gìn giữ hòa bình Liên hợp quốc.').verdict).toBe('differs');
  });

  it('a Vietnamese sentence may leave Vietnam implied, unless it is somewhere the sources never go', () => {
    // "Nam Sudan" alone names UNMISS only in an article about Vietnam's contingents.
    const r = check('Ngày 1/10/2018, nhóm đầu tiên với 32 quân nhân đã lên đường sang Nam Sudan.');
    expect(r.verdict).toBe('same');
    expect(topIds(r)[0]).toBe('c18-first-level-2-field-hospital-2018-10-01');
    expect(check('Ngày 29/5/2019, năm binh sỹ gìn giữ hòa bình đã thiệt mạng tại miền Trung Mali.').verdict).toBe('nothing');
  });

  it('a first dated in a year is not a first of another kind dated that year', () => {
    const r = check('Ngày 1/10/2017, nhóm đầu tiên với 32 quân nhân đã lên đường sang Nam Sudan.');
    expect(r.verdict).not.toBe('same');
    expect(topIds(r)[0]).not.toBe('c18-first-female-officer-do-thi-hang-nga-2017');
  });

  it('a term given for another ordinal than the claim\'s ("the first being …") is that ordinal\'s term', () => {
    const claim = (term: string): string => `This is the second time Vietnam has been elected a non-permanent member of the UN Security Council, the first being for the ${term} term.`;
    expect(check(claim('2008-2009')).verdict).toBe('same');
    expect(check(claim('2020-2021')).verdict).toBe('differs');
    expect(check(claim('2006-2007')).verdict).toBe('differs');
    expect(check('C’est la 2e fois que le Vietnam a été élu membre non permanent du Conseil de sécurité de l’ONU, la première étant pour le mandat 2008-2009.').verdict).toBe('same');
  });

  it('a fact naming the very month of a claim\'s date bears on it under any of the claim\'s topics', () => {
    const r = check('On November 13, 2020, the legislature ratified a resolution on Vietnam\'s participation in UN peacekeeping, in line with the 2013 Constitution.');
    expect(r.verdict).toBe('same');
    expect(topIds(r)[0]).toBe('r21-national-assembly-resolution-pko-nov-2020');
  });

  it('figures the fact gives, and a weekday in the sentence, do not keep a claim from its fact', () => {
    // "Wednesday" is capitalised, not a name; two ranks the fact gives show which fact it is though "diplomatic network" is not said.
    const claim = (rank: string): string => `With 96 embassies, Vietnam is ranked ${rank} in the world and 10th in Asia, according to the index released by Lowy Institute Wednesday.`;
    expect(check(claim('38th')).verdict).toBe('same');
    expect(check(claim('28th')).verdict).toBe('differs');
  });

  it('a sentence naming many things in capitals is not a headline: its lowercase words are not names', () => {
    // Read as a headline, "army" (a name in the sources: People's Army) became a name every fact must contain.
    const sentence = 'As of August 2021, Vietnam has dispatched more than 245 army officers to work in the UN Headquarters, UNMISS, and Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA).';
    expect([...claimTerms(index, sentence, []).names]).not.toContain('army');
    expect([...claimTerms(index, 'Vietnam Army Sends Officers To Africa', []).names]).toContain('army');
    expect(check(sentence).results.length).toBeGreaterThan(0);
  });

  it('a misdated term differs from the term it overlaps', () => {
    const r = check('Vietnam was elected a non-permanent member of the UN Security Council for 2020-2022.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toContain('2020–2021');
  });

  it('a rank is compared with the rank the sources give', () => {
    expect(check("Vietnam's diplomatic network is ranked 38th in the world.").verdict).toBe('same');
    const r = check("Vietnam's diplomatic network is ranked 28th in the world.");
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/38/);
  });

  it('two terms: both agreeing is the same; one that no fact gives differs', () => {
    expect(check('Vietnam served as a non-permanent member of the UN Security Council in 2008-09 and again in 2020-21.').verdict).toBe('same');
    const r = check('Vietnam served as a non-permanent member of the UN Security Council in 2006-07 and again in 2020-21.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/2008–09|2004 and 2005/);
  });

  it('another place for the same event differs, naming where the sources put it', () => {
    const r = check('The first international conference on Vietnam\'s peacekeeping operations was held in Singapore.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/Thach That district, Ha Noi/);
    expect(check('The first international conference on Vietnam\'s peacekeeping operations was held in Hanoi.').verdict).not.toBe('differs');
  });

  it('the opposite of a stated policy differs; a negation elsewhere in the fact does not count', () => {
    const r = check('Vietnam will send combat troops to coercive operations.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/abstain from coercive and combat activities/);
    // The UN's own words for coercive operations, in English and French.
    expect(check('Vietnam will send combat troops to UN peace enforcement operations.').verdict).toBe('differs');
    expect(check("Le Vietnam enverra des troupes de combat dans des opérations d'imposition de la paix de l'ONU.").verdict).toBe('differs');
    expect(check('Rwanda will send combat troops to UN peace enforcement operations.').verdict).not.toBe('differs');
    // "… but Hanoi was not receptive" is another clause than the suggestion the claim repeats.
    expect(check('Boutros Boutros-Ghali suggested in 1993 that Vietnam join UN peacekeeping').verdict).toBe('same');
    // "U.N." and "N°" are not French negations.
    expect(check("Vietnam's L2FH Rotation 1 was deployed to the U.N. Mission in South Sudan (UNMISS) in October 2018.").verdict).not.toBe('differs');
    // Vietnamese "tránh" (avoid) negates; the "tranh" of "chiến tranh" (war) does not.
    expect(negated('Việt Nam tránh tham gia các hoạt động chiến đấu.', 'vi')).toBe(true);
    expect(negated('Lần đầu sau gần 30 năm chiến tranh kết thúc, năm 2004, ông Nguyễn Cao Kỳ trở về quê hương.', 'vi')).toBe(false);
    expect(negated('Sáng 26/11, máy bay C-17A của Không quân Hoàng gia Australia đã vận chuyển nhóm 2 của bệnh viện.', 'vi')).toBe(false);
    expect(check('Lần đầu sau gần 30 năm chiến tranh kết thúc, năm 2004, ông Nguyễn Cao Kỳ trở về quê hương.').verdict).toBe('same');
  });

  it('a newer total differs, as of the sources\' date; a rotation smaller than a running total is not another total', () => {
    const newer = check('To date, Vietnam has sent 789 officers to join UN peacekeeping activities at the three missions and the UN Headquarters.');
    expect(newer.verdict).toBe('differs');
    expect(newer.summary).toMatch(/as of/);
    expect(check('In 2014 Vietnam sent two officers to the UN mission in South Sudan.').verdict).not.toBe('differs');
  });

  it('a total the sources give in parts agrees, and says which parts', () => {
    const r = check('Vietnam has sent a total of 76 officers on individual duties, and 436 soldiers in groups on UN peacekeeping missions.');
    expect(r.verdict).toBe('same');
    expect(r.summary).toContain('436 = 252 medical personnel + 184 sappers');
  });

  it('reads Vietnamese and French claims against the English facts', () => {
    const vi = check('Trước đó, 29 lượt sỹ quan của Việt Nam đã tham gia thực hiện nhiệm vụ tại Cộng hòa Trung Phi và Nam Sudan.');
    expect(vi.verdict).toBe('same');
    expect(vi.summary).toMatch(/29/);
    const fr = check("L'Assemblée nationale a approuvé le 13 novembre 2020 la Résolution N°130/2020/QH14 sur la participation vietnamienne aux opérations de maintien de la paix de l'ONU.");
    expect(fr.verdict).toBe('same');
    expect(check('Le Vietnam a adhéré à l\'ANASE en 1997.').verdict).toBe('differs');
  });

  it('a claim about another country\'s contingent is not about Vietnam\'s', () => {
    expect(check('Japan began sending a civil engineering unit to South Sudan in January 2012 for the U.N. mission called UNMISS.').verdict).toBe('nothing');
    expect(check('Le nombre de Casques bleus déployés dans ce pays est estimé à 13.211 dont 1.295 soldats sénégalais.').verdict).toBe('nothing');
  });

  it('an event named by its ordinal is checked on its own date, to the day when both give one', () => {
    const r = check('Vietnam sent the first female military officer to U.N. peacekeeping missions in January 2018.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/In 2017, Viet Nam sent its first female officer/);
    expect(check('Le Vietnam avait envoyé le 2 octobre 2018 son premier hôpital de campagne au Soudan du Sud.').verdict).toBe('differs');
    expect(check('Le Vietnam avait envoyé le 1er octobre 2018 son premier hôpital de campagne au Soudan du Sud.').verdict).toBe('same');
  });

  it('an event on a day the sources do not give is not theirs: related, not the same', () => {
    const r = check("The Ministry of National Defense's Steering Committee on Vietnam's participation in United Nations Peacekeeping Operations on September 29 held a ceremony to assign missions to the level-2 field hospital No.1 before the unit undertakes peacekeeping missions in South Sudan.");
    expect(r.verdict).toBe('related');
  });

  it('a number in a "with" phrase is a detail the sources need not give', () => {
    expect(check('Được biết, sắp tới Việt Nam sẽ cử một bệnh viện dã chiến cấp 2 với biên chế 70 người tham gia hoạt động gìn giữ hòa bình Liên hợp quốc, trong đó có các nữ sĩ quan.').verdict).toBe('same');
    // The number as the assertion itself: the sources do not give it, so only related.
    expect(check('Launched late last year, the field hospital No. 2 comprises 63 staff members from the Vietnam Military Medical University.').verdict).toBe('related');
  });

  it('a claim naming a topic is related, never nothing, when no fact states it', () => {
    const r = check("Vietnam's first engineering unit deployed to Abyei in 2022");
    expect(r.verdict).toBe('related');
    expect(r.results.length).toBeGreaterThan(0);
  });

  it('"for the Nth time": the Nth of the terms the sources give', () => {
    expect(check('For the second time in history, Vietnam has become a non-permanent member of the United Nations Security Council.').verdict).toBe('same');
    expect(check('Việt Nam lần thứ hai được bầu làm Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021.').verdict).toBe('same');
    expect(check('Vietnam was a non-permanent member of the UN Security Council for the first time in 2008-2009.').verdict).toBe('same');
    const first = check('Vietnam became a non-permanent member of the UN Security Council for the first time in 2020-2021.');
    expect(first.verdict).toBe('differs');
    expect(first.summary).toContain('2008–09');
    // More times than the sources give terms: they need not list them all.
    expect(check('For the third time, Vietnam has become a non-permanent member of the UN Security Council.').verdict).toBe('related');
    // What is counted must be in every term: the sources give a presidency in one term only.
    expect(check('Le Vietnam a assumé la présidence du Conseil de sécurité des Nations Unies pour la deuxième fois en tant que membre non permanent.').verdict).toBe('related');
  });

  it('"the 184-member unit": any people, but the very number a fact gives, and not a round one', () => {
    const r = check('Established in 2014 and debuted in November 2021, the 184-member unit has been the biggest of Vietnam to join UN peacekeeping mission to date.');
    expect(r.verdict).toBe('same');
    expect(r.summary).toContain('184 sappers');
    expect(check('Established in 2014 and debuted in November 2021, the 200-member unit has been the biggest of Vietnam to join UN peacekeeping mission to date.').verdict).toBe('related');
  });

  it('a year in a document\'s title names it: it confirms nothing about what the claim says of it', () => {
    expect(check('Le Livre blanc sur la défense nationale du Vietnam 2019 met en avant la paix et la légitime défense en tant que les principes fondamentaux de la politique de défense du pays.').verdict).toBe('related');
    // A claim the fact of that title holds is the same; one of another title is not.
    expect(check("Vietnam's 2009 Defence White Paper was its first to mention peacekeeping.").verdict).toBe('same');
    expect(check("Vietnam's 2019 Defence White Paper was its first to mention peacekeeping.").verdict).not.toBe('same');
  });

  it('"for the third time" unconfirmed is not the same, whatever else agrees; a meeting\'s edition is no count of times', () => {
    const written = { year: 2020, month: 2 };
    expect(checkClaim(index, 'Năm nay đánh dấu lần thứ 3 VN làm chủ tịch ASEAN cũng như 25 năm làm thành viên của tổ chức khu vực này.', { written }).verdict).toBe('related');
    expect(check('Ngày 1/1/2020, Việt Nam chính thức đảm nhận vai trò Chủ tịch ASEAN theo luân phiên.').verdict).toBe('same');
    expect(check('Vào ngày 28/7/1995, tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 28 (AMM-28) diễn ra ở thủ đô Bandar Seri Begawan của Brunei Darussalam, Việt Nam chính thức trở thành thành viên thứ 7 của ASEAN.').verdict).toBe('same');
  });

  it('a dated claim is about the fact naming that year for its event, more than a count it does not give', () => {
    const r = check("Vietnam's first joined UN peacekeeping operations in 2014 when the Ministry of National Defence sent two officers to serve at the UN peacekeeping mission in South Sudan.");
    expect(r.verdict).toBe('same');
    expect(topIds(r)).toContain('p22-first-officers-sent-2014');
  });

  it('a date is checked against the fact its own clause is about, when the sentence begins with another event', () => {
    const r = check('Sau cuộc gặp thượng đỉnh lần thứ hai với Tổng thống Mỹ Donald Trump tại Hà Nội, nhà lãnh đạo Kim Jong un đã thăm hữu nghị chính thức Việt Nam, từ ngày 1 tháng 3 năm 2019.');
    expect(r.verdict).toBe('same');
    const visit = r.results.find((x) => x.fact.id === 'r21-kim-2019-official-friendship-visit');
    expect(visit?.comparisons.find((c) => c.claim.kind === 'year')?.status).toBe('same');
  });

  it('a fact naming the very day of a claim\'s event is about it, though the claim names a place the fact does not', () => {
    const claim = (day: number): string => `The Engineering Unit Rotation 1 and Level-2 Field Hospital Rotation 4 departed for the UN peacekeeping missions in Abyei and South Sudan on April ${day}, 2022.`;
    const r = check(claim(27));
    expect(r.verdict).toBe('same');
    expect(topIds(r)[0]).toBe('p22-south-sudan-contingent-departs-hanoi-2022-04-27');
    // Another day of the same month names no event the sources date.
    expect(topIds(check(claim(29)))).not.toContain('p22-south-sudan-contingent-departs-hanoi-2022-04-27');
  });

  it('a claim holding one clause of a fact whole states it, though the fact goes on and the claim names more', () => {
    // "Kim Jong Un's 2019 visit to Vietnam was designated an 'official friendship visit', a term connoting higher status …"
    const r = check('Kim Jong Un will pay an official friendship visit to Vietnam at the invitation of General Secretary and President Nguyen Phu Trong.');
    expect(r.verdict).toBe('same');
    expect(topIds(r)[0]).toBe('r21-kim-2019-official-friendship-visit');
    // Another kind of visit is not what the clause says.
    expect(check('Kim Jong Un will pay a state visit to Vietnam at the invitation of General Secretary and President Nguyen Phu Trong.').verdict).toBe('related');
  });

  it('a day without a year (none to read it from) agrees with the fact giving that very day for its event; another day does not', () => {
    const workshop = (day: number): string => `Ngày ${day}/11, tại Hà Nội, Bộ Quốc phòng Việt Nam và Chương trình phát triển Liên hợp quốc (UNDP) tại Việt Nam tổ chức Hội thảo quốc tế về “Nâng cao năng lực của Việt Nam trong hoạt động gìn giữ hòa bình Liên hợp quốc.”`;
    const r = check(workshop(23));
    expect(r.verdict).toBe('same');
    expect(topIds(r)[0]).toBe('c18-conference-held-thach-that-2018-11-23');
    expect(check(workshop(25)).verdict).toBe('related');
    const departure = (day: string): string => `Le ${day} octobre, le ministère de la Défense a organisé la cérémonie de départ de l'hôpital de campagne de niveau 2 du Vietnam pour le Soudan du Sud.`;
    expect(check(departure('1er')).verdict).toBe('same');
    expect(check(departure('3')).verdict).toBe('related');
  });

  it('more of one kind of people than the sources\' running total of all personnel differs; fewer is only a part', () => {
    const claim = (n: number): string => `In the past decade, over ${n} blue-beret officers of the Vietnamese army have been sent to the UN missions in South Sudan and the Central African Republic.`;
    const r = check(claim(800));
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/512 personnel/);
    expect(r.results[0]?.comparisons[0]?.status).toBe('differs');
    expect(check(claim(300)).verdict).not.toBe('differs');
    // People of any kind, after an opening phrase dating where it started: the total is today's.
    expect(check('Starting with the first two officers deployed to South Sudan in May 2014, Vietnam has now sent more than 800 service people to UN peacekeeping missions in South Sudan, Central African Republic, Abyei, and UN headquarters.').verdict).toBe('differs');
  });

  it('a running total given as a detail ("with …", "dont …") that exceeds the sources\' total differs; a smaller one is a part', () => {
    const withTotal = (n: string): string => `According to Maj. Gen. Pham Manh Thang, Director of the Vietnam Peacekeeping Department, the country has made significant contributions to peacekeeping, with nearly ${n} personnel serving in UN missions to date.`;
    const r = check(withTotal('1,100'), '2025-01-02');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/512 personnel/);
    expect(check(withTotal('300'), '2025-01-02').verdict).not.toBe('differs');
    expect(check('En dix ans, le Vietnam a déployé plus de 800 officiers et soldats professionnels, individuellement et en unités, dont 114 officiers.', '2024-05-27').verdict).toBe('differs');
  });

  it('a running total of people deployed beyond the sources\' total of all personnel is set against that total, in whatever words', () => {
    // https://en.vietnamplus.vn/vietnam-sends-three-more-officers-to-un-peacekeeping-missions/284195.vnp: against 512 personnel, not 76 officers sent individually.
    const officers = check('To date, Vietnam has sent 799 officers, in both the forms of individual and unit, to UN peacekeeping operations at the three missions and the UN headquarters.', '2024-04-08');
    expect(officers.verdict).toBe('differs');
    expect(officers.summary).toMatch(/^The sources differ: 512 personnel \(since 2014, as of April 2022/);
    // HTV, and Le Petit Journal: no word of peacekeeping, but people sent "in individual and unit forms", or to missions.
    expect(check('Trong 10 năm qua, Việt Nam đã cử trên 800 lượt sĩ quan, quân nhân chuyên nghiệp triển khai theo hình thức cá nhân và đơn vị.').summary).toMatch(/512 personnel/);
    expect(check('Depuis lors, le pays a déployé plus d’un millier de personnels militaires et civils dans diverses missions à travers le monde.').summary).toMatch(/512 personnel/);
    // Not soldiers sent elsewhere, nor another country's peacekeepers.
    expect(check('Vietnam has deployed 800 soldiers to flood-hit provinces since 2020.').verdict).not.toBe('differs');
    expect(check('China has sent more than 50,000 peacekeepers to UN missions since 1990.').verdict).not.toBe('differs');
  });

  it('a Vietnamese officer named by rank and name is Vietnam acting: the mission it serves in is the sources\' mission', () => {
    // https://en.qdnd.vn/military/intl-relations-and-cooperation/vietnamese-female-peacekeeper-shines-in-south-sudan-532552: no "Vietnam" in it, only the officer's name.
    const r = check('In October 2019, Major Nguyen Thi Minh Phuong (promoted to Lieutenant Colonel in May 2020) undertook the task as a military observer at the U.N. Peacekeeping Mission in South Sudan (UNMISS).');
    expect(r.verdict).not.toBe('nothing');
    expect(r.topics).toContain('unmiss');
    // Another country's officer at the same mission stays outside the sources.
    expect(check('In October 2019, Major Kim Min-ji of South Korea undertook the task as a military observer at the U.N. Peacekeeping Mission in South Sudan (UNMISS).').verdict).toBe('nothing');
  });

  it('a span of time in another unit is set against the sources\' span of the same thing, not against any span', () => {
    // https://e.vnexpress.net/news/trump-kim-summit-vietnam/vietnam-geared-to-handle-extra-infrastructural-demands-for-trump-kim-summit-3886094.html
    const r = check('Vietnam only had about 10 days to prepare for the second summit on February 27 and 28, with the country being announced as the venue on February 6 and preparatory work beginning from February 14, Trung said.', '2019-02-25');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/^The sources differ: 2 weeks/);
    // https://www.daidoanket.vn/tag/thuong-dinh-my-trieu-lan-2: the summit's two days are no preparation time.
    expect(check('Hội nghị thượng đỉnh Mỹ-Triều lần hai giữa Tổng thống Donald Trump và Chủ tịch Kim Jong-un tại Việt Nam trong hai ngày 27-28/2 đã đón nhận nhiều tín hiệu lạc quan từ dư luận quốc tế.').verdict).not.toBe('differs');
  });

  it('the date of a first is set against the fact saying when that began, not against a fact merely dated, nor other countries\' doing', () => {
    // Against "only began deploying personnel in 2014", not "By 2003 all five of ASEAN's original members … had contributed".
    const joined = check('Vietnam first joined UN peacekeeping operations in 2012.');
    expect(joined.verdict).toBe('differs');
    expect(joined.summary).toMatch(/began deploying personnel in 2014/);
    // https://phunuvietnam.vn/nu-quan-nhan-mu-noi-xanh-lan-toa-hinh-anh-dep-ve-bo-doi-cu-ho-o-nam-sudan-20211213153624374.htm: against the first female officer in 2017, not the 23 women officers as of October 2020.
    const woman = check('4 năm sau (tháng 1/2018), Việt Nam triển khai nữ sĩ quan đầu tiên tham gia hoạt động GGHB của LHQ tại Nam Sudan.', '2021-12-13');
    expect(woman.verdict).toBe('differs');
    expect(woman.summary).toMatch(/^The sources differ: In 2017, Viet Nam sent its first female officer/);
  });

  it('partnerships counted as countries are set against the partnerships, not against the countries Vietnam has relations with', () => {
    const strategic = check('Vietnam has established strategic partnerships with 14 countries.');
    expect(strategic.verdict).toBe('same');
    expect(strategic.summary).toMatch(/14 strategic partnerships/);
    // https://fr.vietnamplus.vn/le-vietnam-a-la-capacite-de-coordonner-les-efforts-communs-pour-regler-les-defis/131953.vnp
    const r = check('Le Vietnam a établi des partenariats stratégiques avec 16 pays et des partenariats intégraux avec plus de 10 pays.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).not.toMatch(/189 countries/);
    // Partnership tiers exclude each other: thirteen comprehensive strategic partners are not the 13 comprehensive ones.
    // https://paradisetrips.giaodienmau.com/?p=1611
    const csp = check('Discover the thirteen nations with whom Vietnam has established Comprehensive Strategic Partnerships as of June 2025, highlighting the breadth and depth of its elite diplomatic network.', '2025-06-30');
    expect(csp.verdict).toBe('differs');
    expect(csp.summary).toMatch(/^The sources differ: 3 comprehensive strategic partnerships/);
  });

  it('a month is checked against the fact giving the month, not agreed by one giving only the year', () => {
    const r = check('The Hanoi summit between Trump and Kim took place in March 2019.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/in Hanoi in February 2019/);
    expect(check('The Hanoi summit between Trump and Kim took place in February 2019.').verdict).toBe('same');
    expect(check('The Hanoi summit between Trump and Kim took place in 2019.').verdict).toBe('same');
  });

  it('rotations of field hospitals count the hospitals the sources count', () => {
    // https://vietnam.vnanet.vn/english/tin-van/vietnam-prepares-to-deploy-level-2-field-hospital-rotation-6-to-south-sudan-377003.html
    const r = check('To date, the VPA has successfully deployed five rotations of Level-2 Field Hospitals to UN peacekeeping operations in South Sudan.', '2024-09-19');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/^The sources differ: 2 hospitals \(since 2018, as of May 2020/);
    // https://plo.vn/thoi-su/nam-2021-cong-an-viet-nam-se-tham-gia-gin-giu-hoa-binh-o-lhq-946021.html
    expect(check('Đối với hình thức đơn vị, Việt Nam đã cử hai lượt bệnh viện dã chiến cấp II với 126 sĩ quan, quân nhân chuyên nghiệp tham gia.', '2020-10-01').verdict).toBe('same');
  });

  it('the very count of other people of the same unit agrees, and a bound far below a figure is no evidence for it', () => {
    // https://vovworld.vn./fr-CH/chronique-du-jour/le-vietnam-poursuit-sa-participation-aux-operations-de-maintien-de-la-paix-de-lonu-1095574.vov
    const r = check('184 officiers de l’équipe du génie vietnamien et plus de 2.000 tonnes d’équipements sont partis mercredi dernier.');
    expect(r.verdict).toBe('same');
    expect(r.summary).toMatch(/^The sources say the same: 184 sappers/);
    // Not the 22,700 tonnes of rice aid to North Korea, which "more than 2,000 tonnes" only bounds.
    expect(topIds(r).some((id) => id.includes('rice'))).toBe(false);
  });

  it('a month inside a running count is not one the count gives: the fact naming that month dates it', () => {
    // https://e.vnexpress.net/news/news/vietnamese-field-hospital-in-south-sudan-wins-praise-for-yeoman-service-3991807.html
    const r = check('In October 2018, 63 Vietnamese doctors arrived in conflict-ridden South Sudan to man the field hospital.', '2019-10-04');
    expect(r.verdict).toBe('same');
    expect(r.summary).toMatch(/On 1 October 2018, Viet Nam deployed 1 level-two field hospital/);
    // https://lecourrier.vn/empreinte-solidaire-des-soldats-vietnamiens-a-abiye/1342609.html: 184 sappers "since 2014" do not date this arrival.
    expect(check('En mai 2022, l’équipe de reconnaissance avancée de l’Unité du génie du Vietnam arrive à Abiyé.').verdict).toBe('related');
  });

  it('a count of the dead is no count of those deployed', () => {
    // https://huengaynay.vn/the-gioi/lien-hop-quoc-de-cao-dong-gop-quan-trong-cua-luc-luong-gin-giu-hoa-binh-154222.html: the UN's fallen, not Vietnam's 512 personnel.
    expect(check('Người đứng đầu Liên hợp quốc cùng các đại biểu đã dành một phút mặc niệm và tri ân hơn 4.400 binh sỹ, nhân viên gìn giữ hòa bình của Liên hợp quốc đã hy sinh khi đang làm nhiệm vụ trong gần tám thập kỷ qua, trong đó có 57 người ngã xuống trong năm 2024.').verdict).not.toBe('differs');
    // A death named in another clause leaves the count of those deployed as it is.
    expect(check('Since 2014, more than 1,000 Vietnamese peacekeepers have been deployed, and none has died.').summary).toMatch(/512 personnel/);
  });

  it('a part of another count is no second part of a total (23 female officers and 166 officers do not add up to 189), and medical staff counted together stay medical', () => {
    // https://en.baoquocte.vn/vietnamese-peacekeeping-force-leave-on-duty-at-unisfa-181655.html: 189 medical staff against 252 medical personnel.
    const r = check('After eight years, Viet Nam has since sent a total of 76 officers to perform UN missions in South Sudan, the Central African Republic, and UNISFA alongside 189 medical officers and staff from the level-2 field hospital as part of the mission.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/^The sources differ: 252 medical personnel/);
  });

  it('another country named in Vietnamese is another actor; a claim about others naming a topic outright is related, not nothing', () => {
    // https://baogialai.com.vn/viet-nam-an-tuong-than-thuong-tai-nam-sudan-post313427.html: a Mongolian officer at UNMISS ("Từ Mông Cổ") is not Vietnam's peacekeeping.
    expect(check('Từ Mông Cổ, Bolor Erdene Myatav đã tới phái bộ UNMISS, Nam Sudan làm nhiệm vụ gìn giữ hòa bình.').verdict).toBe('nothing');
    expect(actorsIn('Bộ trưởng Quốc phòng Ai Cập và Lực lượng vũ trang Ma Rốc').foreign).toBe(true);
    // https://mangalorean.com/us-n-korea-summit-kim-reaches-vietnam/?amp=1: the summit the sources cover, named by the two countries that held it.
    expect(check('The second US-North Korea summit follows a historic first round of talks in 2018 in Singapore.').verdict).not.toBe('nothing');
  });

  it('an older running total that differs from the sources\' is an older figure: it differs; one year\'s count is a part', () => {
    expect(check('Vietnam has sent 20 peacekeepers to conflict zones in Africa since 2013.', '2018-01-06').verdict).toBe('differs');
    expect(check('Depuis sa participation officielle aux activités de maintien de la paix de l\'ONU en 2014, le Vietnam a envoyé 12 officiers aux opérations au Soudan du Sud et en République centrafricaine.', '2017-06-01').verdict).toBe('differs');
    expect(check('In 2016, Vietnam sent five officers to South Sudan.').verdict).not.toBe('differs');
  });

  it('a term the sources name exactly, in a claim about Vietnam, names that term\'s fact, however little else it shares', () => {
    const r = check('during the 2008 - 2009 tenure, as a non-permanent member of UN Security Council (E10), Vietnam proved itself to be responsible, capable to rise up contributing to UN Security Council');
    expect(r.verdict).toBe('same');
    expect(r.results[0]?.fact.id).toBe('p22-unsc-2008-09-deepened-interest');
    // A term no fact names stays unconfirmed.
    expect(check('during the 2012 - 2013 tenure, as a non-permanent member of UN Security Council (E10), Vietnam proved itself to be responsible, capable to rise up contributing to UN Security Council').verdict).not.toBe('same');
  });

  it('a month of a term the fact dates another month in is another occurrence: related, not the same', () => {
    // "Vietnam began its 2020–2021 UN Security Council term, holding the Council presidency in January 2020 …"
    expect(check('In January 2020, Vietnam held the rotating presidency of the UN Security Council.').verdict).toBe('same');
    expect(check('In April 2021, Vietnam held the rotating presidency of the UN Security Council.').verdict).toBe('related');
  });

  it('French "contingents militaires" are military contingents, whose share of women the sources give', () => {
    const r = check('Les femmes représentaient 5,9 % des contingents militaires, 14,4 % des contingents de police et 43 % du personnel judiciaire et pénitentiaire fourni par les États Membres aux missions de maintien de la paix des Nations Unies.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/4\.8%/);
  });

  it('the year before a term the claim names is when it was won, not a date of the term', () => {
    expect(check('Le 07 juin 2019, le Viêt Nam a été élu membre non permanent du Conseil de sécurité des Nations unies (CSNU) pour l’exercice 2020-2021.').verdict).toBe('same');
  });

  it('a target is not a measure: only a target of the sources can contradict it, and the year it is set for dates nothing', () => {
    // Against the UN's 4.8% average of October 2020 the target of 15% does not differ.
    expect(check('L’objectif pour 2028 est de 15 % pour les femmes servant dans les contingents militaires et de 25 % pour les observateurs militaires et les officiers d’état-major.').verdict).not.toBe('differs');
    // Vietnam's own rate beside it is still a measure.
    expect(check('At present, the rate of Vietnam’s female officers taking part in U.N. peacekeeping operations is at 15.5%, which is higher than the average target set by the U.N. at 15% by 2028.').verdict).toBe('differs');
    // A recommended level ("tỷ lệ khuyến khích 15%") is a target too: the hospitals' 21% women does not contradict it (their two hospitals agree).
    const r = check('Hai bệnh viện dã chiến cấp 2 của Việt Nam là những đơn vị có tỷ lệ nữ cao hơn tỷ lệ khuyến khích 15% do LHQ đưa ra, được LHQ biểu dương.');
    expect(r.verdict).toBe('same');
    expect(r.results.flatMap((x) => x.comparisons).filter((c) => c.claim.raw === '15%').map((c) => c.status)).not.toContain('differs');
  });

  it('a running total bounded from below at an earlier date, which the later figure happens to meet, is an older figure: it differs as of the fact\'s date', () => {
    const r = check('Tính đến năm 1995, Việt Nam đã có quan hệ ngoại giao với hơn 160 nước.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/189/);
    // The same bound at the fact's own date agrees.
    expect(check('Tính đến tháng 1 năm 2021, Việt Nam đã có quan hệ ngoại giao với hơn 160 nước.').verdict).toBe('same');
  });

  it('more people in one year than the sources give for the whole period differs; fewer fits', () => {
    const r = check('Vietnam sent 500 officers to UN missions in 2014');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/76 officers \(since 2014/);
    expect(check('Vietnam sent two officers to UNMISS in 2014').verdict).toBe('same');
  });

  it('a claim saying the opposite of what agrees on its date is not the same', () => {
    expect(check('Vietnam stopped sending officers to UN peacekeeping missions in 2014').verdict).not.toBe('same');
    expect(check('Việt Nam đã ngừng cử sĩ quan tham gia gìn giữ hòa bình Liên Hợp Quốc từ năm 2014').verdict).not.toBe('same');
  });

  it('names in the details a claim lists ("including … Engineering Company Rotation 1") are not required of a fact', () => {
    const r = check('As of May 2023, 81 of the 529 Vietnamese officers sent to U.N. missions were women, including 12 deployed individually, 21 as members of Engineering Company Rotation 1, and 48 as members of Level-2 field hospitals.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/166 officers \(as of October 2020/);
    // The same name as what the claim is about still must be in the fact.
    expect(check('Engineering Company Rotation 1 sent 81 women to U.N. missions.').verdict).not.toBe('same');
  });

  it('a country handing something over to Vietnam is its predecessor, not who the claim is about', () => {
    expect(check('Vietnam took over the chairmanship of ASEAN from Thailand in November 2019, and outlined the motto for the ASEAN meetings in 2020 to be ‘cohesive and responsive’.').verdict).toBe('same');
    expect(check('Tiếp nhận cương vị Chủ tịch ASEAN 2020 từ Thủ tướng Thái Lan tối 4/11, Thủ tướng Nguyễn Xuân Phúc công bố chủ đề "Gắn kết và chủ động thích ứng".').verdict).toBe('same');
    // Another country as the actor is still about that country.
    expect(check('Thailand held the chairmanship of ASEAN in 2019.').verdict).toBe('nothing');
    expect(check('Canada sent 200 police officers to UN missions in Mali').verdict).toBe('nothing');
    expect(check('Le Canada a envoyé 200 policiers à la mission de l\'ONU au Mali').verdict).toBe('nothing');
  });

  it('a first dated inside the period the sources count is not the first: that came when the period began', () => {
    expect(check('Vietnam sent its first officers to South Sudan in 2016').verdict).toBe('differs');
    expect(check('Vietnam sent its first officers to South Sudan in 2014').verdict).toBe('same');
    // "first" far from the date, naming the hospital, does not make the date a first's.
    expect(check('Vietnam’s first level-2 field hospital which is in South Sudan for a UN peacekeeping mission will finish its duty in October, 2019.').verdict).toBe('same');
    // "The first female officer" is another first than "the first officers".
    expect(check('Vietnam sent its first female officer to South Sudan in 2017').verdict).toBe('same');
  });

  it('a claim that leaves its subject implied ("It has signed …", "The country has sent …") is about Vietnam, unless it names another country', () => {
    expect(check('It has signed nine cooperative peacekeeping agreements with nine countries and two others with the UN and the EU, he said, describing the deals as helping promote bilateral defence cooperation with foreign countries.').verdict).toBe('same');
    const older = check('The country has sent 20 officers to work at the UN Multidimensional Integrated Stabilisation Mission in the Central African Republic and the UN Mission in South Sudan');
    expect(older.verdict).toBe('differs');
    expect(older.summary).toMatch(/\d+ officers/);
    expect(check("Cela fait déjà dix ans qu'un contingent de soldats sud-coréens a été dépêché au Liban dans le cadre des opérations de maintien de la paix des Nations unies.").verdict).toBe('nothing');
  });

  it('reads dates written with dots, and officers of two kinds as officers', () => {
    expect(check('Nhiệm kỳ Uỷ viên không thường trực Hội đồng Bảo an Liên Hợp Quốc của Việt Nam chính thức bắt đầu từ 1.1.2020 và kết thúc ngày 31.12.2021.').verdict).toBe('same');
    expect(check('Viet Nam has deployed nearly 800 military and public security officers to undertake UN peacekeeping operations since its participation in the UN-led mission in 2014.').verdict).toBe('differs');
  });

  it('a claim holding most of a fact statement and naming its topic states it', () => {
    expect(check('Vietnam has revealed plans to upgrade its U.N. peacekeeping training center into a regional facility for the Asia Pacific.').verdict).toBe('same');
  });

  it('the Council\'s president is its presidency, in English and French', () => {
    expect(contentKeys('Vietnam will serve as UNSC president')).toContain('chair');
    expect(contentKeys('ses activités de président du Conseil de sécurité')).toEqual(expect.arrayContaining(['chair', 'unsc']));
    expect(contentKeys('la paix et la sécurité internationales')).toEqual(['peace', 'security', 'international']);
  });

  it('who speaks is not what is claimed: a speaker\'s names are not required of a fact', () => {
    expect(check('Sau khi kết thúc phiên họp toàn thể, Chủ tịch Đại hội đồng LHQ Maria Fernanda Espinosa Garces thông báo Việt Nam trúng cử Ủy viên không thường trực của Hội đồng Bảo an LHQ nhiệm kỳ 2020-2021 với kết quả 192 phiếu ủng hộ.').verdict).toBe('same');
    expect(check("Dans son allocution, l’ambassadrice Nguyen Phuong Nga, cheffe de la mission vietnamienne auprès de l’ONU, a rappelé que le Vietnam participait aux forces de maintien de la paix de l’ONU depuis 2014.").verdict).toBe('same');
  });

  it('member countries and member states are countries', () => {
    expect(check('Vietnam has diplomatic relations with 185 of 193 UN member countries.').verdict).toBe('differs');
    expect(check('Vietnam has diplomatic ties with 189 member states.').verdict).toBe('same');
  });

  it('a claim dating the founding, ratification or issuing of something the sources name is checked against that event\'s date', () => {
    const centre = 'The Vietnam Peacekeeping Center under the Ministry of National Defense was established in December 2013 and upgraded to become the Vietnam Department of Peacekeeping Operations in January 2018.';
    expect(check(centre).verdict).toBe('differs');
    expect(check(centre.replace('2013', '2014')).verdict).toBe('same');
    // The upgrade is another event: its date is not the founding's.
    expect(check('The Vietnam Peacekeeping Centre was upgraded to become the Vietnam Department of Peacekeeping Operations in January 2018.').verdict).not.toBe('differs');
    expect(check('Đến năm 2012, Bộ Chính trị thông qua “Đề án tổng thể về việc Việt Nam tham gia hoạt động gìn giữ hòa bình Liên hợp quốc”.').verdict).toBe('differs');
    expect(check('Năm 2013, Bộ Chính trị phê duyệt Đề án tổng thể về việc Việt Nam tham gia hoạt động gìn giữ hòa bình của Liên hợp quốc.').verdict).toBe('same');
    // A horizon in a title ("until 2030") is not when the directive was issued.
    expect(check('The Directive No. 25-CT/TW on promoting the role of multilateral diplomacy until 2030 was issued by the Secretariat on August 8, 2018.').verdict).toBe('same');
  });

  it('"since" a year is set against when something began, not against a figure as of a date', () => {
    expect(check('Vietnam has participated in UN peacekeeping forces since 2012.').results[0]?.fact.id).not.toBe('r21-un-average-women-share-oct-2020');
    expect(check('Vietnam has participated in UN peacekeeping forces since 2014.').verdict).toBe('same');
  });

  it('an event after what a running count knows of is not contradicted by it; a term it names whole still is', () => {
    expect(check('The Vietnamese Engineering Unit 3 began its mission with the United Nations Interim Security Force for Abyei (UNISFA) in September 2024.').verdict).not.toBe('differs');
    expect(check('Vietnam held a non-permanent seat on the UN Security Council in 2012-2013.').verdict).toBe('differs');
  });

  it('a count in brackets after what it counts is an aside; individuals deployed are officers', () => {
    expect(check('On April 27, 2022, Việt Nam’s Military Engineering Unit No.1 (184 officers, including 21 female officers) and Level-2 Field Hospital No.4 left Hà Nội for UN peacekeeping missions in Abyei and South Sudan.').verdict).not.toBe('differs');
    expect(check('To date, Việt Nam has sent 76 individuals to work as liaison officers, staff officers and military observers at the UN headquarters and peacekeeping missions.').verdict).toBe('same');
  });

  it('reads choosing a venue for training as hosting it', () => {
    const hosted = check('The United Nations has selected Vietnam as a venue for training courses for peacekeepers from regional countries.');
    expect(hosted.verdict).toBe('same');
    expect(hosted.results[0]?.fact.id).toBe('p22-un-training-programmes-in-vietnam');
  });

  it('a sentence cut from an article about Vietnam names the Council by a seat\'s holder', () => {
    expect(check('The country will replace Kuwait as a non-permanent member starting January 1, 2020.', '2019-06-08').verdict).toBe('same');
    expect(check('Vietnam was elected a non-permanent member of the UN Security Council for 2020-2022.').verdict).toBe('differs');
  });

  it('a Vietnamese title is a title, not a name a fact must contain', () => {
    expect(contentKeys('Đại sứ, Trưởng Phái đoàn Đại diện thường trực Việt Nam')).toEqual(expect.arrayContaining(['ambassador', 'permanent', 'representative']));
  });

  it('in a sentence listing several counts, each is checked against what its own part says', () => {
    const listed = check('Vietnam has established diplomatic relations with 185 countries and territories and delegated diplomatic representatives in 96 countries and multilateral organisations globally.');
    expect(listed.verdict).toBe('differs');
    // 185 is set against the 189 countries; 96 representations are another quantity.
    expect(listed.results[0]?.comparisons.find((c) => c.claim.value === 96)?.status).toBe('not-stated');
    expect(check('Nước Cộng hòa xã hội chủ nghĩa Việt Nam hiện duy trì quan hệ ngoại giao với 189 quốc gia trên toàn thế giới, có quan hệ thương mại với 165 quốc gia và vùng lãnh thổ.').verdict).toBe('same');
    expect(check('Le Vietnam entretient des relations diplomatiques avec 189 pays.').verdict).toBe('same');
    // Not in a sentence about others: "five UN peacekeepers killed in central Mali".
    expect(check('Ngày 29/5, Liên hợp quốc thông báo năm binh sỹ gìn giữ hòa bình của Liên hợp quốc đã thiệt mạng và một người bị thương nặng trong một vụ phục kích tại miền Trung Mali.').verdict).toBe('nothing');
  });

  it('names North Korea, its capital and Major Hang Nga as the sources do, in the three languages', () => {
    expect(check('Vietnam has sent food aid to North Korea, the North\'s state media reported Thursday, amid growing worries that Pyongyang faces worsening food shortages.').verdict).toBe('related');
    expect(check('Le gouvernement vietnamien a envoyé une aide alimentaire au royaume ermite.').verdict).toBe('related');
    expect(check('Hang Nga a été désignée en 2017 par le ministère de la Défense pour participer aux opérations de maintien de la paix des Nations Unies au Soudan du Sud.').verdict).toBe('same');
  });

  it('"ties with 194 countries" names with whom, not a detail: a newer count differs', () => {
    expect(check('As of the end of August, Vietnam had established diplomatic ties with 194 countries, formed economic partnerships with over 230 countries and territories, and signed 16 free trade agreements.').verdict).toBe('differs');
    // A "with" detail stays one: the hospital's 63 officers are no count of all officers.
    expect(check('Vietnam set up its field hospital in South Sudan in October 2018 with 63 officers.').verdict).not.toBe('differs');
  });

  it('a country beside Vietnam as its partner, and a capital before a number ("Cycle 4"), are not names a fact must contain', () => {
    expect(check('It is the last activity of the ADMM-Plus Experts’ Working Group on Peacekeeping Operations Cycle 4 (2021 - 2023) under the co-chairmanship of Vietnam and Japan.').verdict).toBe('same');
    // Japan alone is another country's doing.
    expect(check('Japan co-chaired the ADMM-Plus Experts’ Working Group on Peacekeeping Operations in 2021 - 2023.').verdict).not.toBe('same');
  });

  it('a title before a name is not a name a fact must contain; a title that is the actor is', () => {
    const keys = (claim: string): string[] => [...claimTerms(index, claim, []).names];
    expect(keys('Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh chaired an open debate.')).not.toContain('minister');
    expect(keys('Vietnam’s Defence Minister visited the field hospital.')).toContain('minister');
  });

  it('another city in the same country differs from the city the sources give, though facts naming only the country contain both', () => {
    const r = check('The second Trump-Kim summit was held in Da Nang.');
    expect(r.verdict).toBe('differs');
    expect(r.summary).toMatch(/in Hanoi in February 2019/);
    expect(check('The second Trump-Kim summit was held in Hanoi.').verdict).toBe('same');
    expect(check('The second Trump-Kim summit was held in Vietnam.').verdict).toBe('same');
  });

  it('a place in a clause about an earlier event, and a count of others, are not what the claim is checked on', () => {
    expect(check('It is the second summit between Kim and U.S. President Donald Trump after the two leaders met in Singapore in June 2018.').verdict).not.toBe('differs');
    expect(check('The second summit between Kim Jong Un and Donald Trump was held in Singapore.').verdict).toBe('differs');
    expect(check('Entre 2019 et 2020, 63 médecins et soldats de l’hôpital de campagne n° 2 du Vietnam et cinq autres officiers ont été envoyés à la mission de paix des Nations Unies au Soudan du Sud.').verdict).not.toBe('differs');
  });

  it('countries Vietnam deals with are its partners; any UN member named as the actor makes the claim another country\'s', () => {
    const a = actorsIn('Vietnam established diplomatic relations with the Bahamas, Trinidad and Tobago, and Tonga.');
    expect(a.partnerWords).toEqual(expect.arrayContaining(['bahamas', 'trinidad', 'tobago', 'tonga']));
    expect(a.foreign).toBe(false);
    expect(actorsIn('Bolivia sent 200 peacekeepers to South Sudan.').foreign).toBe(true);
    expect(check('Bolivia sent 200 peacekeepers to South Sudan.').verdict).toBe('nothing');
  });

  it('an anniversary dates the event it counts from', () => {
    expect(check('The year 2020 marks a quarter century of Vietnam’s participation in ASEAN.').verdict).toBe('same');
    expect(check('Vietnam celebrates the 30th anniversary of its ASEAN membership in 2020.').verdict).toBe('differs');
    expect(check('Vietnam marks the 10th anniversary of its participation in UN peacekeeping.', '2024-05-27').verdict).toBe('same');
    // "10 e" as a French page may space it.
    expect(check('Le 27 mai 2024 a marqué le 10 e anniversaire de la participation du Vietnam aux missions onusiennes de maintien de la paix.').verdict).toBe('same');
    // Two dates, the later that many years after the earlier: it is when the anniversary falls, no date of joining.
    const span = (to: string): string => `Ngày 28/07 đánh dấu tròn 26 năm Việt Nam gia nhập Hiệp hội các quốc gia Đông Nam Á (ASEAN) (28/7/1995 – 28/7/${to}).`;
    expect(check(span('2021')).verdict).toBe('same');
    expect(check(span('2021')).figures.map((f) => f.value)).not.toContain(2021);
    // (A span that does not fit the count keeps its dates.)
    expect(check(span('2024')).figures.map((f) => f.value)).toContain(2024);
  });

  it('a claim about Vietnam in UN peacekeeping that no fact states is related, not nothing; other fields stay nothing', () => {
    expect(check('Le Vietnam a décidé de dépêcher pour la première fois sept officiers à la Force intérimaire de sécurité des Nations unies pour Abyei (FISNUA).').verdict).toBe('related');
    expect(check('Vietnam welcomed 18 million foreign visitors in 2019.').verdict).toBe('nothing');
  });

  it('a claim about Vietnam sharing several of a fact\'s rarer words is related, though it names no topic; one word in common is not enough', () => {
    const r = check('Kim is the first DPRK leader to visit Vietnam since his grandfather, Kim Il Sung, in 1964.');
    expect(r.verdict).toBe('related');
    expect(topIds(r)).toContain('r21-kim-2019-official-friendship-visit');
    expect(check('Vietnam’s leader opened a new motorway in 2019.').verdict).toBe('nothing');
    // Not a claim about Vietnam: the same words do not make it related.
    expect(check('Kim is the first DPRK leader to visit Laos since his grandfather, Kim Il Sung, in 1964.').verdict).toBe('nothing');
  });

  it('several of the sources\' subjects named together vouch for each other, without Vietnam named', () => {
    expect(check('The Engineering Unit Rotation 1 and Level-2 Field Hospital Rotation 4 departed for the UN peacekeeping missions in Abyei and South Sudan.').verdict).not.toBe('nothing');
    // Another country's units stay another country's.
    expect(check('Bangladesh’s Engineering Unit and Level-2 Field Hospital departed for the UN peacekeeping missions in South Sudan.').verdict).toBe('nothing');
  });

  it('an ordinal counts what its own part of the sentence says, not what the rest of it goes on to', () => {
    expect(check('Membre élu du Conseil de sécurité pour la deuxième fois de son histoire, le Viet Nam en prend la présidence en janvier avec la ferme intention de promouvoir le rôle central de l’ONU.', '2020-01-02').verdict).toBe('same');
  });

  it('a numbered document the fact names otherwise is another document; an anniversary counts only joining, taking part or relations', () => {
    expect(check('En 2000, le Conseil de sécurité a marqué l\'histoire en adoptant la résolution 1325 sur les femmes, la paix et la sécurité.').verdict).not.toBe('differs');
    expect(check('Vietnam promoted UN Security Council Resolution 1889 in 2009.').verdict).not.toBe('differs');
    expect(check('The field hospital held a ceremony to mark the 81st anniversary of the founding of the Vietnam People’s Army.', '2025-12-20').figures.some((f) => f.value === 1944)).toBe(false);
  });

  it('an undated amount beside a series of separate amounts is one more of them, not a different one', () => {
    expect(check('Vietnam\'s government has decided to donate 5,000 tons of rice to help North Korea recover from recent natural disasters.').verdict).toBe('related');
    // Dated, it is compared with the amount of its year.
    expect(check('Vietnam gave North Korea 5,000 tonnes of rice in 1997.').verdict).toBe('differs');
    // People deployed add up: an older or newer count of them differs.
    expect(check('Vietnam has sent 12 officers to UN peacekeeping missions in South Sudan and the Central African Republic.').verdict).toBe('differs');
  });

  it('a place is compared only with the same event: the first summit is not the second', () => {
    expect(check('Trump and Kim Jong Un met for the first time at a summit in Singapore.').verdict).not.toBe('differs');
    expect(check('The second summit between Kim Jong Un and Donald Trump was held in Singapore.').verdict).toBe('differs');
  });

  it('a first is dated by a period\'s start only when the fact says something began then', () => {
    expect(check('The Vietnamese Engineering Unit Rotation 1 was deployed to the UN mission in Abyei in 2022, marking the first time Vietnam had sent an engineering unit.').verdict).not.toBe('differs');
    expect(check('Vietnam sent its first officers to South Sudan in 2016').verdict).toBe('differs');
  });

  it('multiword names in the word tables are read as phrases, in English and French', () => {
    expect(contentKeys('had established normal diplomatic relations')).toEqual(['establish', 'normalise', 'diplomatic', 'relation']);
    expect(contentKeys('une visite officielle d’amitié au Vietnam')).toEqual(expect.arrayContaining(['official', 'friendship', 'visit']));
    expect(check('After two decades of severed ties, on this day in 1995, President Bill Clinton announced that the United States and Vietnam had established normal diplomatic relations.').verdict).toBe('same');
  });

  it('reads "dix ans de la participation" as an anniversary and "pour le mois de janvier" as a month', () => {
    expect(check('La Une célébrait les dix ans de la participation du Vietnam aux opérations de maintien de la paix des Nations unies.', '2024-06-03').verdict).toBe('same');
    expect(check('Le Vietnam a entamé jeudi sa présidence tournante du Conseil de Sécurité de l’ONU pour le mois de janvier.', '2020-01-03').verdict).toBe('same');
    expect(check('Le Vietnam a entamé sa présidence tournante du Conseil de Sécurité de l’ONU pour le mois de mars.', '2020-03-03').verdict).toBe('differs');
  });

  it('a fact naming a date bears on the date\'s own part of a sentence that goes on to other things', () => {
    expect(check('Vietnam was just elected to the United Nations Security Council 2020 - 2021 with 192/193 votes, highest in the UN history.').verdict).toBe('same');
    expect(check('Vietnam was just elected to the United Nations Security Council 2021 - 2022 with 192/193 votes, highest in the UN history.').verdict).not.toBe('same');
  });

  it('a country passed through or whose border is crossed is no actor; Kim beside Dong Dang is the 2019 visitor', () => {
    expect(actorsIn('Kim travelled from Pyongyang through China and crossed the Chinese border.').foreign).toBe(false);
    expect(actorsIn('China sent 500 peacekeepers to South Sudan.').foreign).toBe(true);
    expect(check('Kim made the 65-hour travel train from Pyongyang through China and he reached the Dong Dang station after crossing the Chinese border.').verdict).toBe('related');
  });

  it('"qua" closing a span of time ("trong 10 năm qua") passes through nothing: the country after it is the actor', () => {
    expect(actorsIn('Trong hơn 10 năm qua, Campuchia đã cử gần 4.000 binh sỹ tham gia vào lực lượng gìn giữ hòa bình của Liên hợp quốc.').foreign).toBe(true);
    expect(actorsIn('Đoàn tàu đi qua Trung Quốc để đến Đồng Đăng.').foreign).toBe(false);
    expect(check('Trong hơn 10 năm qua, Campuchia đã cử gần 4.000 binh sỹ, trong đó có 145 nữ binh sỹ tham gia vào lực lượng gìn giữ hòa bình của Liên hợp quốc.').verdict).toBe('nothing');
  });

  it('a Vietnamese syllable opening a sentence ("Liên tục …") is no name a fact must contain', () => {
    expect(check('Liên tục từ năm 2014 đến nay, chúng ta đã cử được gần 30 sỹ quan đi các nước châu Phi như Nam Sudan, Cộng hoà Trung Phi.').verdict).toBe('same');
  });

  it('feminine nationalities and the European Union are other actors', () => {
    expect(actorsIn("Quelque 261 soldats de l'armée royale thaïlandaise sont partis pour le Soudan du Sud.").foreign).toBe(true);
    expect(actorsIn("L’armée nigériane a annoncé l’envoi de 157 soldats au Soudan du Sud.").foreign).toBe(true);
    expect(actorsIn("La Mission de formation de l’Union européenne en République centrafricaine a été créée en 2016.").foreign).toBe(true);
    expect(check("Quelque 261 soldats de l'armée royale thaïlandaise sont partis, le 22 décembre 2018, pour le Soudan du Sud.").verdict).toBe('nothing');
  });

  it('a country that lends a hand (provides, funds, supports) is a partner, not the actor', () => {
    for (const claim of [
      'The hospital staff will depart from Noi Bai Airport aboard a C-17 aircraft provided by Australia.',
      'The contingent left on an Australian-funded flight.',
      'The equipment will be transported on two C17 flights supported by the Australian government.',
      'Le personnel a été formé avec le soutien de la France.',
      'This deployment of the engineering company to UNISFA was aided by Japan.',
      'The unit will be receiving Australia’s assistance in transporting personnel to South Sudan.',
      'Bệnh viện được vận chuyển bằng máy bay do Australia tài trợ.', 'Bệnh viện được vận chuyển bằng máy bay do Australia cung cấp.',
    ]) {
      const actors = actorsIn(claim);
      expect(actors.foreign, claim).toBe(false);
      expect(actors.partnerWords.length, claim).toBeGreaterThan(0);
    }
    expect(actorsIn('Australia provided 300 soldiers to the UN mission in South Sudan.').foreign).toBe(true);
  });

  it('a speaker\'s "his country", "son pays" is the article\'s subject', () => {
    const claim = 'Concernant une éventuelle participation de son pays à la force internationale de maintien de la paix, M. Minh a fait savoir que son pays était prêt à participer.';
    expect(check(claim).verdict).not.toBe('nothing');
  });

  it('a year in brackets after another country dates that country\'s doing, not Vietnam\'s', () => {
    const r = check('Ngay sau khi gia nhập tổ chức, Việt Nam đã thúc đẩy ASEAN kết nạp các nước Lào, Myanmar (năm 1997) và Campuchia (năm 1999).');
    expect(r.verdict).not.toBe('differs');
    expect(check('Việt Nam gia nhập ASEAN (năm 1997).').verdict).toBe('differs');
  });

  it('what a claim asserts of a numbered one the sources never name (hospital No. 6, No. 7) they cannot state', () => {
    expect(check('Đại úy Nguyễn Thị Thanh Hằng là một trong 13 nữ quân nhân thuộc Bệnh viện dã chiến cấp 2 số 7.').verdict).toBe('related');
    expect(check('Les militaires de l’Hôpital de campagne de niveau 2 numéro 6 du Vietnam, déployés dans le cadre des opérations de maintien de la paix, ont initié une action humanitaire à hauteur d’enfant.').verdict).toBe('related');
  });

  it('a later rotation of a unit the sources count only as a whole is another rotation: its date and headcount are not theirs', () => {
    const r = check('Đội Công binh số 3 của Quân đội nhân dân Việt Nam được triển khai đến phái bộ UNISFA từ ngày 25/9/2024.');
    expect(r.verdict).toBe('related');
    expect(r.results.flatMap((x) => x.comparisons).every((c) => c.status === 'not-stated')).toBe(true);
    // The unit as such: "since 2014 … 184 sappers" says when it started.
    expect(check('Đội Công binh của Quân đội nhân dân Việt Nam được triển khai đến phái bộ UNISFA từ ngày 25/9/2024.').verdict).toBe('differs');
    // The number may be part of the name as the lexicon reads it ("Đội Công binh số 2").
    expect(check('Đội Công binh số 2 của Việt Nam được triển khai đến Abyei vào đầu tháng 8, đúng thời điểm mùa mưa kéo dài.').verdict).toBe('related');
    // Two rotations leaving on the day a fact gives: that fact states it.
    expect(check('Le Président Nguyên Xuân Phuc et le général Phan Van Giang, les représentants des Nations Unies au Vietnam et les Casques bleus vietnamiens lors de la cérémonie de départ de l’Hôpital de campagne du niveau 2 N°4 et de l\'unité du génie No 1 tenue le 27 avril 2022.').verdict).toBe('same');
    expect(check('The Engineering Unit Rotation 1 and Level-2 Field Hospital Rotation 4 departed for the UN peacekeeping missions in Abyei and South Sudan on April 27, 2022.').verdict).toBe('same');
  });

  it('a place naming what follows ("the Vietnam peacekeeping force") places nothing', () => {
    expect(check('Major Do Thi Hang Nga was the first female officer participating in the Vietnam peacekeeping force.').verdict).toBe('same');
    expect(placesIn('participating in the Vietnam peacekeeping force')[0]?.locative).toBe(false);
    expect(placesIn('the summit was held in Hanoi in February')[0]?.locative).toBe(true);
  });

  it('a fact about a numbered sibling of what the claim names is about another one (hospital No. 1 is not No. 2)', () => {
    expect(check('Les Casques bleus de l’Hôpital de campagne de niveau 2 N°2, au Soudan du Sud depuis novembre 2019, ont dû prolonger leur séjour en raison du COVID-19.').verdict).not.toBe('differs');
    expect(check('Vietnam’s Level-2 Field Hospital No. 1 was deployed to South Sudan in October 2019.').verdict).toBe('differs');
  });

  it('a date differs only from a fact its own part of the sentence is about', () => {
    expect(check('Nghị quyết vừa được Quốc hội thông qua gồm 6 chương, 18 điều, có hiệu lực thi hành từ ngày 1/7/2021.').verdict).not.toBe('differs');
    expect(check('Vietnam joined ASEAN in 1997.').verdict).toBe('differs');
  });
});
