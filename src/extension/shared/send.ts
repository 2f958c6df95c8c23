/** Typed senders for the message union (see messages.ts). */
import browser from 'webextension-polyfill';
import { unwrap, type BackgroundApi, type ContentApi, type ReplyOf, type RequestOf } from './messages.js';

export async function send<K extends keyof BackgroundApi>(type: K, payload: RequestOf<BackgroundApi, K>): Promise<ReplyOf<BackgroundApi, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }));
}

export async function sendToTab<K extends keyof ContentApi>(tabId: number, type: K, payload: RequestOf<ContentApi, K>): Promise<ReplyOf<ContentApi, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }));
}
