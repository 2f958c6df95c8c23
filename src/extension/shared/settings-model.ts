/**
 * The settings model, pure (no extension API, so it is unit-tested in Node): shape, defaults,
 * and migration from older or damaged stored values.
 */
export const SETTINGS_VERSION = 2;
export const SETTINGS_KEY = 'gloss.settings';

export type HighlightStyle = 'underline' | 'background';
export type OpenCardsOn = 'hover' | 'click';

/** A "wrong match" correction: never mark `alias` of `topic` (on `site`, or everywhere). */
export interface MutedAlias {
  topic: string;
  alias: string;
  /** Hostname, or absent for everywhere. */
  site?: string;
  /** Epoch ms. */
  added: number;
}

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
 * Brings any stored value to the current shape. Pure. Version 1 (before corrections existed)
 * stored `{ paused: string[], showMarks: boolean, style, trigger }`.
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
