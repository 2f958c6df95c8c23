/**
 * Corrections ("never mark this alias for this topic", on a site or everywhere), pure: identity and
 * dedupe, the cap, and how they are stored — in their own storage items, apart from the settings
 * item, in shards that each stay under the per-item sync quota (8,192 bytes).
 *
 * At most MAX_CORRECTIONS corrections are kept: enough for years of "wrong match" clicks, and
 * small enough that even with long aliases and site names they fit the 100 kB sync quota.
 */
import { matchKey } from '../../core/text/fold.js';

export const MAX_CORRECTIONS = 200;
export const MAX_ALIAS_CHARS = 100;
export const MAX_TOPIC_CHARS = 100;
/** The longest hostname DNS allows. */
export const MAX_SITE_CHARS = 253;

/** Index item: how many shards there are. Shards are `gloss.corrections.0`, `.1`, … */
export const CORRECTIONS_KEY = 'gloss.corrections';
export const shardKey = (i: number): string => `${CORRECTIONS_KEY}.${i}`;
export const isCorrectionsKey = (key: string): boolean => key === CORRECTIONS_KEY || key.startsWith(`${CORRECTIONS_KEY}.`);
/** Bytes of JSON per shard: under the 8,192-byte item quota with room for the key. */
export const SHARD_BYTES = 7000;

/** A "wrong match" correction: never mark `alias` of `topic` (on `site`, or everywhere). */
export interface MutedAlias {
  topic: string;
  alias: string;
  /** Hostname, or absent for everywhere. */
  site?: string;
  /** Epoch ms. */
  added: number;
}

export class CorrectionsFullError extends Error {
  constructor() {
    super(`Gloss keeps at most ${MAX_CORRECTIONS} corrections: undo some in Gloss’s options first`);
  }
}

/** Same topic, same alias in any spelling Gloss folds together, same site (or both everywhere). */
export const correctionKey = (m: MutedAlias): string => `${m.topic}\u0000${matchKey(m.alias)}\u0000${m.site ?? ''}`;
export const sameCorrection = (a: MutedAlias, b: MutedAlias): boolean => correctionKey(a) === correctionKey(b);

const coveredBy = (m: MutedAlias, everywhere: MutedAlias): boolean =>
  everywhere.site === undefined && m.topic === everywhere.topic && matchKey(m.alias) === matchKey(everywhere.alias);

export type AddOutcome = 'added' | 'duplicate' | 'full';

/**
 * `list` with `entry` added, unless it has it already (or an everywhere correction that covers
 * it), or is full. An everywhere correction replaces the same alias's per-site ones.
 */
export function addCorrection(list: readonly MutedAlias[], entry: MutedAlias): { list: MutedAlias[]; outcome: AddOutcome } {
  if (list.some((m) => sameCorrection(m, entry) || coveredBy(entry, m))) return { list: [...list], outcome: 'duplicate' };
  const kept = entry.site === undefined ? list.filter((m) => !coveredBy(m, entry)) : [...list];
  if (kept.length >= MAX_CORRECTIONS) return { list: [...list], outcome: 'full' };
  return { list: [...kept, entry], outcome: 'added' };
}

/** `current` plus those of `incoming` it does not already have, up to the cap. */
export function mergeCorrections(current: readonly MutedAlias[], incoming: readonly MutedAlias[]): { merged: MutedAlias[]; added: number; overCap: number } {
  let merged = [...current];
  let added = 0;
  let overCap = 0;
  for (const m of incoming) {
    const next = addCorrection(merged, m);
    if (next.outcome === 'full') overCap++;
    if (next.outcome !== 'added') continue;
    added++;
    merged = next.list;
  }
  return { merged, added, overCap };
}

/** A stored or imported value as a correction, or why it is not one. */
export function readCorrection(value: unknown): MutedAlias | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const { topic, alias, site, added } = value as Record<string, unknown>;
  if (typeof topic !== 'string' || !topic.trim() || topic.length > MAX_TOPIC_CHARS) return 'no topic';
  if (typeof alias !== 'string' || !alias.trim() || alias.length > MAX_ALIAS_CHARS) return 'no alias';
  if (site !== undefined && (typeof site !== 'string' || !site || site.length > MAX_SITE_CHARS)) return 'not a site';
  const m: MutedAlias = { topic, alias: alias.trim(), added: typeof added === 'number' && Number.isFinite(added) ? added : 0 };
  if (site !== undefined) m.site = site;
  return m;
}

// Stored compactly, as [topic, alias, site or "", added]: a third of the JSON of objects.
type Row = [string, string, string, number];
const toRow = (m: MutedAlias): Row => [m.topic, m.alias, m.site ?? '', m.added];
const fromRow = (r: unknown): MutedAlias | string =>
  Array.isArray(r) && r.length === 4 ? readCorrection({ topic: r[0], alias: r[1], site: r[2] === '' ? undefined : r[2], added: r[3] }) : 'not a stored correction';

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** The storage items holding `list`: the index and its shards. */
export function correctionItems(list: readonly MutedAlias[]): Record<string, unknown> {
  const shards: Row[][] = [];
  let shard: Row[] = [];
  let size = 2;
  for (const m of list) {
    const row = toRow(m);
    const rowBytes = bytes(row) + 1;
    if (shard.length && size + rowBytes > SHARD_BYTES) {
      shards.push(shard);
      shard = [];
      size = 2;
    }
    shard.push(row);
    size += rowBytes;
  }
  if (shard.length) shards.push(shard);
  const items: Record<string, unknown> = { [CORRECTIONS_KEY]: { version: 1, shards: shards.length } };
  shards.forEach((s, i) => (items[shardKey(i)] = s));
  return items;
}

export interface StoredCorrections {
  /** Whether the corrections have their own items yet (false before the move out of the settings). */
  present: boolean;
  corrections: MutedAlias[];
  /** Shards or entries that could not be read (dropped). */
  unreadable: number;
}

/** The corrections in `items` (everything read from the storage area). */
export function readCorrectionItems(items: Record<string, unknown>): StoredCorrections {
  const index = items[CORRECTIONS_KEY] as { shards?: unknown } | undefined;
  if (index === undefined) return { present: false, corrections: [], unreadable: 0 };
  const shards = typeof index === 'object' && index !== null && Number.isSafeInteger(index.shards) ? (index.shards as number) : -1;
  let unreadable = shards < 0 ? 1 : 0;
  const corrections: MutedAlias[] = [];
  for (let i = 0; i < shards; i++) {
    const rows = items[shardKey(i)];
    if (!Array.isArray(rows)) {
      unreadable++;
      continue;
    }
    for (const row of rows) {
      const m = fromRow(row);
      if (typeof m === 'string') unreadable++;
      else corrections.push(m);
    }
  }
  return { present: true, corrections, unreadable };
}

/** Corrections keys in `items` (what is stored) that `keep` (what is written now) no longer uses. */
export function staleShardKeys(items: Record<string, unknown>, keep: Record<string, unknown>): string[] {
  return Object.keys(items).filter((k) => isCorrectionsKey(k) && !Object.hasOwn(keep, k));
}
