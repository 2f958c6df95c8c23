/**
 * Corpus search: fuse.js over topics, facts and passages, on folded text (so "doi moi" finds
 * "Đổi Mới"), typo-tolerant, every query word required (fuse's extended search ANDs words).
 *
 * Two stages, so a keystroke costs milliseconds whatever the corpus size: the term index
 * (term-index.ts) picks the entries that contain every query word in some form, and fuse.js
 * scores and ranks only those.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Corpus } from '../corpus/types.js';
import { foldKey } from '../text/fold.js';
import { buildTermIndex, candidates, wordsOf, type TermIndex } from './term-index.js';

export type SearchHitKind = 'topic' | 'fact' | 'passage';

export interface SearchHit {
  kind: SearchHitKind;
  /** Topic id, fact id, or `sourceId#passageId`. */
  id: string;
  /** 0 (perfect) … 1 (poor). */
  score: number;
  /** What to show: topic name, fact statement, or passage text. */
  title: string;
}

interface Entry {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** Folded searchable texts. */
  primary: string;
  secondary: string;
}

/** Documented options: threshold 0.45 tolerates a transposed or missing letter in short words ("feild hosptal"). */
const OPTIONS: IFuseOptions<Entry> = {
  keys: [
    { name: 'primary', weight: 3 },
    { name: 'secondary', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.45,
  // Long passages must not lose to short titles just for being long.
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
  useExtendedSearch: true,
};

/**
 * Added to fuse's score per kind: among equally good matches a topic is the best answer, then a
 * fact, then a passage; a clearly better match still wins across kinds.
 */
const KIND_PENALTY: Record<SearchHitKind, number> = { topic: 0, fact: 0.02, passage: 0.04 };

export interface SearchIndex {
  entries: Entry[];
  terms: TermIndex;
  /** Query words already matched against the vocabulary (typing repeats all but the last). */
  matched: Map<string, Map<number, number>>;
}

/** Entries fuse.js ranks per query: enough for any page of results, few enough to be quick. */
const RANKED = 120;

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.name]));
  const entries: Entry[] = [];
  for (const t of corpus.topics) {
    entries.push({
      kind: 'topic', id: t.id, title: t.name,
      primary: foldKey([t.name, t.nameVi ?? '', ...t.aliases.map((a) => a.text)].join(' ')),
      secondary: foldKey(t.description),
    });
  }
  for (const f of corpus.facts) {
    entries.push({
      kind: 'fact', id: f.id, title: f.statement,
      primary: foldKey(f.statement),
      secondary: foldKey([...f.topics.map((t) => topicNames.get(t) ?? ''), ...f.excerpts.map((e) => e.text)].join(' ')),
    });
  }
  for (const s of corpus.sources) {
    for (const p of s.passages) {
      entries.push({ kind: 'passage', id: `${s.id}#${p.id}`, title: p.text, primary: foldKey(p.text), secondary: foldKey(s.title) });
    }
  }
  return { entries, terms: buildTermIndex(entries.length, (i) => [entries[i]!.primary, entries[i]!.secondary]), matched: new Map() };
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  // Folded words only: extended-search operators (' = ! ^ $ |) can never appear in a folded query.
  const words = wordsOf(foldKey(query));
  if (words.length === 0) return [];
  if (index.matched.size > 500) index.matched.clear();
  const shortlist = candidates(index.terms, words, Math.max(RANKED, limit * 3), index.matched).map((i) => index.entries[i]!);
  if (shortlist.length === 0) return [];
  return new Fuse(shortlist, OPTIONS)
    .search(words.join(' '), { limit: limit * 3 })
    .map((r) => ({ kind: r.item.kind, id: r.item.id, title: r.item.title, score: (r.score ?? 1) + KIND_PENALTY[r.item.kind] }))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit);
}
