/** One handler per background message (see shared/messages.ts). */
import browser from 'webextension-polyfill';
import { checkClaim } from '../../core/claims/check.js';
import { figureHint } from '../../core/claims/hints.js';
import { parseClaimDate, today } from '../../core/claims/relative-dates.js';
import { topicView } from '../../core/corpus/views.js';
import { search } from '../../core/search/search.js';
import type { BackgroundApi } from '../shared/messages.js';
import type { Handlers } from '../shared/handle.js';
import { getClaimIndex, getCorpusIndex, getSearchIndex } from './corpus.js';
import { getTabState, setTabState } from './tab-state.js';
import { checkInTab } from './check-selection.js';

function topic(id: string, limit?: number) {
  const view = topicView(getCorpusIndex(), id, limit);
  if (!view) throw new Error(`unknown topic "${id}"`);
  return view;
}

export const backgroundHandlers: Handlers<BackgroundApi> = {
  async 'page/report'(report, sender) {
    // The sender's own tab, never one named in the payload: a page speaks only for itself.
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page/report must come from a tab');
    const index = getCorpusIndex();
    // Only topics the corpus has, named as the corpus names them: nothing else is stored per tab.
    const topics = report.topics.flatMap((t) => {
      const known = index.topic(t.id);
      return known ? [{ ...t, name: known.name }] : [];
    });
    const names = Object.fromEntries(topics.map((t) => [t.id, t.name]));
    if (sender.frameId) return names; // only the top frame speaks for the tab
    await setTabState(tabId, { ...report, topics, updated: Date.now() });
    return names;
  },
  'topic/card': ({ topic: id }) => topic(id, 3),
  'topic/full': ({ topic: id }) => topic(id),
  'tab/state': ({ tabId }) => getTabState(tabId),
  'selection/check': ({ tabId, text }) => checkInTab(tabId, text),
  'claim/check': ({ text }) => {
    if (!text.trim()) throw new Error('nothing to check: select or type a claim');
    // Typed in the popup, so written today: "last year" is last year.
    return checkClaim(getClaimIndex(), text, { written: today() });
  },
  'corpus/search': ({ query, limit }) => search(getSearchIndex(), query, limit),
  'hints/check': ({ items, published }) => {
    const written = parseClaimDate(published);
    return items.map(({ topic, sentence }) => figureHint(getClaimIndex(), topic, sentence, written) ?? null);
  },
  async 'reader/open'({ source, passage, text }, sender) {
    if (!getCorpusIndex().source(source)) throw new Error(`unknown source "${source}"`);
    const params = new URLSearchParams({ source });
    if (passage) params.set('passage', passage);
    if (text) params.set('text', text);
    const url = browser.runtime.getURL(`src/extension/reader/index.html?${params}`);
    await browser.tabs.create({ url, openerTabId: sender.tab?.id, index: sender.tab ? sender.tab.index + 1 : undefined });
    return null;
  },
};
