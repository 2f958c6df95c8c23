/**
 * Counted nouns: one normal form for the claim's "29 turns of officers" and the fact's
 * `unit: officers`, and a conservative notion of "the same kind of thing".
 *
 * Normal form: lowercase English, singular, words separated by single spaces; the head noun last,
 * preceded by the modifiers that change what is counted ("female officer", "medical staff");
 * modifiers that do not ("military", "Vietnamese", "UN", "level-2", "more") are dropped;
 * collectives are looked through ("turns of officers" → "officer"); Vietnamese nouns are
 * translated ("sĩ quan" → "officer"). Percentages are `percent`, money a currency code (`usd`).
 */
import { foldKey } from '../text/fold.js';
import { wordTable } from '../text/word-table.js';

/** Vietnamese (folded) phrases → English words, longest first. */
const VI_PHRASES: [string, string][] = ([
  ['benh vien da chien', 'field hospital'], ['nhan vien y te', 'medical staff'], ['phan tram', 'percent'],
  ['si quan', 'officer'], ['sy quan', 'officer'], ['quan nhan', 'personnel'], ['binh si', 'soldier'], ['binh sy', 'soldier'],
  ['chien si', 'soldier'], ['chien sy', 'soldier'], ['y bac si', 'medical staff'], ['quan y', 'medic'], ['y si', 'medic'],
  ['y ta', 'nurse'], ['dieu duong', 'nurse'], ['can bo', 'staff'], ['nhan vien', 'staff'], ['thanh vien', 'member'],
  ['canh sat', 'police'], ['quan sat vien', 'observer'], ['chuyen gia', 'expert'], ['hoc vien', 'trainee'], ['benh nhan', 'patient'],
  ['doi cong binh', 'engineering unit'], ['don vi', 'unit'],
  ['benh vien', 'hospital'], ['quoc gia', 'country'], ['phai bo', 'mission'], ['hoi nghi', 'conference'],
  ['bac si', 'doctor'], ['cong binh', 'engineer'], ['phu nu', 'woman'], ['do la', 'usd'], ['khuyen nghi', 'recommendation'],
  ['nguoi', 'person'], ['tan', 'tonne'], ['nuoc', 'country'], ['nu', 'female'], ['thang', 'month'], ['tuan', 'week'],
  ['ngay', 'day'], ['doi tac', 'partner'], ['phieu bau', 'vote'], ['phieu', 'vote'], ['cong an', 'police'], ['hinh thuc', 'form'], ['chien luoc', 'strategic'], ['toan dien', 'comprehensive'], ['du khach', 'tourist'], ['khach', 'visitor'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

/** French (folded) phrases whose words would not translate one by one, longest first. */
const FR_PHRASES: [string, string][] = ([
  ['hopital de campagne', 'field hospital'], ['hopitaux de campagne', 'field hospitals'], ['soldat de la paix', 'peacekeeper'],
  ['soldats de la paix', 'peacekeepers'], ['casque bleu', 'blue helmet'], ['casques bleus', 'blue helmets'],
  ['militaires du genie', 'engineers'], ['unite de genie', 'engineering unit'], ['pour cent', 'percent'],
  ['dollars americains', 'usd'], ['personnel medical', 'medical staff'], ['personnels medicaux', 'medical staff'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

/** English phrases with one counted noun: "63 staff members" count staff. */
const EN_PHRASES: [string, string][] = [
  ['staff members', 'staff'], ['staff member', 'staff'], ['member staff', 'staff'], ['service members', 'servicemembers'], ['service member', 'servicemember'],
];

/** French (folded) nouns → English. */
const FR_NOUNS: Record<string, string> = wordTable({
  officier: 'officer', officiers: 'officers', officiere: 'female officer', officieres: 'female officers', soldat: 'soldier',
  soldats: 'soldiers', militaire: 'personnel', militaires: 'personnel', personnels: 'personnel', medecin: 'doctor',
  medecins: 'doctors', infirmier: 'nurse', infirmiers: 'nurses', infirmiere: 'nurse', infirmieres: 'nurses', ingenieur: 'engineer',
  ingenieurs: 'engineers', sapeur: 'sapper', sapeurs: 'sappers', policier: 'police', policiers: 'police', observateur: 'observer',
  observateurs: 'observers', conseiller: 'adviser', conseillers: 'advisers', pays: 'country', personne: 'person',
  personnes: 'people', homme: 'man', hommes: 'men', femme: 'woman', femmes: 'women', membre: 'member', membres: 'members',
  hopital: 'hospital', hopitaux: 'hospitals', tonne: 'tonne', tonnes: 'tonnes', partenariat: 'partnership',
  partenariats: 'partnerships', recommandation: 'recommendation', recommandations: 'recommendations', semaine: 'week',
  semaines: 'weeks', mois: 'month', an: 'year', ans: 'years', annee: 'year', annees: 'years', jour: 'day', jours: 'days',
  cadre: 'staff', cadres: 'staff', employe: 'staff', employes: 'staff', detachement: 'contingent', detachements: 'contingents',
  unite: 'unit', unites: 'units', reunion: 'meeting', reunions: 'meetings', sommet: 'summit', sommets: 'summits', accord: 'agreement',
  accords: 'agreements', vehicule: 'vehicle', vehicules: 'vehicles', deces: 'death', morts: 'deaths', victimes: 'victims',
  refugies: 'refugees', enfants: 'children', eleves: 'students', etudiants: 'students', stagiaires: 'trainees', delegues: 'delegates',
  troupe: 'troop', troupes: 'troops', experts: 'experts', etats: 'states', voix: 'votes', habitants: 'inhabitants', visiteurs: 'visitors', touristes: 'tourists', rotation: 'rotation', rotations: 'rotations', vague: 'wave', vagues: 'waves', groupe: 'group',
  groupes: 'groups', equipe: 'team', equipes: 'teams', euro: 'eur', euros: 'eur', dollar: 'usd', dollars: 'usd',
});

/** French adjectives: they follow the noun, so they are moved before it ("personnels vietnamiens"). */
const FR_ADJECTIVES: Record<string, string> = wordTable({
  vietnamien: 'vietnamese', vietnamiens: 'vietnamese', vietnamienne: 'vietnamese', vietnamiennes: 'vietnamese',
  militaire: 'military', militaires: 'military', medical: 'medical', medicaux: 'medical', medicale: 'medical', medicales: 'medical',
  feminin: 'female', feminins: 'female', feminine: 'female', feminines: 'female', femme: 'female', femmes: 'female',
  supplementaire: 'additional', supplementaires: 'additional', deploye: 'deployed', deployes: 'deployed', deployees: 'deployed',
  onusien: 'un', onusiens: 'un', onusienne: 'un', officiel: 'official', officiels: 'official', officielle: 'official',
  officielles: 'official', strategique: 'strategic', strategiques: 'strategic', integral: 'comprehensive', integraux: 'comprehensive',
  nouveaux: 'new', nouvelles: 'new', autres: 'other',
  // "pays membres" (member countries); "184 membres" alone stays a noun.
  membre: 'member', membres: 'member',
});

const CURRENCIES: Record<string, string> = wordTable({
  usd: 'usd', 'us$': 'usd', $: 'usd', dollar: 'usd', dollars: 'usd', 'us dollar': 'usd', 'us dollars': 'usd', 'do la': 'usd', 'do la my': 'usd',
  vnd: 'vnd', dong: 'vnd', 'viet nam dong': 'vnd', eur: 'eur', euro: 'eur', euros: 'eur', '€': 'eur', gbp: 'gbp', '£': 'gbp', pound: 'gbp', pounds: 'gbp',
  sgd: 'sgd', 's$': 'sgd', aud: 'aud', 'a$': 'aud', jpy: 'jpy', yen: 'jpy', '¥': 'jpy',
});

/** Modifiers that do not change what is counted. */
const INSIGNIFICANT = new Set([
  'military', 'vietnamese', 'viet', 'un', 'united', 'nations', 'total', 'more', 'additional', 'extra', 'new', 'uniformed',
  'armed', 'active', 'serving', 'own', 'its', 'their', 'some', 'other', 'overall', 'all', 'further', 'international',
  'foreign', 'deployed', 'peacekeeping', 'level', 'ii', 'whole', 'luot', 'official', 'reserve', 'liaison',
  // "member countries", "member states": the UN's members are countries.
  'member',
]);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'ii', 'iii']);

const MODIFIER_CANON: Record<string, string> = wordTable({ women: 'female', woman: 'female', womens: 'female', men: 'male', man: 'male' });
/** Modifiers that Vietnamese puts after the noun ("sĩ quan nữ"). */
const TRAILING_MODIFIERS = new Set(['female', 'male', 'strategic', 'comprehensive']);

/** Collective nouns looked through when followed by "of": "29 turns of officers". */
export const COLLECTIVES = new Set(['turn', 'turns', 'rotation', 'rotations', 'batch', 'batches', 'group', 'groups', 'team', 'teams', 'wave', 'waves', 'unit', 'units', 'contingent', 'contingents', 'tour', 'tours', 'luot', 'dot']);

const IRREGULAR: Record<string, string> = wordTable({
  people: 'person', men: 'man', women: 'woman', staff: 'staff', personnel: 'personnel', police: 'police', headquarters: 'headquarters',
  series: 'series', news: 'news', us: 'us', media: 'media', data: 'data', criteria: 'criterion', percent: 'percent', troops: 'troop',
  forces: 'force', analyses: 'analysis', policemen: 'police', policeman: 'police', policewomen: 'police', policewoman: 'police',
});

export function singular(word: string): string {
  const irr = IRREGULAR[word];
  if (irr) return irr;
  if (word.length <= 3) return word;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Two-word heads, written with a space in the normal form. */
const COMPOUND_HEADS = new Set(['field hospital', 'blue helmet', 'police unit', 'engineering unit']);

/** Unit families: canonical head → family. Heads not listed are their own family. */
const FAMILY: Record<string, string> = wordTable({
  personnel: 'personnel', troop: 'personnel', soldier: 'personnel', peacekeeper: 'personnel', serviceman: 'personnel',
  servicewoman: 'personnel', servicemember: 'personnel', 'blue helmet': 'personnel', staff: 'personnel',
  officer: 'officer',
  doctor: 'doctor', physician: 'doctor', medic: 'doctor', surgeon: 'doctor',
  engineer: 'engineer', sapper: 'engineer',
  person: 'person', individual: 'person',
  tonne: 'tonne', ton: 'tonne',
  country: 'country', nation: 'country', state: 'country',
  hospital: 'hospital', 'field hospital': 'hospital',
  percent: 'percent',
  partnership: 'partnership', partner: 'partnership',
});
/** Families close enough that an equal figure agrees, but a different one proves nothing. */
const LOOSE: [string, string][] = [
  ['person', 'personnel'], ['person', 'officer'], ['doctor', 'personnel'], ['nurse', 'personnel'], ['nurse', 'doctor'], ['engineer', 'personnel'],
  // A unit's members are its people, of whatever kind: "the 184-member unit" may be its 184 sappers.
  ['member', 'personnel'], ['member', 'engineer'], ['member', 'officer'], ['member', 'doctor'], ['member', 'nurse'], ['member', 'person'],
];

/** Heads known to the unit lexicon (used to decide where a counted noun phrase ends). */
export const KNOWN_HEADS = new Set([
  ...Object.keys(FAMILY), 'mission', 'conference', 'recommendation', 'partnership', 'member', 'relation', 'unit', 'contingent',
  'year', 'month', 'week', 'day', 'woman', 'man', 'force', 'rank', 'driver', 'consideration', 'initiative', 'congress',
  'memorandum', 'agreement', 'programme', 'program', 'session', 'meeting', 'summit', 'visit', 'deployment', 'rotation',
  'challenge', 'priority', 'area', 'state', 'organisation', 'organization', 'agency', 'body', 'ministry', 'department',
  'police', 'advisor', 'adviser', 'observer', 'expert', 'student', 'delegate', 'representative', 'leader', 'minister',
  'tonne', 'ton', 'kilogram', 'kilometre', 'kilometer', 'hectare', 'vehicle', 'helicopter', 'equipment', 'facility', 'centre',
  'center', 'course', 'training', 'trainee', 'case', 'death', 'casualty', 'fatality', 'victim', 'refugee', 'child', 'girl',
  'nurse', 'patient', 'team', 'group', 'wave', 'battalion', 'company', 'platoon',
  'vote', 'inhabitant', 'visitor', 'tourist', 'occasion', 'worker', 'resident', 'citizen', 'household',
]);

/** Replaces whole-word phrases in folded text. */
function replacePhrases(folded: string, table: readonly [string, string][]): string {
  let s = ` ${folded} `;
  for (const [from, to] of table) s = s.split(` ${from} `).join(` ${to} `);
  return s.trim();
}

/** Two-syllable Vietnamese nouns, folded ("cong an"): their second syllable may look like a stop word elsewhere ("an"). */
const VI_PAIRS = new Set(VI_PHRASES.map(([vi]) => vi.split(' ')).filter((w) => w.length >= 2).map((w) => `${w[0]} ${w[1]}`));

/** Whether two words start a Vietnamese noun of the unit lexicon ("công an", "sĩ quan"). */
export function startsVietnameseNoun(a: string, b: string): boolean {
  return VI_PAIRS.has(`${foldKey(a)} ${foldKey(b)}`);
}

/** Translates Vietnamese phrases in folded text. */
const translateVi = (folded: string): string => replacePhrases(folded, VI_PHRASES);

/**
 * Translates French nouns and adjectives in folded text. French puts adjectives after the noun;
 * they are moved before it, where the English normal form keeps its modifiers.
 */
function translateFr(folded: string): string {
  const out: string[] = [];
  let lastNoun = -1;
  for (const w of replacePhrases(folded, FR_PHRASES).split(' ')) {
    const adj = FR_ADJECTIVES[w];
    if (adj !== undefined && lastNoun >= 0) { out.splice(lastNoun, 0, adj); lastNoun++; continue; }
    const noun = FR_NOUNS[w];
    if (noun !== undefined) { lastNoun = out.length + noun.split(' ').length - 1; out.push(noun); continue; }
    // An adjective before any noun stands where English puts it ("trois autres officiers").
    out.push(adj ?? w);
  }
  return out.join(' ');
}

/** The currency code a word or symbol names, if any. */
export function currencyOf(phrase: string): string | undefined {
  const p = phrase.normalize('NFC').toLowerCase().trim();
  return CURRENCIES[p] ?? CURRENCIES[foldKey(p)];
}

/** Splits a normal form into its modifiers and head. */
function parts(norm: string): { mods: string[]; head: string } {
  const w = norm.split(' ').filter(Boolean);
  const two = w.slice(-2).join(' ');
  if (w.length >= 2 && COMPOUND_HEADS.has(two)) return { mods: w.slice(0, -2), head: two };
  return { mods: w.slice(0, -1), head: w[w.length - 1] ?? '' };
}

/** Normal forms already computed: figure extraction asks for the same few phrases again and again. */
const normalCache = new Map<string, string>();
const NORMAL_CACHE_SIZE = 4096;

/** The normal form of a counted noun phrase (see the module comment). */
export function normaliseUnit(phrase: string): string {
  let norm = normalCache.get(phrase);
  if (norm === undefined) {
    if (normalCache.size >= NORMAL_CACHE_SIZE) normalCache.clear();
    norm = computeNormalUnit(phrase);
    normalCache.set(phrase, norm);
  }
  return norm;
}

function computeNormalUnit(phrase: string): string {
  const raw = phrase.normalize('NFC').toLowerCase().trim();
  if (raw === '%' || raw === 'per cent' || raw === 'percent' || raw === 'pct' || raw === 'phần trăm' || raw === 'percentage points') return 'percent';
  const currency = currencyOf(raw);
  if (currency) return currency;
  let words = replacePhrases(translateFr(translateVi(foldKey(raw))), EN_PHRASES).split(' ').filter(Boolean);
  // Look through collectives: "turns of officers" → "officers".
  const of = words.indexOf('of');
  if (of > 0 && COLLECTIVES.has(words[of - 1]!) && of < words.length - 1) words = words.slice(of + 1);
  // "level 2" / "level two" qualify a hospital's grade, not what is counted.
  words = words.filter((w, i) => !(words[i - 1] === 'level' && (/^\d+$/.test(w) || NUMBER_WORDS.has(w))));
  // "military doctors and medical personnel": the counted noun is the whole; keep its first part.
  const and = words.indexOf('and');
  if (and > 0) words = words.slice(0, and);
  if (words.length === 0) return '';
  let headAt = words.length - 1;
  while (headAt > 0 && TRAILING_MODIFIERS.has(words[headAt]!)) headAt--;
  const trailing = words.slice(headAt + 1);
  const head = singular(words[headAt]!);
  const before = words.slice(0, headAt);
  // Two-word heads keep their first word even when it would otherwise be a dropped modifier.
  const compound = before.length > 0 && COMPOUND_HEADS.has(`${before[before.length - 1]} ${head}`);
  const modsRaw = compound ? before.slice(0, -1) : before;
  const mods = [...modsRaw, ...trailing]
    .map((m) => MODIFIER_CANON[m] ?? m)
    .filter((m) => !INSIGNIFICANT.has(m) && !/^\d+$/.test(m));
  const uniqueMods = [...new Set(mods)].sort();
  return [...uniqueMods, compound ? `${before[before.length - 1]} ${head}` : head].join(' ');
}

/** Adjectives that may be coordinated before one noun ("military and police officers"). */
const COORDINATED_ADJECTIVES = new Set(['medical', 'civilian', 'police', 'female', 'male', 'public', 'professional', 'senior', 'junior']);

/** Whether a phrase is only modifiers, no noun: "military" in "800 military and police officers". */
export function isModifierOnly(phrase: string): boolean {
  const words = translateFr(translateVi(foldKey(phrase))).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => INSIGNIFICANT.has(w) || COORDINATED_ADJECTIVES.has(w));
}

export type UnitRelation = 'same' | 'loose' | 'none';

/**
 * How two counted nouns relate: `same` (one family — personnel ~ troops ~ peacekeepers ~ soldiers;
 * officer ~ officers; tonne ~ ton; percent ~ % — and the same significant modifiers), `loose`
 * (one family but different modifiers, e.g. "officer" vs "female officer", or person ~ personnel),
 * `none`. Conservative: a wrong "differs" is worse than "not stated", so only `same` may differ.
 */
export function unitRelation(a: string, b: string): UnitRelation {
  const x = parts(normaliseUnit(a));
  const y = parts(normaliseUnit(b));
  if (!x.head || !y.head) return 'none';
  const fx = FAMILY[x.head] ?? x.head;
  const fy = FAMILY[y.head] ?? y.head;
  if (fx !== fy) return LOOSE.some(([p, q]) => (p === fx && q === fy) || (p === fy && q === fx)) ? 'loose' : 'none';
  // Partnership tiers exclude each other: 13 comprehensive partnerships are no 13 comprehensive strategic ones.
  const tier = (mods: readonly string[]): string => mods.filter((m) => TIERS.has(m)).join(' ');
  if (tier(x.mods) && tier(y.mods) && tier(x.mods) !== tier(y.mods)) return 'none';
  return x.mods.join(' ') === y.mods.join(' ') ? 'same' : 'loose';
}

const TIERS = new Set(['strategic', 'comprehensive']);

/** True when `a` and `b` count the same kind of thing (see `unitRelation`). */
export function sameUnitFamily(a: string, b: string): boolean {
  return unitRelation(a, b) === 'same';
}

/** Families that count people (for "officers and soldiers" → personnel, and for context figures). */
const PEOPLE_FAMILIES = new Set([
  'personnel', 'officer', 'doctor', 'engineer', 'person', 'police', 'woman', 'man', 'observer', 'advisor', 'adviser', 'nurse', 'member',
  'expert', 'trainee', 'delegate',
]);

/** Whether a counted noun (any form) counts people. */
export function isPeopleUnit(unit: string | undefined): boolean {
  if (!unit) return false;
  const { head } = parts(normaliseUnit(unit));
  return PEOPLE_FAMILIES.has(FAMILY[head] ?? head);
}
