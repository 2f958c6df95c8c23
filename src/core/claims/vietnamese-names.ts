/**
 * Whether a sentence names a Vietnamese person ("Major Nguyen Thi Minh Phuong", "Lieutenant Colonel
 * Vũ Thị Kim Oanh", "le major Le Viet Anh"): the press writes of Vietnam's officers by name and rank
 * without naming Vietnam, and such a sentence is about Vietnam's doing.
 */
import { foldKey } from '../text/fold.js';

/** Surnames (folded) that are Vietnamese wherever they stand before a Vietnamese given name. */
const DISTINCTIVE = new Set(['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'trinh', 'dinh', 'luong', 'doan', 'truong', 'quach', 'phung', 'kieu', 'trieu']);
/** Surnames that are also words or other peoples' names ("Le", "Ho", "Ha", "Mai"): only after a rank or title. */
const AFTER_TITLE = new Set(['le', 'ly', 'ho', 'ha', 'mai', 'mac', 'dao', 'ta', 'cao', 'lam', 'to', 'chu', 'tang', 'thai', 'vuong', 'lai', 'lu', 'lo', 'la']);
/** Ranks and titles (folded), in English and French. */
const TITLES = new Set(['major', 'colonel', 'lieutenant', 'captain', 'capitaine', 'general', 'sergeant', 'commandant', 'col', 'lt', 'capt', 'gen', 'maj', 'mr', 'ms', 'mrs', 'mme', 'dr', 'ambassador', 'ambassadeur', 'minister', 'ministre']);
/** One syllable as Vietnamese writes it, folded: an initial, a vowel cluster, a final. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

const WORD = /[\p{L}\p{M}]+/gu;
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

export function namesVietnamesePerson(text: string): boolean {
  const words = [...text.matchAll(WORD)].map((m) => ({ raw: m[0], key: foldKey(m[0]) }));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!capitalised(w.raw)) continue;
    const titled = i > 0 && TITLES.has(words[i - 1]!.key);
    if (!DISTINCTIVE.has(w.key) && !(titled && AFTER_TITLE.has(w.key))) continue;
    let given = 0;
    for (let k = i + 1; k < words.length && given < 3 && capitalised(words[k]!.raw) && SYLLABLE.test(words[k]!.key); k++) given++;
    // "Nguyen Thi Minh Phuong", "Do Thi Hang Nga"; two syllables only after a rank ("Major Trang", alone, names nobody in particular).
    if (given >= 2 || (given >= 1 && titled)) return true;
  }
  return false;
}
