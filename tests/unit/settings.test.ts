import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/extension/shared/settings-model.js';

describe('settings migration', () => {
  it('gives defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS } });
  });
  it('brings the version 1 shape to the current one, keeping every value', () => {
    const { settings, repaired } = migrateSettings({ version: 1, paused: ['Example.com '], showMarks: false, style: 'background', trigger: 'click' });
    expect(repaired).toBeUndefined();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['example.com'], marks: false, highlightStyle: 'background', openCardsOn: 'click' });
  });
  it('resets only the unreadable fields, says which, and keeps the rest', () => {
    const { settings, repaired } = migrateSettings({ version: 2, pausedSites: ['news.example'], marks: 'yes', highlightStyle: 'neon', openCardsOn: 'hover', mutedAliases: 'x' });
    expect(repaired).toBe('marks, highlight style, corrections');
    expect(settings.pausedSites).toEqual(['news.example']);
    expect(settings.marks).toBe(true);
    expect(settings.highlightStyle).toBe('underline');
  });
  it('resets everything when the stored value is not an object', () => {
    expect(migrateSettings('garbage').repaired).toMatch(/^all settings/);
    expect(migrateSettings([1, 2]).settings).toEqual({ ...DEFAULT_SETTINGS });
  });
});
