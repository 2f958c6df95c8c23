import { describe, expect, it } from 'vitest';
import { BACKGROUND_SENDERS } from '../../src/extension/shared/messages.js';
import { MAX_CLAIM_CHARS, MAX_HINT_ITEMS, MAX_PAGE_TOPICS, MAX_TITLE_CHARS, MAX_URL_CHARS, PayloadError } from '../../src/extension/shared/payloads.js';
import { BACKGROUND_PAYLOADS } from '../../src/extension/shared/background-payloads.js';
import { CONTENT_PAYLOADS } from '../../src/extension/shared/content-payloads.js';
import { refuseSender, senderKind } from '../../src/extension/shared/senders.js';
import { handleMessages } from '../../src/extension/shared/handle.js';
import type { MessageSender } from '../../src/extension/shared/ext.js';
import type { PayloadChecks } from '../../src/extension/shared/payloads.js';

const own = { id: 'gloss-id', origin: 'chrome-extension://gloss-id/' };

describe('payload checks', () => {
  it('accept well-formed payloads and return only their known fields', () => {
    expect(BACKGROUND_PAYLOADS['claim/check']({ text: 'Vietnam sent 29 officers' }, 'payload')).toEqual({ text: 'Vietnam sent 29 officers' });
    expect(BACKGROUND_PAYLOADS['tab/state']({ tabId: 7 }, 'payload')).toEqual({ tabId: 7 });
    expect(BACKGROUND_PAYLOADS['reader/open']({ source: 'iseas-2021-6', passage: 'p3' }, 'payload')).toEqual({ source: 'iseas-2021-6', passage: 'p3' });
    expect(CONTENT_PAYLOADS['mention/focus']({ topic: 'unmiss', index: 2 }, 'payload')).toEqual({ topic: 'unmiss', index: 2 });
  });

  it('refuse malformed payloads, saying what is wrong', () => {
    const check = (type: keyof typeof BACKGROUND_PAYLOADS, payload: unknown) => () => BACKGROUND_PAYLOADS[type](payload, 'payload');
    expect(check('tab/state', { tabId: '7' })).toThrow(new PayloadError('payload.tabId must be a whole number ≥ 0'));
    expect(check('tab/state', { tabId: -1 })).toThrow(/whole number/);
    expect(check('tab/state', null)).toThrow('payload must be an object, not null');
    expect(check('claim/check', ['x'])).toThrow('payload must be an object, not an array');
    expect(check('claim/check', { text: 42 })).toThrow('payload.text must be a string, not number');
    expect(check('claim/check', { text: 'x', extra: 1 })).toThrow('payload has an unexpected field "extra"');
    expect(check('topic/card', { topic: '' })).toThrow('payload.topic is empty');
    expect(check('hints/check', { items: [{ topic: 'unmiss' }] })).toThrow('payload.items[0].sentence must be a string, not undefined');
    expect(check('page/report', { url: 'https://a.example/', title: 't', topics: [{ id: 'x', name: 'x', count: 1.5, surfaces: [] }] })).toThrow(/topics\[0\]\.count/);
  });

  it('does not read inherited properties: "__proto__" and "constructor" are plain unknown fields', () => {
    const payload = JSON.parse('{"text":"a","__proto__":{"polluted":true}}') as unknown;
    expect(() => BACKGROUND_PAYLOADS['claim/check'](payload, 'payload')).toThrow('unexpected field "__proto__"');
    expect(() => BACKGROUND_PAYLOADS['tab/state']({ constructor: 1 }, 'payload')).toThrow('unexpected field "constructor"');
    expect(() => BACKGROUND_PAYLOADS['tab/state'](Object.create({ tabId: 3 }), 'payload')).toThrow('payload.tabId must be a whole number');
  });

  it('caps sizes: long claims and too many hints are refused, page reports are cut to size', () => {
    expect(() => BACKGROUND_PAYLOADS['claim/check']({ text: 'a'.repeat(MAX_CLAIM_CHARS + 1) }, 'payload')).toThrow('payload.text is too long (1,001 characters; at most 1,000)');
    expect(BACKGROUND_PAYLOADS['claim/check']({ text: 'a'.repeat(MAX_CLAIM_CHARS) }, 'payload').text).toHaveLength(MAX_CLAIM_CHARS);
    const items = Array.from({ length: MAX_HINT_ITEMS + 1 }, () => ({ topic: 'unmiss', sentence: 'It sent 29 officers.' }));
    expect(() => BACKGROUND_PAYLOADS['hints/check']({ items }, 'payload')).toThrow('payload.items has too many items (201; at most 200)');
    const topic = { id: 'unmiss', name: 'n'.repeat(500), count: 2, surfaces: Array.from({ length: 50 }, (_, i) => `s${i}`.repeat(100)) };
    const report = BACKGROUND_PAYLOADS['page/report']({
      url: `https://a.example/${'x'.repeat(10_000)}`,
      title: 't'.repeat(10_000),
      topics: Array.from({ length: 2000 }, () => topic),
    }, 'payload');
    expect(report.url).toHaveLength(MAX_URL_CHARS);
    expect(report.title).toHaveLength(MAX_TITLE_CHARS);
    expect(report.topics).toHaveLength(MAX_PAGE_TOPICS);
    expect(report.topics[0]!.surfaces.length).toBeLessThanOrEqual(10);
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
  });

  it('checks a claim result shown in the page for its outline', () => {
    expect(() => CONTENT_PAYLOADS['claim/show']({ result: { verdict: 'same' }, facts: [] }, 'payload')).toThrow('payload.result is not a claim check');
    expect(CONTENT_PAYLOADS['claim/show']({ result: { verdict: 'same', results: [] }, facts: [] }, 'payload')).toEqual({ result: { verdict: 'same', results: [] }, facts: [] });
  });
});

describe('senders', () => {
  const popup = { id: own.id, url: 'chrome-extension://gloss-id/src/extension/popup/index.html' };
  const optionsInTab = { ...popup, url: 'chrome-extension://gloss-id/src/extension/options/index.html', tab: { id: 4, index: 1 } };
  const content = { id: own.id, url: 'https://news.example/a', tab: { id: 9, index: 0 }, frameId: 0 };

  it('tells Gloss’s pages from its content script, and refuses everyone else', () => {
    expect(senderKind(popup, own)).toBe('extension');
    expect(senderKind(optionsInTab, own)).toBe('extension');
    expect(senderKind(content, own)).toBe('content');
    expect(senderKind({ ...content, id: 'other-extension' }, own)).toBeUndefined();
    expect(senderKind({ id: own.id, url: 'chrome-extension://other/x.html' }, own)).toBeUndefined();
    expect(senderKind({ id: own.id, url: 'https://news.example/' }, own)).toBeUndefined(); // a page without a tab
    expect(senderKind({ id: own.id, url: 'chrome-extension://gloss-id.evil.example/', tab: { id: 1, index: 0 } }, own)).toBeUndefined();
  });

  it('lets only Gloss’s pages ask for tab state and checks; only the content script report a page', () => {
    expect(refuseSender(content, own, BACKGROUND_SENDERS['tab/state'])).toBe('refused: only Gloss’s own pages may send this');
    expect(refuseSender(content, own, BACKGROUND_SENDERS['selection/check'])).toMatch(/^refused/);
    expect(refuseSender(content, own, BACKGROUND_SENDERS['claim/check'])).toMatch(/^refused/);
    expect(refuseSender(popup, own, BACKGROUND_SENDERS['tab/state'])).toBeUndefined();
    expect(refuseSender(popup, own, BACKGROUND_SENDERS['page/report'])).toMatch(/only Gloss in a page/);
    expect(refuseSender(content, own, BACKGROUND_SENDERS['page/report'])).toBeUndefined();
    expect(refuseSender(content, own, BACKGROUND_SENDERS['topic/card'])).toBeUndefined();
    expect(refuseSender({}, own, BACKGROUND_SENDERS['topic/card'])).toBe('refused: not sent by Gloss');
  });
});

describe('handleMessages', () => {
  type Api = { 'echo/text': { request: { text: string }; reply: string } };
  const payloads = { 'echo/text': BACKGROUND_PAYLOADS['claim/check'] } as unknown as PayloadChecks<Api>;

  /** Registers handlers on a stand-in runtime and returns a function that sends one message. */
  function register(refuse: (type: string) => string | undefined = () => undefined) {
    let raw: ((m: unknown, s: MessageSender, reply: (r: unknown) => void) => boolean | undefined) | undefined;
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'gloss-id', onMessage: { addListener: (l: typeof raw) => (raw = l), removeListener: () => undefined } } };
    handleMessages<Api>({ 'echo/text': ({ text }) => text.toUpperCase() }, { payloads, refuse });
    return (message: unknown): Promise<unknown> => new Promise((resolve) => {
      const async = raw!(message, { id: 'gloss-id' }, resolve);
      expect(async).toBe(true);
    });
  }

  it('answers every message: a reply, or an error that says why', async () => {
    const send = register();
    expect(await send({ type: 'echo/text', payload: { text: 'hi' } })).toEqual({ ok: true, value: 'HI' });
    expect(await send({ type: 'echo/text', payload: { text: 3 } })).toEqual({ ok: false, error: 'echo/text: payload.text must be a string, not number' });
    expect(await send('echo/text')).toEqual({ ok: false, error: 'malformed message: expected { type, payload }' });
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(await send({ type, payload: {} })).toEqual({ ok: false, error: `unknown message "${type}"` });
    }
  });

  it('runs no handler for a refused sender', async () => {
    const send = register(() => 'refused: not sent by Gloss');
    expect(await send({ type: 'echo/text', payload: { text: 'hi' } })).toEqual({ ok: false, error: 'echo/text: refused: not sent by Gloss' });
  });
});
