/** The checks of every background message's payload (payloads.ts has the caps and the check builders). */
import type { BackgroundApi, RequestOf } from './messages.js';
import {
  count, day, flag, id, list, MAX_CLAIM_CHARS, MAX_EXCERPT_CHARS, MAX_ID_CHARS, MAX_PAGE_TOPICS, MAX_QUERY_CHARS, MAX_SENTENCE_CHARS,
  MAX_HINT_ITEMS, MAX_SURFACE_CHARS, MAX_SURFACES, MAX_TITLE_CHARS, MAX_URL_CHARS, optional, record, text, type PayloadChecks,
} from './payloads.js';

const topicRequest = record<{ topic: string }>({ topic: id });

export const BACKGROUND_PAYLOADS: PayloadChecks<BackgroundApi> = {
  // Page text: cut to the caps rather than refused, so a page with a huge title still gets its badge.
  'page/report': record<RequestOf<BackgroundApi, 'page/report'>>({
    url: text(MAX_URL_CHARS, { truncate: true }),
    title: text(MAX_TITLE_CHARS, { truncate: true }),
    topics: list(record({
      id,
      name: text(MAX_SURFACE_CHARS, { truncate: true }),
      count,
      surfaces: list(text(MAX_SURFACE_CHARS, { truncate: true }), MAX_SURFACES, { truncate: true }),
    }), MAX_PAGE_TOPICS, { truncate: true }),
    paused: optional(flag),
    published: optional(day),
  }),
  'topic/card': topicRequest,
  'topic/full': topicRequest,
  'tab/state': record({ tabId: count }),
  'selection/check': record({ tabId: count, text: optional(text(MAX_CLAIM_CHARS)) }),
  'claim/check': record({ text: text(MAX_CLAIM_CHARS) }),
  'reader/open': record({ source: id, passage: optional(text(MAX_ID_CHARS)), text: optional(text(MAX_EXCERPT_CHARS)) }),
  'hints/check': record({ items: list(record({ topic: id, sentence: text(MAX_SENTENCE_CHARS) }), MAX_HINT_ITEMS), published: optional(day) }),
  'corpus/search': record({ query: text(MAX_QUERY_CHARS), limit: optional(count) }),
};
