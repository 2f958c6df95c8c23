/**
 * Registers handlers for one side of the message union: one handler per message type, each payload
 * checked (payloads.ts) and each sender vetted before its handler runs; every refusal and error is
 * answered as `{ ok: false, error }`. Returns the function that removes them (for a lifecycle).
 */
import { onMessage, type MessageSender } from './ext.js';
import { isEnvelope, type ReplyOf, type RequestOf, type Result } from './messages.js';
import type { PayloadChecks } from './payloads.js';

export type Handlers<A> = { [K in keyof A]: (payload: RequestOf<A, K>, sender: MessageSender) => Promise<ReplyOf<A, K>> | ReplyOf<A, K> };

export interface Guards<A> {
  payloads: PayloadChecks<A>;
  /** Why `sender` may not send `type`, or undefined when it may. */
  refuse(type: keyof A & string, sender: MessageSender): string | undefined;
}

type AnyHandler = (payload: unknown, sender: MessageSender) => unknown;
type AnyCheck = (value: unknown, path: string) => unknown;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function handleMessages<A>(handlers: Partial<Handlers<A>>, guards: Guards<A>): () => void {
  const listener = (message: unknown, sender: MessageSender): Promise<Result<unknown>> => {
    const fail = (error: string): Promise<Result<unknown>> => Promise.resolve({ ok: false, error });
    if (!isEnvelope(message)) return fail('malformed message: expected { type, payload }');
    const { type } = message;
    // Own properties only: a type such as "constructor" or "__proto__" must not find a function.
    if (!Object.hasOwn(handlers, type) || !Object.hasOwn(guards.payloads, type)) return fail(`unknown message "${type.slice(0, 40)}"`);
    const handler = (handlers as Record<string, AnyHandler>)[type]!;
    const check = (guards.payloads as Record<string, AnyCheck>)[type]!;
    const refused = guards.refuse(type as keyof A & string, sender);
    if (refused) return fail(`${type}: ${refused}`);
    return (async (): Promise<Result<unknown>> => {
      let payload: unknown;
      try {
        payload = check(message.payload, 'payload');
      } catch (e) {
        return { ok: false, error: `${type}: ${errorText(e)}` };
      }
      try {
        return { ok: true, value: (await handler(payload, sender)) ?? null };
      } catch (e) {
        return { ok: false, error: errorText(e) };
      }
    })();
  };
  return onMessage(listener);
}
