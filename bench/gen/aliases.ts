/**
 * The real aliases the generated pages mention, taken from the corpus topics: unambiguous aliases
 * as they are, ambiguous ones with one of their context words nearby (so Gloss can confirm them).
 */
import type { Topic } from '../../src/core/corpus/types.js';
import { matchKey } from '../../src/core/text/fold.js';

export interface Plantable {
  alias: string;
  /** A context word to put near an ambiguous alias. */
  context?: string;
}

export interface AliasPool {
  plain: Plantable[];
  ambiguous: Plantable[];
}

/** Every alias text (names included) of `topics`, as written. */
export function allAliases(topics: readonly Topic[]): string[] {
  const out = new Set<string>();
  for (const t of topics) for (const a of [t.name, ...t.aliases.map((x) => x.text)]) out.add(a);
  return [...out];
}

export function aliasPool(topics: readonly Topic[]): AliasPool {
  // An alias two topics share is a tie unless context decides; leave those out.
  const claims = new Map<string, number>();
  for (const t of topics) {
    for (const key of new Set([t.name, ...t.aliases.map((a) => a.text)].map(matchKey))) claims.set(key, (claims.get(key) ?? 0) + 1);
  }
  const plain: Plantable[] = [];
  const ambiguous: Plantable[] = [];
  for (const t of topics) {
    for (const a of [{ text: t.name }, ...t.aliases]) {
      if (claims.get(matchKey(a.text)) !== 1) continue;
      if (!('ambiguous' in a) || !a.ambiguous) plain.push({ alias: a.text });
      else {
        const word = a.context?.find((c) => !c.startsWith('@'));
        if (word) ambiguous.push({ alias: a.text, context: word });
      }
    }
  }
  return { plain, ambiguous };
}
