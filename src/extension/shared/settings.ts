/**
 * User settings in `storage.sync` (falling back to `storage.local` where sync is unavailable). The
 * shape, defaults and migration live in settings-model.ts; a stored value that cannot be read is
 * replaced by defaults — keeping whatever parts were valid — and flagged so the options page can say so.
 */
import { ext } from './ext.js';
import { migrateSettings, SETTINGS_KEY, type LoadedSettings, type Settings } from './settings-model.js';

export * from './settings-model.js';

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

/**
 * Reads the settings in their current shape. Only the options page, which tells the reader what
 * was reset, passes `storeRepair` to write a repaired or migrated value back; every other reader
 * leaves the store alone, so that evidence is not erased before the reader has seen it.
 */
export async function loadSettings(opts: { storeRepair?: boolean } = {}): Promise<LoadedSettings> {
  const a = await storageArea();
  const stored = (await ext().storage[a].get(SETTINGS_KEY))[SETTINGS_KEY];
  const loaded = migrateSettings(stored);
  const outdated = stored !== undefined && (loaded.repaired !== undefined || (stored as { version?: unknown } | null)?.version !== loaded.settings.version);
  if (opts.storeRepair && outdated) await ext().storage[a].set({ [SETTINGS_KEY]: loaded.settings });
  return loaded;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await ext().storage[await storageArea()].set({ [SETTINGS_KEY]: settings });
}

export async function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = change(settings) ?? settings;
  await saveSettings(next);
  return next;
}

/** Calls `listener` whenever the settings change in any context. Returns the unsubscribe. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>): void => {
    if (SETTINGS_KEY in changes) listener(migrateSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  const { storage } = ext();
  storage.onChanged.addListener(onChanged);
  return () => storage.onChanged.removeListener(onChanged);
}
