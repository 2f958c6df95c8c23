/**
 * Detection on realistic pages that are not the corpus's own sources: news about Vietnam's
 * peacekeeping and diplomacy in English, Vietnamese and French (marks where they belong), pages about other
 * directives and other countries' peacekeeping (nothing marked), and unrelated news (nothing marked).
 * A wrong card is worse than no card, so every table entry is an EXACT set of topics.
 *
 * The texts are in tests/fixtures/texts/ (written for these tests, not copied from data/sources):
 *   pos-*    news that should be marked, with the topics it should yield;
 *   conf-*   confusers: the same words about other countries, other directives, the UN in general;
 *   unrel-*  unrelated news that shares words with the corpus (ASEAN, Hanoi, Mekong, đổi mới, hòa giải).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus-build/build-corpus.js';
import { readDataDir } from '../../src/corpus-build/read-data-dir.js';
import { loadLexicon } from '../../src/core/match/lexicon.js';
import { detectMentions } from '../../src/core/match/detect.js';

const built = buildCorpus(readDataDir(join(import.meta.dirname, '../../data')));
if (!built.corpus || !built.lexicon) {
  throw new Error(`corpus does not build:\n${built.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n')}`);
}
const corpus = built.corpus;
const lexicon = loadLexicon(built.lexicon);

const TEXTS_DIR = join(import.meta.dirname, '../fixtures/texts');
const read = (file: string): string => readFileSync(join(TEXTS_DIR, file), 'utf8');
/** The sorted set of topics detected in `text` (as the CLI scans a .txt file, optionally with a title). */
const topicsIn = (text: string, title?: string): string[] =>
  [...new Set(detectMentions(lexicon, text, title ? { title } : {}).map((m) => m.topic))].sort();

/** Text → exactly the topics it must yield (nothing more, nothing less). */
const EXPECTED: Record<string, string[]> = {
  // ── Positives: English ──
  'pos-en-field-hospital-rotation.txt': [
    'vietnam-peoples-army', 'level-2-field-hospital', 'unmiss', 'hoang-kim-phung', 'vietnam-dpko',
    'vietnam-peacekeeping', 'un-peacekeeping', 'minusca',
    // "An engineering company has been stationed in Abyei since 2022": Vietnam's, on a page about Vietnam's peacekeeping.
    'vietnam-engineering-unit',
    // "… the defence ministry said": Vietnam's, in a Hanoi story.
    'ministry-of-national-defence',
  ],
  'pos-en-unsc-seat-asean.txt': [
    'un-security-council', 'un-security-council-seat-2020-2021', 'pham-binh-minh', 'partnership-for-sustainable-peace',
    'vietnam-foreign-policy', 'dang-dinh-quy', 'un-peacekeeping', 'asean-chairmanship-2020', 'south-china-sea', 'asean',
  ],
  'pos-en-hanoi-summit.txt': ['kim-jong-un', 'donald-trump', 'dprk-usa-hanoi-summit-2019', 'doi-moi', 'pham-binh-minh'],
  'pos-en-resolution-130.txt': [
    'national-assembly-of-vietnam', 'un-peacekeeping', 'resolution-130-2020-qh14', 'communist-party-of-vietnam',
    'constitution-2013', 'nguyen-chi-vinh', 'vietnam-peacekeeping', 'level-2-field-hospital', 'unmiss', 'vietnam-engineering-unit',
    // "The defence ministry has said it is preparing an engineering unit …": Vietnam's.
    'ministry-of-national-defence',
  ],
  'pos-en-directive-25-multilateral.txt': [
    'communist-party-of-vietnam', 'directive-25', 'vietnam-foreign-policy', 'vietnam-mediation-diplomacy', 'pham-binh-minh',
    'dprk-usa-hanoi-summit-2019', 'asean-chairmanship-2020', 'un-security-council', 'ministry-of-foreign-affairs-vietnam',
  ],
  'pos-en-conference-2018.txt': [
    'ministry-of-national-defence', 'undp', 'conference-2018', 'un-peacekeeping', 'nguyen-chi-vinh', 'unmiss', 'kamal-malhotra',
    'vietnam-dpko', 'level-2-field-hospital-1', 'un-dpko', 'un-police-division',
  ],
  'pos-en-female-officer-car.txt': [
    'women-in-peacekeeping', 'minusca', 'do-thi-hang-nga', 'unmiss', 'vietnam-dpko', 'women-peace-security',
    'admm-plus-ewg-peacekeeping',
  ],
  // ── Positives: Vietnamese (full diacritics) ──
  'pos-vi-benh-vien-da-chien.txt': [
    'level-2-field-hospital', 'unmiss', 'ministry-of-national-defence', 'un-peacekeeping', 'hoang-xuan-chien',
    'peace-messengers', 'vietnam-dpko', 'vietnam-peacekeeping', 'minusca',
  ],
  'pos-vi-nghi-quyet-130.txt': [
    'national-assembly-of-vietnam', 'resolution-130-2020-qh14', 'nguyen-chi-vinh', 'ministry-of-national-defence',
    'constitution-2013', 'level-2-field-hospital', 'un-peacekeeping', 'un-security-council-seat-2020-2021',
    'proactive-international-integration',
  ],
  'pos-vi-ngoai-giao-da-phuong.txt': [
    'directive-25', 'dprk-usa-hanoi-summit-2019', 'vietnam-mediation-diplomacy', 'asean-chairmanship-2020',
    'un-security-council-seat-2020-2021', 'doi-moi', 'un-peacekeeping',
  ],
  // ── Positives: French ──
  'pos-fr-hopital-de-campagne.txt': [
    'level-2-field-hospital', 'vietnam-dpko', 'unmiss', 'level-2-field-hospital-3', 'vietnam-peacekeeping', 'ministry-of-national-defence',
    'level-2-field-hospital-1', 'vietnam-peoples-army', 'un-peacekeeping', 'un-security-council-seat-2020-2021',
  ],
  // ── Confusers: nothing from this Vietnam corpus belongs on them ──
  'conf-fr-us-pdd25.txt': [], // French: US "directive présidentielle n° 25", Casques bleus, opérations de maintien de la paix de l'ONU
  'conf-fr-chine-mali-niveau-2.txt': [], // French: a Chinese "hôpital de campagne de niveau 2" in Mali, "ministère de la Défense nationale" (China's)
  'conf-vi-truong-cap-2.txt': [], // Vietnamese schools: "trường cấp 2", "cấp II", "cấp hai", "số 1", "LHQ" (UNICEF)
  'conf-en-level-ii-trauma.txt': [], // "Level II trauma center", "second-level facility", a National Guard "field hospital", "Hospital No. 2"
  'conf-us-pdd25.txt': [], // US Presidential Decision Directive 25 (1994), UN peacekeeping, Security Council, Boutros-Ghali
  'conf-un-dpko-new-york.txt': [], // the UN's DPKO, Guterres, UN Police, level-2 hospitals in general
  'conf-uk-china-hospitals.txt': [], // British and Chinese level-2 hospitals in South Sudan, UNMISS
  'conf-chinese-mali-hospital.txt': [], // Chinese level-two hospital in Mali, China's Ministry of National Defense
  'conf-indonesia-india-peacekeepers.txt': [], // female peacekeepers, sappers, training hub, ASEAN — of other countries
  'conf-other-directive-25.txt': [], // the Philippines' Directive No. 25
  'conf-south-sudan-politics.txt': [], // South Sudan politics; UNMISS and the Security Council mentioned
  'conf-vi-unifil-lebanon.txt': [], // Vietnamese-language news about UNIFIL: gìn giữ hòa bình, bệnh viện dã chiến, Bộ Quốc phòng (Italy's)
  // ── Unrelated news ──
  'unrel-en-sports-football.txt': [], // ASEAN Championship, coach Kim Sang-sik, Hanoi
  'unrel-en-weather-typhoon.txt': [], // Hanoi, UNDP storm relief
  'unrel-en-tech-vietnam.txt': [], // cost per view (CPV), drought
  // A travel piece: "Hanoi" is no topic, a Mekong boat trip is not the Mekong water-security topic, and
  // "Nguyen Trai street" is not the 15th-century strategist. Nothing should be marked.
  'unrel-en-hanoi-mekong-travel.txt': [],
  'unrel-en-home-renovation.txt': [], // "renovation" (not Đổi Mới), tiles from Vietnam
  'unrel-vi-doi-song-doi-moi-hoa-giai.txt': [], // everyday "đổi mới", family "hòa giải", "đôi môi" (lips), "mở cửa sổ"
  'unrel-vi-toa-an-hoa-giai.txt': [], // court mediation (hòa giải viên), "đổi mới phương thức", Thạch Thất
  'unrel-fr-canicule-niveau-2.txt': [], // French heat wave: "niveau 2", "niveau deux", "niveau d'alerte II", "conseil de sécurité civile"
};

describe('the page test set', () => {
  it('every text in tests/fixtures/texts has an expectation, and every expected topic exists', () => {
    const files = readdirSync(TEXTS_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const ids = new Set(corpus.topics.map((t) => t.id));
    for (const topics of Object.values(EXPECTED)) for (const t of topics) expect(ids, t).toContain(t);
  });

  it('texts are article-sized (100–400 words)', () => {
    for (const file of Object.keys(EXPECTED)) {
      const words = read(file).split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThanOrEqual(100);
      expect(words, file).toBeLessThanOrEqual(400);
    }
  });
});

describe('detection on realistic pages: exactly the expected topics', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const text = read(file);
    expect(topicsIn(text)).toEqual([...expected].sort());
    // With the headline as the page title (context from the title counts everywhere on the page),
    // nothing changes: the title adds no wrong card.
    expect(topicsIn(text, text.split('\n')[0])).toEqual([...expected].sort());
  });

  it('every mention on a positive page points at its own surface text', () => {
    for (const file of Object.keys(EXPECTED).filter((f) => f.startsWith('pos-'))) {
      const text = read(file);
      for (const m of detectMentions(lexicon, text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('Vietnamese pages are matched in their own spelling (full diacritics)', () => {
    const surfaces = (file: string) => detectMentions(lexicon, read(file)).map((m) => [m.surface, m.topic]);
    expect(surfaces('pos-vi-benh-vien-da-chien.txt')).toEqual(expect.arrayContaining([
      ['Bệnh viện dã chiến cấp 2', 'level-2-field-hospital'],
      ['Cục Gìn giữ hòa bình Việt Nam', 'vietnam-dpko'],
      ['Lực lượng gìn giữ hòa bình Việt Nam', 'vietnam-peacekeeping'],
    ]));
    expect(surfaces('pos-vi-nghi-quyet-130.txt')).toEqual(expect.arrayContaining([
      ['Nghị quyết số 130/2020/QH14', 'resolution-130-2020-qh14'],
      ['Thượng tướng Nguyễn Chí Vịnh', 'nguyen-chi-vinh'],
      ['Ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021', 'un-security-council-seat-2020-2021'],
    ]));
    expect(surfaces('pos-vi-ngoai-giao-da-phuong.txt')).toEqual(expect.arrayContaining([
      ['Chỉ thị số 25-CT/TW', 'directive-25'],
      ['vai trò trung gian hòa giải của Việt Nam', 'vietnam-mediation-diplomacy'],
      ['công cuộc đổi mới', 'doi-moi'],
    ]));
  });
});

describe('the confusers the issue requires', () => {
  it('a paragraph about US Presidential Decision Directive 25 (1994) yields no directive-25 mention', () => {
    const pdd = 'In May 1994 President Clinton signed Presidential Decision Directive 25 (PDD-25), which set strict '
      + 'conditions on American support for UN peace operations after Somalia. Directive 25 required a clear exit strategy.';
    expect(topicsIn(pdd)).not.toContain('directive-25');
    // Even when the paragraph also mentions Vietnam (the war that shaped the debate).
    const withVietnam = 'Drawing on the lessons of Somalia and, for an older generation, of Vietnam, the White House issued '
      + 'Presidential Decision Directive 25 in 1994. Directive 25 set conditions for US support of UN missions.';
    expect(topicsIn(withVietnam)).not.toContain('directive-25');
    expect(topicsIn(read('conf-us-pdd25.txt'))).not.toContain('directive-25');
  });

  it('a paragraph about the UN’s DPKO yields no vietnam-dpko mention', () => {
    const dpko = 'The United Nations Department of Peacekeeping Operations (DPKO) in New York asked member states for '
      + 'more helicopters. Under-Secretary-General Jean-Pierre Lacroix said DPKO could not deploy without them.';
    expect(topicsIn(dpko)).not.toContain('vietnam-dpko');
    expect(topicsIn(dpko)).toEqual([]); // and no card at all: the UN department in general is not this corpus's subject
    // A Vietnam mention in the paragraph does not turn the UN's DPKO into Vietnam's.
    const withVietnam = 'DPKO officials in New York thanked troop contributors such as Bangladesh, Ethiopia and Vietnam, '
      + 'and said the department needed more engineers.';
    expect(topicsIn(withVietnam)).not.toContain('vietnam-dpko');
    expect(topicsIn(read('conf-un-dpko-new-york.txt'))).not.toContain('vietnam-dpko');
  });

  it('a British or Chinese level-two hospital yields no Vietnamese field hospital mention', () => {
    const hospitals = ['level-2-field-hospital', 'level-2-field-hospital-1', 'level-2-field-hospital-2', 'level-2-field-hospital-3'];
    const texts = [
      'The British Army’s level-2 field hospital in Bentiu, South Sudan, treated hundreds of peacekeepers in 2017.',
      'A Chinese level two hospital in Juba treated 300 patients last month, the UN mission said.',
      // Even with a Vietnamese team in the same paragraph.
      'The British level-2 field hospital in Bentiu will be replaced next year by a team from Vietnam, officials said.',
      'Bệnh viện dã chiến cấp 2 của Trung Quốc tại Nam Sudan đã tiếp nhận 300 bệnh nhân.',
      read('conf-uk-china-hospitals.txt'),
      read('conf-chinese-mali-hospital.txt'),
    ];
    for (const text of texts) for (const h of hospitals) expect(topicsIn(text), text.slice(0, 60)).not.toContain(h);
  });
});

describe('one-line confusers: words of the corpus in other senses', () => {
  const NONE: [string, string][] = [
    ['Hanoi street names and a Vietnamese name containing "Kim"', 'Phố Kim Mã, quận Ba Đình, Hà Nội bị ngập; Chủ tịch Quốc hội Nguyễn Thị Kim Ngân từng đến thăm.'],
    ['Kim Jong Un with no Vietnam in sight', 'Kim Jong Un oversaw a missile test on Tuesday, state media said.'],
    ['Trump in a trade story about Vietnam', 'President Trump said he would impose a 46% tariff on imports from Vietnam, and Hanoi said it would negotiate.'],
    ['a COVID-19 field hospital in Vietnam', 'Bệnh viện dã chiến số 3 ở TP.HCM đã điều trị hơn 2.000 bệnh nhân COVID-19, Việt Nam.'],
    ['"điều hòa giải nhiệt" (air conditioning) contains "hòa giải"', 'Mùa hè nóng bức, máy điều hòa giải nhiệt giúp gia đình Việt Nam dễ chịu hơn.'],
    ['"đôi môi" (lips) folds like "đổi mới"', 'Chăm sóc đôi môi mềm mại mỗi ngày, bí quyết của phụ nữ Việt Nam.'],
    ['everyday "đổi mới" in business', 'Ngân hàng cần đổi mới mô hình kinh doanh để cạnh tranh trong nền kinh tế số.'],
    ['court "hòa giải"', 'Hai vợ chồng đã được hòa giải thành tại Tòa án nhân dân quận Cầu Giấy.'],
    ['the singer Hoàng Oanh', 'Ca sĩ Hoàng Oanh trở lại sân khấu Hà Nội với đêm nhạc bolero.'],
    ['the politician Phan Xuân Dũng', 'Ông Phan Xuân Dũng, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội, phát biểu.'],
    ['Nguyen Trai Street', 'Our hotel is on Nguyen Trai Street in Hanoi, ten minutes from the Old Quarter.'],
    ['a school named after Nguyễn Trãi', 'Trường THPT Nguyễn Trãi ở Hà Nội khai giảng năm học mới.'],
    ['the ASEAN football cup', 'Vietnam beat Thailand 3-2 in the ASEAN Cup final in Hanoi.'],
    ['a provincial Directive No. 25', 'Ủy ban Nhân dân tỉnh ban hành Chỉ thị số 25/CT-UBND về phòng chống thiên tai.'],
    ['the Prime Minister’s Directive 25', 'Thủ tướng ký Chỉ thị 25/CT-TTg về đẩy mạnh giải ngân vốn đầu tư công.'],
    ['"nhiệm vụ gìn giữ hòa bình" of another country', 'Trong nhiệm vụ gìn giữ hòa bình Liên Hợp Quốc tại Liban, binh sĩ Indonesia đã bị thương.'],
    ['a Mekong cruise', 'The Mekong Delta is famous for its floating markets and fruit orchards; a Mekong cruise is a highlight.'],
    ['the South China Sea seen from Manila', 'The Philippines protested Chinese coast guard actions in the South China Sea near Second Thomas Shoal.'],
    ['another country’s 2020–2021 Council seat', 'Estonia was elected a non-permanent member of the UN Security Council for 2020-2021.'],
    ['the 1991 Paris Peace Accords on Cambodia', 'The Paris Peace Accords of 1991 ended the Cambodian conflict and created UNTAC.'],
    ['CPV in advertising', 'Samsung’s Vietnam unit said the cost per view (CPV) of YouTube ads had fallen.'],
    ['VPA in the EU timber agreement', 'The EU and Vietnam signed a Voluntary Partnership Agreement (VPA) on timber under FLEGT.'],
    ['Sweden mediating elsewhere', 'Sweden’s mediation in Yemen produced the Stockholm Agreement in 2018.'],
  ];
  it.each(NONE)('%s: nothing marked', (_what, text) => {
    expect(topicsIn(text)).toEqual([]);
  });

  const SOME: [string, string, string[]][] = [
    ['Đổi Mới as policy, in Vietnamese', 'Sau gần 40 năm đổi mới, kinh tế Việt Nam đã chuyển sang kinh tế thị trường định hướng xã hội chủ nghĩa.', ['doi-moi']],
    ['Doi Moi in English', 'Since Doi Moi in 1986, Vietnam’s economy has grown about 6% a year.', ['doi-moi']],
    ['hòa giải as diplomacy', 'Việt Nam sẵn sàng đóng vai trò hòa giải trong các tranh chấp khu vực, theo tinh thần Chỉ thị 25 về đối ngoại đa phương.', ['directive-25', 'vietnam-mediation-diplomacy']],
    ['the Mekong as a water-security issue', 'Chinese dams upstream on the Mekong worsened the drought and saltwater intrusion in Vietnam’s delta.', ['mekong']],
    ['the South China Sea seen from Hanoi', 'Vietnam protested Chinese survey ships in the South China Sea near the Spratly Islands.', ['south-china-sea']],
    ['South Sudan where Vietnamese peacekeepers serve', 'Vietnamese peacekeepers in South Sudan marked the anniversary.', ['unmiss', 'vietnam-peacekeeping']],
    ['a Vietnamese field hospital heading to South Sudan', 'Việt Nam cử Bệnh viện dã chiến cấp 2 số 6 sang Nam Sudan làm nhiệm vụ gìn giữ hòa bình Liên Hợp Quốc.', ['level-2-field-hospital', 'un-peacekeeping', 'unmiss']],
  ];
  it.each(SOME)('%s', (_what, text, expected) => {
    expect(topicsIn(text)).toEqual([...expected].sort());
  });

  // Hard punctuation and paragraph breaks end a match: the alias "Viet Nam DPKO" is not found
  // across "Viet Nam; DPKO" or across a blank line.
  it('never matches an alias across a clause, sentence or paragraph break', () => {
    for (const text of [
      'Troop contributors included Bangladesh, Ethiopia and Viet Nam; DPKO said more helicopters were needed.',
      'The UN thanked Viet Nam.\n\nDPKO said the rotation was complete.',
    ]) {
      for (const m of detectMentions(lexicon, text)) expect(m.surface).not.toMatch(/[;.]|\n/);
    }
  });
});

describe('each source document, scanned, yields the main topics it is about', () => {
  const MAIN: Record<string, string[]> = {
    'iseas-2022-46': [
      'vietnam-peacekeeping', 'un-peacekeeping', 'vietnam-dpko', 'women-in-peacekeeping', 'level-2-field-hospital', 'unmiss',
      'resolution-130-2020-qh14', 'doi-moi', 'asean', 'vietnam-peacekeeping-mous', 'peace-messengers', 'cpv-13th-congress',
      'vietnam-peoples-army', 'ministry-of-foreign-affairs-vietnam', 'le-hoai-trung', 'phan-xuan-dung', 'nguyen-cao-viet-hung',
    ],
    'iseas-2021-6': [
      'vietnam-mediation-diplomacy', 'directive-25', 'dprk-usa-hanoi-summit-2019', 'dprk-rice-aid', 'vietnam-peacekeeping',
      'vietnam-foreign-policy', 'vietnam-dprk-relations', 'vietnam-diplomatic-network', 'geneva-accords-1954',
      'unsc-presidency-january-2020', 'asean-chairmanship-2020', 'un-security-council-seat-2020-2021', 'tran-nhan-tong',
      'korean-peninsula-tensions', 'national-reconciliation-vietnam', 'hoang-oanh',
    ],
    'un-vietnam-2018-11-23': [
      'conference-2018', 'kamal-malhotra', 'discussion-paper-2019-2025', 'nguyen-chi-vinh', 'vietnam-dpko', 'undp',
      'level-2-field-hospital-1', 'do-thi-hang-nga', 'unmiss', 'unsc-resolution-1325',
    ],
    'news-2018-11-26': [
      'conference-2018', 'kamal-malhotra', 'discussion-paper-2019-2025', 'nguyen-chi-vinh', 'vietnam-dpko', 'undp',
      'level-2-field-hospital-1', 'do-thi-hang-nga', 'unmiss',
    ],
  };

  it('covers every source', () => {
    expect(corpus.sources.map((s) => s.id).sort()).toEqual(Object.keys(MAIN).sort());
  });

  it.each(Object.entries(MAIN))('%s', (id, main) => {
    const source = corpus.sources.find((s) => s.id === id)!;
    const text = source.passages.map((p) => p.text).join('\n\n');
    const found = topicsIn(text, source.title);
    expect(found).toEqual(expect.arrayContaining(main));
    // Each main topic is the subject of a fact this very source states.
    for (const t of main) {
      expect(corpus.facts.some((f) => f.topics.includes(t) && f.excerpts.some((e) => e.source === id)), `${id}: ${t}`).toBe(true);
    }
  });
});
