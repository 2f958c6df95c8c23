/**
 * "On this page": what the content script reported for the tab, the site's pause switch, and the
 * status line. Follows the page while the popup is open (the content script keeps scanning new
 * content) and the settings (a pause from another context shows at once).
 */
import type { TabState } from '../shared/messages.js';
import { send } from '../shared/send.js';
import { isPaused, loadSettings, updateSettings, watchSettings, type Settings } from '../shared/settings.js';
import { siteOf, type PopupTab } from './current-tab.js';
import { renderPageStatus, type PageStatus } from './page-status.js';
import { createTopicList } from './topic-list.js';

/** How often the popup asks for the tab's latest report while it is open. */
const REFRESH_MS = 1500;

export interface PagePanelElements {
  site: HTMLElement;
  pauseToggle: HTMLButtonElement;
  status: HTMLElement;
  topics: HTMLUListElement;
  search: HTMLInputElement;
}

/** Renders the panel and keeps it current; resolves once the first render is done. */
export async function startPagePanel(els: PagePanelElements, tab: PopupTab | undefined): Promise<void> {
  const actions = { resume: () => void setPaused(false), focusSearch: () => els.search.focus() };
  if (!tab) {
    renderPageStatus(els.status, { kind: 'no-tab' }, actions);
    return;
  }
  const topicList = createTopicList(els.topics, tab.id);
  let settings: Settings = (await loadSettings()).settings;
  let state: TabState | null = null;
  let error: string | undefined;
  let shownStatus = '';

  async function setPaused(paused: boolean): Promise<void> {
    const site = currentSite();
    if (!site) return;
    settings = await updateSettings((s) => {
      const sites = s.pausedSites.filter((h) => h !== site);
      s.pausedSites = paused ? [...sites, site] : sites;
    });
    render();
    // The content script rescans on resume and reports; look for it soon rather than at the next tick.
    if (!paused) for (const ms of [300, 900]) setTimeout(() => void refresh(), ms);
  }

  function currentSite(): string | undefined {
    return siteOf(state?.url) ?? siteOf(tab!.url);
  }

  function statusNow(site: string | undefined): PageStatus {
    if (error) return { kind: 'error', message: error };
    // A known URL without a site is not a web page; no URL at all means nothing has reported yet.
    if (!site) return tab!.url ? { kind: 'unsupported' } : { kind: 'unread' };
    if (isPaused(settings, site)) return { kind: 'paused', site };
    if (!state) return { kind: 'unread' };
    if (state.paused) return { kind: 'loading' }; // just resumed: the rescan has not reported yet
    return state.topics.length ? { kind: 'found', topics: state.topics.length } : { kind: 'empty' };
  }

  function render(): void {
    const site = currentSite();
    els.site.textContent = site ?? state?.title ?? tab!.title ?? '';
    els.pauseToggle.hidden = !site;
    const paused = site ? isPaused(settings, site) : false;
    els.pauseToggle.textContent = paused ? 'Resume on this site' : 'Pause on this site';
    els.pauseToggle.dataset.paused = String(paused);

    const status = statusNow(site);
    const key = JSON.stringify(status);
    if (key !== shownStatus) {
      shownStatus = key;
      renderPageStatus(els.status, status, actions);
    }
    const showTopics = status.kind === 'found';
    els.topics.hidden = !showTopics;
    topicList.update(showTopics && state ? state.topics : []);
  }

  async function refresh(): Promise<void> {
    try {
      const next = await send('tab/state', { tabId: tab!.id });
      error = undefined;
      if (JSON.stringify(next) === JSON.stringify(state)) return;
      state = next;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    render();
  }

  els.pauseToggle.addEventListener('click', () => void setPaused(els.pauseToggle.dataset.paused !== 'true'));
  watchSettings((s) => {
    settings = s;
    render();
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, REFRESH_MS);

  renderPageStatus(els.status, { kind: 'loading' }, actions);
  await refresh();
  render();
}
