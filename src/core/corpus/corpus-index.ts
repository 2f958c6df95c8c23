/** Lookups over a loaded corpus: by id, facts per topic, key facts for a card, citations. */
import type { Corpus, Excerpt, Fact, Passage, Source, Topic } from './types.js';

export interface Citation {
  sourceId: string;
  passageId: string;
  /** "ISEAS Perspective 2022/46" or the title. */
  publication: string;
  title: string;
  publisher: string;
  authors: string[];
  published: string;
  rights: string;
}

export interface CorpusIndex {
  corpus: Corpus;
  topic(id: string): Topic | undefined;
  fact(id: string): Fact | undefined;
  source(id: string): Source | undefined;
  passage(sourceId: string, passageId: string): Passage | undefined;
  /** Facts about a topic, the ones where it is the main topic first. */
  factsAbout(topicId: string): Fact[];
  /** The two or three facts a card shows. */
  keyFacts(topicId: string, count?: number): Fact[];
  citation(excerpt: Excerpt): Citation | undefined;
}

const OPINION = /^(the )?(author|authors|paper|article)\b|\b(argues?|posits?|notes?|suggests?|contends?)\b/i;

/**
 * Rank for a card: main topic first; then facts that state a figure or a dated event (not the
 * analysis's own argument, dated only by its publication); then corroboration.
 */
function cardRank(fact: Fact, topicId: string, published: (sourceId: string) => string | undefined): number {
  const event = fact.asOf !== published(fact.excerpts[0]?.source ?? '');
  return (fact.topics[0] === topicId ? 16 : 0) + (fact.numbers.length ? 4 : 0) + (event ? 4 : 0)
    + (OPINION.test(fact.statement) ? -6 : 0) + (new Set(fact.excerpts.map((e) => e.source)).size > 1 ? 2 : 0);
}

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const topics = new Map(corpus.topics.map((t) => [t.id, t]));
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const passages = new Map<string, Passage>();
  for (const s of corpus.sources) for (const p of s.passages) passages.set(`${s.id}#${p.id}`, p);
  const about = new Map<string, Fact[]>();
  for (const f of corpus.facts) {
    for (const t of f.topics) {
      let list = about.get(t);
      if (!list) about.set(t, (list = []));
      list.push(f);
    }
  }
  for (const [t, list] of about) list.sort((a, b) => Number(b.topics[0] === t) - Number(a.topics[0] === t));

  return {
    corpus,
    topic: (id) => topics.get(id),
    fact: (id) => facts.get(id),
    source: (id) => sources.get(id),
    passage: (s, p) => passages.get(`${s}#${p}`),
    factsAbout: (id) => about.get(id) ?? [],
    keyFacts(id, count = 3) {
      const list = [...(about.get(id) ?? [])];
      const published = (sid: string): string | undefined => sources.get(sid)?.published;
      list.sort((a, b) => cardRank(b, id, published) - cardRank(a, id, published) || b.asOf.localeCompare(a.asOf));
      return list.slice(0, count);
    },
    citation(excerpt) {
      const s = sources.get(excerpt.source);
      if (!s) return undefined;
      return {
        sourceId: s.id,
        passageId: excerpt.passage,
        publication: s.series ?? s.title,
        title: s.title,
        publisher: s.publisher,
        authors: s.authors,
        published: s.published,
        rights: s.rights,
      };
    },
  };
}

/** "Phan Xuan Dung and Nguyen Cao Viet Hung", "A, B and C", or the publisher when unsigned. */
export function formatAuthors(c: Citation): string {
  const a = c.authors;
  if (a.length === 0) return c.publisher;
  if (a.length === 1) return a[0]!;
  return `${a.slice(0, -1).join(', ')} and ${a[a.length - 1]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-11-23" → "23 November 2018"; "2020-10" → "October 2020"; "2014" → "2014". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** "ISEAS Perspective 2022/46 · Phan Xuan Dung and Nguyen Cao Viet Hung · 29 April 2022" */
export function formatCitation(c: Citation): string {
  return `${c.publication} · ${formatAuthors(c)} · ${formatDate(c.published)}`;
}
