/**
 * Registers handlers for one side of the message union: one handler per message type, errors
 * answered as `{ ok: false }`. Returns the listener so a lifecycle can remove it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isEnvelope, type ReplyOf, type RequestOf, type Result } from './messages.js';

export type Handlers<A> = { [K in keyof A]: (payload: RequestOf<A, K>, sender: Runtime.MessageSender) => Promise<ReplyOf<A, K>> | ReplyOf<A, K> };

export function handleMessages<A>(handlers: Partial<Handlers<A>>): (message: unknown, sender: Runtime.MessageSender) => Promise<Result<unknown>> | undefined {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = (handlers as Record<string, ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined>)[message.type];
    if (!handler) return undefined; // another context's message
    return (async (): Promise<Result<unknown>> => {
      try {
        return { ok: true, value: (await handler(message.payload, sender)) ?? null };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
