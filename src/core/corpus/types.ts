/** The corpus model: what `npm run corpus` emits and every context loads. */

export const TOPIC_KINDS = ['person', 'organisation', 'policy', 'document', 'mission', 'place', 'event', 'concept'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export const SOURCE_KINDS = ['analysis', 'press-release', 'news'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface AliasSpec {
  text: string;
  /** Why the alias is ambiguous; present only for ambiguous aliases. */
  ambiguous?: string;
  /** Words/phrases, or `@topic-id`, of which one must be present for the alias to count. */
  context?: string[];
  /** Words/phrases that veto the alias when present near it. */
  exclude?: string[];
}

export interface Topic {
  id: string;
  name: string;
  nameVi?: string;
  kind: TopicKind;
  description: string;
  aliases: AliasSpec[];
}

export interface FigureSpec {
  value: number;
  unit: string;
  /** What is measured (e.g. `personnel-deployed`): facts of one topic and quantity form a timeline. */
  quantity?: string;
}

export interface Excerpt {
  source: string;
  /** Paragraph or footnote id within the source. */
  passage: string;
  text: string;
}

export interface Fact {
  id: string;
  statement: string;
  topics: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  period?: [string, string];
  numbers: FigureSpec[];
  excerpts: Excerpt[];
}

export type PassageKind = 'heading' | 'paragraph' | 'bullet' | 'footnote';

export interface Passage {
  id: string;
  kind: PassageKind;
  text: string;
  /** Footnote number, for footnotes. */
  footnote?: number;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  series?: string;
  authors: string[];
  published: string;
  language: string;
  kind: SourceKind;
  place?: string;
  url?: string;
  seeds: string[];
  rights: string;
  passages: Passage[];
}

export interface Corpus {
  version: 1;
  sources: Source[];
  topics: Topic[];
  facts: Fact[];
}
