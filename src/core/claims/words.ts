/**
 * Content words for relevance: folded (`foldKey`), common phrases mapped to one English key in
 * every language the claim may be written in ("Viet Nam" → vietnam, "Liên Hợp Quốc" / "ONU" → un,
 * "sĩ quan" / "officiers" → officer; tables in languages/), stopwords dropped, lightly stemmed,
 * with a few synonyms merged (sent/dispatched/deployed → deploy; troops/soldiers/peacekeepers →
 * personnel).
 */
import { foldKey } from '../text/fold.js';
import { PhraseTable } from '../text/phrase-table.js';
import { detectLanguage, type Language } from './languages/detect-language.js';
import { en } from './languages/en.js';
import { fr } from './languages/fr.js';
import type { WordTable } from './languages/table.js';
import { vi } from './languages/vi.js';

interface CompiledTable {
  /** Folded phrase → its replacement keys (none: dropped). */
  phrases: PhraseTable<string[]>;
  synonyms: Map<string, string>;
  stopwords: Set<string>;
}

function compile(tables: readonly WordTable[]): CompiledTable {
  const phrases = new PhraseTable(tables.flatMap((t) => t.phrases.map(([from, to]) => [from, to ? to.split(' ') : []] as const)));
  // The claim's own language wins where tables disagree: it comes last.
  const synonyms = new Map(tables.flatMap((t) => t.synonyms));
  const stopwords = new Set(tables.flatMap((t) => t.stopwords.split(/\s+/).filter(Boolean)));
  return { phrases, synonyms, stopwords };
}

/** Vietnamese and French claims name English things too ("UN Mission in South Sudan"): English is always read. */
const TABLES: Record<Language, CompiledTable> = { en: compile([en]), vi: compile([en, vi]), fr: compile([en, fr]) };

export function stem(w: string, synonyms: ReadonlyMap<string, string> = TABLES.en.synonyms): string {
  const syn = synonyms.get(w);
  if (syn) return syn;
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && /(ss|x|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 6 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 5 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 7 && s.endsWith('ment')) s = s.slice(0, -4);
  return synonyms.get(s) ?? s;
}

export interface KeyedWord {
  key: string;
  /** Offsets of the word (or phrase) in the original text. */
  start: number;
  end: number;
  /** Written with a capital or in capitals. */
  capitalised: boolean;
  /** First word of its sentence (a capital there says little). */
  sentenceStart: boolean;
  /** Read through a table (a phrase or a synonym of another language), not as written. */
  translated: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The content words of a text, in order, with offsets; phrases mapped, stopwords dropped, stemmed. */
export function keyedWords(text: string, language: Language = detectLanguage(text)): KeyedWord[] {
  const table = TABLES[language];
  const words: { folded: string; start: number; end: number; capitalised: boolean; sentenceStart: boolean }[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const between = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
    const sentenceStart = prevEnd < 0 || /[.!?]["”’)]?\s+$/.test(between);
    for (const folded of foldKey(m[0]).split(' ')) {
      if (folded) words.push({ folded, start: m.index, end: m.index + m[0].length, capitalised: /^\p{Lu}/u.test(m[0]), sentenceStart });
    }
    prevEnd = m.index + m[0].length;
  }
  const folded = words.map((w) => w.folded);
  const out: KeyedWord[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const phrase = table.phrases.at(folded, i);
    if (phrase) {
      const last = words[i + phrase.words.length - 1]!;
      for (const key of phrase.value) {
        out.push({ key: stem(key, table.synonyms), start: w.start, end: last.end, capitalised: w.capitalised, sentenceStart: w.sentenceStart, translated: true });
      }
      i += phrase.words.length;
      continue;
    }
    i++;
    if (table.stopwords.has(w.folded) || /^\d/.test(w.folded) || w.folded.length < 2) continue;
    const key = stem(w.folded, table.synonyms);
    out.push({ key, start: w.start, end: w.end, capitalised: w.capitalised, sentenceStart: w.sentenceStart, translated: table.synonyms.has(w.folded) });
  }
  return out;
}

/** The content-word keys of a text. */
export function contentKeys(text: string, language?: Language): string[] {
  return keyedWords(text, language).map((w) => w.key);
}
