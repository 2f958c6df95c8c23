/**
 * Alias variants, generated when the lexicon is compiled: the other ways pages write the same
 * name's numbers, ordinals and abbreviations, so one alias in data/topics covers them all.
 *
 * - Level numbers after their word: "level 2" = "level two" = "level II" = "second-level";
 *   "cấp 2" = "cấp hai" = "cấp II"; "niveau 2" = "niveau deux" = "niveau II" = "deuxième niveau".
 * - Serial numbers after their sign: "No. 1" = "number 1" = "n° 1" = "numéro 1"; "số 1".
 * - Ordinal words and figures: "second" = "2nd", "deuxième" = "2e" = "2ème", "premier" = "1er".
 * - British and American spellings: "Stabilisation" = "Stabilization", "Defence" = "Defense",
 *   "Centre" = "Center".
 * - Vietnamese abbreviations and word orders: "Liên Hợp Quốc" = "Liên Hiệp Quốc" = "LHQ",
 *   "gìn giữ hòa bình" = "giữ gìn hòa bình" = "GGHB", "bệnh viện dã chiến" = "BVDC",
 *   "Hội đồng Bảo an" = "HĐBA", "Quân đội nhân dân" = "QĐND".
 *
 * Numbers are only rewritten next to their anchor word, so a bare "II", "two" or "hai" never
 * becomes a number, and a bare number never becomes a word. Generated at build time rather than
 * folded while scanning: the content script's hot loop stays letter-by-letter, and only the few
 * aliases that contain a number or an abbreviation grow (see docs/ARCHITECTURE.md, "Alias variants").
 */
import { matchKey } from '../text/fold.js';
import { wordTable } from '../text/word-table.js';

type Lang = 'en' | 'fr' | 'vi';

const CARDINAL_WORDS: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  fr: ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
  vi: ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'],
};
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const FR_ORDINALS = ['', 'premier', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme', 'dixieme'];
const MAX_NUMBER = 10;

/** Words a level number follows, and the language its number words are in. */
// Pure: build-time tables the content script's bundle drops (a plain call would be kept).
const LEVEL_WORDS: Record<string, Lang> = /* @__PURE__ */ wordTable({ level: 'en', cap: 'vi', niveau: 'fr' });
/** Signs a serial number follows ("No. 1"); their written forms, by language. */
const NUMBER_SIGNS: Record<string, Lang> = /* @__PURE__ */ wordTable({ no: 'en', number: 'en', nr: 'en', n: 'fr', numero: 'fr', so: 'vi' });
const SIGN_FORMS: Record<Lang, readonly string[]> = {
  en: ['No.', 'number', 'n°'],
  fr: ['n°', 'No', 'numéro'],
  vi: ['số'],
};

/** Spellings of one name; each is a phrase (matched on its spaceless key). */
const ABBREVIATIONS: readonly (readonly string[])[] = [
  ['Liên Hợp Quốc', 'Liên Hiệp Quốc', 'LHQ'],
  ['gìn giữ hòa bình', 'giữ gìn hòa bình', 'GGHB'],
  ['bệnh viện dã chiến', 'BVDC'],
  ['Hội đồng Bảo an', 'HĐBA'],
  ['Quân đội nhân dân', 'QĐND'],
  ['UN', 'United Nations'],
];

/** No alias may expand to more variants than this: the lexicon ships in every content script. */
export const MAX_VARIANTS = 64;

interface Token {
  /** As written, including any trailing punctuation ("No."). */
  text: string;
  /** Folded, spaceless ("no"). */
  key: string;
}

const tokenize = (phrase: string): Token[] =>
  phrase
    .split(/[\s\-\u2010-\u2015/]+/)
    .flatMap((t) => {
      // "n°4", "No4": the sign and the number are two words.
      const m = /^(n[°º]|no\.?|nr\.?)(\d+[.,]?)$/i.exec(t);
      return m ? [m[1]!, m[2]!] : [t];
    })
    .filter((t) => matchKey(t) !== '')
    .map((text) => ({ text, key: matchKey(text) }));

/** The trailing hard punctuation of a written token ("1," → ","), kept on its replacement. */
const trail = (text: string): string => /[.,;:!?]*$/.exec(text)![0];

/** The value of a cardinal written as a figure, or (after an anchor) as a word or roman numeral. */
function cardinal(key: string, lang: Lang): number | undefined {
  if (/^\d+$/.test(key)) {
    const n = Number(key);
    return n >= 1 && n <= MAX_NUMBER ? n : undefined;
  }
  const word = CARDINAL_WORDS[lang].indexOf(key);
  if (word >= 1) return word;
  const roman = ROMAN.indexOf(key);
  return roman >= 1 ? roman : undefined;
}

/** The value and language of an ordinal: "second", "2nd", "deuxième", "2e", "2ème", "1er", "IIe". */
function ordinal(key: string, written: string): { n: number; lang: 'en' | 'fr' } | undefined {
  let i = EN_ORDINALS.indexOf(key);
  if (i >= 1) return { n: i, lang: 'en' };
  i = FR_ORDINALS.indexOf(key);
  if (i >= 1) return { n: i, lang: 'fr' };
  if (key === 'seconde') return { n: 2, lang: 'fr' };
  const en = /^(\d+)(st|nd|rd|th)$/.exec(key);
  if (en && Number(en[1]) >= 1 && Number(en[1]) <= MAX_NUMBER) return { n: Number(en[1]), lang: 'en' };
  const fr = /^(\d+|[ivx]+)(e|eme|er|ere)$/.exec(key);
  // A roman ordinal only as written in capitals ("IIe"), or "vie" (life) would be the sixth.
  if (fr && (/^\d/.test(key) || /^[IVX]+(e|ème|eme|er|ère|ere)$/.test(written))) {
    const n = /^\d+$/.test(fr[1]!) ? Number(fr[1]) : ROMAN.indexOf(fr[1]!);
    if (n >= 1 && n <= MAX_NUMBER) return { n, lang: 'fr' };
  }
  return undefined;
}

const EN_SUFFIX = (n: number): string => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');
const ordinalForms = (n: number, lang: 'en' | 'fr'): string[] =>
  lang === 'en' ? [EN_ORDINALS[n]!, `${n}${EN_SUFFIX(n)}`] : [FR_ORDINALS[n]!, n === 1 ? '1er' : `${n}e`, n === 1 ? 'première' : `${n}ème`];

/** The ways to write a level: "level 2", "level two", "level II", "second-level". */
function levelForms(anchor: string, n: number, lang: Lang): string[] {
  const out = [`${anchor} ${n}`, `${anchor} ${CARDINAL_WORDS[lang][n]!}`, `${anchor} ${ROMAN[n]!.toUpperCase()}`];
  if (lang !== 'vi') out.push(...ordinalForms(n, lang).map((o) => `${o} ${anchor}`));
  return out;
}

/**
 * A slot is a run of tokens with alternative spellings; a phrase's variants are every
 * combination of its slots' alternatives.
 */
interface Slot { start: number; length: number; forms: string[] }

/** British and American spellings of one word: "Stabilisation" / "Stabilization", "Defence" / "Defense", "Centre" / "Center". */
const SPELLINGS: [RegExp, string][] = [
  [/isation(s?)$/i, 'ization$1'], [/ization(s?)$/i, 'isation$1'], [/^(defen)ce$/i, '$1se'], [/^(defen)se$/i, '$1ce'],
  [/^(cent)re(s?)$/i, '$1er$2'], [/^(cent)er(s?)$/i, '$1re$2'], [/^(programme)(s?)$/i, 'program$2'], [/^(labo)ur$/i, '$1r'],
];

function otherSpelling(word: string): string | undefined {
  for (const [re, to] of SPELLINGS) {
    if (!re.test(word)) continue;
    const other = word.replace(re, to);
    // Keep the word's case: "STABILISATION" → "STABILIZATION".
    return word === word.toUpperCase() ? other.toUpperCase() : other;
  }
  return undefined;
}

function findSlots(tokens: Token[]): Slot[] {
  const slots: Slot[] = [];
  const keys = tokens.map((t) => t.key);
  for (let i = 0; i < tokens.length; i++) {
    const abbreviation = matchAbbreviation(keys, i);
    if (abbreviation) {
      slots.push(abbreviation);
      i += abbreviation.length - 1;
      continue;
    }
    const key = keys[i]!;
    const spelled = otherSpelling(tokens[i]!.text);
    if (spelled) {
      slots.push({ start: i, length: 1, forms: [tokens[i]!.text, spelled] });
      continue;
    }
    const next = keys[i + 1];
    const levelLang = LEVEL_WORDS[key];
    if (levelLang && next !== undefined) {
      const n = cardinal(next, levelLang);
      if (n !== undefined) {
        const forms = levelForms(tokens[i]!.text.replace(/[.,;:!?]+$/, ''), n, levelLang);
        slots.push({ start: i, length: 2, forms: forms.map((f) => f + trail(tokens[i + 1]!.text)) });
        i++;
        continue;
      }
    }
    const signLang = NUMBER_SIGNS[key];
    if (signLang && next !== undefined && /^\d+$/.test(next) && i > 0) {
      const n = tokens[i + 1]!.text;
      slots.push({ start: i, length: 2, forms: SIGN_FORMS[signLang].map((s) => `${s} ${n}`) });
      i++;
      continue;
    }
    const ord = ordinal(key, tokens[i]!.text);
    if (ord) {
      const anchorLang = next !== undefined ? LEVEL_WORDS[next] : undefined;
      const afterAnchor = keys[i + 2];
      // "second level" / "deuxième niveau" (not "second level 2": that is an ordinal, then a level).
      if (anchorLang && anchorLang !== 'vi' && (afterAnchor === undefined || cardinal(afterAnchor, anchorLang) === undefined)) {
        slots.push({ start: i, length: 2, forms: levelForms(tokens[i + 1]!.text, ord.n, anchorLang).map((f) => f + trail(tokens[i + 1]!.text)) });
        i++;
        continue;
      }
      slots.push({ start: i, length: 1, forms: ordinalForms(ord.n, ord.lang).map((f) => f + trail(tokens[i]!.text)) });
    }
  }
  return slots;
}

// Built on first use: this module is only needed at build time, and a top-level call would keep it
// in bundles that import lexicon.ts only to load a lexicon.
let abbreviationKeys: { phrase: string; words: string[] }[][] | undefined;

function matchAbbreviation(keys: string[], i: number): Slot | undefined {
  abbreviationKeys ??= ABBREVIATIONS.map((group) => group.map((phrase) => ({ phrase, words: tokenize(phrase).map((t) => t.key) })));
  for (const group of abbreviationKeys) {
    for (const spelling of group) {
      const w = spelling.words;
      if (w.every((k, j) => keys[i + j] === k)) return { start: i, length: w.length, forms: group.map((g) => g.phrase) };
    }
  }
  return undefined;
}

/**
 * Every spelling of `phrase` the lexicon should match, the phrase itself first. Throws if the
 * phrase has more than MAX_VARIANTS (split such an alias into several).
 */
export function aliasVariants(phrase: string): string[] {
  const tokens = tokenize(phrase);
  const slots = findSlots(tokens);
  if (slots.length === 0) return [phrase];
  let count = 1;
  for (const s of slots) count *= s.forms.length;
  if (count > MAX_VARIANTS) throw new Error(`alias "${phrase}" has ${count} spellings (more than ${MAX_VARIANTS}): split it into several aliases`);
  let partial: string[][] = [[]];
  let at = 0;
  for (const slot of slots) {
    const fixed = tokens.slice(at, slot.start).map((t) => t.text);
    partial = partial.flatMap((p) => slot.forms.map((f) => [...p, ...fixed, f]));
    at = slot.start + slot.length;
  }
  const rest = tokens.slice(at).map((t) => t.text);
  const out = new Set<string>([phrase]);
  for (const p of partial) out.add([...p, ...rest].join(' '));
  return [...out];
}
