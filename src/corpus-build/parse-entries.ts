/** Parses the YAML lists of topics and facts, keeping each entry's line for later messages. */
import { parseDocument, LineCounter, isMap, isSeq, isScalar, type YAMLMap } from 'yaml';
import { TOPIC_KINDS, type AliasSpec, type Fact, type FigureSpec, type Topic } from '../core/corpus/types.js';
import type { Diagnostics } from './diagnostics.js';
import { optionalString, requiredString, stringList, type FieldContext } from './fields.js';

export const ID = /^[a-z0-9][a-z0-9-]*$/;
const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface Located<T> { value: T; file: string; line: number; /** line of each excerpt/alias */ lines: number[] }

function parseList(file: string, content: string, diag: Diagnostics): { items: YAMLMap[]; lineOf: (o?: number) => number } {
  const counter = new LineCounter();
  const doc = parseDocument(content, { lineCounter: counter, prettyErrors: false });
  const lineOf = (o?: number): number => (o === undefined ? 1 : counter.linePos(o).line);
  for (const e of doc.errors) diag.error(file, lineOf(e.pos[0]), `YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return { items: [], lineOf };
  if (doc.contents === null) return { items: [], lineOf };
  if (!isSeq(doc.contents)) {
    diag.error(file, 1, 'the file must be a YAML list (entries starting with "- ")');
    return { items: [], lineOf };
  }
  const items: YAMLMap[] = [];
  for (const item of doc.contents.items) {
    if (isMap(item)) items.push(item);
    else diag.error(file, lineOf((item as { range?: number[] } | null)?.range?.[0]), 'each entry must be a mapping with fields');
  }
  return { items, lineOf };
}

function lineOfNode(lineOf: (o?: number) => number, n: unknown): number {
  return lineOf((n as { range?: number[] } | null)?.range?.[0]);
}

export function parseTopics(file: string, content: string, diag: Diagnostics): Located<Topic>[] {
  const { items, lineOf } = parseList(file, content, diag);
  return items.map((node) => {
    const line = lineOfNode(lineOf, node);
    const rawId = isScalar(node.get('id', true)) ? String(node.get('id')) : '?';
    const ctx: FieldContext = { file, diag, lineOf, node, what: `topic ${rawId}` };
    const id = requiredString(ctx, 'id', ID) ?? rawId;
    const kind = requiredString(ctx, 'kind');
    if (kind && !(TOPIC_KINDS as readonly string[]).includes(kind)) {
      diag.error(file, lineOfNode(lineOf, node.get('kind', true)), `topic ${id}: kind "${kind}" is not one of ${TOPIC_KINDS.join(', ')}`);
    }
    const topic: Topic = {
      id,
      name: requiredString(ctx, 'name') ?? '',
      kind: (kind ?? 'concept') as Topic['kind'],
      description: requiredString(ctx, 'description') ?? '',
      aliases: [],
    };
    const nameVi = optionalString(ctx, 'name_vi');
    if (nameVi) topic.nameVi = nameVi;
    const lines: number[] = [];
    const aliases = node.get('aliases', true);
    if (aliases !== undefined && !isSeq(aliases)) diag.error(file, lineOfNode(lineOf, aliases), `topic ${id}: "aliases" must be a list`);
    if (isSeq(aliases)) {
      for (const a of aliases.items) {
        const aLine = lineOfNode(lineOf, a);
        if (isScalar(a) && typeof a.value === 'string' && a.value.trim()) {
          topic.aliases.push({ text: a.value.trim() });
          lines.push(aLine);
        } else if (isMap(a)) {
          const actx: FieldContext = { file, diag, lineOf, node: a, what: `topic ${id} alias` };
          const text = requiredString(actx, 'text');
          if (!text) continue;
          const spec: AliasSpec = { text };
          const ambiguous = optionalString(actx, 'ambiguous');
          if (ambiguous) {
            spec.ambiguous = ambiguous;
            const context = stringList(actx, 'context', false);
            if (context) spec.context = context;
            if (a.has('exclude')) spec.exclude = stringList(actx, 'exclude', true) ?? [];
          } else if (a.has('context') || a.has('exclude')) {
            diag.error(file, aLine, `topic ${id}: alias "${text}" has context but no "ambiguous" reason`);
          }
          topic.aliases.push(spec);
          lines.push(aLine);
        } else diag.error(file, aLine, `topic ${id}: an alias must be a text or a mapping with "text"`);
      }
    }
    if (topic.nameVi && !topic.aliases.some((a) => a.text === topic.nameVi)) {
      topic.aliases.push({ text: topic.nameVi });
      lines.push(line);
    }
    return { value: topic, file, line, lines };
  });
}

export interface RawExcerpt { source: string; text: string; passage?: string }

export function parseFacts(file: string, content: string, diag: Diagnostics): Located<Fact & { rawExcerpts: RawExcerpt[] }>[] {
  const { items, lineOf } = parseList(file, content, diag);
  return items.map((node) => {
    const line = lineOfNode(lineOf, node);
    const rawId = isScalar(node.get('id', true)) ? String(node.get('id')) : '?';
    const ctx: FieldContext = { file, diag, lineOf, node, what: `fact ${rawId}` };
    const id = requiredString(ctx, 'id', ID) ?? rawId;
    const fact: Fact & { rawExcerpts: RawExcerpt[] } = {
      id,
      statement: requiredString(ctx, 'statement') ?? '',
      topics: stringList(ctx, 'topics', false) ?? [],
      asOf: requiredString(ctx, 'as_of', AS_OF) ?? '',
      numbers: [],
      excerpts: [],
      rawExcerpts: [],
    };
    const period = node.get('period', true);
    if (period !== undefined) {
      const p = isSeq(period) ? period.items.map((x) => (isScalar(x) ? String(x.value) : '')) : [];
      if (p.length !== 2 || !p.every((x) => AS_OF.test(x))) diag.error(file, lineOfNode(lineOf, period), `fact ${id}: "period" must be [from, to] with YYYY, YYYY-MM or YYYY-MM-DD dates`);
      else fact.period = [p[0]!, p[1]!];
    }
    const numbers = node.get('numbers', true);
    if (numbers === undefined) diag.error(file, line, `fact ${id}: missing required field "numbers" (use [] when the statement has no figure)`);
    else if (!isSeq(numbers)) diag.error(file, lineOfNode(lineOf, numbers), `fact ${id}: "numbers" must be a list`);
    else for (const n of numbers.items) {
      if (!isMap(n)) { diag.error(file, lineOfNode(lineOf, n), `fact ${id}: a number must be a mapping with value and unit`); continue; }
      const nctx: FieldContext = { file, diag, lineOf, node: n, what: `fact ${id} number` };
      const value = n.get('value');
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        diag.error(file, lineOfNode(lineOf, n), `fact ${id}: number "value" must be a number`);
        continue;
      }
      const unit = requiredString(nctx, 'unit');
      const quantity = optionalString(nctx, 'quantity', ID);
      if (!unit) continue;
      const fig: FigureSpec = { value, unit };
      if (quantity) fig.quantity = quantity;
      fact.numbers.push(fig);
    }
    const lines: number[] = [];
    const excerpts = node.get('excerpts', true);
    if (!isSeq(excerpts) || excerpts.items.length === 0) {
      diag.error(file, excerpts ? lineOfNode(lineOf, excerpts) : line, `fact ${id}: needs at least one excerpt`);
    } else for (const e of excerpts.items) {
      if (!isMap(e)) { diag.error(file, lineOfNode(lineOf, e), `fact ${id}: an excerpt must be a mapping with source and text`); continue; }
      const ectx: FieldContext = { file, diag, lineOf, node: e, what: `fact ${id} excerpt` };
      const source = requiredString(ectx, 'source');
      const text = requiredString(ectx, 'text');
      const passage = optionalString(ectx, 'passage');
      if (!source || !text) continue;
      fact.rawExcerpts.push(passage ? { source, text, passage } : { source, text });
      lines.push(lineOfNode(lineOf, e));
    }
    return { value: fact, file, line, lines };
  });
}
