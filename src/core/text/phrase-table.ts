/**
 * Phrases of folded words ("lien hop quoc", "so far", "south sudan"), found where they start in a
 * text's folded words, longest first. One lookup per word: the phrases are indexed by their first.
 */
export interface PhraseHit<T> { words: readonly string[]; value: T }

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, PhraseHit<T>[]>();

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at `words[i]`. */
  at(words: readonly string[], i: number): PhraseHit<T> | undefined {
    return this.byFirst.get(words[i] ?? '')?.find((p) => p.words.every((w, k) => words[i + k] === w));
  }

  /** Whether any phrase occurs in `words`. */
  occursIn(words: readonly string[]): boolean {
    return words.some((_, i) => this.at(words, i) !== undefined);
  }
}

/** A table of phrases that only need to be found. */
export const phraseSet = (phrases: Iterable<string>): PhraseTable<true> => new PhraseTable([...phrases].map((p) => [p, true] as const));
