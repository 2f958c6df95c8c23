import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/core/corpus/corpus-index.js';
import { formatFigure, pointWhen, timelines } from '../../src/core/corpus/timeline.js';
import { corpus } from './corpus.js';

const index = indexCorpus(corpus);

describe('figures over time', () => {
  it('puts the 2018 officers and the 2022 personnel on one dated series, oldest first', () => {
    const people = timelines(index, 'vietnam-peacekeeping').find((t) => t.label === 'people deployed')!;
    const shown = people.points.map((p) => `${formatFigure(p.value, p.unit)} (${pointWhen(p)})`);
    expect(shown[0]).toBe('29 officers (2014–2018)');
    expect(shown).toContain('512 personnel (2014–2022)');
    const dates = people.points.map((p) => p.asOf);
    expect([...dates].sort()).toEqual(dates);
    // The two 2018 outlets' "29 officers" and "29 turns of officers" are one point.
    expect(people.points.filter((p) => p.value === 29)).toHaveLength(1);
    for (const p of people.points) expect(p.cite).toMatch(/ · \d{1,2}? ?\w+ \d{4}$/);
  });
  it('shows the share of women as it changed between sources', () => {
    const women = timelines(index, 'vietnam-peacekeeping').find((t) => t.label === 'share of women')!;
    expect(women.points.map((p) => formatFigure(p.value, p.unit))).toEqual(['16%', '13.8%']);
  });
  it('formats figures for reading', () => {
    expect(formatFigure(1, 'hospitals')).toBe('1 hospital');
    expect(formatFigure(13000, 'tonnes')).toBe('13,000 tonnes');
    expect(formatFigure(16, 'percent')).toBe('16%');
  });
});
