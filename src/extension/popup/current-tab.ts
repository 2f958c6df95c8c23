/** The tab the popup is about: `?tab=<id>` (tests, links), else the active tab of this window. */
import browser from 'webextension-polyfill';

export interface PopupTab {
  id: number;
  url?: string;
  title?: string;
}

export async function resolveTab(search: string): Promise<PopupTab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isSafeInteger(id) || id < 0) return undefined;
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url, title: tab.title };
    } catch {
      return undefined; // the tab was closed
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

/** The hostname Gloss pauses by, for web pages only. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
