/**
 * User settings and corrections in `storage.sync` (falling back to `storage.local` where sync is
 * unavailable). The shape, defaults, migration and the items each change writes live in
 * settings-model.ts and corrections-model.ts; a stored value that cannot be read is replaced by
 * defaults — keeping whatever parts were valid — and flagged so the options page can say so.
 * Write errors (a full quota, too many writes) are thrown to the caller, who shows them.
 */
import { ext } from './ext.js';
import { isCorrectionsKey } from './corrections-model.js';
import { readStored, SETTINGS_KEY, storageWrites, type LoadedSettings, type Settings, type StoredState } from './settings-model.js';

export * from './settings-model.js';
export * from './corrections-model.js';

type Area = 'sync' | 'local';
let area: Area | undefined;

/** storage.sync where the browser offers it (and it works), else storage.local. */
async function storageArea(): Promise<Area> {
  if (area) return area;
  try {
    await ext().storage.sync.get(SETTINGS_KEY);
    area = 'sync';
  } catch {
    area = 'local';
  }
  return area;
}

async function readAll(): Promise<{ items: Record<string, unknown>; state: StoredState }> {
  const items = await ext().storage[await storageArea()].get(null);
  return { items, state: readStored(items) };
}

async function write(before: Settings, after: Settings, stored: { items: Record<string, unknown>; outdated: boolean }): Promise<void> {
  const a = ext().storage[await storageArea()];
  const { set, remove } = storageWrites(before, after, stored);
  if (Object.keys(set).length) await a.set(set);
  if (remove.length) await a.remove(remove);
}

/**
 * Reads the settings in their current shape. Only the options page, which tells the reader what
 * was reset, passes `storeRepair` to write a repaired or migrated value back; every other reader
 * leaves the store alone, so that evidence is not erased before the reader has seen it.
 */
export async function loadSettings(opts: { storeRepair?: boolean } = {}): Promise<LoadedSettings> {
  const { items, state } = await readAll();
  if (opts.storeRepair && state.outdated) await write(state.settings, state.settings, { items, outdated: true });
  return state.repaired ? { settings: state.settings, repaired: state.repaired } : { settings: state.settings };
}

/** Applies `change` to the stored settings and writes what changed; throws when it cannot be saved. */
export async function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const { items, state } = await readAll();
  const before = structuredClone(state.settings);
  const next = change(state.settings) ?? state.settings;
  await write(before, next, { items, outdated: state.outdated });
  return next;
}

/** Calls `listener` whenever the settings or corrections change in any context. Returns the unsubscribe. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  let latest = 0;
  const onChanged = (changes: Record<string, { newValue?: unknown }>): void => {
    if (!Object.keys(changes).some((k) => k === SETTINGS_KEY || isCorrectionsKey(k))) return;
    const read = ++latest;
    readAll().then(({ state }) => {
      if (read === latest) listener(state.settings);
    }, () => undefined); // the extension was reloaded under this page: its lifecycle ends it
  };
  const { storage } = ext();
  storage.onChanged.addListener(onChanged);
  return () => storage.onChanged.removeListener(onChanged);
}
