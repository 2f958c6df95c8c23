/**
 * Self-contained views of facts and topics: what a card, the popup, the reader link and the CLI's
 * JSON show, with citations resolved. Plain data, safe to send between extension contexts.
 */
import { formatCitation, type Citation, type CorpusIndex } from './corpus-index.js';
import type { Fact, FigureSpec, Topic } from './types.js';
import { timelines, type Timeline } from './timeline.js';

export interface ExcerptView {
  source: string;
  passage: string;
  text: string;
  citation: Citation;
  /** "ISEAS Perspective 2022/46 · Phan Xuan Dung and Nguyen Cao Viet Hung · 29 April 2022" */
  cite: string;
}

export interface FactView {
  id: string;
  statement: string;
  asOf: string;
  period?: [string, string];
  numbers: FigureSpec[];
  topics: string[];
  excerpts: ExcerptView[];
}

export interface TopicView {
  id: string;
  name: string;
  nameVi?: string;
  kind: Topic['kind'];
  description: string;
  facts: FactView[];
  /** How many facts the corpus has on this topic in all. */
  factCount: number;
  /** Quantities the sources state more than once, each as a dated series. */
  timelines: Timeline[];
}

export function factView(index: CorpusIndex, fact: Fact): FactView {
  const view: FactView = {
    id: fact.id,
    statement: fact.statement,
    asOf: fact.asOf,
    numbers: fact.numbers,
    topics: fact.topics,
    excerpts: fact.excerpts.flatMap((e) => {
      const citation = index.citation(e);
      return citation ? [{ source: e.source, passage: e.passage, text: e.text, citation, cite: formatCitation(citation) }] : [];
    }),
  };
  if (fact.period) view.period = fact.period;
  return view;
}

/** A topic with its key facts (`limit`), or all facts when `limit` is undefined. */
export function topicView(index: CorpusIndex, topicId: string, limit?: number): TopicView | undefined {
  const t = index.topic(topicId);
  if (!t) return undefined;
  const all = index.factsAbout(topicId);
  const facts = limit === undefined ? all : index.keyFacts(topicId, limit);
  const view: TopicView = {
    id: t.id, name: t.name, kind: t.kind, description: t.description,
    facts: facts.map((f) => factView(index, f)),
    factCount: all.length,
    timelines: timelines(index, topicId),
  };
  if (t.nameVi) view.nameVi = t.nameVi;
  return view;
}
