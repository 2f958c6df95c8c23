/**
 * Who a claim is about: Vietnam (the corpus's subject), another country ("760 soldats ...
 * marocains ont rejoint la Minusca", "Japan began sending a civil engineering unit to South
 * Sudan"), or neither.
 */
import { namesVietnamesePerson } from './vietnamese-names.js';
import { foldKey } from '../text/fold.js';
import { PhraseTable } from '../text/phrase-table.js';

/**
 * Other countries and their people, in the three languages (folded). Words that are also common
 * words once folded ("us", "my" = Mỹ, "anh" = Anh, "nga" = Nga, also a given name) are left out:
 * their longer forms ("united states", "hoa ky", "american") stand for them.
 */
const FOREIGN = `
china, chinese, chine, chinois, chinoise, trung quoc, japan, japanese, japon, japonais, japonaise, nhat ban, india, indian, indians,
inde, indien, indiens, indienne, an do, bangladesh, bangladeshi, bangladais, pakistan, pakistani, pakistanais, nepal, nepalese,
nepalais, rwanda, rwandan, rwandais, ethiopia, ethiopian, ethiopie, ethiopien, ghana, ghanaian, ghaneen, senegal, senegalese,
senegalais, senegalaise, morocco, moroccan, maroc, marocain, marocains, marocaine, indonesia, indonesian, indonesie, indonesien,
korea, korean, coree, coreen, han quoc, thailand, thai, thailande, thailandais, thai lan, cambodia, cambodian, cambodge,
cambodgien, campuchia, laos, laotian, laotien, malaysia, malaysian, malaisie, malaisien, philippines, filipino, philippin,
philippins, united states, american, americans, americain, americains, hoa ky, etats unis, france, french, francais, britain,
british, united kingdom, britannique, russia, russian, russie, russe, egypt, egyptian, egypte, egyptien, kenya, kenyan, tanzania,
tanzanian, tanzanien, uruguay, uruguayan, burkina faso, burkinabe, chad, chadian, tchad, tchadien, togo, togolese, togolais,
niger, nigerien, nigeria, nigerian, mongolia, mongolian, mongolie, mongol, fiji, fijian, fidji, brazil, brazilian, bresil,
bresilien, germany, german, allemagne, allemand, ireland, irish, irlande, irlandais, italy, italian, italie, italien,
kuwait, kuwaiti, koweit, koweitien, co oet, norway, norwegian, norvege, norvegien, na uy, sweden, swedish, suede, suedois,
canada, canadian, canadien, ca na da, netherlands, dutch, pays bas, neerlandais, ha lan, spain, spanish, espagne, espagnol,
tay ban nha, portugal, portuguese, portugais, bo dao nha, iran, iranian, iranien, i ran, iraq, iraqi, irak, irakien, i rac,
saudi arabia, saudi, arabie saoudite, saoudien, a rap xe ut, ukraine, ukrainian, ukrainien, u crai na, ucraina, poland,
pologne, polonais, argentina, argentinian, argentine, argentin, mexico, mexican, mexique, mexicain, mehico, qatar, qatari,
switzerland, swiss, suisse, thuy si, austria, austrian, autriche, autrichien, belgium, belgian, belgique, belge, denmark,
danish, danemark, danois, dan mach, finland, finnish, finlande, finlandais, greece, greek, grece, grec, hy lap, australia,
australian, australie, australien, new zealand, nouvelle zelande, sri lanka, sri lankan, cameroon, cameroonian, cameroun,
camerounais, benin, beninese, beninois, guinea, guinean, guinee, guineen, sierra leone, liberia, liberian, zambia, zambian,
zambie, zimbabwe, uganda, ugandan, ouganda, ougandais, burundi, burundian, burundais, tunisia, tunisian, tunisie, tunisien,
algeria, algerian, algerie, algerien, south africa, south african, afrique du sud, sud africain, nam phi, kazakhstan, peru,
peruvian, perou, peruvien, colombia, colombian, colombie, colombien, israel, israeli, israelien, tho nhi ky,
afghanistan, albania, andorra, angola, antigua and barbuda, armenia, azerbaijan, bahamas, bahrain, barbados, belarus, belize,
bhutan, bolivia, bosnia and herzegovina, botswana, brunei, bulgaria, cabo verde, cape verde, comoros, costa rica, cote d ivoire,
croatia, cyprus, czech republic, czechia, djibouti, dominican republic, ecuador, el salvador, equatorial guinea, eritrea,
estonia, estonie, eswatini, gabon, gambia, guatemala, guinea bissau, guyana, haiti, honduras, hungary, hongrie, iceland,
islande, jamaica, jamaique, kiribati, kyrgyzstan, latvia, lettonie, lebanon, liban, libanais, lesotho, libya, libye,
liechtenstein, lithuania, lituanie, luxembourg, madagascar, malawi, maldives, marshall islands, mauritania, mauritanie,
mauritius, maurice, micronesia, moldova, moldavie, montenegro, mozambique, namibia, namibie, nauru, nicaragua, north macedonia,
palestine, panama, papua new guinea, paraguay, romania, roumanie, saint kitts and nevis, saint lucia,
saint vincent and the grenadines, san marino, sao tome and principe, serbia, serbie, seychelles, slovakia, slovaquie,
slovenia, slovenie, solomon islands, somalia, somalie, suriname, syria, syrie, tajikistan, timor leste, trinidad and tobago,
trinite et tobago, turkmenistan, tuvalu, united arab emirates, emirats arabes unis, uzbekistan, vanuatu, venezuela, yemen,
tonga, palau, samoa, grenada, dominica, monaco, malta, oman, chile, cuba, myanmar, burma, burmese, birmanie, birman, mien dien,
european union, union europeenne, lien minh chau au, mong co, ai cap, ma roc, vuong quoc anh, lien bang nga, thuy dien, tay ban nha,
ai len, canada, nuoc phap, nuoc nga, nuoc duc, nuoc uc, nuoc my`;
const SUBJECT = 'vietnam, viet nam, vietnamese, vietnamien, vietnamienne, vietnamiens, vietnamiennes, hanoi, ha noi, southeast asian nation, southeast asian country';

const ACTORS = new PhraseTable<'foreign' | 'subject'>([
  ...FOREIGN.split(',').map((p) => [p.trim(), 'foreign'] as const),
  ...SUBJECT.split(',').map((p) => [p.trim(), 'subject'] as const),
]);

/**
 * Words handing something over: the country after them is the predecessor ("took over the
 * chairmanship of ASEAN from Thailand", "will replace Kuwait", "tiếp nhận … từ Thủ tướng Thái
 * Lan"), not who the claim is about.
 */
const HANDOVER = new PhraseTable<true>([
  'take over', 'takes over', 'took over', 'taken over', 'taking over', 'replace', 'replaces', 'replaced', 'replacing',
  'succeed', 'succeeds', 'succeeded', 'succeeding', 'handed over', 'hand over', 'tiep nhan', 'nhan ban giao', 'thay the',
  'reprend', 'repris', 'succede', 'remplace', 'remplacer',
].map((p) => [p, true] as const));
/** How many words before a country a handover word may stand. */
const HANDOVER_REACH = 12;

export interface Actors {
  /** Names Vietnam (the corpus's subject). */
  subject: boolean;
  /** Names another country or nationality. */
  foreign: boolean;
  /** The folded words naming them. */
  foreignWords: string[];
  /** Countries named as the predecessor in a handover (folded words): neither actor nor subject. */
  predecessorWords: string[];
  /** Countries named beside Vietnam as its partners ("co-chaired by Vietnam and Japan"): a fact need not name them. */
  partnerWords: string[];
}

/** Words that join Vietnam and a partner: "Vietnam and Japan", "Việt Nam và Nhật Bản", "le Vietnam et le Japon". */
const JOINING = new Set(['and', 'va', 'et', 'le', 'la', 'l', 'the', 'cung', 'voi', 'with', 'avec']);
/** How many joining words may stand between Vietnam and a partner. */
const PARTNER_REACH = 3;
/** Words before a country that is only passed through. */
const TRANSIT = new Set(['through', 'via', 'across', 'qua', 'transitant']);
/** "qua" after a span of time ends it ("trong 10 năm qua, Campuchia …": over the past ten years), it passes through nothing. */
const TIME_SPANS = new Set(['nam', 'thang', 'tuan', 'ngay', 'gian', 'ky']);
const passedThrough = (words: readonly string[], i: number): boolean =>
  TRANSIT.has(words[i - 1] ?? '') && !(words[i - 1] === 'qua' && TIME_SPANS.has(words[i - 2] ?? ''));
/** … or whose border is crossed ("the Chinese border"). */
const BORDER = new Set(['border', 'frontier', 'frontiere']);
/**
 * A country that lends a hand is no actor: "aboard a C-17 provided by Australia", "an
 * Australian-funded flight", "with the support of Japan", "do Úc tài trợ", "affrété par la France".
 */
const PROVIDED_BY = new Set(['provided', 'funded', 'supported', 'sponsored', 'financed', 'donated', 'chartered', 'supplied', 'lent', 'aided', 'assisted', 'helped', 'backed',
  'fourni', 'fournie', 'fournis', 'fournies', 'finance', 'financee', 'finances', 'offert', 'offerte', 'affrete', 'soutenu', 'soutenue']);
const PROVIDING = new Set(['funded', 'provided', 'supplied', 'sponsored', 'donated', 'chartered', 'financed']);
const PROVIDING_VI = new Set(['cung cap', 'tai tro', 'ho tro', 'vien tro']);
const SUPPORT_OF = new Set(['support of', 'soutien de', 'soutien du', 'appui de', 'ho tro cua', 'help of', 'assistance of']);
const SUPPORT = new Set(['assistance', 'support', 'help', 'aid', 'funding']);
const ARTICLES = new Set(['the', 'le', 'la', 'l', 'les', 'du', 'des', 'cua']);
/** A people's adjective: "Australian", "Japanese", "British", "French". */
const NATIONALITY = /(?:an|ese|ish|ch)$/;

/** Whether the country at words [i, end) is named as lending a hand. */
function provides(words: readonly string[], i: number, end: number): boolean {
  let k = i - 1;
  while (k >= 0 && ARTICLES.has(words[k]!) && i - k <= 2) k--;
  if ((words[k] === 'by' || words[k] === 'par') && PROVIDED_BY.has(words[k - 1] ?? '')) return true;
  if (SUPPORT_OF.has(`${words[k - 1]} ${words[k]}`) || SUPPORT_OF.has(`${words[k - 2]} ${words[k - 1]} ${words[k]}`)) return true;
  // "Australia's assistance in transporting personnel", "with Japan's support".
  if (words[end] === 's' && SUPPORT.has(words[end + 1] ?? '')) return true;
  // "do Úc tài trợ" (by Australia, funded); "an Australian-funded flight" (not "Australia provided 300 soldiers").
  if (words[i - 1] === 'do' && PROVIDING_VI.has(`${words[end]} ${words[end + 1]}`)) return true;
  return NATIONALITY.test(words[end - 1] ?? '') && PROVIDING.has(words[end] ?? '');
}

/** "with" before a list of the countries Vietnam deals with, and how far back it may stand. */
const WITH = new Set(['with', 'voi', 'avec']);
const LIST_REACH = 8;

export function actorsIn(text: string): Actors {
  const words = foldKey(text).split(' ');
  const actors: Actors = { subject: false, foreign: false, foreignWords: [], predecessorWords: [], partnerWords: [] };
  const subjectAt: [number, number][] = [];
  const foreignAt: { from: number; to: number; words: readonly string[] }[] = [];
  const handoverBefore = (i: number): boolean => {
    for (let k = Math.max(0, i - HANDOVER_REACH); k < i; k++) if (HANDOVER.at(words, k)) return true;
    return false;
  };
  // Plurals of nationalities: "Sénégalaises" → "senegalais", "sud-coréens", "Rwandans" → "…n".
  const withoutEs = words.map((w) => w.replace(/es$/, ''));
  const withoutS = words.map((w) => w.replace(/s$/, ''));
  // … and feminines: "thaïlandaise" → "thailandais", "nigériane" → "nigerian".
  const withoutE = words.map((w) => w.replace(/e$/, ''));
  for (let i = 0; i < words.length; i++) {
    const hit = ACTORS.at(words, i) ?? ACTORS.at(withoutEs, i) ?? ACTORS.at(withoutS, i) ?? ACTORS.at(withoutE, i);
    if (!hit) continue;
    // "from Pyongyang through China", "crossing the Chinese border": a country passed through is no actor.
    if (hit.value === 'foreign' && (passedThrough(words, i) || BORDER.has(words[i + hit.words.length] ?? ''))) { i += hit.words.length - 1; continue; }
    if (hit.value === 'foreign' && provides(words, i, i + hit.words.length)) { actors.partnerWords.push(...hit.words); i += hit.words.length - 1; continue; }
    if (hit.value === 'subject') { actors.subject = true; subjectAt.push([i, i + hit.words.length]); }
    else if (handoverBefore(i)) actors.predecessorWords.push(...hit.words);
    else foreignAt.push({ from: i, to: i + hit.words.length, words: hit.words });
    i += hit.words.length - 1;
  }
  const joined = (a: number, b: number): boolean => b - a <= PARTNER_REACH && words.slice(a, b).every((w) => JOINING.has(w));
  // "Vietnam established diplomatic relations with the Bahamas, Trinidad and Tobago, and Tonga": those it deals with.
  const dealtWith = (at: number): boolean => subjectAt.length > 0 && subjectAt[0]![0] < at && words.slice(Math.max(0, at - LIST_REACH), at).some((w) => WITH.has(w));
  for (const f of foreignAt) {
    const partner = subjectAt.some(([from, to]) => joined(to, f.from) || joined(f.to, from)) || dealtWith(f.from);
    (partner ? actors.partnerWords : actors.foreignWords).push(...f.words);
  }
  actors.foreign = actors.foreignWords.length > 0;
  // "Major Nguyen Thi Minh Phuong … at UNMISS": a Vietnamese officer named is Vietnam acting.
  actors.subject ||= namesVietnamesePerson(text);
  return actors;
}

/** An opening bracket just before a date: "Myanmar (năm 1997)", "Geneva (1954)". */
const BRACKET_BEFORE = /\(\s*(?:năm|en|in)?\s*$/iu;

/**
 * Whether a date at `at` stands in brackets after another country: "Lào, Myanmar (năm 1997)" dates
 * Myanmar's joining, not Vietnam's.
 */
export function datesAnotherCountry(text: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  const open = BRACKET_BEFORE.exec(text.slice(from, at));
  if (!open) return false;
  const words = foldKey(text.slice(Math.max(0, from + open.index - 40), from + open.index)).split(' ').filter(Boolean);
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const hit = ACTORS.at(words, words.length - n);
    if (hit && hit.words.length === n) return hit.value === 'foreign';
  }
  return false;
}
