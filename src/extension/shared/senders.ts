/**
 * Who sent a message, as far as the browser vouches for it (pure, unit-tested): one of Gloss's own
 * extension pages, Gloss's content script in a tab, or nobody Gloss answers.
 */
import type { MessageSender } from './ext.js';
import type { SenderKind } from './messages.js';

export interface OwnExtension {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
}

export function senderKind(sender: MessageSender, own: OwnExtension): SenderKind | undefined {
  if (sender.id !== own.id) return undefined;
  if (typeof sender.url === 'string' && sender.url.startsWith(own.origin)) return 'extension';
  // A content script runs in a web page: its URL is the page's, and the browser names its tab.
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && typeof sender.url === 'string' && /^https?:/i.test(sender.url)) return 'content';
  return undefined;
}

const NAMES: Record<SenderKind, string> = { extension: 'Gloss’s own pages', content: 'Gloss in a page' };

/** Why `sender` may not send a message that `allowed` senders may send, or undefined when it may. */
export function refuseSender(sender: MessageSender, own: OwnExtension, allowed: readonly SenderKind[]): string | undefined {
  const kind = senderKind(sender, own);
  if (!kind) return 'refused: not sent by Gloss';
  return allowed.includes(kind) ? undefined : `refused: only ${allowed.map((k) => NAMES[k]).join(' or ')} may send this`;
}
