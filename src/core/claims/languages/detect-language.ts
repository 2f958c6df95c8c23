/** Which word table a claim is read with: Vietnamese, French or English (the default). */
export type Language = 'en' | 'vi' | 'fr';

/** Letters only Vietnamese uses among the three (with tone marks on top of them or on plain vowels). */
const VIETNAMESE = /[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'au', 'aux', 'dans', 'pour', 'sur',
  'avec', 'qui', 'que', 'son', 'sa', 'ses', 'été', 'a', 'en', 'par', 'ont', 'sont', 'depuis', 'plus', 'cette', 'ce']);
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'has', 'have', 'for', 'on', 'with', 'by', 'its',
  'that', 'from', 'as', 'at', 'are', 'were', 'it', 'this', 'since', 'had', 'will', 'been', 'an', 'more', 'than']);

export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return 'en';
  let vietnamese = 0;
  let french = 0;
  let english = 0;
  for (const w of words) {
    if (VIETNAMESE.test(w.normalize('NFC'))) vietnamese++;
    if (FRENCH_WORDS.has(w)) french++;
    if (ENGLISH_WORDS.has(w)) english++;
  }
  if (vietnamese >= 2 && vietnamese / words.length >= 0.15) return 'vi';
  if (french >= 2 && french > english) return 'fr';
  return 'en';
}
