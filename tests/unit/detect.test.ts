import { describe, expect, it } from 'vitest';
import { detectMentions, HitCollector, MentionResolver, resolveOverlaps, type Mention } from '../../src/core/match/detect.js';
import { scanText } from '../../src/core/match/scan.js';
import { readFileSync } from 'node:fs';
import { lexicon } from './corpus.js';

const topicsIn = (text: string, title?: string) => detectMentions(lexicon, text, { title }).map((m) => m.topic);

describe('detectMentions on the real corpus', () => {
  it('finds spelling variants, Vietnamese forms and document-number shapes', () => {
    const text = 'Chỉ thị số 25-CT/TW and Directive No. 25 CT/TW; Nghị quyết 130/2020/QH14; Đổi Mới; VDPO in Ha Noi.';
    const found = detectMentions(lexicon, text);
    expect(found.map((m) => [m.surface, m.topic])).toEqual(expect.arrayContaining([
      ['Chỉ thị số 25-CT/TW', 'directive-25'],
      ['Directive No. 25 CT/TW', 'directive-25'],
      ['Nghị quyết 130/2020/QH14', 'resolution-130-2020-qh14'],
      ['VDPO', 'vietnam-dpko'],
    ]));
  });

  it('offsets point at the original text', () => {
    const text = 'Intro. The Vietnam Department of Peacekeeping Operations trains officers.';
    for (const m of detectMentions(lexicon, text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('counts an ambiguous alias only with its context, and says why', () => {
    const m = detectMentions(lexicon, 'Vietnam’s Politburo follow-up to Directive 25 stressed multilateral diplomacy.').find((x) => x.surface === 'Directive 25');
    expect(m?.topic).toBe('directive-25');
    expect(m?.why.ambiguous).toMatch(/Presidential Decision Directive/i);
    expect(m?.why.context?.where).toBe('near');
    expect(topicsIn('The committee discussed Directive 25 at length.')).toEqual([]);
  });

  it('takes context from the page title', () => {
    const [m] = detectMentions(lexicon, 'Officials said Directive 25 changed the approach.', { title: 'Vietnam’s multilateral diplomacy' });
    expect(m?.topic).toBe('directive-25');
    expect(m?.why.context?.where).toBe('title');
  });

  it('confuser: US Presidential Decision Directive 25 is not Vietnam’s Directive 25', () => {
    expect(topicsIn('In 1994 President Clinton signed Presidential Decision Directive 25 (PDD-25), which tightened US support for UN peacekeeping. Directive 25 was a reaction to Somalia.')).not.toContain('directive-25');
  });

  it('confuser: the UN’s DPKO is not Viet Nam DPKO', () => {
    expect(topicsIn('The United Nations Department of Peacekeeping Operations (DPKO) in New York asked member states for more troops; DPKO said the shortfall was severe.')).not.toContain('vietnam-dpko');
  });

  it('confuser: a British or Chinese level-two hospital is not Vietnam’s field hospital', () => {
    const found = topicsIn('The British Army’s level-2 field hospital in Bentiu, South Sudan, was handed over to a Chinese level two hospital team in 2018.');
    expect(found).not.toContain('level-2-field-hospital');
  });

  it('everyday "đổi mới" is not the Đổi Mới policy', () => {
    expect(topicsIn('Công ty cần đổi mới sáng tạo để cạnh tranh.')).not.toContain('doi-moi');
  });

  it('respects muted aliases', () => {
    const text = 'The Vietnam Department of Peacekeeping Operations trains officers.';
    expect(detectMentions(lexicon, text, { isMuted: (t) => t === 'vietnam-dpko' })).toEqual([]);
  });
});

describe('exclusions read as whole names, not syllables that fold alike', () => {
  it('"Hằng Nga" is no "Nga" (Russia) and "mỹ thuật" no "Mỹ" (the US): Vietnam\'s defence diplomacy stays marked', () => {
    expect(topicsIn('Thiếu tá Đỗ Thị Hằng Nga từng tham gia công tác ngoại giao quốc phòng tại Trung tâm Gìn giữ hòa bình Việt Nam.')).toContain('vietnam-defence-diplomacy');
    expect(topicsIn('Triển lãm mỹ thuật về ngoại giao quốc phòng của Quân đội nhân dân Việt Nam khai mạc tại Hà Nội.')).toContain('vietnam-defence-diplomacy');
    // Russia's own, named as such, stays unmarked.
    expect(topicsIn('Liên bang Nga đẩy mạnh ngoại giao quốc phòng, Bộ Quốc phòng Việt Nam theo dõi.')).not.toContain('vietnam-defence-diplomacy');
  });
});

describe('MentionResolver', () => {
  it('gives the same mentions when cut into the smallest slices as in one go', () => {
    const text = readFileSync('data/sources/iseas-2022-46.md', 'utf8').repeat(3);
    const hits = new HitCollector(lexicon);
    scanText(lexicon.automaton, text, hits.add);
    const surface = (s: number, e: number) => text.slice(s, e);
    const whole = new MentionResolver(lexicon, hits, surface, { title: 'Vietnam peacekeeping' });
    expect(whole.run()).toBe(true);
    const sliced = new MentionResolver(lexicon, hits, surface, { title: 'Vietnam peacekeeping' });
    let slices = 1;
    expect(() => sliced.mentions).toThrow(/not finished/);
    while (!sliced.run(() => false)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(sliced.mentions).toEqual(whole.mentions);
    expect(whole.mentions.length).toBeGreaterThan(100);
  });
});

describe('resolveOverlaps', () => {
  const m = (start: number, end: number, topic = 't'): Mention => ({ start, end, surface: '', topic, why: { alias: '' } });
  it('keeps the longest of overlapping mentions and all disjoint ones, in text order', () => {
    expect(resolveOverlaps([m(0, 5), m(3, 12), m(10, 14), m(20, 22)]).map((x) => [x.start, x.end])).toEqual([[3, 12], [20, 22]]);
    expect(resolveOverlaps([m(0, 4), m(0, 9), m(5, 9)]).map((x) => [x.start, x.end])).toEqual([[0, 9]]);
  });
  it('keeps the mentions that cover the most text, not the longest one alone', () => {
    // Two names sharing a word, and a third inside the second: the outer two cover more.
    expect(resolveOverlaps([m(0, 40), m(32, 90), m(52, 90), m(0, 18)]).map((x) => [x.start, x.end])).toEqual([[0, 40], [52, 90]]);
    // Equal cover: fewer, longer mentions.
    expect(resolveOverlaps([m(0, 6), m(0, 3), m(3, 6)]).map((x) => [x.start, x.end])).toEqual([[0, 6]]);
  });
});

describe('one sense per page', () => {
  it('a topic named plainly confirms its own short forms elsewhere on the page', () => {
    const text = 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 25-CT/TW. '.padEnd(900, '.') + ' Chỉ thị 25 là bước đột phá.';
    const found = detectMentions(lexicon, text).filter((x) => x.surface === 'Chỉ thị 25');
    expect(found.map((x) => [x.topic, x.why.context?.where])).toEqual([['directive-25', 'page']]);
  });
  it('...but not where an exclusion is near, nor without the plain name', () => {
    const far = 'Chỉ thị 25-CT/TW. '.padEnd(900, '.') + ' Chỉ thị 25/CT-TTg của Thủ tướng về xuất khẩu gạo.';
    expect(detectMentions(lexicon, far).filter((x) => x.start > 900).map((x) => x.topic)).toEqual([]);
    expect(detectMentions(lexicon, far.replace('/CT-TTg của Thủ tướng', '')).filter((x) => x.start > 900).map((x) => x.topic)).toEqual(['directive-25']);
    expect(topicsIn('Chỉ thị 25 là bước đột phá.')).toEqual([]);
  });
});
