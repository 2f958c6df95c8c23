/**
 * Whether a sentence says something is not so ("will abstain from combat", "không tham gia",
 * "ne participera pas"). A claim that strongly matches a fact but with the opposite polarity
 * contradicts it.
 */
import { foldKey } from '../text/fold.js';
import { phraseSet, type PhraseTable } from '../text/phrase-table.js';
import type { WordTable } from './languages/table.js';
import { detectLanguage, type Language } from './languages/detect-language.js';
import { en } from './languages/en.js';
import { fr } from './languages/fr.js';
import { vi } from './languages/vi.js';

const both = (own: WordTable, field: 'negations' | 'notNegations'): PhraseTable<true> => phraseSet([...(en[field] ?? []), ...(own === en ? [] : own[field] ?? [])]);
const CUES: Record<Language, PhraseTable<true>> = { en: both(en, 'negations'), vi: both(vi, 'negations'), fr: both(fr, 'negations') };
/** Phrases starting like a negation that do not negate ("not only", "chưa đầy"). */
const NOT_NEGATIONS: Record<Language, PhraseTable<true>> = { en: both(en, 'notNegations'), vi: both(vi, 'notNegations'), fr: both(fr, 'notNegations') };
/** What completes French "ne"/"n'" (without it, "n" is "N°" or "U.N."). */
const FRENCH_SECOND = new Set(['pas', 'jamais', 'plus', 'aucun', 'aucune', 'rien', 'guere', 'point']);

/** How many negations a text has (French "ne ... pas" counts once). */
export function negationCount(text: string, language: Language = detectLanguage(text)): number {
  const words = foldKey(text).split(' ');
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const not = NOT_NEGATIONS[language].at(words, i);
    if (not) { i += not.words.length - 1; continue; }
    const cue = CUES[language].at(words, i)?.words;
    if (!cue) continue;
    // "No. 1" is a number.
    if (cue[0] === 'no' && /^\d/.test(words[i + cue.length] ?? '')) continue;
    if (cue[0] === 'ne' || cue[0] === 'n') {
      const end = words.findIndex((w, k) => k > i && k <= i + 5 && FRENCH_SECOND.has(w));
      if (end < 0) continue;
      i = end;
    } else {
      i += cue.length - 1;
    }
    count++;
  }
  return count;
}

export const negated = (text: string, language?: Language): boolean => negationCount(text, language) % 2 === 1;
