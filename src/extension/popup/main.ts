/** The toolbar popup: this page's topics, corpus search, and claim checks. */
import browser from 'webextension-polyfill';
import { resolveTab } from './current-tab.js';
import { startClaimPanel } from './claim-panel.js';
import { startCorpusSearch } from './corpus-search.js';
import { startPagePanel } from './page-panel.js';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`popup markup is missing #${id}`);
  return node;
}

async function main(): Promise<void> {
  const search = byId('search', HTMLInputElement);
  startCorpusSearch({ input: search, count: byId('search-count', HTMLElement), results: byId('search-results', HTMLUListElement) });

  const options = byId('options-link', HTMLAnchorElement);
  options.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });

  const tab = await resolveTab(location.search);
  startClaimPanel(
    {
      claim: byId('claim', HTMLTextAreaElement),
      checkSelection: byId('check-selection', HTMLButtonElement),
      check: byId('check', HTMLButtonElement),
      status: byId('check-status', HTMLElement),
      result: byId('check-result', HTMLElement),
    },
    tab?.id,
  );
  await startPagePanel(
    {
      site: byId('site', HTMLElement),
      pauseToggle: byId('pause-toggle', HTMLButtonElement),
      status: byId('page-status', HTMLElement),
      topics: byId('topics', HTMLUListElement),
      search,
    },
    tab,
  );
}

main()
  .catch((e: unknown) => {
    const box = document.getElementById('page-status');
    if (box) box.textContent = `Gloss could not start: ${e instanceof Error ? e.message : String(e)}`;
  })
  .finally(() => {
    document.body.dataset.ready = 'true';
  });
