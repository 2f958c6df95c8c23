/** The toolbar popup: this page's topics, corpus search, and claim checks. */
import browser from 'webextension-polyfill';
import { resolveTab } from './current-tab.js';
import { startPagePanel } from './page-panel.js';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`popup markup is missing #${id}`);
  return node;
}

async function main(): Promise<void> {
  const search = byId('search', HTMLInputElement);
  const options = byId('options-link', HTMLAnchorElement);
  options.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });

  // The page's topics first: they come from the background and need none of the bundled corpus.
  const tab = await resolveTab(location.search);
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
  // Search and claim checks read the whole corpus (hundreds of kB to parse): loaded after that
  // first paint. Anything typed meanwhile is searched as soon as they are ready.
  const [{ startCorpusSearch }, { startClaimPanel }] = await Promise.all([import('./corpus-search.js'), import('./claim-panel.js')]);
  startCorpusSearch({ input: search, count: byId('search-count', HTMLElement), results: byId('search-results', HTMLUListElement) });
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
}

main()
  .catch((e: unknown) => {
    const box = document.getElementById('page-status');
    if (box) box.textContent = `Gloss could not start: ${e instanceof Error ? e.message : String(e)}`;
  })
  .finally(() => {
    document.body.dataset.ready = 'true';
  });
