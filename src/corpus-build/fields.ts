/** Typed field readers for YAML mappings that report a missing or malformed field with its line. */
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { Diagnostics } from './diagnostics.js';

export interface FieldContext {
  file: string;
  diag: Diagnostics;
  lineOf: (offset: number | undefined) => number;
  node: YAMLMap;
  /** What the mapping is, for messages ("fact p22-x"). */
  what: string;
}

function nodeLine(ctx: FieldContext, key: string): number {
  const v = ctx.node.get(key, true) as { range?: [number, number, number] } | undefined;
  return ctx.lineOf(v?.range?.[0] ?? ctx.node.range?.[0]);
}

function scalarString(v: unknown): string | undefined {
  if (isScalar(v)) v = v.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function requiredString(ctx: FieldContext, key: string, pattern?: RegExp): string | undefined {
  if (!ctx.node.has(key)) {
    ctx.diag.error(ctx.file, ctx.lineOf(ctx.node.range?.[0]), `${ctx.what}: missing required field "${key}"`);
    return undefined;
  }
  return checked(ctx, key, pattern);
}

export function optionalString(ctx: FieldContext, key: string, pattern?: RegExp): string | undefined {
  return ctx.node.has(key) ? checked(ctx, key, pattern) : undefined;
}

function checked(ctx: FieldContext, key: string, pattern?: RegExp): string | undefined {
  const s = scalarString(ctx.node.get(key, true))?.trim();
  if (s === undefined || s === '') {
    ctx.diag.error(ctx.file, nodeLine(ctx, key), `${ctx.what}: "${key}" must be a non-empty text`);
    return undefined;
  }
  if (pattern && !pattern.test(s)) {
    ctx.diag.error(ctx.file, nodeLine(ctx, key), `${ctx.what}: "${key}" value "${s}" is malformed (expected ${pattern.source})`);
    return undefined;
  }
  return s;
}

export function stringList(ctx: FieldContext, key: string, mayBeEmpty: boolean): string[] | undefined {
  if (!ctx.node.has(key)) {
    ctx.diag.error(ctx.file, ctx.lineOf(ctx.node.range?.[0]), `${ctx.what}: missing required field "${key}"`);
    return undefined;
  }
  const v = ctx.node.get(key, true);
  if (!isSeq(v)) {
    ctx.diag.error(ctx.file, nodeLine(ctx, key), `${ctx.what}: "${key}" must be a list`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of v.items) {
    const s = scalarString(item)?.trim();
    if (!s) ctx.diag.error(ctx.file, ctx.lineOf((item as { range?: number[] }).range?.[0]), `${ctx.what}: "${key}" entries must be non-empty texts`);
    else out.push(s);
  }
  if (!mayBeEmpty && out.length === 0) ctx.diag.error(ctx.file, nodeLine(ctx, key), `${ctx.what}: "${key}" must not be empty`);
  return out;
}

export { isMap, isSeq, isScalar };
