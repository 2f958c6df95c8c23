/** What the claim check precomputes once per corpus: word statistics and normalised fact figures. */
import { actorsIn } from './foreign-actors.js';
import type { Corpus, Fact, Source } from '../corpus/types.js';
import type { Lexicon } from '../match/lexicon.js';
import { factFigure, factSpan, type FactFigure, type FactSpan, type NamedDate } from './compare.js';
import { extractFigures } from './figures.js';
import type { ClaimFigure } from './types.js';
import { placesIn } from './places.js';
import { givesRunningTotal } from './cumulative.js';
import { contentKeys, keyedWords } from './words.js';
import { documentNumbers } from './documents.js';
import { eventKindOf } from './event-kinds.js';
import { negated } from './polarity.js';

export interface IndexedFact {
  fact: Fact;
  /** Content-word keys of the statement alone. */
  statementKeys: Set<string>;
  /** Keys of the statement the sources write as names ("vietnam", "asean"): a claim holding the fact whole names them all. */
  statementNames: string[];
  /** Summed IDF of the statement's keys: how much a claim must contain to contain the whole statement. */
  statementWeight: number;
  /**
   * The clauses of a statement that adds to what it says ("Kim Jong Un's 2019 visit … was designated
   * an 'official friendship visit'" | "a term connoting …"), as keys and their summed IDF.
   */
  clauses: { keys: string[]; weight: number; names: string[] }[];
  /** Content-word keys: 1 for words of the statement, less for words only in the excerpts. */
  keys: Map<string, number>;
  figures: FactFigure[];
  span: FactSpan;
  /**
   * The fact is about a dated event or period (its statement names a year, or it has a period);
   * otherwise its as-of is only when the source said it, and a claim's year is not compared with it.
   */
  dated: boolean;
  /** Its figures are running totals (a period, or "up to", "since", "in total" in its statement). */
  cumulative: boolean;
  /** Ordinals its statement states ("its first", "second level-two field hospital"): 1, 2, … */
  ordinals: number[];
  /** The same, with the keys of what they count ("first female officer" → 1: women, officer); the statement's keys when unsaid ("its first"). */
  ordinalsOf: { value: number; keys: Set<string> }[];
  /** Dates its statement names, with month and day when given ("On 1 October 2018"). */
  namedDates: readonly NamedDate[];
  /** Places its statement puts something in ("in Ha Noi", "to South Sudan"; gazetteer ids). */
  places: string[];
  /** Numbers of the documents its statement names ("Resolution 1889": 1889). */
  documents: Set<string>;
  /** Its statement says something began, or was the first, at its date. */
  began: boolean;
  /** … or counts on from a start ("since", "established", "joined"): what a claim's "since 2012" can be set against. */
  starts: boolean;
  /** The kind of the first event its statement names (event-kinds.ts), if any. */
  eventKind: string | undefined;
  /** Its statement is negated ("did not pay"). */
  negated: boolean;
  /** Its statement is about other countries' doing, not Vietnam's ("By 2003 all five of ASEAN's original members … had contributed"). */
  othersActing: boolean;
}

export interface ClaimIndex {
  lexicon: Lexicon;
  facts: IndexedFact[];
  sources: Map<string, Source>;
  /** Inverse document frequency over facts, by key; `unknownIdf` for keys no fact has. */
  idf: Map<string, number>;
  unknownIdf: number;
  /** Share of facts containing each key. */
  share: Map<string, number>;
  /** Inverse document frequency of each topic over the facts about it. */
  topicIdf: Map<string, number>;
  /** Keys the sources write with a capital in mid-sentence most of the time: names. */
  names: Set<string>;
  /** Names in most fact statements: what the corpus is about ("vietnam"). */
  subjects: Set<string>;
  /** Other keys in a large share of facts: the field the corpus covers ("peacekeep", "un"). */
  domain: Set<string>;
  /** Every key in the sources and facts. */
  vocabulary: Set<string>;
  /** Topics that are documents: a year in their name ("the 2019 Defence White Paper") is part of a title, not a date. */
  titled: Set<string>;
  /** How many facts have each topic as their main (first) one. */
  mainTopicCounts: Map<string, number>;
}

/** The ordinals of a text's figures, ranks aside ("the second rotation" → 2). */
function ordinalsIn(figures: readonly ClaimFigure[]): number[] {
  return figures.filter((x) => x.ordinal && x.unit !== 'rank').map((x) => x.value);
}

/** "the 2019 Defence White Paper": a year naming an edition, read as a count by the figure reader. */
const EDITION = /^(1[89]\d\d|20\d\d)\s+\p{Lu}/u;

/** Each ordinal with the keys of what it counts (the whole text's keys when it names nothing: "its first"). */
function ordinalsOf(text: string, figures: readonly ClaimFigure[]): { value: number; keys: Set<string> }[] {
  return figures
    .filter((x) => x.ordinal && x.unit !== 'rank')
    .map((x) => ({ value: x.value, keys: new Set(contentKeys(x.unit ? x.unit : text)) }));
}

function namedYears(figures: readonly ClaimFigure[]): [number, number][] {
  return figures
    .filter((x) => x.kind === 'year' || x.kind === 'year-range' || (x.kind === 'count' && EDITION.test(x.raw)))
    .map((x): [number, number] => x.range ?? [x.value, x.value]);
}

/** A name in this share of fact statements is what the corpus is about. */
const SUBJECT_SHARE = 0.4;

/** A key in this share of facts names the corpus's field. */
const DOMAIN_SHARE = 0.3;

/** Excerpts carry the source's wider sentence; words found only there count for less. */
const EXCERPT_ONLY = 0.6;

/** A clause of a statement says something on its own with this many content words. */
const MIN_CLAUSE_KEYS = 4;
/** Clause boundaries in a statement: ";", ":", a comma or dash before what adds to it. */
const CLAUSE_BREAK = /[;:]\s|\s[–—]\s|,\s(?=(?:a|an|which|who|whose|while|but|and|laying|making|including)\s)/;

function statementClauses(statement: string): string[] {
  const clauses = statement.split(CLAUSE_BREAK);
  return clauses.length > 1 ? clauses : [];
}

function factKeys(fact: Fact): Map<string, number> {
  const keys = new Map<string, number>();
  for (const e of fact.excerpts) for (const k of contentKeys(e.text)) keys.set(k, EXCERPT_ONLY);
  for (const k of contentKeys(fact.statement)) keys.set(k, 1);
  return keys;
}

/** One fact's precomputed keys, figures, dates and places (the statement's figures read once). */
function indexFact(fact: Fact): IndexedFact {
  const figures = extractFigures(fact.statement);
  const years = namedYears(figures);
  const namedDates = figures.filter((x) => x.kind === 'year').map((x) => ({ year: x.value, month: x.month, day: x.day }));
  return {
    fact,
    keys: factKeys(fact),
    statementKeys: new Set(contentKeys(fact.statement)),
    statementWeight: 0,
    clauses: statementClauses(fact.statement).map((c) => ({ keys: [...new Set(contentKeys(c))], weight: 0, names: [] as string[] })).filter((c) => c.keys.length >= MIN_CLAUSE_KEYS),
    statementNames: [],
    figures: fact.numbers.map(factFigure),
    span: factSpan(fact, years, namedDates),
    dated: fact.period !== undefined || years.length > 0,
    places: [...new Set(placesIn(fact.statement).filter((p) => p.locative).map((p) => p.id))],
    ordinals: ordinalsIn(figures),
    ordinalsOf: ordinalsOf(fact.statement, figures),
    namedDates,
    cumulative: fact.period !== undefined || givesRunningTotal(fact.statement, []),
    documents: documentNumbers(fact.statement),
    began: BEGAN.test(fact.statement),
    starts: BEGAN.test(fact.statement) || STARTS.test(fact.statement),
    eventKind: eventKindOf(fact.statement),
    negated: negated(fact.statement),
    othersActing: (({ foreign, subject }) => foreign && !subject)(actorsIn(fact.statement)),
  };
}

/** Words saying something began, or was the first; and others saying something counts on from a start. */
const BEGAN = /\b(?:began|begin|begun|begins|started|starts|first)\b/i;
const STARTS = /\b(?:since|established|launched|joined)\b/i;

export function buildClaimIndex(corpus: Corpus, lexicon: Lexicon): ClaimIndex {
  const facts: IndexedFact[] = corpus.facts.map((fact) => indexFact(fact));
  const n = Math.max(facts.length, 1);
  const df = new Map<string, number>();
  for (const f of facts) for (const k of f.keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = new Map<string, number>();
  const share = new Map<string, number>();
  for (const [k, d] of df) {
    idf.set(k, Math.log(1 + n / d));
    share.set(k, d / n);
  }
  for (const f of facts) for (const k of f.statementKeys) f.statementWeight += idf.get(k) ?? 0;
  for (const f of facts) for (const c of f.clauses) for (const k of c.keys) c.weight += idf.get(k) ?? 0;
  const topicDf = new Map<string, number>();
  for (const f of corpus.facts) for (const t of new Set(f.topics)) topicDf.set(t, (topicDf.get(t) ?? 0) + 1);
  const topicIdf = new Map<string, number>();
  for (const t of corpus.topics) topicIdf.set(t.id, Math.log(1 + n / (topicDf.get(t.id) ?? 1)));

  const capital = new Map<string, [number, number]>();
  const vocabulary = new Set<string>(df.keys());
  const texts = corpus.sources.flatMap((s) => s.passages.map((p) => p.text));
  for (const text of texts) {
    for (const w of keyedWords(text)) {
      vocabulary.add(w.key);
      if (w.sentenceStart) continue;
      const c = capital.get(w.key) ?? [0, 0];
      c[w.capitalised ? 0 : 1]++;
      capital.set(w.key, c);
    }
  }
  const names = new Set([...capital].filter(([, [up, low]]) => up >= 2 * low && up > 0).map(([k]) => k));
  for (const f of facts) f.statementNames = [...f.statementKeys].filter((k) => names.has(k));
  for (const f of facts) for (const c of f.clauses) c.names = c.keys.filter((k) => names.has(k));
  const inStatements = new Map<string, number>();
  for (const f of corpus.facts) for (const k of new Set(contentKeys(f.statement))) inStatements.set(k, (inStatements.get(k) ?? 0) + 1);
  const subjects = new Set([...inStatements].filter(([k, c]) => names.has(k) && c / n > SUBJECT_SHARE).map(([k]) => k));
  const domain = new Set([...share].filter(([k, v]) => v >= DOMAIN_SHARE && !subjects.has(k)).map(([k]) => k));
  return {
    lexicon,
    facts,
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    idf,
    unknownIdf: Math.log(1 + 2 * n),
    share,
    topicIdf,
    names,
    subjects,
    domain,
    vocabulary,
    titled: new Set(corpus.topics.filter((t) => t.kind === 'document').map((t) => t.id)),
    mainTopicCounts: countMainTopics(corpus.facts),
  };
}

function countMainTopics(facts: readonly Fact[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of facts) {
    const t = f.topics[0];
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
