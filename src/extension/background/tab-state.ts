/**
 * Per-tab results in `storage.session` (so a restarted service worker still knows them) and the
 * toolbar badge showing how many topics the page mentions.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages.js';

const key = (tabId: number): string => `tab:${tabId}`;

/** Dark blue badge with white text: contrast 10.4:1, readable on light and dark toolbars. */
export const BADGE_COLOR = '#1d3557';

export async function getTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
  await showBadge(tabId, state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const count = state.paused ? 0 : state.topics.length;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    if (browser.action.setBadgeTextColor) await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    await browser.action.setTitle({ tabId, title: count ? `Gloss: ${count} topic${count === 1 ? '' : 's'} on this page` : 'Gloss' });
  } catch {
    // The tab closed between the report and the badge update: nothing to show.
  }
}
