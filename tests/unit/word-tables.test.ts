import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/claims/languages/en.js';
import { fr } from '../../src/core/claims/languages/fr.js';
import { vi } from '../../src/core/claims/languages/vi.js';
import { foldKey } from '../../src/core/text/fold.js';

const TABLES = { en, fr, vi };

describe('the claim word tables', () => {
  it('map single words as synonyms and several words only as phrases (a phrase among synonyms is never read)', () => {
    for (const [language, table] of Object.entries(TABLES)) {
      for (const [word] of table.synonyms) expect(word, `${language}: "${word}" belongs in phrases`).not.toContain(' ');
    }
  });

  it('hold folded strings only', () => {
    for (const [language, table] of Object.entries(TABLES)) {
      for (const [from] of [...table.phrases, ...table.synonyms]) expect(foldKey(from), `${language}: "${from}"`).toBe(from);
    }
  });
});
