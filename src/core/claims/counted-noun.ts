/**
 * The counted noun after a number ("29 turns of officers", "126 officiers et personnels",
 * "63 cán bộ, nhân viên", "two rotations of the level-2 field hospital"), normalised by `units.ts`;
 * and the noun a bare number takes from its clause ("the number of officers ... to 19").
 */
import { AND_WORDS, NUMBER_OF, UNIT_STOPS } from './figure-words.js';
import { EN_NUMBER_START, startsNumber } from './numerals.js';
import { type Token, isApostrophe, isDash, sym, word, wordsAt } from './tokens.js';
import {
  COLLECTIVES, KNOWN_HEADS, isModifierOnly, isPeopleUnit, normaliseUnit, singular, startsVietnameseNoun, unitRelation,
} from './units.js';
import { foldKey } from '../text/fold.js';
import { wordTable } from '../text/word-table.js';

export interface Unit {
  unit: string;
  to: number;
  /** The noun is written in the singular ("the 2018 conference": a year, not 2018 conferences). */
  singular: boolean;
  /** Counted in turns of duty ("29 turns of officers", "29 lượt sĩ quan"). */
  turns?: true;
  /** What a collective gathers when it is not people ("two rotations of field hospitals" → field hospital). */
  of?: string;
}

const INVARIANT = new Set(['personnel', 'staff', 'police', 'people', 'troops']);
/** Words joining a collective to what it gathers: "of", "de", "d'", with an article after. */
const COLLECTIVE_OF = new Set(['of', 'de', 'des', 'du', 'd']);
const ARTICLES = new Set(['the', 'its', 'their', 'la', 'le', 'les', 'l', 'ses', 'leurs']);

/** Index after "of the", "de l'", "d'", "des" at j, or -1. */
function afterOf(t: readonly Token[], j: number): number {
  const w = word(t[j]);
  if (!COLLECTIVE_OF.has(w)) return -1;
  let k = j + 1;
  if (w === 'd') { if (!isApostrophe(t[k])) return -1; k++; }
  if (ARTICLES.has(word(t[k]))) { k++; if (isApostrophe(t[k])) k++; }
  return k;
}

/** The counted noun after index j: a known phrase, or up to six words cut after the first known head noun. */
export function unitAfter(t: readonly Token[], j: number, depth = 0): Unit | undefined {
  // A partitive "three of the ..." counts something named elsewhere.
  if (word(t[j]) === 'of') return undefined;
  const first = word(t[j]);
  // "sau 5 năm" (after 5 years); "năm 2018" is a year, read elsewhere.
  if (first === 'năm' && t[j + 1]?.kind !== 'num') return { unit: 'year', to: j + 1, singular: false };
  // Collectives: "two rotations of field hospitals", "29 turns of officers", "29 lượt sĩ quan".
  if (depth === 0 && COLLECTIVES.has(foldKey(first))) {
    const k = afterOf(t, j + 1);
    const inner = unitAfter(t, k >= 0 ? k : j + 1, 1);
    // Vietnamese needs no "of": "29 lượt sĩ quan", "5 lượt Bệnh viện dã chiến".
    const noOf = /^(luot|dot)$/.test(foldKey(first));
    if (inner && (k >= 0 || noOf || isPeopleUnit(inner.unit)) && inner.unit && !COLLECTIVES.has(inner.unit) && KNOWN_HEADS.has(inner.unit.split(' ').pop() ?? '')) {
      // Rotations gather formed units ("5 lượt bệnh viện dã chiến"); turns of anything else count that thing ("18 triệu lượt khách").
      if (!ROTATING_UNITS.test(inner.unit)) return { ...inner, turns: true, singular: false };
      return { unit: noOf ? 'rotation' : normaliseUnit(first), to: inner.to, singular: singular(first) === first, of: inner.unit };
    }
  }
  const words: { text: string; to: number }[] = [];
  let k = j;
  while (k < t.length && words.length < 6) {
    const tok = t[k]!;
    if (tok.kind !== 'word') break;
    const w = tok.lower;
    const prev = words[words.length - 1]?.text.toLowerCase();
    const collectiveOf = w === 'of' && prev !== undefined && /^(turns?|rotations?|batch(es)?|groups?|teams?|waves?|units?|contingents?)$/.test(prev);
    if (UNIT_STOPS.has(w) && !collectiveOf && !(prev !== undefined && startsVietnameseNoun(prev, w))) break;
    const capital = /^\p{Lu}/u.test(tok.text);
    // A capital mid-phrase starts a name ("five members Vietnam"), unless the phrase is in title case ("Level-2 Field Hospital").
    const titleCase = prev !== undefined && /^\p{Lu}/u.test(words[words.length - 1]!.text);
    // Capitalised modifiers after a noun stay with it: "6 Đối tác Chiến lược Toàn diện".
    const trailing = TRAILING_MODIFIER.test(w);
    if (EN_NUMBER_START.test(w) || (words.length > 0 && capital && !titleCase && !trailing && !KNOWN_HEADS.has(singular(w)) && !/^(vietnamese|un|level)$/.test(w))) break;
    if (words.length > 0 && /(ed|ing)$/.test(w) && !KNOWN_HEADS.has(w) && !/^(engineering|peacekeeping|training)$/.test(w)) break;
    let text = tok.text;
    let end = k + 1;
    // Hyphenated compounds: "level-2", "level-two", "non-combat".
    while (isDash(t[end]) && !t[end]!.gap && t[end + 1] && !t[end + 1]!.gap && t[end + 1]!.kind !== 'sym') {
      text += `-${t[end + 1]!.text}`;
      end += 2;
    }
    words.push({ text, to: end });
    k = end;
    // French nouns that take "de": "hôpital de campagne", "soldats de la paix".
    const phrase = frenchPhraseAfter(t, k, w);
    if (phrase) { words[words.length - 1] = { text: `${text} ${phrase.text}`, to: phrase.to }; k = phrase.to; }
  }
  if (words.length === 0) return undefined;
  const headOf = (n: number): string => {
    const u = normaliseUnit(words.slice(0, n).map((w) => w.text).join(' '));
    return u.split(' ').slice(-2).join(' ');
  };
  const known = (n: number): boolean => {
    const h = headOf(n);
    return KNOWN_HEADS.has(h) || KNOWN_HEADS.has(h.split(' ').pop() ?? '');
  };
  let cut = 0;
  for (let n = 1; n <= words.length; n++) {
    // Prefer "field hospital" over "field".
    if (known(n) && !(n < words.length && headOf(n + 1).includes(' ') && known(n + 1))) { cut = n; break; }
  }
  // Vietnamese compounds grow by syllables: "bệnh viện" (hospital), then "bệnh viện dã chiến" (field hospital).
  for (let m = cut + 1; cut > 0 && m <= Math.min(cut + 3, words.length); m++) if (headOf(m).includes(' ') && KNOWN_HEADS.has(headOf(m))) cut = m;
  // "193 member states", "185 UN member countries": the members counted are countries.
  if (cut > 0 && cut < words.length && headOf(cut) === 'member' && /^(countr(y|ies)|states?|nations?)$/i.test(words[cut]!.text)) cut++;
  if (cut > 0) {
    // Vietnamese and French put some modifiers after the noun: "sĩ quan nữ", "officiers femmes", "militaires vietnamiens".
    while (cut < words.length && TRAILING_MODIFIER.test(words[cut]!.text.toLowerCase()) && t[j]?.lower !== 'năm') cut++;
  } else {
    // "12 deployed individually", "184 others": no noun, the count is of something named elsewhere.
    if (/(ed|ly)$/i.test(words[0]!.text) || /^(others?|more|autres|khác|nữa)$/i.test(words[0]!.text)) return undefined;
    // Unknown nouns: up to the first plural ("five original members"), else the whole phrase
    // ("one open session"); a Vietnamese noun is one compound of two syllables ("hình thức").
    const plural = words.findIndex((w) => /[^s]s$/i.test(w.text));
    cut = VIETNAMESE_LETTERS.test(words[0]!.text) ? Math.min(2, words.length) : plural >= 0 ? plural + 1 : words.length;
  }
  let unit = normaliseUnit(words.slice(0, cut).map((w) => w.text).join(' '));
  // "63 members, of them 12 female": a lone sex word counts women (or men).
  if (unit === 'female' || unit === 'male') unit = unit === 'female' ? 'woman' : 'man';
  let to = words[cut - 1]!.to;
  const last = words[cut - 1]!.text.toLowerCase().split(' ').pop()!;
  const result: Unit = { unit, to, singular: !INVARIANT.has(last) && singular(last) === last && !/^(luot|turns?)$/.test(foldKey(words[0]!.text)) };
  if (/^(luot|turns?|tours?)$/.test(foldKey(words[0]!.text)) && isPeopleUnit(unit)) result.turns = true;
  // "800 officers and soldiers", "126 officiers et personnels", "cán bộ, nhân viên": two kinds of people counted together are personnel.
  const join = t[to];
  if (cut === words.length && depth < 2 && (AND_WORDS.has(word(join)) || sym(join, ',')) && t[to + 1]?.kind === 'word' && !startsNumber(t, to + 1)) {
    const other = unitAfter(t, to + 1, 2);
    // "800 military and police officers", "70 global and regional organizations": two adjectives, one noun.
    const adjectives = isModifierOnly(words.map((w) => w.text).join(' ')) || (words.length === 1 && !KNOWN_HEADS.has(unit.split(' ').pop() ?? ''));
    if (other && adjectives && KNOWN_HEADS.has(other.unit.split(' ').pop() ?? '')) {
      // "military and public security officers": officers of both kinds, not police officers only.
      const both = isPeopleUnit(other.unit) ? normaliseUnit(other.unit.split(' ').pop()!) : other.unit;
      return { ...result, unit: both, to: other.to };
    }
    if (other && isPeopleUnit(unit) && isPeopleUnit(other.unit) && KNOWN_HEADS.has(other.unit.split(' ').pop() ?? '')) {
      // ("189 medical officers and staff": medical personnel, the kind kept.)
      const kind = unit.split(' ').slice(0, -1).filter((m) => KIND_OF_PEOPLE.has(m)).join(' ');
      unit = unitRelation(unit, other.unit) === 'same' ? unit : normaliseUnit(kind ? `${kind} personnel` : 'personnel');
      return { ...result, unit, to: other.to };
    }
  }
  return unit ? result : undefined;
}

/** Modifiers that say which people two kinds counted together are ("medical officers and staff"). */
const KIND_OF_PEOPLE = new Set(['medical', 'female']);

/** Formed units that rotate: "two rotations of the field hospital" are not two hospitals. */
const ROTATING_UNITS = /(^| )(hospital|unit|contingent|team|group|company|battalion|platoon|squad|force|mission)$/;

/** Letters only Vietnamese writes (among the three languages read): a phrase in Vietnamese. */
const VIETNAMESE_LETTERS = /[áảãạăằắẳẵặầấẩẫậđẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộơờớởỡợúủũụưừứửữựỳýỷỹỵ]/i;

/** Modifiers written after the noun: Vietnamese "nữ"/"nam", French adjectives of nationality, sex and kind. */
const TRAILING_MODIFIER = /^(nữ|nam|chiến|lược|toàn|diện|vietnamiens?|vietnamiennes?|militaires|médicaux|médicales?|femmes|supplémentaires|officiels|onusiens)$/;

/** French "de" phrases that name one kind of thing, after the word `w` at index k. */
function frenchPhraseAfter(t: readonly Token[], k: number, w: string): { text: string; to: number } | undefined {
  const seqs: Record<string, string[][]> = wordTable({
    hôpital: [['de', 'campagne']], hôpitaux: [['de', 'campagne']], soldats: [['de', 'la', 'paix']], soldat: [['de', 'la', 'paix']],
    militaires: [['du', 'génie']], unité: [['de', 'génie']], unités: [['de', 'génie']],
  });
  for (const seq of seqs[w] ?? []) if (wordsAt(t, k, seq)) return { text: seq.join(' '), to: k + seq.length };
  return undefined;
}

/**
 * For a bare number, the noun named before it in the same clause: "the total number of Vietnamese
 * officers engaged in U.N. missions to 19", "le nombre de Casques bleus ... est estimé à 13.211".
 */
export function unitNamedBefore(t: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    // A clause ends at these marks; a dot only when a capital follows ("U.N. missions" goes on).
    if (t[k]!.kind === 'sym' && (/^[;:!?()]$/.test(t[k]!.text) || (t[k]!.text === '.' && t[k + 1]?.gap && /^\p{Lu}/u.test(t[k + 1]!.text)))) return undefined;
    for (const seq of NUMBER_OF) {
      if (!wordsAt(t, k, seq)) continue;
      const u = unitAfter(t, k + seq.length);
      return u && KNOWN_HEADS.has(u.unit.split(' ').pop() ?? '') ? u.unit : undefined;
    }
  }
  return undefined;
}

/**
 * Vietnamese "đầu tiên" (first) after the noun, past a name: "một nữ sĩ quan đầu tiên" (the first
 * female officer), "hai sĩ quan Quân đội nhân dân Việt Nam đầu tiên" (the first two officers).
 */
export function firstAfter(t: readonly Token[], j: number): boolean {
  // Within the noun phrase: up to eight words, not past punctuation or a word that ends a phrase.
  for (let k = j; k < j + 8 && t[k]?.kind === 'word'; k++) {
    if (word(t[k]) === 'đầu' && word(t[k + 1]) === 'tiên') return true;
    if (UNIT_STOPS.has(word(t[k]))) return false;
  }
  return false;
}
