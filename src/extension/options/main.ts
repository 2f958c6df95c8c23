/** The options page: every control applies at once through settings.ts; other contexts' changes show live. */
import { loadSettings, watchSettings, type Settings } from '../shared/settings.js';
import { bindCorrections } from './corrections.js';
import { bindGeneralControls } from './general-controls.js';
import { bindPausedSites } from './paused-sites.js';
import { createSaveStatus } from './save-status.js';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`options markup is missing #${id}`);
  return node;
}

async function main(): Promise<void> {
  const status = createSaveStatus(byId('save-status', HTMLElement));
  const general = bindGeneralControls(document, status);
  const paused = bindPausedSites({
    list: byId('paused-list', HTMLUListElement),
    empty: byId('paused-empty', HTMLElement),
    form: byId('paused-form', HTMLFormElement),
    input: byId('paused-input', HTMLInputElement),
    error: byId('paused-error', HTMLElement),
  }, status);
  const corrections = bindCorrections({
    list: byId('corrections-list', HTMLUListElement),
    empty: byId('corrections-empty', HTMLElement),
    exportButton: byId('export', HTMLButtonElement),
    importInput: byId('import', HTMLInputElement),
    importStatus: byId('import-status', HTMLElement),
  }, status);

  const render = (settings: Settings): void => {
    general.render(settings);
    paused.render(settings);
    corrections.render(settings);
  };

  const loaded = await loadSettings({ storeRepair: true });
  if (loaded.repaired) {
    const notice = byId('repaired', HTMLElement);
    notice.textContent = `Some settings could not be read and were reset to defaults: ${loaded.repaired}.`;
    notice.hidden = false;
  }
  render(loaded.settings);
  watchSettings(render);
}

main()
  .catch((e: unknown) => {
    const notice = document.getElementById('repaired');
    if (notice) {
      notice.textContent = `Gloss could not load its settings: ${e instanceof Error ? e.message : String(e)}`;
      notice.hidden = false;
    }
  })
  .finally(() => {
    document.body.dataset.ready = 'true';
  });
