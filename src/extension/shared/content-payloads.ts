/** The checks of every content-script message's payload (payloads.ts has the caps and the check builders). */
import type { ContentApi, RequestOf } from './messages.js';
import { count, empty, id, optional, PayloadError, record, type Check, type PayloadChecks } from './payloads.js';

/** Claim results come from Gloss's own background: checked for their outline, not field by field. */
const claimResult: Check<RequestOf<ContentApi, 'claim/show'>> = (value, path) => {
  const shape = record<{ result: unknown; facts: unknown }>({ result: (v) => v, facts: (v) => v })(value, path);
  const result = shape.result as { verdict?: unknown; results?: unknown } | null;
  if (typeof result !== 'object' || result === null || typeof result.verdict !== 'string' || !Array.isArray(result.results)) {
    throw new PayloadError(`${path}.result is not a claim check`);
  }
  if (!Array.isArray(shape.facts)) throw new PayloadError(`${path}.facts must be an array`);
  return shape as RequestOf<ContentApi, 'claim/show'>;
};

export const CONTENT_PAYLOADS: PayloadChecks<ContentApi> = {
  'selection/get': empty,
  'claim/show': claimResult,
  'mention/focus': record({ topic: id, index: optional(count) }),
  'card/open-focused': empty,
  'stats/get': empty,
  'mentions/list': empty,
};
