/**
 * The lexicon: everything the content script needs to find mentions, and nothing more — the
 * automaton over every alias and context term, and per pattern what it means.
 */
import type { Topic } from '../corpus/types.js';
import { buildAutomaton, loadAutomaton, type Automaton, type SerializedAutomaton } from './automaton.js';
import { patternFor } from './scan.js';

/** One topic's claim on a pattern. */
export interface ClaimData {
  /** Topic index in `LexiconData.topics`. */
  topic: number;
  /** The alias as written in the corpus. */
  alias: string;
  /** Present for ambiguous aliases: the reason. */
  ambiguous?: string;
  /** Context term ids, one of which must be present. */
  context?: number[];
  /** Topic indices, any of whose unambiguous mention on the page counts as context. */
  contextTopics?: number[];
  /** Context term ids that veto the claim when near. */
  exclude?: number[];
}

export interface PatternData {
  claims?: ClaimData[];
  /** Context term id, if this pattern is (also) a context term. */
  term?: number;
}

export interface LexiconData {
  version: 1;
  automaton: SerializedAutomaton;
  /** By pattern id. */
  patterns: PatternData[];
  topics: { id: string; name: string }[];
  /** Context terms as written, by term id. */
  terms: string[];
}

export interface Lexicon {
  data: LexiconData;
  automaton: Automaton;
}

/** Compiles topics into lexicon data. Throws on aliases that fold to nothing or unknown `@topic`s. */
export function compileLexicon(topics: readonly Topic[]): LexiconData {
  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const data: PatternData[] = [];
  const terms: string[] = [];
  const termIds = new Map<string, number>();

  const patternId = (phrase: string): number => {
    const p = patternFor(phrase);
    if (p === '') throw new Error(`"${phrase}" has no letters or digits`);
    let id = patternIds.get(p);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(p);
      data.push({});
      patternIds.set(p, id);
    }
    return id;
  };
  const termId = (phrase: string): number => {
    const pid = patternId(phrase);
    let t = data[pid]!.term;
    if (t === undefined) {
      t = terms.length;
      terms.push(phrase);
      termIds.set(patterns[pid]!, t);
      data[pid]!.term = t;
    }
    return t;
  };

  topics.forEach((topic, ti) => {
    const seen = new Set<number>();
    for (const alias of [{ text: topic.name }, ...topic.aliases]) {
      const pid = patternId(alias.text);
      if (seen.has(pid)) continue; // the same alias written twice in one topic
      seen.add(pid);
      const claim: ClaimData = { topic: ti, alias: alias.text };
      if ('ambiguous' in alias && alias.ambiguous) {
        claim.ambiguous = alias.ambiguous;
        const ctx = alias.context ?? [];
        const words = ctx.filter((c) => !c.startsWith('@'));
        const refs = ctx.filter((c) => c.startsWith('@')).map((c) => {
          const idx = topicIndex.get(c.slice(1));
          if (idx === undefined) throw new Error(`topic ${topic.id}: context ${c} names no topic`);
          return idx;
        });
        if (words.length) claim.context = words.map(termId);
        if (refs.length) claim.contextTopics = refs;
        if (alias.exclude?.length) claim.exclude = alias.exclude.map(termId);
      }
      (data[pid]!.claims ??= []).push(claim);
    }
  });
  return {
    version: 1,
    automaton: buildAutomaton(patterns),
    patterns: data,
    topics: topics.map((t) => ({ id: t.id, name: t.name })),
    terms,
  };
}

export function loadLexicon(data: LexiconData): Lexicon {
  return { data, automaton: loadAutomaton(data.automaton) };
}
