/**
 * The few extension APIs the content script and the shared modules use, as promises, in Chrome
 * and Firefox alike — without webextension-polyfill, whose 10 kB (3 kB gzip) the content script
 * would otherwise ship to every page. Both browsers return promises from these calls in MV3; the
 * one difference, answering a message asynchronously, is bridged in `onMessage`.
 * Pages with more API surface (background, popup, options, reader) use the polyfill.
 */

export interface MessageSender {
  /** The sending extension's id. */
  id?: string;
  tab?: { id?: number; index: number; url?: string };
  frameId?: number;
  url?: string;
}

interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

type RawListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;

interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: RawListener): void; removeListener(l: RawListener): void };
  };
  storage: {
    sync: StorageArea;
    local: StorageArea;
    onChanged: {
      addListener(l: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(l: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };

/** `browser` where it exists (Firefox), else `chrome`; read at each use (a reload replaces it). */
export const ext = (): ExtensionApi => {
  const api = g.browser ?? g.chrome;
  if (!api?.runtime) throw new Error('the extension API is not available here');
  return api;
};

/** Whether this script's extension is still there (after an update or removal its id is gone). */
export const extensionAlive = (): boolean => Boolean((g.browser ?? g.chrome)?.runtime?.id);

/**
 * Listens for messages; `listener` answers with a promise or returns undefined to let another
 * listener answer. Returns the function that stops listening.
 */
export function onMessage(listener: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const raw: RawListener = (message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true; // the answer comes later
  };
  const api = ext();
  api.runtime.onMessage.addListener(raw);
  return () => api.runtime.onMessage.removeListener(raw);
}
