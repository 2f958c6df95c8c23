/**
 * Every message between Gloss's contexts, in one place. `Api` maps a message type to its request
 * and its reply; `send` and `sendToTab` are the only ways to send one, and a reply is always a
 * `Result` — a handler that throws answers `{ ok: false, error }`, never silence.
 */
import type { ClaimCheck } from '../../core/claims/check.js';
import type { FigureHint } from '../../core/claims/hints.js';
import type { FactView, TopicView } from '../../core/corpus/views.js';
import type { SearchHit } from '../../core/search/search.js';

/** What a content script found on its page: topics in page order. */
export interface PageTopic {
  id: string;
  name: string;
  count: number;
  /** The distinct words that matched, as written on the page. */
  surfaces: string[];
}

export interface TabState {
  url: string;
  title: string;
  topics: PageTopic[];
  /** Epoch ms of the last report. */
  updated: number;
  /** Why nothing was scanned, when nothing was: the site is paused. */
  paused?: boolean;
  /** When the page says it was published ("2019-06-28"): what "last year" in its sentences means. */
  published?: string;
}

/** Requests handled by the background service worker. */
export interface BackgroundApi {
  /**
   * Content script → background: the page's topics (stored per tab, badge updated). The reply
   * names the topics (the content script's compact lexicon carries ids only).
   */
  'page/report': { request: { url: string; title: string; topics: PageTopic[]; paused?: boolean; published?: string }; reply: Record<string, string> };
  /** A card's content: the topic with its 2–3 key facts. */
  'topic/card': { request: { topic: string }; reply: TopicView };
  /** All facts of a topic (popup detail). */
  'topic/full': { request: { topic: string }; reply: TopicView };
  /** What the content script of a tab last reported (survives a worker restart). */
  'tab/state': { request: { tabId: number }; reply: TabState | null };
  /**
   * "Check with Gloss" on a tab: check `text` (or the tab's selection) and show the verdict in the
   * page — what the context-menu entry and the keyboard command do.
   */
  'selection/check': { request: { tabId: number; text?: string }; reply: ClaimCheck | null };
  /** Claim check with the shared engine. */
  'claim/check': { request: { text: string }; reply: ClaimCheck };
  /** Open the bundled reader at a passage (pages cannot link to extension pages themselves). */
  'reader/open': { request: { source: string; passage?: string; text?: string }; reply: null };
  /** Claim hints: for each mention's sentence, how its figures compare with the topic's facts. */
  'hints/check': { request: { items: { topic: string; sentence: string }[]; published?: string }; reply: (FigureHint | null)[] };
  /** Corpus search (the popup may also search locally). */
  'corpus/search': { request: { query: string; limit?: number }; reply: SearchHit[] };
}

/**
 * Who may send each background message. `extension`: Gloss's own pages (popup, options, reader),
 * whose URL is in the extension's origin. `content`: Gloss's content script in a tab, which speaks
 * only for its own tab. Anything else (another extension, a page that got hold of a messaging
 * channel) is refused.
 */
export type SenderKind = 'extension' | 'content';

export const BACKGROUND_SENDERS: { readonly [K in keyof BackgroundApi]: readonly SenderKind[] } = {
  'page/report': ['content'],
  'topic/card': ['content', 'extension'],
  'topic/full': ['extension'],
  'tab/state': ['extension'],
  'selection/check': ['extension'],
  'claim/check': ['extension'],
  'reader/open': ['content', 'extension'],
  'hints/check': ['content'],
  'corpus/search': ['extension'],
};

/** Requests handled by a tab's content script. */
export interface ContentApi {
  /** The current selection's text ("" when none). */
  'selection/get': { request: Record<string, never>; reply: { text: string } };
  /** Show a claim-check result in an in-page card next to the selection. */
  'claim/show': { request: { result: ClaimCheck; facts: FactView[] }; reply: null };
  /** Scroll to mention `index` (page order) of `topic` (default: the first) and open its card. */
  'mention/focus': { request: { topic: string; index?: number }; reply: boolean };
  /** Open the card of the mention under the selection or focus (keyboard command). */
  'card/open-focused': { request: Record<string, never>; reply: boolean };
  /** Diagnostics: main-thread time Gloss spent on this page, and its mention count. */
  'stats/get': { request: Record<string, never>; reply: { scriptingMs: number; mentions: number } };
  /** Open the in-page, keyboard-navigable list of the page's mentions. */
  'mentions/list': { request: Record<string, never>; reply: boolean };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Envelope<A, K extends keyof A = keyof A> = K extends keyof A
  ? { type: K; payload: A[K] extends { request: infer R } ? R : never }
  : never;

export type RequestOf<A, K extends keyof A> = A[K] extends { request: infer R } ? R : never;
export type ReplyOf<A, K extends keyof A> = A[K] extends { reply: infer R } ? R : never;

export type BackgroundMessage = Envelope<BackgroundApi>;
export type ContentMessage = Envelope<ContentApi>;

export class GlossMessageError extends Error {}

/** Unwraps a reply: the value, or a thrown `GlossMessageError` with the handler's message. */
export function unwrap<T>(reply: unknown): T {
  const r = reply as Result<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new GlossMessageError('no reply from Gloss');
  if (!r.ok) throw new GlossMessageError(r.error);
  return r.value;
}

export function isEnvelope(m: unknown): m is { type: string; payload: unknown } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}
