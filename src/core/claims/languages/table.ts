/**
 * One language's share of the claim-word lexicon. Every table maps into the same English keys, so
 * a Vietnamese or French claim meets the (English) facts on common ground.
 *
 * All strings are folded (`foldKey`: lowercase, no diacritics, single spaces).
 */
export interface WordTable {
  /** Folded phrase → replacement key(s) ('' drops the phrase); matched before words, longest first. */
  phrases: [string, string][];
  /** Folded word → merged key, before and after stemming. */
  synonyms: [string, string][];
  /** Words with no content, whitespace-separated. */
  stopwords: string;
  /** Folded words or phrases that negate the clause they are in ("not", "không", "ne ... pas"). */
  negations: string[];
  /** Phrases starting with a negation word that do not negate ("not only", "chưa đầy" = less than). */
  notNegations?: string[];
}
