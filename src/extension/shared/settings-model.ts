/**
 * The settings model, pure (no extension API, so it is unit-tested in Node): shape, defaults,
 * migration from older or damaged stored values, and which storage items a change writes.
 * In memory the settings carry the corrections (`mutedAliases`); in storage they have their own
 * items (corrections-model.ts), so that the settings item stays small whatever the reader mutes.
 */
import {
  correctionItems, CorrectionsFullError, mergeCorrections, MAX_CORRECTIONS, readCorrectionItems, staleShardKeys, type MutedAlias,
} from './corrections-model.js';

export type { MutedAlias } from './corrections-model.js';

/** 3: corrections moved out of the settings item into their own items. */
export const SETTINGS_VERSION = 3;
export const SETTINGS_KEY = 'gloss.settings';

export type HighlightStyle = 'underline' | 'background';
export type OpenCardsOn = 'hover' | 'click';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Hostnames where Gloss does nothing. */
  pausedSites: string[];
  /** Show marks on pages; when off, the badge and popup keep working. */
  marks: boolean;
  highlightStyle: HighlightStyle;
  openCardsOn: OpenCardsOn;
  mutedAliases: MutedAlias[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  pausedSites: [],
  marks: true,
  highlightStyle: 'underline',
  openCardsOn: 'hover',
  mutedAliases: [],
});

export interface LoadedSettings {
  settings: Settings;
  /** The settings that could not be read and were reset to defaults (e.g. "paused sites, marks"). */
  repaired?: string;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Brings any stored settings item to the current shape. Pure. Version 1 (before corrections existed)
 * stored `{ paused: string[], showMarks: boolean, style, trigger }`; version 2 kept the corrections
 * in the item (`mutedAliases`), returned here for `readStored` to move out.
 */
export function migrateSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: { ...DEFAULT_SETTINGS, pausedSites: [], mutedAliases: [] } };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS, pausedSites: [], mutedAliases: [] }, repaired: 'all settings (the stored value was not an object)' };
  }
  const s = stored as Record<string, unknown>;
  const problems: string[] = [];
  const v1 = s.version === 1 || (s.version === undefined && ('paused' in s || 'showMarks' in s));
  const pick = <T>(value: unknown, ok: (v: unknown) => v is T, fallback: T, name: string): T => {
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    problems.push(name);
    return fallback;
  };
  const settings: Settings = {
    version: SETTINGS_VERSION,
    pausedSites: pick(v1 ? s.paused : s.pausedSites, isStringArray, [], 'paused sites'),
    marks: pick(v1 ? s.showMarks : s.marks, (v): v is boolean => typeof v === 'boolean', true, 'marks'),
    highlightStyle: pick(v1 ? s.style : s.highlightStyle, (v): v is HighlightStyle => v === 'underline' || v === 'background', 'underline', 'highlight style'),
    openCardsOn: pick(v1 ? s.trigger : s.openCardsOn, (v): v is OpenCardsOn => v === 'hover' || v === 'click', 'hover', 'open cards on'),
    mutedAliases: pick(
      s.mutedAliases,
      (v): v is MutedAlias[] => Array.isArray(v) && v.every((m) => m && typeof m.topic === 'string' && typeof m.alias === 'string' && (m.site === undefined || typeof m.site === 'string')),
      [],
      'corrections',
    ),
  };
  settings.pausedSites = [...new Set(settings.pausedSites.map((h) => h.trim().toLowerCase()).filter(Boolean))];
  return problems.length ? { settings, repaired: problems.join(', ') } : { settings };
}

export function isPaused(settings: Settings, hostname: string): boolean {
  return settings.pausedSites.includes(hostname.toLowerCase());
}

/** The settings item as stored: everything but the corrections. */
export function settingsItem(s: Settings): Omit<Settings, 'mutedAliases'> {
  const { mutedAliases: _corrections, ...item } = s;
  return item;
}

export interface StoredState extends LoadedSettings {
  /** The stored items are in an older or damaged shape: the next write rewrites them all. */
  outdated: boolean;
}

/**
 * The settings and corrections in `items` (everything read from the storage area). Corrections
 * still inside a version 2 settings item are merged with any already in their own items (a
 * correction made by an older Gloss in another profile survives the sync).
 */
export function readStored(items: Record<string, unknown>): StoredState {
  const raw = items[SETTINGS_KEY];
  const loaded = migrateSettings(raw);
  const legacy = loaded.settings.mutedAliases;
  const own = readCorrectionItems(items);
  const { merged, overCap } = mergeCorrections([], [...own.corrections, ...legacy]);
  const problems = loaded.repaired ? [loaded.repaired] : [];
  if (own.unreadable) problems.push(`${own.unreadable} stored correction${own.unreadable === 1 ? '' : 's'}`);
  if (overCap) problems.push(`${overCap} correction${overCap === 1 ? '' : 's'} over the limit of ${MAX_CORRECTIONS}`);
  const version = (raw as { version?: unknown } | null | undefined)?.version;
  const inItem = typeof raw === 'object' && raw !== null && 'mutedAliases' in raw;
  const outdated = (raw !== undefined && (version !== SETTINGS_VERSION || inItem)) || problems.length > 0 || merged.length !== own.corrections.length;
  const settings = { ...loaded.settings, mutedAliases: merged };
  return problems.length ? { settings, repaired: problems.join(', '), outdated } : { settings, outdated };
}

export interface StorageWrites {
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * What to write to go from `before` to `after`: only the items that change (sync storage counts
 * writes), all of them when `stored` is outdated. `items` is what is stored now.
 */
export function storageWrites(before: Settings, after: Settings, stored: { items: Record<string, unknown>; outdated: boolean }): StorageWrites {
  if (after.mutedAliases.length > MAX_CORRECTIONS && after.mutedAliases.length > before.mutedAliases.length) throw new CorrectionsFullError();
  const set: Record<string, unknown> = {};
  const item = settingsItem(after);
  if (stored.outdated || JSON.stringify(settingsItem(before)) !== JSON.stringify(item)) set[SETTINGS_KEY] = item;
  let remove: string[] = [];
  if (stored.outdated || JSON.stringify(before.mutedAliases) !== JSON.stringify(after.mutedAliases)) {
    const corrections = correctionItems(after.mutedAliases);
    Object.assign(set, corrections);
    remove = staleShardKeys(stored.items, corrections);
  }
  return { set, remove };
}
