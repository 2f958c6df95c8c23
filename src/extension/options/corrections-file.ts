/**
 * The corrections file (export and import): `{ gloss: "corrections", version: 1, mutedAliases }`.
 * Import also accepts a bare array of corrections, or a settings object that has `mutedAliases`.
 * Pure: validation says exactly what is wrong, and nothing half-valid is imported silently.
 */
import type { MutedAlias } from '../shared/settings.js';
import { normaliseHostname } from './hostname.js';

export const CORRECTIONS_FORMAT = 'corrections';

export interface CorrectionsFile {
  gloss: typeof CORRECTIONS_FORMAT;
  version: 1;
  exported: string;
  mutedAliases: MutedAlias[];
}

export function exportCorrections(mutedAliases: readonly MutedAlias[], now: Date): string {
  const file: CorrectionsFile = { gloss: CORRECTIONS_FORMAT, version: 1, exported: now.toISOString(), mutedAliases: [...mutedAliases] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportResult {
  corrections: MutedAlias[];
  /** Entries left out, each with why ("entry 3: no alias"). */
  skipped: string[];
}

export class ImportError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a corrections file; throws `ImportError` when nothing usable is in it. */
export function parseCorrections(text: string, knownTopic: (id: string) => boolean, now: number): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`it is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? data.mutedAliases : undefined;
  if (!Array.isArray(list)) throw new ImportError('it has no list of corrections (expected a "mutedAliases" array)');
  if (isRecord(data) && data.gloss === CORRECTIONS_FORMAT && data.version !== 1) {
    throw new ImportError(`it is a corrections file of version ${String(data.version)}, which this Gloss cannot read`);
  }

  const corrections: MutedAlias[] = [];
  const skipped: string[] = [];
  list.forEach((entry: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (!isRecord(entry)) return void skipped.push(`${where}: not an object`);
    const { topic, alias, site, added } = entry;
    if (typeof topic !== 'string' || !topic.trim()) return void skipped.push(`${where}: no topic`);
    if (typeof alias !== 'string' || !alias.trim()) return void skipped.push(`${where}: no alias`);
    if (!knownTopic(topic)) return void skipped.push(`${where}: Gloss knows no topic "${topic}"`);
    const correction: MutedAlias = { topic, alias: alias.trim(), added: typeof added === 'number' && Number.isFinite(added) ? added : now };
    if (site !== undefined && site !== null && site !== '') {
      const host = typeof site === 'string' ? normaliseHostname(site) : undefined;
      if (!host) return void skipped.push(`${where}: "${String(site)}" is not a site`);
      correction.site = host;
    }
    corrections.push(correction);
  });
  if (corrections.length === 0) {
    throw new ImportError(list.length === 0 ? 'its list of corrections is empty' : `none of its corrections is usable (${skipped.slice(0, 3).join('; ')})`);
  }
  return { corrections, skipped };
}

const key = (m: MutedAlias): string => `${m.topic}\u0000${m.alias.toLowerCase()}\u0000${m.site ?? ''}`;

/** `current` plus those of `incoming` it does not already have. */
export function mergeCorrections(current: readonly MutedAlias[], incoming: readonly MutedAlias[]): { merged: MutedAlias[]; added: number } {
  const seen = new Set(current.map(key));
  const merged = [...current];
  for (const m of incoming) {
    if (seen.has(key(m))) continue;
    seen.add(key(m));
    merged.push(m);
  }
  return { merged, added: merged.length - current.length };
}

export const sameCorrection = (a: MutedAlias, b: MutedAlias): boolean => key(a) === key(b);
