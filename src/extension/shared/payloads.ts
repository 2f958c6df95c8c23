/**
 * The shape and size of every message's payload, checked where it is received: a malformed payload
 * is refused with an error that says what is wrong, and nothing larger than the caps below reaches a
 * handler. Pure (unit-tested in Node). This module holds the caps and the checks they are built from;
 * each side's table, keyed by its half of the message union (so a new message cannot be added
 * without its check), is in background-payloads.ts and content-payloads.ts, so that the content
 * script does not ship the background's.
 */
import type { RequestOf } from './messages.js';

/** A claim is a sentence or two; longer selections are not claims. */
export const MAX_CLAIM_CHARS = 1000;
/** Claim hints asked in one message (the content script sends more in several). */
export const MAX_HINT_ITEMS = 200;
export const MAX_SENTENCE_CHARS = 1000;
export const MAX_ID_CHARS = 200;
export const MAX_QUERY_CHARS = 200;
export const MAX_EXCERPT_CHARS = 2000;
/** What a tab may have stored for it: a page reports at most this much. */
export const MAX_URL_CHARS = 2048;
export const MAX_TITLE_CHARS = 300;
export const MAX_PAGE_TOPICS = 500;
export const MAX_SURFACES = 10;
export const MAX_SURFACE_CHARS = 120;

export class PayloadError extends Error {}

export type Check<T> = (value: unknown, path: string) => T;

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

export function record<T>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PayloadError(`${path} must be an object, not ${describe(value)}`);
    const source = value as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      if (!Object.hasOwn(fields, key)) throw new PayloadError(`${path} has an unexpected field "${key.slice(0, 40)}"`);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const v = fields[key](Object.hasOwn(source, key) ? source[key] : undefined, `${path}.${key}`);
      if (v !== undefined) out[key] = v;
    }
    return out as T;
  };
}

/** A string of at most `max` characters; `truncate` cuts a longer one instead of refusing it. */
export function text(max: number, opts: { truncate?: boolean; nonEmpty?: boolean } = {}): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') throw new PayloadError(`${path} must be a string, not ${describe(value)}`);
    if (opts.nonEmpty && !value.trim()) throw new PayloadError(`${path} is empty`);
    if (value.length <= max) return value;
    if (opts.truncate) return value.slice(0, max);
    throw new PayloadError(`${path} is too long (${value.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')})`);
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

export function list<T>(item: Check<T>, max: number, opts: { truncate?: boolean } = {}): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new PayloadError(`${path} must be an array, not ${describe(value)}`);
    if (value.length > max && !opts.truncate) throw new PayloadError(`${path} has too many items (${value.length}; at most ${max})`);
    return value.slice(0, max).map((v, i) => item(v, `${path}[${i}]`));
  };
}

export const count: Check<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new PayloadError(`${path} must be a whole number ≥ 0`);
  return value;
};

export const flag: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new PayloadError(`${path} must be true or false, not ${describe(value)}`);
  return value;
};

export type PayloadChecks<A> = { readonly [K in keyof A]: Check<RequestOf<A, K>> };

/** A message with no payload fields. */
export const empty = record<Record<string, never>>({});
export const id = text(MAX_ID_CHARS, { nonEmpty: true });

/** A page's publication date as the content script gives it: "2019", "2019-06" or "2019-06-28". */
export const day: Check<string> = (value, path) => {
  if (typeof value !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) throw new PayloadError(`${path} must be a date (YYYY-MM-DD)`);
  return value;
};
