/** Nouns shared across a sentence's figures: lists and sums ("76 + 436 = 512 personnel") and "from … to …" pairs. */
import type { ClaimFigure } from './types.js';

/** "from 2 officers in 2014 to more than 500 by 2022": the second end of a "from … to …" counts what the first does. */
export function shareRangeUnits(figures: ClaimFigure[], text: string): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k]!;
    if (f.kind !== 'count' || f.unit || f.ordinal || !RANGE_TO.test(text.slice(figures[k - 1]!.end, f.start))) continue;
    for (let m = k - 1; m >= 0; m--) {
      const g = figures[m]!;
      if (g.kind === 'count' && g.unit && !g.ordinal && RANGE_FROM.test(text.slice(m > 0 ? figures[m - 1]!.end : 0, g.start))) { f.unit = g.unit; break; }
    }
  }
}
const RANGE_FROM = /(^|\s)(from|từ|de|rose from|grew from)\s*$/i;
const RANGE_TO = /(^|\s)(to|until|đến|lên|tới|à)\s*$/i;

/** What may stand between the parts of a list or sum of counts: "76 + 436 = 512", "76, 436 and 512", "76 et 436". */
const LIST_JOIN = /^\s*(?:[+,=]|and|or|et|ou|và|hoặc|plus)\s*$/i;

/**
 * "76 + 436 = 512 personnel", "25, 30 and 40 officers": bare counts listed before a count with a noun
 * count the same thing. Parts of a sum ("+" before the "=") are flagged `part`.
 */
export function shareTrailingUnits(figures: ClaimFigure[], text: string): void {
  for (let k = figures.length - 1; k > 0; k--) {
    const last = figures[k]!;
    if (last.kind !== 'count' || !last.unit || last.ordinal) continue;
    let j = k;
    const joins: string[] = [];
    while (j > 0) {
      const prev = figures[j - 1]!;
      const gap = text.slice(prev.end, figures[j]!.start);
      if (prev.kind !== 'count' || prev.unit || prev.ordinal || prev.range || prev.total || !LIST_JOIN.test(gap)) break;
      joins.unshift(gap.trim());
      j--;
    }
    if (j === k) continue;
    const sum = joins.includes('+') && joins[joins.length - 1] === '=';
    for (let m = j; m < k; m++) {
      figures[m]!.unit = last.unit;
      if (sum) figures[m]!.part = true;
    }
    k = j;
  }
}
