/** "Check with Gloss": the context-menu entry and the keyboard command on a text selection. */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { checkClaim, type ClaimCheck } from '../../core/claims/check.js';
import { sendToTab } from '../shared/send.js';
import { MAX_CLAIM_CHARS } from '../shared/payloads.js';
import { factView } from '../../core/corpus/views.js';
import { getClaimIndex, getCorpusIndex } from './corpus.js';
import { getTabState } from './tab-state.js';
import { parseClaimDate } from '../../core/claims/relative-dates.js';

export const MENU_ID = 'gloss-check-selection';

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Check with Gloss', contexts: ['selection'] }),
  ).catch(() => {
    // Menus are recreated on the next install/startup event.
  });
}

export async function checkAndShow(tabId: number, text: string): Promise<ClaimCheck> {
  if (text.length > MAX_CLAIM_CHARS) throw new Error(`the selection is too long to be one claim (${text.length.toLocaleString('en')} characters; select at most ${MAX_CLAIM_CHARS.toLocaleString('en')})`);
  // A selection is the page's sentence: "last year" is the year before the page was published, when
  // the page says; and it is read in the context of the topics the page mentions.
  const state = await getTabState(tabId);
  const result = checkClaim(getClaimIndex(), text, { written: parseClaimDate(state?.published), pageTopics: state?.topics.map((t) => t.id) });
  const facts = result.results.map((r) => factView(getCorpusIndex(), r.fact));
  await sendToTab(tabId, 'claim/show', { result, facts });
  return result;
}

/** Checks `text`, or the tab's current selection, and shows the verdict in the tab. */
export async function checkInTab(tabId: number, text?: string): Promise<ClaimCheck | null> {
  const claim = text ?? (await sendToTab(tabId, 'selection/get', {})).text;
  return claim.trim() ? checkAndShow(tabId, claim) : null;
}

export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  await checkAndShow(tab.id, info.selectionText);
}

export async function onCheckCommand(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id !== undefined) await checkInTab(tab.id);
}
