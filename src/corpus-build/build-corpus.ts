/**
 * The corpus build: data files in, validated corpus and lexicon out (or a list of errors naming
 * file and line). Pure: it is given file contents, so tests can build corpora from strings.
 */
import type { Corpus, Fact, Source, Topic } from '../core/corpus/types.js';
import { foldKey, matchKey } from '../core/text/fold.js';
import { compileLexicon, type LexiconData } from '../core/match/lexicon.js';
import { Diagnostics, type Diagnostic } from './diagnostics.js';
import { parseSource } from './parse-source.js';
import { parseFacts, parseTopics, type Located } from './parse-entries.js';

export interface DataFile {
  /** Path relative to the data folder, e.g. `facts/conference-2018.yaml`. */
  path: string;
  content: string;
}

export interface BuildResult {
  corpus?: Corpus;
  lexicon?: LexiconData;
  errors: Diagnostic[];
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Letters and tone marks only Vietnamese writes (French shares à, é, è, ê, ô …, so those alone do not count). */
const VIETNAMESE_ONLY = /[ăđơưĂĐƠƯáãõĩũỹìíòóúýÁÃÕĨŨỸÌÍÒÓÚÝ\u1EA0-\u1EF9]/u;
/** French marks: a short word with them ("été") is French, not a Vietnamese syllable. */
const FRENCH_MARKS = /[éèêëïîç]/i;

/**
 * A context or exclude word of one Vietnamese syllable folds, tones dropped, like other syllables:
 * "Đảng" (the Party) like "đang" (now), "Pháp" (France) like "pháp luật" (law), "Lào" like "lao động".
 * Written as a phrase ("Đảng Cộng sản", "nước Pháp") it means what it says. An abbreviation in
 * capitals ("QĐND") is no syllable; a short word with only marks French shares ("Lào") is one.
 */
function isLoneVietnameseSyllable(term: string): boolean {
  const t = term.trim();
  if (/[\s\-/]/.test(t) || (t.length >= 3 && t === t.toUpperCase()) || !/[^\x00-\x7F]/.test(t)) return false;
  const letters = foldKey(t).length;
  return VIETNAMESE_ONLY.test(t) || (letters > 0 && letters <= 4 && !FRENCH_MARKS.test(t));
}

const loneSyllable = (topic: string, kind: string, term: string): string =>
  `topic ${topic}: ${kind} "${term}" is one Vietnamese syllable: without its tones it also matches other words; write it as a phrase ("nước Pháp", "Đảng Cộng sản")`;

export function buildCorpus(files: readonly DataFile[]): BuildResult {
  const diag = new Diagnostics();
  const sources: Source[] = [];
  const topics: Located<Topic>[] = [];
  const facts: Located<Fact & { rawExcerpts: { source: string; text: string; passage?: string }[] }>[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const f of sorted) {
    const file = `data/${f.path}`;
    if (/(^|\/)README\.md$/.test(f.path)) continue; // folder notes, not data
    if (/^sources\/[^/]+\.md$/.test(f.path)) {
      const s = parseSource(file, f.content, diag);
      if (s) sources.push(s);
    } else if (/^topics\/[^/]+\.ya?ml$/.test(f.path)) topics.push(...parseTopics(file, f.content, diag));
    else if (/^facts\/[^/]+\.ya?ml$/.test(f.path)) facts.push(...parseFacts(file, f.content, diag));
    else diag.error(file, undefined, 'not a corpus file: expected sources/*.md, topics/*.yaml or facts/*.yaml');
  }
  if (sources.length === 0) diag.error('data/sources', undefined, 'no source documents');
  if (topics.length === 0) diag.error('data/topics', undefined, 'no topics');
  if (facts.length === 0) diag.error('data/facts', undefined, 'no facts');

  const sourceById = new Map<string, Source>();
  for (const s of sources) {
    if (sourceById.has(s.id)) diag.error(`data/sources/${s.id}.md`, 1, `source id "${s.id}" is used twice`);
    sourceById.set(s.id, s);
  }
  const topicById = new Map<string, Located<Topic>>();
  for (const t of topics) {
    const prev = topicById.get(t.value.id);
    if (prev) diag.error(t.file, t.line, `topic id "${t.value.id}" is already used at ${prev.file}:${prev.line}`);
    else topicById.set(t.value.id, t);
  }

  // Aliases: folded keys claimed by two topics must be ambiguous in both.
  const claims = new Map<string, { topic: string; ambiguous: boolean; file: string; line: number }[]>();
  for (const t of topics) {
    const all = [{ text: t.value.name, ambiguous: undefined as string | undefined, context: undefined as string[] | undefined }, ...t.value.aliases];
    all.forEach((a, i) => {
      const line = i === 0 ? t.line : (t.lines[i - 1] ?? t.line);
      const key = matchKey(a.text);
      if (key === '') { diag.error(t.file, line, `topic ${t.value.id}: alias "${a.text}" has no letters or digits`); return; }
      for (const c of a.context ?? []) {
        if (c.startsWith('@') && !topicById.has(c.slice(1))) diag.error(t.file, line, `topic ${t.value.id}: context "${c}" names no topic`);
        if (!c.startsWith('@') && foldKey(c) === '') diag.error(t.file, line, `topic ${t.value.id}: context "${c}" has no letters or digits`);
        if (!c.startsWith('@') && isLoneVietnameseSyllable(c)) diag.error(t.file, line, loneSyllable(t.value.id, 'context', c));
      }
      for (const x of ('exclude' in a ? a.exclude ?? [] : [])) {
        if (foldKey(x) === '') diag.error(t.file, line, `topic ${t.value.id}: exclude "${x}" has no letters or digits`);
        if (isLoneVietnameseSyllable(x)) diag.error(t.file, line, loneSyllable(t.value.id, 'exclude', x));
      }
      const list = claims.get(key) ?? [];
      const own = list.find((c) => c.topic === t.value.id);
      // A topic's name is always an alias; written again as ambiguous, the ambiguous form wins.
      if (own) own.ambiguous ||= Boolean(a.ambiguous);
      else list.push({ topic: t.value.id, ambiguous: Boolean(a.ambiguous), file: t.file, line });
      claims.set(key, list);
    });
  }
  for (const [key, list] of claims) {
    if (list.length < 2) continue;
    for (const c of list.filter((c) => !c.ambiguous)) {
      const others = list.filter((o) => o !== c).map((o) => `${o.topic} (${o.file}:${o.line})`).join(', ');
      diag.error(c.file, c.line, `alias "${key}" of topic ${c.topic} is also claimed by ${others}: mark it ambiguous with its context in every topic`);
    }
  }

  const factIds = new Map<string, string>();
  const topicsWithFacts = new Set<string>();
  const outFacts: Fact[] = [];
  for (const f of facts) {
    const fact = f.value;
    const where = `${f.file}:${f.line}`;
    if (factIds.has(fact.id)) diag.error(f.file, f.line, `fact id "${fact.id}" is already used at ${factIds.get(fact.id)}`);
    factIds.set(fact.id, where);
    for (const t of fact.topics) {
      if (!topicById.has(t)) diag.error(f.file, f.line, `fact ${fact.id}: topic "${t}" does not exist`);
      topicsWithFacts.add(t);
    }
    fact.rawExcerpts.forEach((e, i) => {
      const line = f.lines[i] ?? f.line;
      const source = sourceById.get(e.source);
      if (!source) { diag.error(f.file, line, `fact ${fact.id}: source "${e.source}" does not exist`); return; }
      const needle = collapse(e.text);
      const candidates = e.passage ? source.passages.filter((p) => p.id === e.passage) : source.passages;
      if (e.passage && candidates.length === 0) { diag.error(f.file, line, `fact ${fact.id}: passage "${e.passage}" does not exist in ${e.source}`); return; }
      const found = candidates.find((p) => collapse(p.text).includes(needle) || collapse(fullText(p)).includes(needle));
      if (!found) {
        diag.error(f.file, line, `fact ${fact.id}: excerpt not found verbatim in ${e.source}${e.passage ? ` ${e.passage}` : ''}: "${needle.slice(0, 80)}${needle.length > 80 ? '…' : ''}"`);
        return;
      }
      fact.excerpts.push({ source: e.source, passage: found.id, text: needle });
    });
    const { rawExcerpts: _drop, ...clean } = fact;
    outFacts.push(clean);
  }
  for (const t of topics) {
    if (!topicsWithFacts.has(t.value.id)) diag.error(t.file, t.line, `topic ${t.value.id} has no fact: every topic must be the subject of at least one fact`);
  }

  if (!diag.ok) return { errors: diag.list };
  const topicList = topics.map((t) => t.value);
  let lexicon: LexiconData;
  try {
    lexicon = compileLexicon(topicList);
  } catch (e) {
    return { errors: [{ file: 'data/topics', message: (e as Error).message }] };
  }
  return { corpus: { version: 1, sources, topics: topicList, facts: outFacts }, lexicon, errors: [] };
}

/** A passage's text as written in the file, footnote number and list marker included. */
function fullText(p: { kind: string; text: string; footnote?: number }): string {
  return p.footnote !== undefined ? `[${p.footnote}] ${p.text}` : p.text;
}
