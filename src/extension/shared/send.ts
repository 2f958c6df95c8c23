/** Typed senders for the message union (see messages.ts). */
import { ext } from './ext.js';
import { unwrap, type BackgroundApi, type ContentApi, type ReplyOf, type RequestOf } from './messages.js';

export async function send<K extends keyof BackgroundApi>(type: K, payload: RequestOf<BackgroundApi, K>): Promise<ReplyOf<BackgroundApi, K>> {
  return unwrap(await ext().runtime.sendMessage({ type, payload }));
}

export async function sendToTab<K extends keyof ContentApi>(tabId: number, type: K, payload: RequestOf<ContentApi, K>): Promise<ReplyOf<ContentApi, K>> {
  return unwrap(await tabsApi().sendMessage(tabId, { type, payload }));
}

function tabsApi(): NonNullable<ReturnType<typeof ext>['tabs']> {
  const tabs = ext().tabs;
  if (!tabs) throw new Error('tabs are not available in this context');
  return tabs;
}
