/**
 * "strategic partnerships with 14 countries", "đối tác chiến lược toàn diện với 5 nước",
 * "des partenariats stratégiques avec 16 pays": a count of countries named after a kind of
 * partnership counts those partnerships, not the countries Vietnam has relations with.
 */
import { foldKey } from '../text/fold.js';
import type { ClaimFigure } from './types.js';

const COMPREHENSIVE_STRATEGIC = 'comprehensive strategic partnership';
const STRATEGIC = 'strategic partnership';
const COMPREHENSIVE = 'comprehensive partnership';

/** Folded text ending just before the count: the kind of partnership, "with", and at most two more words. */
const BEFORE: [RegExp, string][] = [
  [/(?:^| )comprehensive strategic partner(?:ship)?s? with(?: \S+){0,2} ?$/, COMPREHENSIVE_STRATEGIC],
  [/(?:^| )strategic partner(?:ship)?s? with(?: \S+){0,2} ?$/, STRATEGIC],
  [/(?:^| )comprehensive partner(?:ship)?s? with(?: \S+){0,2} ?$/, COMPREHENSIVE],
  [/(?:^| )doi tac chien luoc toan dien voi(?: \S+){0,2} ?$/, COMPREHENSIVE_STRATEGIC],
  [/(?:^| )doi tac chien luoc voi(?: \S+){0,2} ?$/, STRATEGIC],
  [/(?:^| )doi tac toan dien voi(?: \S+){0,2} ?$/, COMPREHENSIVE],
  [/(?:^| )partenariats? strategiques? (?:integra(?:l|ux)|globa(?:l|ux)) avec(?: \S+){0,2} ?$/, COMPREHENSIVE_STRATEGIC],
  [/(?:^| )partenariats? strategiques? avec(?: \S+){0,2} ?$/, STRATEGIC],
  [/(?:^| )partenariats? (?:integra(?:l|ux)|globa(?:l|ux)) avec(?: \S+){0,2} ?$/, COMPREHENSIVE],
];

/** How far back (in characters) the kind of partnership may stand. */
const REACH = 80;

export function countPartnerships(figures: ClaimFigure[], text: string): void {
  for (const f of figures) {
    if (f.unit !== 'country' || f.kind !== 'count') continue;
    const before = foldKey(text.slice(Math.max(0, f.start - REACH), f.start));
    const kind = BEFORE.find(([re]) => re.test(before));
    if (kind) f.unit = kind[1];
  }
}
