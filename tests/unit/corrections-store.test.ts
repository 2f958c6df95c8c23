import { describe, expect, it } from 'vitest';
import {
  addCorrection, correctionItems, CORRECTIONS_KEY, MAX_CORRECTIONS, mergeCorrections, readCorrectionItems, SHARD_BYTES, shardKey, type MutedAlias,
} from '../../src/extension/shared/corrections-model.js';
import { DEFAULT_SETTINGS, readStored, SETTINGS_KEY, SETTINGS_VERSION, storageWrites, type Settings } from '../../src/extension/shared/settings-model.js';

const here = (alias: string, site = 'news.example', topic = 'directive-25'): MutedAlias => ({ topic, alias, site, added: 1 });
const everywhere = (alias: string, topic = 'directive-25'): MutedAlias => ({ topic, alias, added: 1 });
const many = (n: number): MutedAlias[] => Array.from({ length: n }, (_, i) => here(`alias ${i}`, `site-${i}.example`));
const settingsWith = (mutedAliases: MutedAlias[]): Settings => ({ ...DEFAULT_SETTINGS, pausedSites: [], mutedAliases });
/** What a storage area holds after `writes`, starting from `items`. */
const apply = (items: Record<string, unknown>, writes: { set: Record<string, unknown>; remove: string[] }): Record<string, unknown> => {
  const next = { ...items, ...writes.set };
  for (const k of writes.remove) delete next[k];
  return next;
};
const utf8 = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

describe('adding a correction', () => {
  it('adds a new one, and not the same one twice (same topic, alias in any spelling, same site)', () => {
    const one = addCorrection([], here('Directive 25'));
    expect(one.outcome).toBe('added');
    expect(addCorrection(one.list, here('directive  25')).outcome).toBe('duplicate');
    expect(addCorrection(one.list, here('Directive 25', 'other.example')).outcome).toBe('added');
    expect(addCorrection(one.list, here('Directive 25', 'news.example', 'other-topic')).outcome).toBe('added');
  });

  it('an everywhere correction covers the per-site ones of the same alias, and replaces them', () => {
    const sites = [here('Directive 25'), here('Directive 25', 'b.example'), here('Doi Moi')];
    const r = addCorrection(sites, everywhere('Directive 25'));
    expect(r.outcome).toBe('added');
    expect(r.list).toEqual([here('Doi Moi'), everywhere('Directive 25')]);
    expect(addCorrection(r.list, here('Directive 25', 'c.example')).outcome).toBe('duplicate');
  });

  it(`keeps at most ${MAX_CORRECTIONS}`, () => {
    const full = many(MAX_CORRECTIONS);
    const r = addCorrection(full, here('one more'));
    expect(r.outcome).toBe('full');
    expect(r.list).toHaveLength(MAX_CORRECTIONS);
    // A duplicate of one it has is still a duplicate, not "full".
    expect(addCorrection(full, full[3]!).outcome).toBe('duplicate');
  });

  it('merging an import adds only what is new, up to the cap, and counts what did not fit', () => {
    const r = mergeCorrections(many(MAX_CORRECTIONS - 2), [...many(3), here('new 1'), here('new 2'), here('new 3')]);
    expect(r).toMatchObject({ added: 2, overCap: 1 });
    expect(r.merged).toHaveLength(MAX_CORRECTIONS);
  });
});

describe('stored corrections', () => {
  it('are sharded under the per-item sync quota and read back the same', () => {
    const list = Array.from({ length: MAX_CORRECTIONS }, (_, i) => here(`Nghị quyết số ${i} về lực lượng gìn giữ hòa bình Liên Hợp Quốc`.slice(0, 100), `tin-tuc-${i}.bao-dien-tu.example.vn`));
    const items = correctionItems(list);
    const shards = (items[CORRECTIONS_KEY] as { shards: number }).shards;
    expect(shards).toBeGreaterThan(1);
    for (let i = 0; i < shards; i++) expect(utf8(items[shardKey(i)]) + shardKey(i).length).toBeLessThanOrEqual(SHARD_BYTES + 20);
    for (const [k, v] of Object.entries(items)) expect(utf8(v) + k.length).toBeLessThan(8192);
    // All of them together fit the 102,400-byte sync quota with room for the settings.
    expect(Object.entries(items).reduce((n, [k, v]) => n + k.length + utf8(v), 0)).toBeLessThan(90_000);
    expect(readCorrectionItems(items)).toEqual({ present: true, corrections: list, unreadable: 0 });
  });

  it('drops unreadable shards and entries, and counts them', () => {
    const items = { ...correctionItems([here('A'), everywhere('B')]), [shardKey(1)]: 'junk' };
    (items[CORRECTIONS_KEY] as { shards: number }).shards = 2;
    (items[shardKey(0)] as unknown[]).push(['x'], [1, 2, 3, 4]);
    expect(readCorrectionItems(items)).toEqual({ present: true, corrections: [here('A'), everywhere('B')], unreadable: 3 });
  });
});

describe('settings and corrections in storage', () => {
  it('moves version 2 corrections out of the settings item, deduped, keeping every setting', () => {
    const v2 = {
      version: 2, pausedSites: ['paused.example'], marks: false, highlightStyle: 'background', openCardsOn: 'click',
      // What a page that drove the card could pile up: the same correction over and over.
      mutedAliases: [...Array.from({ length: 40 }, () => here('Directive 25')), everywhere('Doi Moi', 'doi-moi')],
    };
    const items = { [SETTINGS_KEY]: v2 };
    const state = readStored(items);
    expect(state.outdated).toBe(true);
    expect(state.repaired).toBeUndefined();
    expect(state.settings).toEqual({
      version: SETTINGS_VERSION, pausedSites: ['paused.example'], marks: false, highlightStyle: 'background', openCardsOn: 'click',
      mutedAliases: [here('Directive 25'), everywhere('Doi Moi', 'doi-moi')],
    });
    // The next write stores the settings item without corrections, and the corrections apart.
    const stored = apply(items, storageWrites(state.settings, state.settings, { items, outdated: state.outdated }));
    expect(stored[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, pausedSites: ['paused.example'], marks: false, highlightStyle: 'background', openCardsOn: 'click' });
    const again = readStored(stored);
    expect(again.outdated).toBe(false);
    expect(again.settings).toEqual(state.settings);
  });

  it('merges corrections still in an old settings item with those already stored apart', () => {
    const items = { [SETTINGS_KEY]: { version: 2, pausedSites: [], mutedAliases: [here('A'), here('B')] }, ...correctionItems([here('B'), here('C')]) };
    expect(readStored(items).settings.mutedAliases).toEqual([here('B'), here('C'), here('A')]);
  });

  it('reports corrections over the cap when migrating, instead of losing them quietly', () => {
    const state = readStored({ [SETTINGS_KEY]: { version: 2, mutedAliases: many(MAX_CORRECTIONS + 5) } });
    expect(state.settings.mutedAliases).toHaveLength(MAX_CORRECTIONS);
    expect(state.repaired).toBe(`5 corrections over the limit of ${MAX_CORRECTIONS}`);
  });

  it('writes only what changed: a settings change does not rewrite the corrections, and back', () => {
    const before = settingsWith([here('A')]);
    const items = apply({}, storageWrites(before, before, { items: {}, outdated: true }));
    const marksOff = storageWrites(before, { ...before, marks: false }, { items, outdated: false });
    expect(Object.keys(marksOff.set)).toEqual([SETTINGS_KEY]);
    const muted = storageWrites(before, { ...before, mutedAliases: [here('A'), here('B')] }, { items, outdated: false });
    expect(Object.keys(muted.set).sort()).toEqual([CORRECTIONS_KEY, shardKey(0)]);
    expect(storageWrites(before, structuredClone(before), { items, outdated: false })).toEqual({ set: {}, remove: [] });
  });

  it('removes shards no longer used when the list shrinks', () => {
    const big = settingsWith(Array.from({ length: MAX_CORRECTIONS }, (_, i) => here(`${'long alias '.repeat(8)}${i}`)));
    const items = apply({}, storageWrites(big, big, { items: {}, outdated: true }));
    expect((items[CORRECTIONS_KEY] as { shards: number }).shards).toBeGreaterThan(2);
    const small = settingsWith([here('A')]);
    const after = apply(items, storageWrites(big, small, { items, outdated: false }));
    expect(Object.keys(after).filter((k) => k.startsWith(CORRECTIONS_KEY)).sort()).toEqual([CORRECTIONS_KEY, shardKey(0)]);
    expect(readStored(after).settings.mutedAliases).toEqual([here('A')]);
  });

  it('refuses to store more than the cap', () => {
    const full = settingsWith(many(MAX_CORRECTIONS));
    expect(() => storageWrites(full, settingsWith(many(MAX_CORRECTIONS + 1)), { items: {}, outdated: false })).toThrow(`at most ${MAX_CORRECTIONS} corrections`);
  });
});
