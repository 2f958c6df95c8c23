/**
 * The lexicon: everything the content script needs to find mentions, and nothing more — the
 * automaton over every alias and context term, and per pattern what it means.
 */
import type { AliasSpec, Topic } from '../corpus/types.js';
import { buildAutomaton, loadAutomaton, type Automaton, type SerializedAutomaton } from './automaton.js';
import { patternsFor } from './scan.js';
import { matchKey } from '../text/fold.js';
import { aliasVariants } from './variants.js';

/** One topic's claim on a pattern. */
export interface ClaimData {
  /** Topic index in `LexiconData.topics`. */
  topic: number;
  /** The alias as written in the corpus (absent from the content script's compact lexicon). */
  alias?: string;
  /** 1 for an ambiguous alias: it counts only with its context. */
  amb?: 1;
  /** Why the alias is ambiguous (absent from the compact lexicon). */
  ambiguous?: string;
  /** Context term ids, one of which must be present. */
  context?: number[];
  /** Topic indices, any of whose unambiguous mention on the page counts as context. */
  contextTopics?: number[];
  /** Context term ids that veto the claim when near. */
  exclude?: number[];
}

export interface PatternData {
  /** Ids in `LexiconData.claims`: an alias's spellings share its claim, stored once. */
  claims?: number[];
  /** Context term id, if this pattern is (also) a context term. */
  term?: number;
}

export interface LexiconData {
  version: 1;
  automaton: SerializedAutomaton;
  /** By pattern id. */
  patterns: PatternData[];
  /** By claim id. */
  claims: ClaimData[];
  /** By topic index; `name` is absent from the compact lexicon. */
  topics: { id: string; name?: string }[];
  /** Context terms as written, by term id (empty in the compact lexicon). */
  terms: string[];
}

/** A pattern as detection reads it: its claims themselves. */
export interface LoadedPattern {
  claims?: ClaimData[];
  term?: number;
}

export interface Lexicon {
  data: { patterns: LoadedPattern[]; topics: LexiconData['topics']; terms: string[] };
  automaton: Automaton;
}

/**
 * Context words as other languages write them: an alias whose context is "Vietnamese" has it in a
 * French article too ("le contingent vietnamien de la MINUSCA"). ("Viêt Nam", "Việt Nam", "Hanoï"
 * fold to the English spellings already.)
 */
const CONTEXT_FORMS: Readonly<Record<string, readonly string[]>> = {
  [matchKey('Vietnamese')]: ['vietnamien', 'vietnamienne', 'vietnamiens', 'vietnamiennes'],
};
const withOtherForms = (words: readonly string[]): string[] => words.flatMap((w) => [w, ...(CONTEXT_FORMS[matchKey(w)] ?? [])]);

/** Compiles topics into lexicon data. Throws on aliases that fold to nothing or unknown `@topic`s. */
export function compileLexicon(topics: readonly Topic[]): LexiconData {
  const topicIndex = new Map(topics.map((t, i) => [t.id, i]));
  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const data: PatternData[] = [];
  const terms: string[] = [];
  const termByKey = new Map<string, number>();

  /** Pattern ids of a phrase: its punctuation-free form, and as written if that differs. */
  const patternIdsOf = (phrase: string): number[] => {
    const variants = patternsFor(phrase);
    if (variants.length === 0) throw new Error(`"${phrase}" has no letters or digits`);
    return variants.map((p) => {
      let id = patternIds.get(p);
      if (id === undefined) {
        id = patterns.length;
        patterns.push(p);
        data.push({});
        patternIds.set(p, id);
      }
      return id;
    });
  };
  const termId = (phrase: string): number => {
    const key = matchKey(phrase);
    let t = termByKey.get(key);
    if (t === undefined) {
      t = terms.length;
      terms.push(phrase);
      termByKey.set(key, t);
    }
    for (const spelling of aliasVariants(phrase)) for (const pid of patternIdsOf(spelling)) data[pid]!.term ??= t;
    return t;
  };
  const claims: ClaimData[] = [];
  const claimIds = new Map<ClaimData, number>();
  const addClaim = (pid: number, claim: ClaimData): void => {
    const ids = (data[pid]!.claims ??= []);
    if (ids.some((id) => claims[id]!.topic === claim.topic)) return;
    let id = claimIds.get(claim);
    if (id === undefined) {
      id = claims.length;
      claims.push(claim);
      claimIds.set(claim, id);
    }
    ids.push(id);
  };
  /** Generated spellings, added once every written alias has its patterns. */
  const generated: { spelling: string; claim: ClaimData }[] = [];

  topics.forEach((topic, ti) => {
    // One claim per distinct alias key; where the same key is written both plain and ambiguous
    // (a topic's name is always an alias), the ambiguous spelling wins: context can only narrow.
    // Every spelling of the key still gets its patterns: "Field Hospital (level 2, No. 1)" and
    // "Field Hospital Level 2 No. 1" share a key but not the punctuation their texts are read with.
    const byKey = new Map<string, AliasSpec>();
    const spellings = new Map<string, string[]>();
    for (const alias of [{ text: topic.name } as AliasSpec, ...topic.aliases]) {
      const key = matchKey(alias.text);
      const prev = byKey.get(key);
      if (!prev || (!prev.ambiguous && alias.ambiguous)) byKey.set(key, alias);
      spellings.set(key, [...(spellings.get(key) ?? []), alias.text]);
    }
    for (const [key, alias] of byKey) {
      const claim: ClaimData = { topic: ti, alias: alias.text };
      if (alias.ambiguous) {
        claim.amb = 1;
        claim.ambiguous = alias.ambiguous;
        const ctx = alias.context ?? [];
        const words = ctx.filter((c) => !c.startsWith('@'));
        const refs = ctx.filter((c) => c.startsWith('@')).map((c) => {
          const idx = topicIndex.get(c.slice(1));
          if (idx === undefined) throw new Error(`topic ${topic.id}: context ${c} names no topic`);
          return idx;
        });
        // Spellings of one context word share a term ("Vietnam", "Viet Nam"): list each term once.
        if (words.length) claim.context = [...new Set(withOtherForms(words).map(termId))];
        if (refs.length) claim.contextTopics = [...new Set(refs)];
        if (alias.exclude?.length) claim.exclude = [...new Set(alias.exclude.map(termId))];
      }
      for (const text of spellings.get(key)!) {
        for (const pid of patternIdsOf(text)) addClaim(pid, claim);
        for (const spelling of aliasVariants(text).slice(1)) generated.push({ spelling, claim });
      }
    }
  });
  // A generated spelling never takes a pattern another topic already claims: what is written wins.
  for (const { spelling, claim } of generated) {
    const taken = patternsFor(spelling).some((p) => {
      const id = patternIds.get(p);
      return id !== undefined && data[id]!.claims?.some((c) => claims[c]!.topic !== claim.topic);
    });
    if (!taken) for (const pid of patternIdsOf(spelling)) addClaim(pid, claim);
  }
  // Sorted patterns front-code best (see automaton.ts); pattern ids follow the sorted order.
  const order = patterns.map((_, i) => i).sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : 1));
  return {
    version: 1,
    automaton: buildAutomaton(order.map((i) => patterns[i]!)),
    patterns: order.map((i) => data[i]!),
    claims,
    topics: topics.map((t) => ({ id: t.id, name: t.name })),
    terms,
  };
}

/**
 * A claim packed for shipping: a topic index (>= 0) for a plain alias, or for an ambiguous one
 * `-1 - k`, where `k` indexes the shared table of ambiguous claims (an alias's generated spellings
 * share its claim, so each is shipped once).
 */
type PackedClaim = number;
/** An ambiguous claim: `[topic, context term ids, context topic indices, exclude term ids]`. */
type PackedAmbiguous = [number, number[], number[], number[]];
/** A pattern packed for shipping: `[term id or -1, ...claims]`. */
type PackedPattern = [number, ...PackedClaim[]];

/**
 * The lexicon the content script ships: the same automaton and claims, packed as arrays, without
 * the texts it never shows (alias spellings, ambiguity reasons, topic names, context terms — a
 * card shows the page's own words instead).
 */
export interface CompactLexiconData {
  version: 1;
  automaton: SerializedAutomaton;
  packed: PackedPattern[];
  ambiguous: PackedAmbiguous[];
  topics: string[];
}

export function compactLexicon(data: LexiconData): CompactLexiconData {
  const ambiguous: PackedAmbiguous[] = [];
  const index = new Map<string, number>();
  const pack = (c: ClaimData): PackedClaim => {
    if (!c.amb) return c.topic;
    const entry: PackedAmbiguous = [c.topic, c.context ?? [], c.contextTopics ?? [], c.exclude ?? []];
    const key = JSON.stringify(entry);
    let k = index.get(key);
    if (k === undefined) {
      k = ambiguous.length;
      ambiguous.push(entry);
      index.set(key, k);
    }
    return -1 - k;
  };
  return {
    version: 1,
    automaton: data.automaton,
    packed: data.patterns.map((p): PackedPattern => [p.term ?? -1, ...(p.claims ?? []).map((id) => pack(data.claims[id]!))]),
    ambiguous,
    topics: data.topics.map((t) => t.id),
  };
}

function unpack(data: CompactLexiconData): Lexicon['data'] {
  // One object per shared claim, as compileLexicon makes them.
  const ambiguous = data.ambiguous.map(([topic, context, contextTopics, exclude]): ClaimData => {
    const claim: ClaimData = { topic, amb: 1 };
    if (context.length) claim.context = context;
    if (contextTopics.length) claim.contextTopics = contextTopics;
    if (exclude.length) claim.exclude = exclude;
    return claim;
  });
  return {
    patterns: data.packed.map(([term, ...claims]) => {
      const out: LoadedPattern = {};
      if (term >= 0) out.term = term;
      if (claims.length) out.claims = claims.map((c): ClaimData => (c >= 0 ? { topic: c } : ambiguous[-1 - c]!));
      return out;
    }),
    topics: data.topics.map((id) => ({ id })),
    terms: [],
  };
}

function resolve(data: LexiconData): Lexicon['data'] {
  return {
    patterns: data.patterns.map((p) => {
      const out: LoadedPattern = {};
      if (p.term !== undefined) out.term = p.term;
      if (p.claims) out.claims = p.claims.map((id) => data.claims[id]!);
      return out;
    }),
    topics: data.topics,
    terms: data.terms,
  };
}

/**
 * lexicon.json as builds before the shared claim table wrote it (claims inline in each pattern).
 * Still read, so a dist/ built earlier keeps working (the CLI reads it) until it is rebuilt.
 */
interface InlineLexiconData {
  version: 1;
  automaton: SerializedAutomaton;
  patterns: LoadedPattern[];
  topics: LexiconData['topics'];
  terms: string[];
}

export function loadLexicon(data: LexiconData | CompactLexiconData | InlineLexiconData): Lexicon {
  const loaded = 'packed' in data ? unpack(data) : 'claims' in data ? resolve(data) : { patterns: data.patterns, topics: data.topics, terms: data.terms };
  return { data: loaded, automaton: loadAutomaton(data.automaton) };
}
