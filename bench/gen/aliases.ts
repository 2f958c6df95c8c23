/**
 * The real aliases the generated pages mention, taken from the compiled lexicon: unambiguous
 * aliases as they are, ambiguous ones with one of their context words (so Gloss can confirm them).
 */
import type { LexiconData } from '../../src/core/match/lexicon.js';

export interface Plantable {
  alias: string;
  /** A context word to put near an ambiguous alias. */
  context?: string;
}

export interface AliasPool {
  plain: Plantable[];
  ambiguous: Plantable[];
}

export function aliasPool(lex: LexiconData): AliasPool {
  const plain: Plantable[] = [];
  const ambiguous: Plantable[] = [];
  for (const p of lex.patterns) {
    // A pattern claimed by two topics is a tie unless context decides; leave those out.
    if (p.claims?.length !== 1) continue;
    const claim = p.claims[0]!;
    if (!claim.ambiguous) plain.push({ alias: claim.alias });
    else if (claim.context?.length) ambiguous.push({ alias: claim.alias, context: lex.terms[claim.context[0]!]! });
  }
  return { plain, ambiguous };
}

/** Every alias as written (what the RegExp union, mark.js and modern-ahocorasick are given). */
export function allAliases(lex: LexiconData): string[] {
  const out = new Set<string>();
  for (const p of lex.patterns) for (const c of p.claims ?? []) out.add(c.alias);
  return [...out];
}
