/** Parses a cleaned source document: YAML front matter, then `{#id}`-tagged paragraphs. */
import { parseDocument, LineCounter, isMap } from 'yaml';
import { SOURCE_KINDS, type Passage, type Source } from '../core/corpus/types.js';
import type { Diagnostics } from './diagnostics.js';
import { optionalString, requiredString, stringList } from './fields.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BLOCK_ID = /^\{#([^}\s]*)\}\s*/;

export function parseSource(file: string, content: string, diag: Diagnostics): Source | undefined {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') {
    diag.error(file, 1, 'a source must start with a front-matter block ("---")');
    return undefined;
  }
  const close = lines.indexOf('---', 1);
  if (close < 0) {
    diag.error(file, 1, 'the front-matter block is not closed with "---"');
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : counter.linePos(offset).line + 1);
  for (const e of doc.errors) diag.error(file, lineOf(e.pos[0]), `front matter: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return undefined;
  const node = doc.contents;
  if (!isMap(node)) {
    diag.error(file, 2, 'the front matter must be a mapping of fields');
    return undefined;
  }
  const ctx = { file, diag, lineOf, node, what: 'source' };
  const id = requiredString(ctx, 'id', ID);
  const expectedId = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (id && id !== expectedId) diag.error(file, lineOf(node.get('id', true)?.range?.[0]), `id "${id}" must equal the file name "${expectedId}"`);
  const kind = requiredString(ctx, 'kind');
  if (kind && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
    diag.error(file, lineOf(node.get('kind', true)?.range?.[0]), `kind "${kind}" is not one of ${SOURCE_KINDS.join(', ')}`);
  }
  const published = requiredString(ctx, 'published', DATE);
  const source: Source = {
    id: id ?? expectedId,
    title: requiredString(ctx, 'title') ?? '',
    publisher: requiredString(ctx, 'publisher') ?? '',
    authors: stringList(ctx, 'authors', true) ?? [],
    published: published ?? '',
    language: requiredString(ctx, 'language', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/) ?? '',
    kind: (kind ?? 'analysis') as Source['kind'],
    seeds: stringList(ctx, 'seeds', false) ?? [],
    rights: requiredString(ctx, 'rights') ?? '',
    passages: [],
  };
  const series = optionalString(ctx, 'series');
  if (series) source.series = series;
  const place = optionalString(ctx, 'place');
  if (place) source.place = place;
  const url = optionalString(ctx, 'url');
  if (url) source.url = url;

  // Paragraphs: blocks separated by blank lines, each tagged {#id}.
  const seen = new Map<string, number>();
  let block: string[] = [];
  let blockLine = 0;
  const flush = (): void => {
    if (block.length === 0) return;
    const raw = block.join('\n');
    block = [];
    const m = BLOCK_ID.exec(raw);
    if (!m) {
      diag.error(file, blockLine, `paragraph has no {#id} tag: "${raw.slice(0, 40)}…"`);
      return;
    }
    const pid = m[1]!;
    if (!ID.test(pid)) diag.error(file, blockLine, `paragraph id "${pid}" must match [a-z0-9-]+`);
    if (seen.has(pid)) diag.error(file, blockLine, `paragraph id "${pid}" is already used on line ${seen.get(pid)}`);
    seen.set(pid, blockLine);
    let text = raw.slice(m[0].length).replace(/\s*\n\s*/g, ' ').trim();
    let kind: Passage['kind'] = 'paragraph';
    let footnote: number | undefined;
    if (text === '#' || text.startsWith('# ')) { kind = 'heading'; text = text.slice(1).trim(); }
    else if (text === '-' || text.startsWith('- ')) { kind = 'bullet'; text = text.slice(1).trim(); }
    else if (pid.startsWith('fn-')) {
      kind = 'footnote';
      const fm = /^\[(\d+)\]\s*/.exec(text);
      if (!fm || `fn-${fm[1]}` !== pid) diag.error(file, blockLine, `footnote ${pid} must start with [${pid.slice(3)}]`);
      else { footnote = Number(fm[1]); text = text.slice(fm[0].length); }
    }
    if (text === '') diag.error(file, blockLine, `paragraph ${pid} is empty`);
    const passage: Passage = { id: pid, kind, text };
    if (footnote !== undefined) passage.footnote = footnote;
    source.passages.push(passage);
  };
  for (let i = close + 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') flush();
    else {
      if (block.length === 0) blockLine = i + 1;
      block.push(lines[i]!);
    }
  }
  flush();
  if (source.passages.length === 0) diag.error(file, close + 2, 'the document has no paragraphs');
  return source;
}
