/**
 * Dates written relative to when a claim was written ("in October last year", "this July",
 * "năm ngoái", "en octobre dernier"), and the clause a date belongs to.
 */
import { describe, expect, it } from 'vitest';
import { buildClaimIndex, checkClaim } from '../../src/core/claims/check.js';
import { clauseAround } from '../../src/core/claims/clauses.js';
import { collapseDayRanges } from '../../src/core/claims/day-dates.js';
import { extractFigures } from '../../src/core/claims/figures.js';
import { parseClaimDate, relativeDates, type ClaimDate } from '../../src/core/claims/relative-dates.js';
import { corpus, lexicon } from './corpus.js';

const index = buildClaimIndex(corpus, lexicon);
const at = (s: string): ClaimDate => parseClaimDate(s)!;
const dates = (text: string, written: string): string[] =>
  relativeDates(text, at(written)).map((f) => `${f.raw}=${f.value}${f.month ? `/${f.month}` : ''}${f.dateRole ? ` ${f.dateRole}` : ''}`);

describe('parseClaimDate', () => {
  it('reads a year, a month or a day, and ISO timestamps', () => {
    expect(parseClaimDate('2019')).toEqual({ year: 2019 });
    expect(parseClaimDate('2019-06')).toEqual({ year: 2019, month: 6 });
    expect(parseClaimDate('2019-06-28T07:00:00+07:00')).toEqual({ year: 2019, month: 6, day: 28 });
  });

  it('refuses what is not a date', () => {
    for (const s of ['', 'June 2019', '19-06-28', '2019-13-01', '2019-06-32', '0999', undefined]) expect(parseClaimDate(s)).toBeUndefined();
  });
});

describe('relative dates', () => {
  it('English: a year from the claim\'s, or the month\'s nearest occurrence', () => {
    expect(dates('In October last year, it sent a team of doctors.', '2019-06-28')).toEqual(['In October last year=2018/10']);
    expect(dates('on its way to South Sudan this July.', '2018-06-19')).toEqual(['this July=2018/7']);
    expect(dates('It deployed last October.', '2019-11-19')).toEqual(['last October=2019/10']);
    expect(dates('It deployed last October.', '2019-06-01')).toEqual(['last October=2018/10']);
    expect(dates('The unit leaves next March.', '2019-06-01')).toEqual(['next March=2020/3']);
    expect(dates('Launched late last year, the hospital …', '2019-02-01')).toEqual(['last year=2018']);
    expect(dates('Vietnam has taken part since last year.', '2015-01-01')).toEqual(['since last year=2014 since']);
  });

  it('Vietnamese and French', () => {
    expect(dates('Tháng 10 năm ngoái, bệnh viện dã chiến lên đường.', '2019-05-01')).toEqual(['Tháng 10 năm ngoái=2018/10']);
    expect(dates('Năm nay tròn 10 năm Việt Nam tham gia.', '2024-05-01')).toEqual(['Năm nay=2024']);
    expect(dates('bệnh viện lên đường tháng 10 vừa qua', '2018-11-26')).toEqual(['tháng 10 vừa qua=2018/10']);
    expect(dates("L'an dernier, le Vietnam a envoyé 63 médecins.", '2019-03-01')).toEqual(["L'an dernier=2018"]);
    expect(dates('arrivés en octobre dernier', '2019-03-01')).toEqual(['en octobre dernier=2018/10']);
    expect(dates('participait aux forces de maintien de la paix depuis le mois de juin.', '2014')).toEqual(['depuis le mois de juin=2014/6 since']);
  });

  it('a day without a year is the nearest such day, before or after the claim\'s date', () => {
    expect(dates('Trước đó, vào ngày 1/10 đợt 1 với 32 cán bộ đã sang Nam Sudan.', '2018-10-15')).toEqual(['ngày 1/10=2018/10']);
    expect(dates('Hội nghị thượng đỉnh lần thứ hai trong hai ngày 27/2 và 28/2 tại Việt Nam.', '2019-02-05')).toEqual(['ngày 27/2=2019/2', 'và 28/2=2019/2']);
    expect(dates('The ministry on September 29 held a ceremony.', '2018-10-01')).toEqual(['on September 29=2018/9']);
    expect(dates('The ministry on December 29 held a ceremony.', '2019-01-04')).toEqual(['on December 29=2018/12']);
    expect(dates('arrivés le 15 juin à Abyei', '2022-06-20')).toEqual(['le 15 juin=2022/6']);
    expect(relativeDates('On September 29, 2018, it left.', at('2019-01-01'))).toEqual([]);
  });

  it('durations and other words are not dates', () => {
    expect(dates('trong 10 năm nay, Việt Nam đã cử 500 lượt', '2024-01-01')).toEqual([]);
    expect(dates('Over the last year, troops rotated.', '2024-01-01')).toEqual([]);
    expect(dates('This may be the largest unit.', '2024-01-01')).toEqual([]);
  });

  it('a bare month is left to a year the text names itself', () => {
    const text = 'Le Vietnam a assumé en avril la présidence du Conseil de sécurité pour la deuxième fois en 2021.';
    expect(extractFigures(text, { written: at('2021-04-02') }).map((f) => f.raw)).toEqual(['deuxième fois', '2021']);
    expect(dates('Vietnam took over in April.', '2021-06-01')).toEqual(['in April=2021/4']);
  });

  it('are read only when the claim\'s date is known', () => {
    const text = 'Vietnam set up its field hospital in South Sudan in October last year with 63 officers.';
    expect(extractFigures(text).some((f) => f.kind === 'year')).toBe(false);
    expect(extractFigures(text, { written: at('2019-11-19') }).find((f) => f.kind === 'year')).toMatchObject({ value: 2018, month: 10, relative: true });
  });
});

describe('claim checks with the claim\'s date', () => {
  const claim = 'Vietnam dispatched its first level-2 hospital to South Sudan in October last year.';

  it('"October last year" agrees when written the year after the event, and differs two years after', () => {
    const same = checkClaim(index, claim, { written: at('2019-06-28') });
    expect(same.verdict).toBe('same');
    // The event and its date agree with one fact: the summary says it once.
    expect(same.summary.match(/On 1 October 2018/g)).toHaveLength(1);
    const later = checkClaim(index, claim, { written: at('2020-03-01') });
    expect(later.verdict).toBe('differs');
    expect(later.summary).toContain('1 October 2018');
  });

  it('a day the sources do not give dates another event: not the same', () => {
    const ceremony = "The Ministry of National Defense's Steering Committee on Vietnam's participation in United Nations Peacekeeping Operations on September 29 held a ceremony to assign missions to the level-2 field hospital No.1 before the unit undertakes peacekeeping missions in South Sudan.";
    expect(checkClaim(index, ceremony, { written: at('2018-10-01') }).verdict).toBe('related');
  });

  it('a month the event did not happen in differs', () => {
    expect(checkClaim(index, 'Vietnam dispatched its first level-2 hospital to South Sudan this July.', { written: at('2018-06-19') }).verdict).toBe('differs');
  });

  it('without the date, the relative date is not compared', () => {
    expect(checkClaim(index, claim).verdict).toBe('same');
  });
});

describe('clauses', () => {
  const clause = (text: string, part: string): string => {
    const i = text.indexOf(part);
    const [from, to] = clauseAround(text, i, i + part.length);
    return text.slice(from, to);
  };

  it('splits at relative and subordinate clauses, not at date phrases or abbreviations', () => {
    const text = 'This year, the Chairmanship of ASEAN has been taken up by Vietnam, which is its third time since the country joined ASEAN 25 years ago.';
    expect(clause(text, 'This year')).toBe('This year, the Chairmanship of ASEAN has been taken up by Vietnam');
    expect(clause('Vietnam has sent officers since 2014 when it began.', '2014')).toBe('Vietnam has sent officers since 2014');
    expect(clause('Directive No. 25 was issued by the U.N. Secretariat in 2018. It was new.', '2018')).toBe('Directive No. 25 was issued by the U.N. Secretariat in 2018');
    // A sentence opening with a subordinate clause goes on after its first comma; "Since 2014," is a date phrase.
    expect(clause('Since the nation sent its first personnel in June 2014, its participation has been praised.', '2014')).toBe('Since the nation sent its first personnel in June 2014');
    expect(clause('Since 2014, Vietnam has sent 512 personnel.', '2014')).toBe('Since 2014, Vietnam has sent 512 personnel.');
  });

  it('a fact naming the date of one clause bears on it, though the rest of the sentence is about something else', () => {
    const text = 'Since the Southeast Asian nation sent the first personnel to the UN peacekeeping mission in June 2014, its participation in the UN mission has been highly appreciated by the UN and international partners.';
    expect(checkClaim(index, text).verdict).toBe('same');
    expect(checkClaim(index, text.replace('2014', '2012')).verdict).not.toBe('same');
  });

  it('a year in one clause does not differ from what another clause says', () => {
    const text = 'This year, the Chairmanship of ASEAN has been taken up by Vietnam, which is its third time since the country joined ASEAN 25 years ago.';
    expect(checkClaim(index, text, { written: at('2020-05-27') }).verdict).not.toBe('differs');
    expect(checkClaim(index, 'Vietnam joined ASEAN last year.', { written: at('2020-05-27') }).verdict).toBe('differs');
  });
});

describe('a selection read in its page\'s context', () => {
  const sentence = 'In October last year, for the first time ever, it sent a team of military doctors to work at the U.N. field hospital in South Sudan.';

  it('a sentence that leaves its subject to the article is about it when the page is', () => {
    expect(checkClaim(index, sentence, { written: at('2019-06-28') }).verdict).toBe('related');
    expect(checkClaim(index, sentence, { written: at('2019-06-28'), pageTopics: ['vietnam-peacekeeping', 'unmiss'] }).verdict).toBe('same');
  });

  it('another country named in the sentence is still another country', () => {
    const korea = "Cela fait déjà dix ans qu'un contingent de soldats sud-coréens a été dépêché au Liban dans le cadre des opérations de maintien de la paix des Nations unies.";
    expect(checkClaim(index, korea, { pageTopics: ['vietnam-peacekeeping'] }).verdict).toBe('nothing');
  });
});

describe('a run of days in one month', () => {
  it('is read as its first day, keeping the claim\'s offsets', () => {
    const visit = 'trong hai ngày 1-2/3/2019 lần này';
    expect(collapseDayRanges(visit)).toMatch(/^trong hai ngày\s+1\/3\/2019 lần này$/);
    expect(collapseDayRanges(visit).length).toBe(visit.length);
    expect(collapseDayRanges('vào ngày 27 - 28/2 bởi lẽ')).toMatch(/^vào ngày\s+27\/2 bởi lẽ$/);
    // Not a year range, a score or an identifier.
    expect(collapseDayRanges('2014-2018/19 and 130/2020/QH14')).toBe('2014-2018/19 and 130/2020/QH14');
    expect(checkClaim(index, 'Chuyến thăm hữu nghị chính thức tại Việt Nam trong hai ngày 1-2/3/2019 của Chủ tịch Kim Jong Un là một dấu mốc mới.').verdict).toBe('same');
  });
});

describe('a claim typed now', () => {
  const typed: ClaimDate = { year: 2026, month: 12, day: 3, now: true };
  it('reads "last year" from today, but guesses no year for a bare day', () => {
    expect(relativeDates('Vietnam sent more officers last year.', typed).map((f) => f.value)).toEqual([2025]);
    expect(relativeDates('Ngày 23/11, tại Hà Nội, Bộ Quốc phòng tổ chức hội thảo.', typed)).toEqual([]);
    expect(relativeDates('Ngày 23/11, tại Hà Nội, Bộ Quốc phòng tổ chức hội thảo.', at('2018-11-30')).map((f) => f.value)).toEqual([2018]);
  });

  it('so a bare day is checked against the fact giving that very day, whatever its year', () => {
    const claim = 'Ngày 23/11, tại Hà Nội, Bộ Quốc phòng Việt Nam và Chương trình phát triển Liên hợp quốc (UNDP) tại Việt Nam tổ chức Hội thảo quốc tế về nâng cao năng lực của Việt Nam trong hoạt động gìn giữ hòa bình Liên hợp quốc.';
    expect(checkClaim(index, claim, { written: typed }).verdict).toBe('same');
  });
});
