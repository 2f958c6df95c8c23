/** The service worker: message handlers, tab state, badge, context menu and commands. */
import browser from 'webextension-polyfill';
import { handleMessages } from '../shared/handle.js';
import { sendToTab } from '../shared/send.js';
import { BACKGROUND_SENDERS, type BackgroundApi } from '../shared/messages.js';
import { BACKGROUND_PAYLOADS } from '../shared/background-payloads.js';
import { refuseSender } from '../shared/senders.js';
import { backgroundHandlers } from './handlers.js';
import { createContextMenu, onCheckCommand, onMenuClick } from './check-selection.js';
import { clearTabState } from './tab-state.js';

const own = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
handleMessages<BackgroundApi>(backgroundHandlers, {
  payloads: BACKGROUND_PAYLOADS,
  refuse: (type, sender) => refuseSender(sender, own, BACKGROUND_SENDERS[type]),
});

browser.runtime.onInstalled.addListener(createContextMenu);
browser.runtime.onStartup.addListener(createContextMenu);
browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch((e: unknown) => console.warn('Gloss: check failed', e));
});

browser.commands.onCommand.addListener((command, tab) => {
  const run = async (): Promise<void> => {
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (active?.id === undefined) return;
    if (command === 'check-selection') await onCheckCommand(active);
    else if (command === 'open-card') await sendToTab(active.id, 'card/open-focused', {});
    else if (command === 'list-mentions') await sendToTab(active.id, 'mentions/list', {});
  };
  run().catch((e: unknown) => console.warn(`Gloss: command ${command} failed`, e));
});

browser.tabs.onRemoved.addListener((tabId) => {
  clearTabState(tabId).catch(() => undefined);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: its content script will report afresh.
  if (change.status === 'loading') clearTabState(tabId).catch(() => undefined);
});
