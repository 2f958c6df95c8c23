/** Generated alias spellings (src/core/match/variants.ts) and how the lexicon uses them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasVariants } from '../../src/core/match/variants.js';
import { compactLexicon, compileLexicon, loadLexicon } from '../../src/core/match/lexicon.js';
import { detectMentions } from '../../src/core/match/detect.js';
import { matchKey } from '../../src/core/text/fold.js';
import type { Topic } from '../../src/core/corpus/types.js';
import { corpus, lexicon, lexiconData } from './corpus.js';

const keys = (phrase: string): string[] => aliasVariants(phrase).map(matchKey);

describe('aliasVariants', () => {
  it('writes British and American spellings both ways', () => {
    expect(keys('Multidimensional Integrated Stabilization Mission in the Central African Republic')).toContain('multidimensionalintegratedstabilisationmissioninthecentralafricanrepublic');
    expect(keys('Vietnam Peacekeeping Centre')).toContain('vietnampeacekeepingcenter');
    expect(keys("Vietnam's 2019 Defence White Paper")).toContain(matchKey("Vietnam's 2019 Defense White Paper"));
    expect(keys('field hospital')).toEqual(['fieldhospital']);
  });

  it('writes a level number every way pages do, in the alias’s language', () => {
    expect(keys('level-2 field hospital')).toEqual(expect.arrayContaining([
      'level2fieldhospital', 'leveltwofieldhospital', 'leveliifieldhospital', 'secondlevelfieldhospital', '2ndlevelfieldhospital',
    ]));
    expect(keys('Bệnh viện dã chiến cấp 2')).toEqual(expect.arrayContaining(['benhviendachiencap2', 'benhviendachiencaphai', 'benhviendachiencapii', 'bvdccap2']));
    expect(keys('hôpital de campagne de niveau 2')).toEqual(expect.arrayContaining([
      'hopitaldecampagnedeniveau2', 'hopitaldecampagnedeniveaudeux', 'hopitaldecampagnedeniveauii',
      'hopitaldecampagnededeuxiemeniveau', 'hopitaldecampagnede2eniveau', 'hopitaldecampagnede2emeniveau',
    ]));
  });

  it('reads a written ordinal level as the same level', () => {
    expect(keys('second-level field hospital')).toContain('level2fieldhospital');
    expect(keys('deuxième niveau')).toContain('niveau2');
    // "second level-2": an ordinal, then a level, each with its own forms.
    expect(keys('second level-2 field hospital')).toEqual(expect.arrayContaining(['2ndlevel2fieldhospital', 'secondleveliifieldhospital']));
  });

  it('writes serial numbers with every sign, keeping the number', () => {
    expect(keys('Level-2 Field Hospital No. 1')).toEqual(expect.arrayContaining(['level2fieldhospitalno1', 'level2fieldhospitalnumber1', 'level2fieldhospitaln1', 'leveliifieldhospitalnumber1']));
    expect(keys('hôpital de campagne de niveau 2 n°3')).toEqual(expect.arrayContaining(['hopitaldecampagnedeniveau2no3', 'hopitaldecampagnedeniveau2numero3', 'hopitaldecampagnedeniveau2n3']));
    expect(keys('Directive No. 25')).toEqual(expect.arrayContaining(['directiveno25', 'directivenumber25', 'directiven25']));
  });

  it('writes ordinals as words and figures', () => {
    expect(keys('7th National Congress')).toContain('seventhnationalcongress');
    expect(keys('second Trump–Kim summit')).toContain('2ndtrumpkimsummit');
    expect(keys('IIe niveau')).toContain('niveau2');
    expect(keys('1er détachement')).toContain('premierdetachement');
  });

  it('expands Vietnamese abbreviations both ways', () => {
    expect(keys('gìn giữ hòa bình Liên Hợp Quốc')).toEqual(expect.arrayContaining(['gghblhq', 'gingiuhoabinhlienhiepquoc', 'gghblienhopquoc']));
    expect(keys('HĐBA LHQ')).toEqual(expect.arrayContaining(['hoidongbaoanlienhopquoc', 'hdbalhq']));
    expect(keys('QĐND Việt Nam')).toContain('quandoinhandanvietnam');
    // Both word orders are in use: "Cục Giữ gìn hòa bình Việt Nam" (nvsk.vnanet.vn).
    expect(keys('Cục Gìn giữ hòa bình Việt Nam')).toEqual(expect.arrayContaining(['cucgiuginhoabinhvietnam', 'cucgghbvietnam']));
  });

  it('never turns a bare number word, roman numeral or figure into anything else', () => {
    expect(aliasVariants('two field hospitals')).toEqual(['two field hospitals']);
    expect(aliasVariants('Resolution 1325')).toEqual(['Resolution 1325']);
    expect(aliasVariants('World War II')).toEqual(['World War II']);
    expect(aliasVariants('trường cấp hai ba')).toHaveLength(3); // "cấp hai" is a level; "ba" alone stays
    expect(aliasVariants('la vie en rose')).toEqual(['la vie en rose']); // "vie" is not VIe
    expect(aliasVariants('level 25')).toEqual(['level 25']); // beyond the number words
    expect(aliasVariants('No. 1')).toEqual(['No. 1']); // a sign needs a name before it
  });

  it('refuses an alias with too many spellings', () => {
    expect(() => aliasVariants('level 1 level 2 level 3 No. 4')).toThrow(/split it/);
  });
});

const topic = (id: string, aliases: Topic['aliases']): Topic => ({ id, name: id, kind: 'concept', description: id, aliases } as Topic);

describe('compileLexicon with generated spellings', () => {
  it('matches a generated spelling for the alias’s topic', () => {
    const lex = loadLexicon(compileLexicon([topic('fh', [{ text: 'Vietnam level-2 field hospital No. 3' }])]));
    const found = detectMentions(lex, 'The Vietnam second-level field hospital number 3 left Hanoi.');
    expect(found.map((m) => [m.surface, m.topic, m.why.alias])).toEqual([
      ['Vietnam second-level field hospital number 3', 'fh', 'Vietnam level-2 field hospital No. 3'],
    ]);
  });

  it('never lets a generated spelling take a pattern another topic writes', () => {
    const lex = loadLexicon(compileLexicon([
      topic('a', [{ text: 'Unit level 2' }]),
      topic('b', [{ text: 'Unit level two' }]),
    ]));
    expect(detectMentions(lex, 'Unit level two').map((m) => m.topic)).toEqual(['b']);
    expect(detectMentions(lex, 'Unit level 2').map((m) => m.topic)).toEqual(['a']);
    expect(detectMentions(lex, 'Unit level II').map((m) => m.topic)).toEqual(['a']);
  });

  it('keeps every written spelling of one key, with the punctuation it is read with', () => {
    const lex = loadLexicon(compileLexicon([topic('fh1', [{ text: 'Field Hospital Level 2 No. 1' }, { text: 'Field Hospital (level 2, No. 1)' }])]));
    // vietnamplus.vn: "the Field Hospital (level 2, no.1) is the first individual unit from Vietnam"
    expect(detectMentions(lex, 'the Field Hospital (level 2, no.1) is the first').map((m) => m.surface)).toEqual(['Field Hospital (level 2, no.1']);
    expect(detectMentions(lex, 'the Field Hospital level II number 1 is').map((m) => m.surface)).toEqual(['Field Hospital level II number 1']);
  });

  it('gives context terms their generated spellings too', () => {
    const lex = loadLexicon(compileLexicon([
      topic('x', [{ text: 'Bentiu hospital', ambiguous: 'any hospital in Bentiu', context: ['gìn giữ hòa bình'] }]),
    ]));
    expect(detectMentions(lex, 'Lực lượng GGHB tại Bentiu hospital').map((m) => m.topic)).toEqual(['x']);
    expect(detectMentions(lex, 'Bentiu hospital').map((m) => m.topic)).toEqual([]);
  });
});

describe('the full lexicon', () => {
  it('stores each alias’s claim once, however many spellings point at it, and reads back the same', () => {
    const aliases = corpus.topics.reduce((n, t) => n + 1 + t.aliases.length, 0);
    expect(lexiconData.claims.length).toBeLessThanOrEqual(aliases);
    expect(lexiconData.patterns.length).toBeGreaterThan(lexiconData.claims.length);
    const reread = loadLexicon(JSON.parse(JSON.stringify(lexiconData)));
    const text = 'Vietnam’s second-level field hospital No. 2 and the hôpital de campagne de niveau II n° 3 du Vietnam.';
    expect(detectMentions(reread, text)).toEqual(detectMentions(lexicon, text));
    expect(detectMentions(lexicon, text).map((m) => m.topic)).toEqual(['level-2-field-hospital-2', 'level-2-field-hospital-3']);
  });
});

describe('the compact lexicon', () => {
  it('ships each ambiguous claim once and detects exactly what the full lexicon does', () => {
    const compact = compactLexicon(lexiconData);
    const shipped = compact.ambiguous.map((c) => JSON.stringify(c));
    expect(new Set(shipped).size).toBe(shipped.length);
    const small = loadLexicon(JSON.parse(JSON.stringify(compact)));
    const dir = join(import.meta.dirname, '../fixtures/texts');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const strip = (ms: ReturnType<typeof detectMentions>) => ms.map((m) => [m.start, m.end, m.topic]);
      expect(strip(detectMentions(small, text)), file).toEqual(strip(detectMentions(lexicon, text)));
    }
  });
});
