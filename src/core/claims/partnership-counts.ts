/**
 * "strategic partnerships with 14 countries", "đối tác chiến lược toàn diện với 5 nước",
 * "des partenariats stratégiques avec 16 pays": a count of countries named after a kind of
 * partnership counts those partnerships, not the countries Vietnam has relations with.
 */
import { foldKey } from '../text/fold.js';
import type { ClaimFigure } from './types.js';
import { normaliseUnit, unitRelation } from './units.js';

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

/** Folded text just after the counted countries: "… with whom Vietnam has established comprehensive strategic partnerships", "… là đối tác toàn diện". */
const KIND_AFTER: [RegExp, string][] = [
  [/^(?: \S+){0,8} with (?:whom|which)(?: \S+){0,6} comprehensive strategic partner/, COMPREHENSIVE_STRATEGIC],
  [/^(?: \S+){0,8} with (?:whom|which)(?: \S+){0,6} strategic partner/, STRATEGIC],
  [/^(?: \S+){0,8} with (?:whom|which)(?: \S+){0,6} comprehensive partner/, COMPREHENSIVE],
  [/^ (?:la )?(?:quan he )?doi tac chien luoc toan dien/, COMPREHENSIVE_STRATEGIC],
  [/^ (?:la )?(?:quan he )?doi tac chien luoc/, STRATEGIC],
  [/^ (?:la )?(?:quan he )?doi tac toan dien/, COMPREHENSIVE],
];

/** How far (in characters) the kind of partnership may stand from the count. */
const REACH = 80;

export function countPartnerships(figures: ClaimFigure[], text: string): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit === undefined || unitRelation(normaliseUnit(f.unit), 'country') !== 'same') continue;
    const before = foldKey(text.slice(Math.max(0, f.start - REACH), f.start));
    const after = ` ${foldKey(text.slice(f.end, f.end + REACH))}`;
    const kind = BEFORE.find(([re]) => re.test(before)) ?? KIND_AFTER.find(([re]) => re.test(after));
    if (kind) f.unit = kind[1];
  }
}
