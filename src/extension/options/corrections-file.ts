/**
 * The corrections file (export and import): `{ gloss: "corrections", version: 1, mutedAliases }`.
 * Import also accepts a bare array of corrections, or a settings object that has `mutedAliases`.
 * Pure: validation says exactly what is wrong, and nothing half-valid is imported silently.
 */
import { readCorrection, type MutedAlias } from '../shared/corrections-model.js';
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
    const { site, added } = entry;
    const read = readCorrection({ ...entry, site: undefined });
    if (typeof read === 'string') return void skipped.push(`${where}: ${read}`);
    const { topic, alias } = read;
    if (!knownTopic(topic)) return void skipped.push(`${where}: Gloss knows no topic "${topic}"`);
    const correction: MutedAlias = { topic, alias, added: typeof added === 'number' && Number.isFinite(added) ? added : now };
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

