/** "Check with Gloss": the context-menu entry and the keyboard command on a text selection. */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { checkClaim } from '../../core/claims/check.js';
import { sendToTab } from '../shared/send.js';
import { factView } from '../../core/corpus/views.js';
import { getClaimIndex, getCorpusIndex } from './corpus.js';

export const MENU_ID = 'gloss-check-selection';

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Check with Gloss', contexts: ['selection'] }),
  ).catch(() => {
    // Menus are recreated on the next install/startup event.
  });
}

export async function checkAndShow(tabId: number, text: string): Promise<void> {
  const result = checkClaim(getClaimIndex(), text);
  const facts = result.results.map((r) => factView(getCorpusIndex(), r.fact));
  await sendToTab(tabId, 'claim/show', { result, facts });
}

export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  await checkAndShow(tab.id, info.selectionText);
}

export async function onCheckCommand(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const { text } = await sendToTab(tab.id, 'selection/get', {});
  if (text.trim()) await checkAndShow(tab.id, text);
}
