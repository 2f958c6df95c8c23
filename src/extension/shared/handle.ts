/**
 * Registers handlers for one side of the message union: one handler per message type, errors
 * answered as `{ ok: false }`. Returns the function that removes them (for a lifecycle).
 */
import { onMessage, type MessageSender } from './ext.js';
import { isEnvelope, type ReplyOf, type RequestOf, type Result } from './messages.js';

export type Handlers<A> = { [K in keyof A]: (payload: RequestOf<A, K>, sender: MessageSender) => Promise<ReplyOf<A, K>> | ReplyOf<A, K> };

export function handleMessages<A>(handlers: Partial<Handlers<A>>): () => void {
  const listener = (message: unknown, sender: MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = (handlers as Record<string, ((p: unknown, s: MessageSender) => unknown) | undefined>)[message.type];
    if (!handler) return undefined; // another context's message
    return (async (): Promise<Result<unknown>> => {
      try {
        return { ok: true, value: (await handler(message.payload, sender)) ?? null };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
  return onMessage(listener);
}
