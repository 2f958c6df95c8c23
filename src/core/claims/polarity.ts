/**
 * Whether a sentence says something is not so ("will abstain from combat", "không tham gia",
 * "ne participera pas"). A claim that strongly matches a fact but with the opposite polarity
 * contradicts it.
 */
import { foldKey } from '../text/fold.js';
import { en } from './languages/en.js';
import { fr } from './languages/fr.js';
import { vi } from './languages/vi.js';

const CUES = [...new Set([...en.negations, ...vi.negations, ...fr.negations])].map((c) => c.split(' '));

/** How many negations a text has (French "ne ... pas" counts once). */
export function negationCount(text: string): number {
  const words = foldKey(text).split(' ');
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const cue = CUES.find((c) => c.every((w, k) => words[i + k] === w));
    if (!cue) continue;
    // "No. 1" is a number; "not only ... but also" asserts.
    const next = words[i + cue.length] ?? '';
    if ((cue[0] === 'no' && /^\d/.test(next)) || (cue[0] === 'not' && next === 'only')) continue;
    count++;
    i += cue.length - 1;
    // French "ne ... pas/jamais" is one negation, not two.
    if (cue[0] === 'ne' || cue[0] === 'n') {
      const end = words.findIndex((w, k) => k > i && k <= i + 5 && (w === 'pas' || w === 'jamais' || w === 'plus' || w === 'aucun' || w === 'aucune'));
      if (end > 0) i = end;
    }
  }
  return count;
}

export const negated = (text: string): boolean => negationCount(text) % 2 === 1;
