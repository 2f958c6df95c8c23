/**
 * Places a claim puts an event in ("held in Singapore", "deployed to Mali", "tại Nam Sudan",
 * "au Soudan du Sud"), and whether a fact places it elsewhere. A small gazetteer of the countries
 * and cities the subject touches, in English, Vietnamese and French (folded), each with the place
 * it lies in, so "in Viet Nam" agrees with "in Thach That district, Ha Noi".
 */
import { foldKey } from '../text/fold.js';
import { PhraseTable } from '../text/phrase-table.js';

interface Place { id: string; in?: string; names: string[] }

const PLACES: Place[] = [
  { id: 'vietnam', names: ['vietnam', 'viet nam'] },
  { id: 'hanoi', in: 'vietnam', names: ['hanoi', 'ha noi', 'thu do ha noi'] },
  { id: 'thach-that', in: 'hanoi', names: ['thach that'] },
  { id: 'hcmc', in: 'vietnam', names: ['ho chi minh city', 'ho chi minh', 'saigon', 'tp hcm', 'tphcm', 'thanh pho ho chi minh', 'ho chi minh ville'] },
  { id: 'da-nang', in: 'vietnam', names: ['da nang', 'danang'] },
  { id: 'south-sudan', names: ['south sudan', 'nam sudan', 'nam xu dang', 'soudan du sud', 'sud soudan'] },
  { id: 'juba', in: 'south-sudan', names: ['juba'] },
  { id: 'bentiu', in: 'south-sudan', names: ['bentiu'] },
  { id: 'bor', in: 'south-sudan', names: ['bor'] },
  { id: 'malakal', in: 'south-sudan', names: ['malakal'] },
  { id: 'car', names: ['central african republic', 'cong hoa trung phi', 'trung phi', 'republique centrafricaine', 'centrafrique'] },
  { id: 'bangui', in: 'car', names: ['bangui'] },
  { id: 'abyei', names: ['abyei'] },
  { id: 'sudan', names: ['sudan', 'soudan'] },
  { id: 'mali', names: ['mali'] },
  { id: 'lebanon', names: ['lebanon', 'liban', 'li ban'] },
  { id: 'drc', names: ['democratic republic of the congo', 'dr congo', 'drc', 'congo', 'cong hoa dan chu congo', 'rdc'] },
  { id: 'somalia', names: ['somalia', 'somalie'] },
  { id: 'cyprus', names: ['cyprus', 'chypre', 'sip'] },
  { id: 'haiti', names: ['haiti'] },
  { id: 'western-sahara', names: ['western sahara', 'sahara occidental', 'tay sahara'] },
  { id: 'singapore', names: ['singapore', 'singapour', 'xin ga po', 'xingapo'] },
  { id: 'indonesia', names: ['indonesia', 'indonesie'] },
  { id: 'jakarta', in: 'indonesia', names: ['jakarta', 'gia cac ta'] },
  { id: 'thailand', names: ['thailand', 'thailande', 'thai lan'] },
  { id: 'bangkok', in: 'thailand', names: ['bangkok'] },
  { id: 'malaysia', names: ['malaysia', 'malaisie'] },
  { id: 'kuala-lumpur', in: 'malaysia', names: ['kuala lumpur'] },
  { id: 'philippines', names: ['philippines', 'phi lip pin', 'philippin'] },
  { id: 'manila', in: 'philippines', names: ['manila', 'manille'] },
  { id: 'cambodia', names: ['cambodia', 'cambodge', 'campuchia'] },
  { id: 'phnom-penh', in: 'cambodia', names: ['phnom penh'] },
  { id: 'laos', names: ['laos', 'lao'] },
  { id: 'vientiane', in: 'laos', names: ['vientiane', 'viang chan'] },
  { id: 'myanmar', names: ['myanmar', 'burma', 'birmanie'] },
  { id: 'brunei', names: ['brunei'] },
  { id: 'china', names: ['china', 'chine', 'trung quoc'] },
  { id: 'beijing', in: 'china', names: ['beijing', 'pekin', 'bac kinh'] },
  { id: 'japan', names: ['japan', 'japon', 'nhat ban'] },
  { id: 'tokyo', in: 'japan', names: ['tokyo'] },
  { id: 'south-korea', names: ['south korea', 'republic of korea', 'coree du sud', 'han quoc'] },
  { id: 'seoul', in: 'south-korea', names: ['seoul'] },
  { id: 'dprk', names: ['north korea', 'dprk', 'democratic people s republic of korea', 'coree du nord', 'trieu tien'] },
  { id: 'india', names: ['india', 'inde', 'an do'] },
  { id: 'new-delhi', in: 'india', names: ['new delhi'] },
  { id: 'australia', names: ['australia', 'australie'] },
  { id: 'us', names: ['united states', 'usa', 'etats unis', 'hoa ky'] },
  { id: 'new-york', in: 'us', names: ['new york'] },
  { id: 'washington', in: 'us', names: ['washington'] },
  { id: 'france', names: ['france', 'phap'] },
  { id: 'paris', in: 'france', names: ['paris'] },
  { id: 'uk', names: ['united kingdom', 'britain', 'royaume uni'] },
  { id: 'london', in: 'uk', names: ['london', 'londres', 'luan don'] },
  { id: 'switzerland', names: ['switzerland', 'suisse', 'thuy si'] },
  { id: 'geneva', in: 'switzerland', names: ['geneva', 'geneve', 'gio ne vo'] },
  { id: 'russia', names: ['russia', 'russie', 'nga'] },
  { id: 'moscow', in: 'russia', names: ['moscow', 'moscou', 'mat xco va'] },
];

/** Words before a place that put an event there. */
const LOCATIVE = new Set(['in', 'at', 'to', 'into', 'inside', 'tai', 'o', 'den', 'sang', 'toi', 'a', 'au', 'aux', 'en', 'dans', 'vers']);

/** Nouns a place name may qualify ("the Vietnam peacekeeping force", "the Vietnam People's Army"). */
const ATTRIBUTIVE = new Set(['peacekeeping', 'peacekeepers', 'force', 'forces', 'army', 'people', 'government', 'ministry', 'military', 'delegation',
  'contingent', 'unit', 'team', 'centre', 'center', 'department', 'office', 'embassy', 'side', 'mission', 's']);

const NAMES = new PhraseTable(PLACES.flatMap((p) => p.names.map((name) => [name, p.id] as const)));
const PARENT = new Map(PLACES.filter((p) => p.in).map((p) => [p.id, p.in!]));

export interface NamedPlace {
  id: string;
  /** Whether a locative word ("in", "tại", "au") comes right before it. */
  locative: boolean;
  /** The folded words of its name as written. */
  words: string[];
  /** Whether the gazetteer knows a place it lies in (Bentiu in South Sudan). */
  contained: boolean;
}

/** Each place named in the text. */
export function placesIn(text: string): NamedPlace[] {
  const words = foldKey(text).split(' ');
  const out: NamedPlace[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = NAMES.at(words, i);
    if (!hit) continue;
    // "the Central African Republic", "la République centrafricaine": an article may stand between.
    const before = ['the', 'la', 'le', 'l'].includes(words[i - 1] ?? '') ? words[i - 2] : words[i - 1];
    // "in the Vietnam peacekeeping force", "at the Hanoi office": the place names what follows, it places nothing.
    const after = words[i + hit.words.length] ?? '';
    out.push({ id: hit.value, locative: LOCATIVE.has(before ?? '') && !ATTRIBUTIVE.has(after), words: [...hit.words], contained: PARENT.has(hit.value) });
    i += hit.words.length - 1;
  }
  return out;
}

/** Whether `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  for (let p: string | undefined = inner; p; p = PARENT.get(p)) if (p === outer) return true;
  return false;
}

/**
 * The claim's places (in a locative slot) that a fact placing its event somewhere contradicts:
 * those that neither contain nor lie in any place the fact names. Empty when the fact names no
 * place, or every claim place agrees.
 */
export function conflictingPlaces(claimPlaces: readonly string[], factPlaces: readonly string[]): string[] {
  if (factPlaces.length === 0) return [];
  return claimPlaces.filter((c) => !factPlaces.some((f) => within(f, c) || within(c, f)));
}
